#pragma once
// Column statistics for the value pickers (distinct values with counts, range, histogram),
// computed on a worker thread and kept per dataset version, so opening a form never scans a
// column on the GUI thread and a column is scanned once per loaded dataset.
//
// Usage: if (auto stats = cache->stats(ColumnKey{...})) show(*stats);
//        else connect(cache, &ColumnStatsCache::ready, ...);   // asked for; arrives later
#include "data/dataset.h"
#include "diagnose/column_stats.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <set>
#include <tuple>

namespace seg::ui {

struct ColumnKey {
    uint64_t version = 0; // Dataset::version
    bool events = false;  // a column of the events table
    std::string column;
    auto operator<=>(const ColumnKey&) const = default;
};

class ColumnStatsCache : public QObject {
    Q_OBJECT
public:
    explicit ColumnStatsCache(QObject* parent = nullptr);
    ~ColumnStatsCache() override;

    // The statistics of `column` in `data` when computed; otherwise starts computing them
    // (once) and returns null; `ready` follows on the GUI thread.
    std::shared_ptr<const ColumnStats> stats(const std::shared_ptr<const Dataset>& data, bool events,
                                             const std::string& column);
    // Forgets everything (new data); results of scans still running are dropped when they arrive.
    void clear();
    // Blocks until nothing is being computed (tests).
    void waitForIdle();

Q_SIGNALS:
    void ready(bool events, const QString& column);

private:
    std::map<ColumnKey, std::shared_ptr<const ColumnStats>> done_;
    std::set<ColumnKey> pending_;
    uint64_t generation_ = 0; // bumped by clear()
};

} // namespace seg::ui
