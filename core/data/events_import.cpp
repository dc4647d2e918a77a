// Events import: each event is matched to its customer by key value and the table is sorted by
// (customer row, time), so behavior and derive nodes read one customer's events as one range.
#include "data/importer.h"

#include "data/import_session.h"
#include "data/row_index.h"
#include "util/error.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <limits>
#include <numeric>
#include <string>

namespace seg {

namespace {

// The last key a thread looked up, and its row (see CustomerKeyLookup).
struct LastKey {
    uint64_t lookup = 0; // the id of the lookup that filled it (0: none)
    std::string text;
    uint32_t row = RowIndex::kNone;
};

// Customer key -> customer row. Event keys are parsed as the customer key's type, so "007"
// finds int key 7, and text that is not such a value simply finds nothing.
// Int keys that fill most of their range (sequential ids, the common case) are looked up in
// a plain array indexed by key - minimum instead of a hash index: no hashing, one load, and
// built in one pass. Each thread also remembers the last key it looked up, because event
// logs often list a customer's events together.
class CustomerKeyLookup {
public:
    CustomerKeyLookup(const CustomerTable& customers, const TypeSpec& spec)
        : key_(customers.key()), spec_(spec), id_(nextId_.fetch_add(1, std::memory_order_relaxed) + 1)
    {
        if (spec_.type == DataType::Int && buildDense(customers.rows()))
            return;
        index_ = RowIndex(customers.rows());
        for (size_t r = 0; r < customers.rows(); ++r) {
            const auto row = static_cast<uint32_t>(r);
            if (spec_.type == DataType::String) {
                const std::string_view text = key_.stringAt(r);
                index_.insertOrReplace(std::hash<std::string_view>{}(text), row,
                                       [&](uint32_t other) { return key_.stringAt(other) == text; });
            } else {
                const int64_t code = keyCodeAt(key_, r);
                index_.insertOrReplace(mixHash(static_cast<uint64_t>(code)), row,
                                       [&](uint32_t other) { return keyCodeAt(key_, other) == code; });
            }
        }
    }

    uint32_t find(std::string_view value) const
    {
        LastKey& last = lastKey_;
        if (last.lookup == id_ && last.text == value)
            return last.row;
        const uint32_t row = findUncached(value);
        last.lookup = id_;
        last.text.assign(value);
        last.row = row;
        return row;
    }

private:
    // Dense when the keys' range is at most four times the number of customers.
    bool buildDense(size_t rows)
    {
        if (rows == 0 || key_.nullCount() > 0)
            return false;
        const auto [lo, hi] = std::minmax_element(key_.ints().begin(), key_.ints().end());
        const uint64_t span = static_cast<uint64_t>(*hi) - static_cast<uint64_t>(*lo); // exact: hi >= lo
        if (span >= 4 * static_cast<uint64_t>(rows) + 64)
            return false;
        denseBase_ = *lo;
        dense_.assign(static_cast<size_t>(span) + 1, RowIndex::kNone);
        for (size_t r = 0; r < rows; ++r) // keys are unique after the duplicate policy
            dense_[static_cast<size_t>(key_.ints()[r] - denseBase_)] = static_cast<uint32_t>(r);
        return true;
    }

    uint32_t findUncached(std::string_view value) const
    {
        if (spec_.type == DataType::String)
            return index_.find(std::hash<std::string_view>{}(value),
                               [&](uint32_t r) { return key_.stringAt(r) == value; });
        const auto code = parseKeyCode(spec_, value);
        if (!code)
            return RowIndex::kNone;
        if (!dense_.empty()) {
            if (*code < denseBase_)
                return RowIndex::kNone;
            const auto at = static_cast<uint64_t>(*code) - static_cast<uint64_t>(denseBase_);
            return at < dense_.size() ? dense_[at] : RowIndex::kNone;
        }
        return index_.find(mixHash(static_cast<uint64_t>(*code)),
                           [&](uint32_t r) { return keyCodeAt(key_, r) == *code; });
    }

    static inline std::atomic<uint64_t> nextId_{0};
    static inline thread_local LastKey lastKey_;

    const Column& key_;
    const TypeSpec& spec_;
    const uint64_t id_; // tells this lookup's cached key from an earlier lookup's
    RowIndex index_{0};
    std::vector<uint32_t> dense_; // key - denseBase_ -> row, when the keys are dense
    int64_t denseBase_ = 0;
};

int64_t timeAt(const Column& time, size_t row)
{
    return time.type() == DataType::Date ? int64_t{time.dateAt(row)} : time.intAt(row);
}

// True when the events already are in (customer, time) order, as logs written customer by
// customer are: then there is nothing to move, and one pass over the rows tells.
bool inEventOrder(const std::vector<uint32_t>& customerOfEvent, const Column& time)
{
    for (size_t e = 1; e < customerOfEvent.size(); ++e) {
        const uint32_t a = customerOfEvent[e - 1], b = customerOfEvent[e];
        if (b < a || (b == a && timeAt(time, e) < timeAt(time, e - 1)))
            return false;
    }
    return true;
}

// Stable order by (customer, time): a counting sort by customer keeps file order, then each
// customer's few events are sorted by time unless they already are. Empty when the events
// are in that order already (see inEventOrder).
std::vector<uint32_t> eventOrder(const std::vector<uint32_t>& customerOfEvent, const Column& time,
                                 size_t customers, std::vector<uint64_t>& offsets)
{
    offsets.assign(customers + 1, 0);
    for (const uint32_t c : customerOfEvent)
        ++offsets[c + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    if (inEventOrder(customerOfEvent, time))
        return {};
    std::vector<uint64_t> cursor(offsets.begin(), offsets.end() - 1);
    std::vector<uint32_t> order(customerOfEvent.size());
    for (size_t e = 0; e < customerOfEvent.size(); ++e)
        order[cursor[customerOfEvent[e]]++] = static_cast<uint32_t>(e);

    auto earlier = [&](uint32_t a, uint32_t b) { return timeAt(time, a) < timeAt(time, b); };
    for (size_t c = 0; c < customers; ++c) {
        const auto first = order.begin() + static_cast<std::ptrdiff_t>(offsets[c]);
        const auto last = order.begin() + static_cast<std::ptrdiff_t>(offsets[c + 1]);
        if (last - first > 1 && !std::is_sorted(first, last, earlier))
            std::stable_sort(first, last, earlier);
    }
    return order;
}

} // namespace

EventTable importEvents(const std::filesystem::path& path, const ImportOptions& options,
                        const CustomerTable& customers, ImportReport& report)
{
    report = ImportReport{};
    report.isEvents = true;
    detail::ImportSession session(path, options, report);
    session.open();
    const DatasetSpec& spec = options.spec;
    auto& columns = session.columns();

    if (!spec.key || spec.key->empty())
        throw Error(session.where() + ": events need \"key\", the column holding the customer id");
    if (spec.time.empty())
        throw Error(session.where() + ": events need \"time\", a date or timestamp column");
    const int keyIndex = session.requireColumn(*spec.key, "key");
    const int timeIndex = session.requireColumn(spec.time, "time");
    const int typeIndex = spec.type.empty() ? -1 : session.requireColumn(spec.type, "type");
    session.markRole(keyIndex);
    session.markRole(timeIndex);

    // The event key takes the customer key's type (and an override's format, if it agrees).
    detail::ImportColumn& key = columns[static_cast<size_t>(keyIndex)];
    const DataType customerKeyType = customers.key().type();
    if (key.overridden && key.spec.type != customerKeyType)
        throw Error(session.where() + ": key column '" + key.name + "' is given type " + typeSpecText(key.spec)
                    + " but the customer key is " + std::string(typeName(customerKeyType)));
    if (!key.overridden)
        key.spec = TypeSpec{customerKeyType, {}};
    key.fixed = true;
    key.validate = false; // a key that does not parse is an unknown customer, not a bad row

    if (typeIndex >= 0) {
        detail::ImportColumn& type = columns[static_cast<size_t>(typeIndex)];
        if (type.overridden && type.spec.type != DataType::String)
            throw Error(session.where() + ": type column '" + type.name + "' must be a string, not "
                        + typeSpecText(type.spec));
        type.spec = TypeSpec{DataType::String, {}};
        type.fixed = true;
    }
    detail::ImportColumn& time = columns[static_cast<size_t>(timeIndex)];
    if (time.overridden && !isTemporal(time.spec.type))
        throw Error(session.where() + ": time column '" + time.name + "' must be a date or timestamp, not "
                    + typeSpecText(time.spec));

    // The check runs on several threads: it only reads the lookup; the customer row of each
    // kept event comes back as the row's tag.
    const CustomerKeyLookup lookup(customers, key.spec);
    session.collectTags();
    session.scan([&](const detail::RowValues& row) {
        if (row.isNull(keyIndex))
            return detail::RowVerdict::reject(keyIndex, "customer key is NULL");
        const uint32_t customer = lookup.find(row[keyIndex]);
        if (customer == RowIndex::kNone)
            return detail::RowVerdict::skip(); // counted as an unknown key
        if (row.isNull(timeIndex))
            return detail::RowVerdict::reject(timeIndex, "event time is NULL");
        return detail::RowVerdict::keep(customer);
    });
    report.unknownKeys = session.skippedRows();
    const std::vector<uint32_t> customerOfEvent = std::move(session.tags());
    if (!time.fixed && session.keptRows() == 0) { // nothing to infer from: an empty table is fine
        time.spec = TypeSpec{DataType::Timestamp, {}};
        time.fixed = true;
    }
    session.resolveTypes();
    if (!isTemporal(time.spec.type))
        throw Error(session.where() + ": time column '" + time.name + "' holds values that are not dates or "
                    + "timestamps (YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS]); give its format in \"columns\", e.g. \""
                    + time.name + "\": \"timestamp:%d/%m/%Y %H:%M\"");
    if (session.keptRows() >= std::numeric_limits<uint32_t>::max())
        throw Error(session.where() + ": too many events (at most 4294967294)");

    std::vector<Column> eventColumns = session.loadColumns();

    EventTable events;
    const std::vector<uint32_t> order = eventOrder(customerOfEvent, eventColumns[static_cast<size_t>(timeIndex)],
                                                   customers.rows(), events.offsets);
    bool identity = true;
    for (size_t e = 0; e < order.size() && identity; ++e)
        identity = order[e] == e;
    for (auto& column : eventColumns) {
        if (!identity)
            column.gather(order);
        column.finish();
    }
    events.table.rows = customerOfEvent.size();
    events.table.columns = std::move(eventColumns);
    events.keyColumn = keyIndex;
    events.timeColumn = timeIndex;
    events.typeColumn = typeIndex;
    report.rows = events.table.rows;
    session.fillColumnProfiles(events.table);
    return events;
}

} // namespace seg
