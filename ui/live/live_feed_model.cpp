#include "live/live_feed_model.h"

#include "export/atomic_text_file.h"
#include "export/csv_rows.h"

#include <QBrush>
#include <QColor>

namespace seg::ui {

const char* const LiveFeedModel::kCsvHeader = "time,segment_id,segment,key,change,event_id,cause,change_id";

LiveFeedModel::LiveFeedModel(QObject* parent) : QAbstractTableModel(parent) {}

void LiveFeedModel::setCapacity(size_t rows)
{
    beginResetModel();
    capacity_ = std::max<size_t>(1, rows);
    while (rows_.size() > capacity_)
        rows_.pop_front();
    endResetModel();
}

void LiveFeedModel::append(const std::vector<LiveFeedRow>& rows, uint64_t notSent)
{
    total_ += notSent + rows.size();
    if (rows.empty())
        return;
    // Only the newest `capacity_` of the new rows can stay.
    const size_t take = std::min(rows.size(), capacity_);
    const size_t overflow = rows_.size() + take > capacity_ ? rows_.size() + take - capacity_ : 0;
    if (overflow > 0) { // the oldest are the view's last rows
        const int last = static_cast<int>(rows_.size()) - 1;
        beginRemoveRows({}, last - static_cast<int>(overflow) + 1, last);
        rows_.erase(rows_.begin(), rows_.begin() + static_cast<std::ptrdiff_t>(overflow));
        endRemoveRows();
    }
    beginInsertRows({}, 0, static_cast<int>(take) - 1);
    rows_.insert(rows_.end(), rows.end() - static_cast<std::ptrdiff_t>(take), rows.end());
    endInsertRows();
}

void LiveFeedModel::clear()
{
    beginResetModel();
    rows_.clear();
    total_ = 0;
    endResetModel();
}

int LiveFeedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int LiveFeedModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LiveFeedModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LiveFeedRow& r = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return r.time;
        case Segment: return r.segment;
        case Key: return r.key;
        case Change: return r.enter ? tr("enter") : tr("exit");
        case Event:
            if (!r.eventId.isEmpty())
                return r.eventId;
            return r.cause.startsWith(QLatin1String("clock:")) ? tr("(clock)") : tr("(profile update)");
        }
    } else if (role == Qt::ForegroundRole && index.column() == Change) {
        return QBrush(r.enter ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc0, 0x39, 0x2b));
    } else if (role == Qt::ToolTipRole) {
        return tr("Segment id: %1\nCause: %2\nChange id: %3").arg(r.segmentId, r.cause, r.changeId);
    }
    return {};
}

QVariant LiveFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Segment: return tr("Segment");
    case Key: return tr("Customer");
    case Change: return tr("Change");
    case Event: return tr("Event");
    }
    return {};
}

void LiveFeedModel::exportCsv(const std::filesystem::path& file) const
{
    AtomicTextFile out(file);
    out.append(kCsvHeader);
    out.put('\n');
    auto cell = [&](const QString& text, bool last) {
        const QByteArray utf8 = text.toUtf8();
        const std::string_view s(utf8.constData(), static_cast<size_t>(utf8.size()));
        char* p = out.reserve(csv::textCellRoom(s.size()) + 1);
        p = csv::writeTextCell(p, s, ',', false);
        *p++ = last ? '\n' : ',';
        out.advance(p);
    };
    for (const LiveFeedRow& r : rows_) {
        cell(r.time, false);
        cell(r.segmentId, false);
        cell(r.segment, false);
        cell(r.key, false);
        cell(r.enter ? QStringLiteral("enter") : QStringLiteral("exit"), false);
        cell(r.eventId, false);
        cell(r.cause, false);
        cell(r.changeId, true);
    }
    out.commit();
}

} // namespace seg::ui
