#include "recovery/autosaver.h"

#include "document/document.h"

#include <QMetaObject>

#include <memory>

namespace seg::ui {

Autosaver::Autosaver(Document* document, RecoveryStore* store, QObject* parent)
    : QObject(parent), document_(document), store_(store)
{
    worker_.setMaxThreadCount(1); // writes and removals in the order they were asked for
    worker_.setExpiryTimeout(-1);
    period_.setInterval(kDefaultPeriodMs);
    burst_.setInterval(kDefaultBurstDelayMs);
    burst_.setSingleShot(true);
    connect(&period_, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&burst_, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(document_->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::changed);
    connect(document_, &Document::reset, this, &Autosaver::changed);
    connect(document_, &Document::modifiedChanged, this, &Autosaver::changed);
    connect(document_, &Document::filePathChanged, this, &Autosaver::changed);
    period_.start();
}

Autosaver::~Autosaver() { waitForWrites(); }

void Autosaver::setIntervals(int periodMs, int burstDelayMs)
{
    period_.start(periodMs);
    burst_.setInterval(burstDelayMs);
}

void Autosaver::changed()
{
    ++generation_;
    burst_.start(); // restarts: one write once the burst is over
}

void Autosaver::saveNow()
{
    burst_.stop();
    if (!store_->isUsable())
        return;
    if (!document_->isModified()) {
        if (entryExists_) {
            entryExists_ = false;
            written_ = 0;
            worker_.start([store = store_] { store->removeOwn(); });
        }
        return;
    }
    if (written_ == generation_)
        return;
    written_ = generation_;
    entryExists_ = true;
    auto snapshot = std::make_shared<const Graph>(document_->graph());
    const QString original = document_->filePath();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    // `this` outlives the task (the destructor waits); the queued signal is dropped by Qt when
    // the autosaver is gone by the time the GUI thread gets to it.
    worker_.start([this, snapshot, original, at] {
        QString error;
        const bool ok = store_->write(*snapshot, original, at, &error);
        writes_.fetch_add(1);
        QMetaObject::invokeMethod(this, [this, ok, error, at] {
            if (ok)
                Q_EMIT saved(at);
            else
                Q_EMIT failed(error);
        }, Qt::QueuedConnection);
    });
}

void Autosaver::waitForWrites() { worker_.waitForDone(); }

} // namespace seg::ui
