#include "session/preview_runner.h"

#include "document/document.h"
#include "exec/result_cache.h"
#include "graph/graph_io.h"
#include "session/data_session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace seg::ui {

namespace {
constexpr int kDebounceMs = 150; // long enough to batch typing, short enough to feel live
}

PreviewRunner::PreviewRunner(Document* document, DataSession* data, QObject* parent)
    : QObject(parent), document_(document), data_(data), cache_(std::make_unique<ResultCache>())
{
    qRegisterMetaType<std::shared_ptr<const PreviewResult>>();
    debounce_.setSingleShot(true);
    connect(&debounce_, &QTimer::timeout, this, &PreviewRunner::startRun);
    connect(document_, &Document::nodeChanged, this, [this](const QString& id) {
        stale_.insert(id);
        Q_EMIT staleChanged();
    });
    connect(document_, &Document::nodeAdded, this, [this](const QString& id) {
        stale_.insert(id);
        Q_EMIT staleChanged();
    });
    connect(document_, &Document::contentChanged, this, &PreviewRunner::schedule);
    connect(data_, &DataSession::datasetChanged, this, [this] {
        cache_->clear(); // results of other data must never be reused
        schedule();
    });
}

PreviewRunner::~PreviewRunner()
{
    // The worker uses the cache this object owns: it must finish before the cache goes.
    cancel();
    if (watcher_) {
        watcher_->disconnect(this);
        watcher_->waitForFinished();
    }
}

void PreviewRunner::schedule()
{
    if (!autoRun_)
        return;
    // Leading edge: the first edit after a quiet moment runs at the next turn of the event loop
    // (a committed property change is deliberate; waiting only adds latency, and the zero delay
    // still batches the several signals one command emits). Edits that follow within the
    // debounce window are batched into one run after it.
    if (debounce_.isActive() && debounce_.interval() == 0)
        return;
    const bool quiet = !running_ && (!lastStart_.isValid() || lastStart_.hasExpired(kDebounceMs));
    debounce_.start(quiet ? 0 : kDebounceMs);
}

void PreviewRunner::runNow()
{
    debounce_.stop();
    startRun();
}

void PreviewRunner::cancel()
{
    rerunQueued_ = false;
    if (cancel_)
        cancel_->store(true);
}

void PreviewRunner::startRun()
{
    if (running_) {
        // Let the run in flight stop early; the next one starts when it has finished.
        rerunQueued_ = true;
        if (cancel_)
            cancel_->store(true);
        return;
    }
    running_ = true;
    rerunQueued_ = false;
    lastStart_.start();
    staleAtStart_ = stale_;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    Q_EMIT runStarted();

    const Graph graph = document_->graph();
    const std::shared_ptr<const Dataset> data = data_->dataset();
    const Strategy strategy = strategy_;
    const int threads = threads_;
    auto cancel = cancel_;
    ResultCache* cache = cache_.get();
    QPointer<PreviewRunner> self(this);
    auto onNode = [self](const NodeRun& run) {
        const QString id = QString::fromStdString(run.id);
        QMetaObject::invokeMethod(self, [self, id] {
            if (self)
                Q_EMIT self->nodeFinished(id);
        }, Qt::QueuedConnection);
    };
    auto* watcher = new QFutureWatcher<std::shared_ptr<const PreviewResult>>(this);
    watcher_ = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto result = watcher->result();
        watcher->deleteLater();
        if (watcher_ == watcher)
            watcher_ = nullptr;
        finishRun(result);
    });
    watcher->setFuture(QtConcurrent::run([=]() -> std::shared_ptr<const PreviewResult> {
        return std::make_shared<const PreviewResult>(
            runPreview(graph, data, strategy, threads, cache, cancel.get(), onNode));
    }));
}

void PreviewRunner::finishRun(std::shared_ptr<const PreviewResult> result)
{
    running_ = false;
    const bool cancelled = result->run && result->run->cancelled;
    if (!cancelled) {
        last_ = result;
        // Nodes edited while this run was in flight stay stale; the rest are up to date.
        for (const QString& id : staleAtStart_) {
            const Node* now = document_->node(id);
            const Node* ran = result->graph.find(id.toStdString());
            if (!now || (ran && nodeToJson(*now) == nodeToJson(*ran)))
                stale_.remove(id);
        }
        Q_EMIT staleChanged();
        Q_EMIT runFinished(result);
    }
    if (rerunQueued_)
        startRun();
}

bool PreviewRunner::waitForIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while ((running_ || rerunQueued_ || debounce_.isActive()) && timer.elapsed() < timeoutMs) {
        if (debounce_.isActive()) {
            debounce_.stop();
            startRun();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return !running_ && !rerunQueued_;
}

} // namespace seg::ui
