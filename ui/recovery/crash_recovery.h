#pragma once
// Crash recovery for one main window (issue 16): its own RecoveryStore entry, autosaved by an
// Autosaver, and at start the offer to restore what crashed instances left behind.
//
//   seg::ui::CrashRecovery recovery(&window);   // after the window exists
//   recovery.offerRestore();                     // asks; restores into the window
//   ... app.exec() ...                           // on a clean exit ~CrashRecovery removes the entry
//
// Orphans are offered newest first, one question each: Restore loads it into the window (the
// project keeps its original file name, shown as modified; nothing is written to that file
// until the user saves) and ends the questions, the others wait for the next start; Discard
// deletes it and goes on to the next; Not now keeps them all for the next start.
#include "recovery/autosaver.h"
#include "recovery/recovery_store.h"

#include <QObject>

#include <functional>
#include <memory>

namespace seg::ui {

class MainWindow;

enum class RecoveryChoice { Restore, Discard, Later };

class CrashRecovery : public QObject {
    Q_OBJECT
public:
    explicit CrashRecovery(MainWindow* window, const QString& folder = {});
    ~CrashRecovery() override;

    using Chooser = std::function<RecoveryChoice(const RecoveryEntry& entry, const QString& question)>;
    void setChooser(Chooser chooser) { chooser_ = std::move(chooser); } // default: a message box
    // The question for one entry: names the project file (or "a new project") and the time.
    static QString question(const RecoveryEntry& entry);
    // Offers the orphans; true when one was restored into the window.
    bool offerRestore();

    RecoveryStore* store() { return store_.get(); }
    Autosaver* autosaver() { return autosaver_.get(); }

private:
    RecoveryChoice ask(const RecoveryEntry& entry);

    MainWindow* window_;
    std::unique_ptr<RecoveryStore> store_;
    std::unique_ptr<Autosaver> autosaver_;
    Chooser chooser_;
};

} // namespace seg::ui
