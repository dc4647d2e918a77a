// A stand-in for the app in the crash-recovery tests (test_crash_recovery): the real main
// window and CrashRecovery, driven without clicks, in a process the test can SIGKILL.
//   recovery_helper churn PROJECT RECOVERY_DIR   edit, autosave and save in a loop; prints
//                                                each finished version; runs until killed
//   recovery_helper crash PROJECT|- RECOVERY_DIR V  renames to "version V", autosaves, prints
//                                                "ready", then waits to be killed
//   recovery_helper clean PROJECT RECOVERY_DIR   saves, edits, autosaves, prints the entry and
//                                                whether it was written, exits cleanly
// The project's name is "version N"; every edit sets the next N.
#include "document/document.h"
#include "document/graph_settings.h"
#include "mainwindow/main_window.h"
#include "recovery/crash_recovery.h"

#include <QApplication>
#include <QFile>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace seg::ui;

namespace {

int versionOf(const Document& doc)
{
    const std::string& name = doc.graph().name;
    return name.rfind("version ", 0) == 0 ? std::atoi(name.c_str() + 8) : 0;
}

void rename(Document& doc, int version)
{
    GraphSettings settings = GraphSettings::of(doc.graph());
    settings.name = "version " + std::to_string(version);
    doc.changeSettings(settings, "rename");
}

void say(const std::string& line)
{
    std::fputs((line + "\n").c_str(), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QString mode = argv[1], project = argv[2], folder = argv[3];
    MainWindow window;
    window.setInteractive(false);
    if (project != "-" && !window.openFile(project, true)) {
        say("cannot open: " + window.lastMessage().toStdString());
        return 3;
    }
    auto recovery = std::make_unique<CrashRecovery>(&window, folder);
    Document& doc = *window.document();
    Autosaver& autosaver = *recovery->autosaver();
    if (mode == "churn") {
        for (int version = versionOf(doc) + 1;; ++version) {
            rename(doc, version);
            autosaver.saveNow();          // on the worker thread...
            if (!window.saveTo(project))  // ...while the GUI thread saves the project
                say("save failed: " + window.lastMessage().toStdString());
            autosaver.waitForWrites();
            QCoreApplication::processEvents();
            say(std::to_string(version));
        }
    }
    if (mode == "crash" || mode == "clean") {
        if (mode == "clean" && !window.saveTo(project)) // a write into the project's folder too
            say("save failed: " + window.lastMessage().toStdString());
        rename(doc, mode == "crash" ? std::atoi(argv[4]) : versionOf(doc) + 1);
        autosaver.saveNow();
        autosaver.waitForWrites();
        if (mode == "clean") { // exits with unsaved changes, as after "Discard"
            const QString entry = recovery->store()->ownFile();
            say("entry " + entry.toStdString() + (QFile::exists(entry) ? " written" : " missing"));
            recovery.reset(); // what main() does after a clean exit
            return 0;
        }
        say("ready");
        for (;;) {
            QCoreApplication::processEvents();
            QThread::msleep(20);
        }
    }
    return 2;
}
