// Screenshots of the running app for the README and the in-app guide
// (segstudio --screenshots DIR project): main, plan, timing, live, wizard and template.
#include "mainwindow/main_window.h"

#include "canvas/node_editor_widget.h"
#include "canvas/node_view.h"
#include "dag/dag_view.h"
#include "document/document.h"
#include "document/selection.h"
#include "importing/import_wizard.h"
#include "live/live_panel.h"
#include "mainwindow/template_dialog.h"
#include "session/data_session.h"
#include "timing/strategy_compare_view.h"
#include "session/preview_runner.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QDockWidget>
#include <QFile>
#include <QTemporaryDir>
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

// A customers file as many shops export it: dates written day-month-year.
const char* const kWizardSample = "customer_id;first_name;signup;last_order;total_spend\n"
                                  "1001;Anna;31-01-2023;14-11-2024;1250.50\n"
                                  "1002;Ben;05-06-2023;02-12-2024;310.00\n"
                                  "1003;Chloé;17-09-2023;28-07-2024;89.90\n"
                                  "1004;David;23-02-2024;19-12-2024;2210.00\n";

} // namespace

// The import wizard's columns page (dates recognised) and the template dialog on the demo.
void MainWindow::shootDialogs(const QString& dir)
{
    QTemporaryDir scratch;
    QFile sample(scratch.filePath("customers.csv"));
    if (sample.open(QIODevice::WriteOnly)) {
        sample.write(kWizardSample);
        sample.close();
        ImportWizard wizard(ImportKind::Customers, document_, data_, this, sample.fileName());
        wizard.resize(980, 600);
        wizard.show();
        wizard.next();
        wizard.next();
        settle(400);
        wizard.grab().save(QDir(dir).filePath("wizard.png"));
    }
    DatasetSpec customers = document_->graph().customers;
    customers.path = document_->datasetPath(customers.path).toStdString();
    TemplateDialog templates(data_->dataset(), customers, document_->graph().events, this);
    templates.selectTemplate("rfm-tiers");
    templates.show();
    settle(400);
    templates.grab().save(QDir(dir).filePath("template.png"));
}

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
        // The Live dock part-way through a replay of the project's events (paused, so the
        // picture shows moving counts, a filled feed and a few seconds of chart).
        if (auto* live = findChild<LivePanel*>(); live && data_->dataset() && data_->dataset()->events) {
            LiveReplaySettings s = live->settings();
            s.source = LiveSource::ProjectEvents;
            s.pace = LivePace::EventsPerSecond;
            s.rate = 3000;
            dock("liveDock")->show();
            dock("liveDock")->raise();
            live->setSettings(s);
            if (live->startReplay()) {
                LiveReplayController* c = live->controller();
                c->waitFor([c] { return c->latest().seconds > 4 || !c->isActive(); }, 20000);
                live->pauseReplay();
                c->waitFor([c] { return c->state() == LiveState::Paused || !c->isActive(); }, 5000);
                shoot("liveDock", "live.png");
                live->stopReplay();
                c->waitFor([c] { return !c->isActive(); }, 5000);
                live->clearReplay();
            }
        }
        // With SEG_SCREENSHOT_BROKER=<redis:// or amqp:// source URL>: the dock listening to it
        // for a few seconds (live-broker.png), e.g. while `segstudio-cli publish --rate` feeds it.
        if (auto* live = findChild<LivePanel*>(); live && data_->dataset() && qEnvironmentVariableIsSet("SEG_SCREENSHOT_BROKER")) {
            live->setBrokerUrl(qEnvironmentVariable("SEG_SCREENSHOT_BROKER"));
            dock("liveDock")->show();
            dock("liveDock")->raise();
            if (live->startReplay()) {
                LiveReplayController* c = live->controller();
                c->waitFor([c] { return c->latest().seconds > 6 || !c->isActive(); }, 20000);
                shoot("liveDock", "live-broker.png");
                live->stopReplay();
                c->waitFor([c] { return !c->isActive(); }, 5000);
                live->clearReplay();
            }
        }
        shootDialogs(dir);
        done();
    });
}

} // namespace seg::ui
