#pragma once
// Where the editor keeps what it needs to bring back unsaved work after a crash (issue 16):
// one folder per user (QStandardPaths::AppLocalDataLocation + "/recovery", or
// $SEGSTUDIO_RECOVERY_DIR), and in it one entry per running instance, "<pid>-<random>":
//   <id>.segment.json  the project as it was at the last autosave (a valid project file; the
//                      dataset paths absolute; "ui.recovery" holds the original file and time)
//   <id>.lock          held with flock() for as long as the instance lives
// The kernel drops a dead process's locks, so an entry whose lock nobody holds belongs to an
// instance that crashed (or was killed): an orphan, offered at the next start. Instances never
// touch each other's entries while they live. Every write goes through AtomicTextFile, so an
// entry is the previous autosave or the new one, never half of one. The user's own project
// file is never written here.
#include "graph/graph.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace seg::ui {

struct RecoveryEntry {
    QString file;         // the entry's .segment.json
    QString originalPath; // the project file it belongs to; empty for a new, never saved project
    QDateTime savedAt;    // when it was autosaved (UTC)
    QString projectName;  // the graph's name, may be empty
};

// An orphan's lock, held while it is offered so that a second instance starting at the same
// time does not offer (or restore) it too. Releasing it leaves the entry as it was.
class RecoveryClaim {
public:
    RecoveryClaim(RecoveryEntry entry, int lockFd) : entry_(std::move(entry)), fd_(lockFd) {}
    ~RecoveryClaim();
    RecoveryClaim(const RecoveryClaim&) = delete;
    RecoveryClaim& operator=(const RecoveryClaim&) = delete;
    const RecoveryEntry& entry() const { return entry_; }
    // Reads the entry back: the graph without the recovery note, dataset paths absolute.
    // std::nullopt with `error` when the file is not a usable project.
    std::optional<Graph> load(QString* error) const;
    void discard(); // removes the entry's files

private:
    RecoveryEntry entry_;
    int fd_ = -1;
};

class RecoveryStore {
public:
    // Creates the folder and this instance's locked entry name; `folder` empty: defaultFolder().
    explicit RecoveryStore(const QString& folder = {});
    ~RecoveryStore(); // a clean exit: removes this instance's entry and lock
    RecoveryStore(const RecoveryStore&) = delete;
    RecoveryStore& operator=(const RecoveryStore&) = delete;

    static QString defaultFolder();
    QString folder() const { return folder_; }
    QString ownFile() const;
    bool isUsable() const { return lockFd_ >= 0; } // false: the folder cannot be used (see error())
    QString error() const { return error_; }

    // Writes `graph` as this instance's entry. Safe to call from one worker thread at a time.
    bool write(const Graph& graph, const QString& originalPath, const QDateTime& savedAt, QString* error);
    void removeOwn();

    // Orphans of crashed instances, newest first, each locked for the caller. Lock files
    // without an entry that nobody holds are removed on the way.
    std::vector<std::unique_ptr<RecoveryClaim>> claimOrphans() const;

private:
    QString folder_;
    QString id_;
    int lockFd_ = -1;
    QString error_;
};

} // namespace seg::ui
