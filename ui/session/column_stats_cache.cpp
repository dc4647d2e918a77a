#include "session/column_stats_cache.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace seg::ui {

ColumnStatsCache::ColumnStatsCache(QObject* parent) : QObject(parent) {}

ColumnStatsCache::~ColumnStatsCache() = default;

std::shared_ptr<const ColumnStats> ColumnStatsCache::stats(const std::shared_ptr<const Dataset>& data, bool events,
                                                           const std::string& column)
{
    if (!data || (events && !data->events))
        return nullptr;
    const Table& table = events ? data->events->table : data->customers.table;
    if (!table.find(column))
        return nullptr;
    const ColumnKey key{data->version, events, column};
    if (auto it = done_.find(key); it != done_.end())
        return it->second;
    if (!pending_.insert(key).second)
        return nullptr;
    QPointer<ColumnStatsCache> self(this);
    const uint64_t generation = generation_;
    // The worker holds the dataset, so the column stays alive while it is scanned.
    (void)QtConcurrent::run([self, data, key, generation]() {
        const Table& t = key.events ? data->events->table : data->customers.table;
        auto stats = std::make_shared<const ColumnStats>(computeColumnStats(*t.find(key.column)));
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, key, stats, generation] {
            if (!self || self->generation_ != generation)
                return;
            self->pending_.erase(key);
            self->done_[key] = stats;
            Q_EMIT self->ready(key.events, QString::fromStdString(key.column));
        }, Qt::QueuedConnection);
    });
    return nullptr;
}

void ColumnStatsCache::clear()
{
    ++generation_;
    done_.clear();
    pending_.clear();
}

void ColumnStatsCache::waitForIdle()
{
    while (!pending_.empty()) { // (a clear() forgets pending scans: nothing is waited for then)
        QThreadPool::globalInstance()->waitForDone(50);
        QCoreApplication::processEvents();
    }
}

} // namespace seg::ui
