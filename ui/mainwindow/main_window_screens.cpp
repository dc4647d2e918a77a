// Screenshots of the running app for the README (segstudio --screenshots DIR project).
#include "mainwindow/main_window.h"

#include "session/data_session.h"
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
    QTimer::singleShot(0, this, [this, dir, done] {
        data_->waitForImport();
        settle(300);
        runner_->waitForIdle();
        settle(500);
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
        shoot("planDock", "plan.png");
        shoot("timingDock", "timing.png");
        done();
    });
}

} // namespace seg::ui
