#pragma once
// The live evaluator: the segment graph kept up to date customer by customer. Each event or
// profile update changes one customer's state; that customer is evaluated again through the
// graph in dependency order with the same definitions the batch kernels use
// (bind/predicate.h match*, exec/event_aggregate.h AggregateFold, expr evalRow, top's
// topCount/keyLess, split's MD5 buckets), and every segment whose membership changed gives an
// enter or exit. A `top` cut that moves brings the customers it moved over into the same pass.
// When the clock passes a day, only the customers in the deadline queue for that day are
// evaluated again (windows that lose or gain one of their events), never a scan of everyone;
// the exception is days_since() in an expression (see LivePlan::refreshAllOnDayChange).
#include "bind/bound_graph.h"
#include "data/dataset.h"
#include "data/value.h"
#include "exec/event_aggregate.h"
#include "exec/run_result.h"
#include "live/event_list.h"
#include "live/flat_tables.h"
#include "live/live_plan.h"
#include "live/live_store.h"
#include "live/live_top.h"

#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <queue>
#include <string>
#include <unordered_map>
#include <vector>

namespace seg {

// One membership change of one segment (a trigger).
struct LiveChange {
    std::string changeId; // deterministic: same segment, key, change and cause give the same id
    std::string segment;  // segment node id
    std::string key;      // customer key as text
    bool enter = true;
    std::string cause;    // "event:<event_id>", "clock:<YYYY-MM-DD>" or "profile:<digest>"
    std::string eventId;  // the event that caused it (empty for clock and profile changes)
    std::string eventTime; // that event's time as text
};

// Why customers are evaluated again ("event:" + the event id, ...): names the change ids.
// Views, so that the many events that change no segment build no text.
struct LiveCause {
    std::string_view kind; // "event:", "clock:", "profile:"
    std::string_view id;
    std::string text() const { return std::string(kind) + std::string(id); }
};

struct LiveCheckpointAccess; // core/checkpoint/live_state_codec.cpp

class LiveEngine {
    // The live state is saved and restored as a whole (core/checkpoint).
    friend struct LiveCheckpointAccess;

public:
    // Binds the graph at `asOf` and checks it can be kept live (throws seg::Error naming the
    // node otherwise). `graph` and `data` must outlive the engine; data supplies the customers
    // (the universe) and the events dataset's schema.
    LiveEngine(const Graph& graph, const Dataset& data, int32_t asOf);

    // The state at start: the imported events (those with keepEventRow(row), all when empty)
    // and every customer evaluated once. Emits nothing.
    void start(const std::function<bool(size_t)>& keepEventRow = {});

    // A validated event of customer `row`: `columns` holds one value per events column (the
    // events table's order; each of the column's type or NULL). Changes are appended to out.
    void addEvent(uint32_t row, const std::vector<Value>& columns, const LiveCause& cause,
                  std::vector<LiveChange>& out);
    // A validated profile update: (customer column index, new value) pairs.
    void setProfile(uint32_t row, const std::vector<std::pair<int, Value>>& values, const LiveCause& cause,
                    std::vector<LiveChange>& out);
    // Moves the clock forward to `day` (never back), day by day where something happens.
    void advanceTo(int32_t day, std::vector<LiveChange>& out);

    // Several workers (stream --partition): the top node at graph node `index` (null when it
    // is no top node), and a new global cut for it. The customers the new cut moves over get
    // their changes (cause "top:<node id>") like a cut moved by an event.
    const LiveTop* top(int index) const { return tops_[static_cast<size_t>(index)].get(); }
    void setTopCut(int index, std::optional<LiveTop::GlobalCut> cut, std::vector<LiveChange>& out);

    int32_t clock() const { return clock_; }
    const BoundGraph& bound() const { return bound_; }
    const LivePlan& plan() const { return plan_; }
    const Dataset& data() const { return data_; }
    size_t customers() const { return customers_; }
    size_t storedEvents() const { return storedEvents_; }
    // Bytes of the per-customer state (membership, derived values, stored events, top trees'
    // entries), without the imported customer table.
    size_t stateBytes() const;

    // Customer row of a key given as text (the key column's text form), or nullopt.
    std::optional<uint32_t> rowOfKey(std::string_view key) const;
    // Members of a set reference ("node" or "node:port") as a bitset over customer rows.
    Bitset members(std::string_view ref) const;
    // Customer columns of a row (profile updates applied).
    Value customerValue(uint32_t row, int column) const;

    // Creates a customer (a profile update naming an unknown key): a new row after the
    // imported ones, its key given as text, every other column NULL until setProfile() sets
    // it; it is evaluated by that setProfile() (emitting its enters), and its events count
    // from then on. Returns the row, or nullopt with the reason in *problem (a key that is not
    // of the key column's type, a dataset without a key column, a key already known).
    std::optional<uint32_t> createCustomer(std::string_view key, std::string* problem = nullptr);
    size_t importedCustomers() const { return data_.customers.rows(); }
    size_t createdCustomers() const { return customers_ - data_.customers.rows(); }
    size_t profiledCustomers() const { return profiles_.size(); }
    // The customer key column, created customers included (row order).
    const Column& keyColumn() const { return *key_; }
    std::string keyText(uint32_t row) const { return key_->textAt(row); }
    // The customers table as it is now: the imported rows with their profile updates applied,
    // then the created customers; what `--export` writes its columns from.
    CustomerTable customerTable() const;

    std::string toString() const;

    // The live state as a run result (live_report.cpp): sizes, sets and derived columns at the
    // current clock, so the run report and CSV export of `run` apply unchanged.
    RunResult snapshot(double totalMs) const;

private:

    void rebind(int32_t day);
    // Every per-customer store one row longer (a created customer).
    void growCustomers();
    // The stored event's mask (0: no node considers it, nothing kept).
    uint64_t storeEvent(uint32_t row, const std::vector<Value>& columns);
    // Evaluates the dirty customers through the nodes in order (only the nodes that depend on
    // one of the event nodes in `eventMask`, unless it is ~0).
    void recompute(std::vector<uint32_t>& dirty, const LiveCause* cause, std::vector<LiveChange>* out,
                   uint64_t eventMask = ~uint64_t{0});
    uint8_t evalNode(int index, uint32_t row);
    bool inputMember(const InputRef& in, uint32_t row) const
    {
        const uint8_t v = member_[static_cast<size_t>(in.node)].get(row);
        return in.port < 0 ? v != 0 : v == in.port + 1;
    }
    Value slotValue(int slot, uint32_t row) const;
    bool fieldMatches(const FieldRef& field, const BoundPredicate& p, uint32_t row) const;
    Value exprValue(int index, uint32_t row);
    AggregateValue aggregateOf(int eventNode, uint32_t row);
    void schedule(uint32_t row);
    // Drops the customer's events that no node can count again at this clock or later.
    void prune(uint32_t row);
    // The last day on which an event with this mask can still count (INT64_MAX: always).
    int64_t lastUsefulDay(uint64_t mask, int32_t day) const;
    void emit(const BoundNode& segment, uint32_t row, bool enter, const LiveCause& cause,
              std::vector<LiveChange>& out) const;

    const Graph& graph_;
    const Dataset& data_;
    int32_t clock_ = 0;
    BoundGraph bound_;
    LivePlan plan_;
    size_t customers_ = 0;
    size_t storedEvents_ = 0;

    MemberTable member_;                        // per node index: 0 out, 1 in (p + 1: port p)
    std::vector<DerivedStore> derived_;         // per derived slot - customerColumns
    std::vector<std::unique_ptr<LiveTop>> tops_; // per node index (top nodes only)
    std::vector<std::vector<uint64_t>> splitStarts_; // per node index (split nodes)
    std::vector<std::vector<int>> exprSlots_;   // per node index: derived slots its expression reads
    std::vector<EventList> events_;             // per customer; records of stride_ bytes
    size_t stride_ = 0;                         // EventList::strideFor(plan_.keptColumns.size())
    std::vector<uint8_t> keptIsDouble_;         // per kept column: its values are double bits
    // A kept value as the aggregate code reads it (NULL, int64 or double).
    AggregateValue keptValue(const EventList& list, size_t e, size_t k) const
    {
        AggregateValue a;
        a.null = (list.head(e, stride_).nulls >> k) & 1u;
        const uint64_t raw = list.keptRaw(e, k, stride_);
        if (keptIsDouble_[k])
            std::memcpy(&a.d, &raw, sizeof a.d);
        else
            a.i = static_cast<int64_t>(raw);
        return a;
    }
    std::unordered_map<uint32_t, std::vector<Value>> profiles_; // rows with profile updates: all columns
    std::vector<int32_t> scheduled_;            // per customer: its day in the deadline queue
    std::priority_queue<std::pair<int32_t, uint32_t>, std::vector<std::pair<int32_t, uint32_t>>, std::greater<>>
        deadlines_;
    // The key column: the imported one until a customer is created, then an own copy that
    // grows (top's key order, split's hash and the triggers read keys through it).
    const Column* key_ = nullptr;
    std::unique_ptr<Column> ownedKey_;
    IntKeyIndex intKeys_;
    std::unordered_map<std::string, uint32_t> textKeys_;
    std::vector<const Column*> slots_;          // customer columns (derived slots null)
    std::vector<Column> frame_;                 // one-row columns for expressions over derived values
    std::vector<const Column*> framePointers_;
    std::vector<uint8_t> dirtyFlag_;
    std::vector<uint32_t> dirtyScratch_;
    std::vector<uint32_t> movedScratch_;
    // Event type text -> the event nodes whose `event` it is (or that take any type).
    std::unordered_map<std::string, uint64_t> typeMasks_;
    DecimalSum sum_;
};

} // namespace seg
