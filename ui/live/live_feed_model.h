#pragma once
// The live feed: the latest enters and exits of a replay, newest on top, at most `capacity`
// rows (older ones drop off; total() counts all), and their export to CSV through the
// project's atomic writer (a failed write leaves no half file).
#include "live/live_replay.h"

#include <QAbstractTableModel>

#include <deque>
#include <filesystem>

namespace seg::ui {

class LiveFeedModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Segment, Key, Change, Event, ColumnCount };
    explicit LiveFeedModel(QObject* parent = nullptr);

    void setCapacity(size_t rows);
    size_t capacity() const { return capacity_; }
    // Appends changes (oldest first); `notSent` more happened before them that never arrived.
    void append(const std::vector<LiveFeedRow>& rows, uint64_t notSent = 0);
    void clear();
    uint64_t total() const { return total_; }
    size_t shown() const { return rows_.size(); }
    // Row i of the view (0: the newest).
    const LiveFeedRow& rowAt(int i) const { return rows_[rows_.size() - 1 - static_cast<size_t>(i)]; }
    // The rows kept, oldest first (what the CSV holds).
    std::vector<LiveFeedRow> rowsOldestFirst() const { return {rows_.begin(), rows_.end()}; }

    // Writes the kept rows, oldest first, as CSV (header: time, segment_id, segment, key,
    // change, event_id, cause, change_id). Throws seg::Error naming the file on failure.
    void exportCsv(const std::filesystem::path& file) const;
    static const char* const kCsvHeader;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::deque<LiveFeedRow> rows_; // oldest first
    size_t capacity_ = 10000;
    uint64_t total_ = 0;
};

} // namespace seg::ui
