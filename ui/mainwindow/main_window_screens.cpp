// Screenshots of the running app for the README (segstudio --screenshots DIR project).
#include "mainwindow/main_window.h"

#include "canvas/node_editor_widget.h"
#include "canvas/node_view.h"
#include "dag/dag_view.h"
#include "document/document.h"
#include "document/selection.h"
#include "session/data_session.h"
#include "timing/strategy_compare_view.h"
#include "session/preview_runner.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QDockWidget>
#include <QTimer>

namespace seg::ui {

namespace {

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

void MainWindow::takeScreenshots(const QString& dir, std::function<void()> done)
{
    resize(1600, 1000); // the same frame for every screenshot, whatever the saved geometry
    QTimer::singleShot(0, this, [this, dir, done] {
        data_->waitForImport();
        settle(300);
        runner_->waitForIdle();
        settle(500);
        // Show a segment selected (its properties and members), a fitted canvas and DAG, and
        // a finished strategy comparison, as a user would after a first look around.
        for (const Node& n : document_->graph().nodes)
            if (n.type == NodeType::Segment) {
                selection_->set({QString::fromStdString(n.id)});
                break;
            }
        resizeDocks({dock("previewDock")}, {400}, Qt::Vertical);
        resizeDocks({dock("propertiesDock")}, {400}, Qt::Horizontal);
        settle(200);
        editor_->view()->fitToContents();
        if (auto* compare = findChild<StrategyCompareView*>()) {
            compare->start();
            compare->waitForFinished();
        }
        QDir().mkpath(dir);
        auto shoot = [&](const QString& dockName, const QString& file) {
            if (QDockWidget* d = dock(dockName)) {
                d->show();
                d->raise();
            }
            settle(400);
            grab().save(QDir(dir).filePath(file));
        };
        shoot("previewDock", "main.png");
        if (auto* dag = findChild<DagView*>()) {
            dock("planDock")->raise();
            settle(200);
            dag->fitToView();
        }
        shoot("planDock", "plan.png");
        shoot("timingDock", "timing.png");
        done();
    });
}

} // namespace seg::ui
