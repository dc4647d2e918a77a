#pragma once
// Autosave of the open project into its RecoveryStore entry (issue 16): a short while after
// each burst of changes (the undo stack's index settles for `burstDelay`) and every
// `period` while there are unsaved changes. When the project is clean again (saved, or undone
// back to the saved state) the entry is removed: the user's file holds it all. The graph is
// copied on the GUI thread and written on one worker thread, in order, so the GUI never waits
// for the disk and a removal never races a write.
#include "recovery/recovery_store.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace seg::ui {

class Document;

class Autosaver : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultPeriodMs = 60 * 1000;
    static constexpr int kDefaultBurstDelayMs = 2000;

    Autosaver(Document* document, RecoveryStore* store, QObject* parent = nullptr);
    ~Autosaver() override; // waits for the write in flight

    void setIntervals(int periodMs, int burstDelayMs);
    // Writes now when there are unsaved changes not yet autosaved; removes the entry when the
    // project is clean.
    void saveNow();
    void waitForWrites();
    int writesCompleted() const { return writes_.load(); }

Q_SIGNALS:
    void saved(const QDateTime& at);
    void failed(const QString& message); // names the file and the OS reason

private:
    void changed();

    Document* document_;
    RecoveryStore* store_;
    QTimer period_;
    QTimer burst_;
    QThreadPool worker_;
    quint64 generation_ = 1;  // bumped by every change
    quint64 written_ = 0;     // the generation the entry holds (0: none)
    bool entryExists_ = false;
    std::atomic<int> writes_{0};
};

} // namespace seg::ui
