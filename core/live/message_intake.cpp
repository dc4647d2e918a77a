#include "live/message_intake.h"

#include "exec/runner.h"
#include "live/message_json.h"

#include <algorithm>

namespace seg {

namespace dom = simdjson::dom;
using namespace live_detail;

Json changeToJson(const LiveChange& c)
{
    Json j = Json::object();
    j["change_id"] = c.changeId;
    j["segment"] = c.segment;
    j["key"] = c.key;
    j["change"] = c.enter ? "enter" : "exit";
    j["event_id"] = c.eventId.empty() ? Json(nullptr) : Json(c.eventId);
    j["event_time"] = c.eventTime.empty() ? Json(nullptr) : Json(c.eventTime);
    j["cause"] = c.cause;
    return j;
}

LiveIntake::LiveIntake(LiveEngine& engine, const LiveIntakeOptions& options)
    : engine_(engine), options_(options), parser_(std::make_shared<Parser>())
{
    const Dataset& data = engine.data();
    if (data.events && data.events->typeColumn >= 0) {
        const Column& types = data.events->table.columns[static_cast<size_t>(data.events->typeColumn)];
        for (size_t i = 0; i < types.dict().size(); ++i)
            knownTypes_.emplace_back(types.dict()[i]);
    }
    for (const Node& n : engine.bound().graph->nodes)
        if (n.events.event)
            knownTypes_.push_back(*n.events.event);
    std::sort(knownTypes_.begin(), knownTypes_.end());

}

void LiveIntake::count(const std::vector<LiveChange>& changes, size_t from)
{
    for (size_t i = from; i < changes.size(); ++i) {
        auto& c = counters_.perSegment[changes[i].segment];
        (changes[i].enter ? c.first : c.second) += 1;
        ++counters_.changes;
    }
}

void LiveIntake::advanceClock(int32_t day, std::vector<LiveChange>& changes)
{
    const size_t from = changes.size();
    engine_.advanceTo(day, changes);
    count(changes, from);
}

void LiveIntake::processLine(std::string_view line, size_t lineNumber, std::vector<LiveChange>& changes,
                             std::vector<DeadLetter>& dead)
{
    line = trimLine(line);
    if (line.find_first_not_of(" \t") == std::string_view::npos)
        return;
    ++counters_.messages;
    if (options_.clock == LiveClockMode::Wall)
        advanceClock(todayUtc(), changes);
    auto reject = [&](std::string reason) {
        ++counters_.deadLettered;
        DeadLetter d;
        d.message = std::string(line.substr(0, line.size() > options_.maxLineBytes ? 1000 : line.size()));
        d.reason = std::move(reason);
        d.line = lineNumber;
        dead.push_back(std::move(d));
    };
    if (line.size() > options_.maxLineBytes) {
        reject("message of " + std::to_string(line.size()) + " bytes is longer than the limit of " +
               std::to_string(options_.maxLineBytes) + " bytes");
        return;
    }
    // simdjson copies the line into its padded buffer when the line has no room for padding.
    dom::element doc;
    if (const auto error = parser_->parser.parse(line.data(), line.size()).get(doc)) {
        reject(std::string("malformed JSON: ") + simdjson::error_message(error));
        return;
    }
    Message msg;
    if (doc.get_object().get(msg.object)) {
        reject("a message must be a JSON object, got " + describe(doc));
        return;
    }
    std::optional<std::string> problem;
    dom::element kind;
    const bool hasKind = !msg.object.at_key("kind").get(kind);
    std::string_view kindText;
    if (hasKind && kind.is_string())
        kindText = kind.get_string().value_unsafe();
    if (!hasKind || kindText == "event") {
        problem = parseEvent(msg, event_);
        if (!problem)
            problem = applyEvent(event_, changes);
    }
    else if (kindText == "profile")
        problem = handleProfile(msg, line, changes);
    else
        problem = "\"kind\" must be \"event\" or \"profile\", got " + describe(kind);
    if (problem)
        reject(*problem);
}


std::optional<std::string> LiveIntake::parseEvent(const Message& msg, ParsedEvent& out) const
{
    const Dataset& data = engine_.data();
    if (!data.events)
        return "the graph has no events dataset, so it takes no events";
    const EventTable& ev = *data.events;
    const auto& columns = ev.table.columns;
    out.columns.resize(columns.size());
    out.given.assign(columns.size(), 0);
    std::string& eventId = out.eventId;
    eventId.clear();
    bool hasId = false;
    std::string reason;
    for (auto field : msg.object) {
        const std::string_view name = field.key;
        if (name == "kind")
            continue;
        if (name == "event_id") {
            const auto t = field.value.type();
            if (t == dom::element_type::STRING)
                eventId.assign(field.value.get_string().value_unsafe());
            else if (t == dom::element_type::INT64 || t == dom::element_type::UINT64)
                eventId = simdjson::minify(field.value);
            else if (t != dom::element_type::NULL_VALUE)
                return "field \"event_id\": expected a string, got " + describe(field.value);
            hasId = t != dom::element_type::NULL_VALUE;
            continue;
        }
        const int c = ev.table.indexOf(name);
        if (c < 0)
            return "unknown field \"" + std::string(name) + "\" (not a column of the events dataset)";
        const size_t ci = static_cast<size_t>(c);
        if (out.given[ci])
            return "field \"" + std::string(name) + "\" given twice";
        out.given[ci] = 1;
        // The key is looked up as text below; any scalar form of it is accepted here.
        const DataType type = c == ev.keyColumn ? DataType::String : columns[ci].type();
        if (!toValue(field.value, type, out.columns[ci], reason))
            return "field \"" + std::string(name) + "\": " + reason;
    }
    if (!hasId)
        return "missing field \"event_id\"";
    for (size_t c = 0; c < columns.size(); ++c) {
        // As in the import: the key and the time are required, the type may be NULL (such an
        // event counts only for nodes without an `event`).
        const bool required = static_cast<int>(c) == ev.keyColumn || static_cast<int>(c) == ev.timeColumn;
        if (!out.given[c]) {
            out.columns[c].type = columns[c].type();
            out.columns[c].null = true;
        }
        if (required && out.columns[c].null)
            return "missing field \"" + columns[c].name() + "\"";
    }
    const Value& time = out.columns[static_cast<size_t>(ev.timeColumn)];
    out.day = time.type == DataType::Timestamp ? dayOfTimestamp(time.i) : static_cast<int32_t>(time.i);
    return std::nullopt;
}

std::optional<std::string> LiveIntake::applyEvent(ParsedEvent& event, std::vector<LiveChange>& changes)
{
    std::string problem;
    switch (admitEvent(event, problem)) {
    case Admission::Reject: return problem;
    case Admission::Duplicate: return std::nullopt;
    case Admission::Accept: break;
    }
    return applyAdmitted(event, changes);
}

LiveIntake::Admission LiveIntake::admitEvent(const ParsedEvent& event, std::string& problem)
{
    const EventTable& ev = *engine_.data().events;
    const std::string& eventId = event.eventId;
    const int32_t day = event.day;
    const Value& time = event.columns[static_cast<size_t>(ev.timeColumn)];
    const int32_t clock = engine_.clock();
    if (options_.latenessDays && int64_t{day} < int64_t{clock} - *options_.latenessDays) {
        ++counters_.tooLate;
        problem = "event time " + valueText(time) + " is older than the allowed lateness of " +
            std::to_string(*options_.latenessDays) + " days (clock " + formatDate(clock) + ")";
        return Admission::Reject;
    }
    // With the events clock, an event later than the clock moves it; "too far ahead" is then
    // measured against the wall clock too, so a quiet weekend does not reject Monday's events.
    const int32_t ahead = options_.clock == LiveClockMode::Events ? std::max(clock, todayUtc()) : clock;
    if (int64_t{day} > int64_t{ahead} + options_.maxFutureDays) {
        ++counters_.tooEarly;
        problem = "event time " + valueText(time) + " is more than " + std::to_string(options_.maxFutureDays) +
            " days after the clock (" + formatDate(ahead) + ")";
        return Admission::Reject;
    }
    int32_t forgetBefore = INT32_MIN;
    if (options_.dedupDays && int64_t{clock} - *options_.dedupDays > INT32_MIN)
        forgetBefore = static_cast<int32_t>(int64_t{clock} - *options_.dedupDays);
    if (!seenIds_.insert(eventId, day, forgetBefore)) {
        ++counters_.duplicates;
        return Admission::Duplicate;
    }
    // Pruning rebuilds the id table: after a number of inserts proportional to its size, so
    // it costs O(1) per message.
    if (++insertsSincePrune_ >= std::max<size_t>(65536, seenIds_.size() / 2) || seenIds_.size() > options_.dedupMaxIds)
        pruneIds();
    return Admission::Accept;
}

std::optional<std::string> LiveIntake::applyAdmitted(ParsedEvent& event, std::vector<LiveChange>& changes)
{
    const Dataset& data = engine_.data();
    const EventTable& ev = *data.events;
    std::vector<Value>& values = event.columns;
    const std::string& eventId = event.eventId;
    const int32_t day = event.day;
    const int32_t clock = engine_.clock();
    const Value& time = values[static_cast<size_t>(ev.timeColumn)];
    const Value& keyValue = values[static_cast<size_t>(ev.keyColumn)];
    const auto row = engine_.rowOfKey(keyValue.s);
    if (!row && options_.foreignKey)
        if (auto foreign = options_.foreignKey(keyValue.s))
            return foreign;
    if (!row) {
        ++counters_.unknownCustomers;
        return std::nullopt;
    }
    // The event's key column holds the customer key's type, as the import stores it.
    const Column& key = data.customers.key();
    if (key.type() == DataType::Int)
        values[static_cast<size_t>(ev.keyColumn)] = Value::ofInt(*parseInt64(keyValue.s));
    if (ev.typeColumn >= 0 && !values[static_cast<size_t>(ev.typeColumn)].null) {
        const std::string& type = values[static_cast<size_t>(ev.typeColumn)].s;
        if (!std::binary_search(knownTypes_.begin(), knownTypes_.end(), type))
            ++counters_.unknownEventTypes;
    }
    const size_t from = changes.size();
    if (options_.clock == LiveClockMode::Events && day > clock)
        engine_.advanceTo(day, changes);
    engine_.addEvent(*row, values, LiveCause{"event:", eventId}, changes);
    for (size_t i = from; i < changes.size(); ++i)
        if (changes[i].cause.rfind("event:", 0) == 0) {
            changes[i].eventId = eventId;
            changes[i].eventTime = valueText(time);
        }
    count(changes, from);
    ++counters_.events;
    return std::nullopt;
}

std::optional<std::string> LiveIntake::handleProfile(const Message& msg, std::string_view line,
                                                     std::vector<LiveChange>& changes)
{
    const CustomerTable& customers = engine_.data().customers;
    const std::string& keyName = customers.key().name();
    std::optional<Value> keyValue;
    std::optional<dom::object> set;
    std::string reason;
    for (auto field : msg.object) {
        const std::string_view name = field.key;
        if (name == "kind")
            continue;
        if (name == keyName) {
            Value v;
            if (!toValue(field.value, DataType::String, v, reason))
                return "field \"" + keyName + "\": " + reason;
            if (!v.null)
                keyValue = std::move(v);
        } else if (name == "set") {
            dom::object o;
            if (field.value.get_object().get(o))
                return "field \"set\": expected an object of customer columns, got " + describe(field.value);
            set = o;
        } else {
            return "unknown field \"" + std::string(name) + "\" in a profile update (expected \"" + keyName +
                "\" and \"set\")";
        }
    }
    if (!keyValue)
        return "missing field \"" + keyName + "\"";
    if (!set)
        return "missing field \"set\" (an object of customer columns and their new values)";
    std::vector<std::pair<int, Value>> values;
    for (auto field : *set) {
        const std::string name(field.key);
        const int column = customers.table.indexOf(name);
        if (column < 0)
            return "unknown customer column \"" + name + "\" in \"set\"";
        if (column == customers.keyColumn)
            return "the key column \"" + name + "\" cannot be changed";
        Value v;
        if (!toValue(field.value, customers.table.columns[static_cast<size_t>(column)].type(), v, reason))
            return "field \"set\".\"" + name + "\": " + reason;
        values.emplace_back(column, std::move(v));
    }
    auto row = engine_.rowOfKey(keyValue->s);
    if (!row && options_.foreignKey)
        if (auto foreign = options_.foreignKey(keyValue->s))
            return foreign; // another worker's customer: not created here
    if (!row) {
        // A customer the data does not know yet signs up: created with its other columns NULL.
        std::string problem;
        row = engine_.createCustomer(keyValue->s, &problem);
        if (!row)
            return problem;
        ++counters_.createdCustomers;
    }
    const size_t from = changes.size();
    const std::string messageDigest = digest(line);
    engine_.setProfile(*row, values, LiveCause{"profile:", messageDigest}, changes);
    count(changes, from);
    ++counters_.profiles;
    return std::nullopt;
}

void LiveIntake::pruneIds()
{
    insertsSincePrune_ = 0;
    // An id older than the retention (or the lateness: such an event is refused anyway) is
    // forgotten; a copy sent later is then applied again.
    std::optional<int64_t> days = options_.dedupDays;
    if (options_.latenessDays)
        days = days ? std::min(*days, *options_.latenessDays) : *options_.latenessDays;
    if (days) {
        const int64_t oldest = int64_t{engine_.clock()} - *days;
        if (oldest > INT32_MIN)
            seenIds_.eraseBefore(static_cast<int32_t>(oldest));
    }
    // Over the count: the oldest received ids go, down to 3/4 of it (so that the rebuild is
    // paid once per a quarter of the retention).
    if (seenIds_.size() > options_.dedupMaxIds) {
        const size_t keep = options_.dedupMaxIds - options_.dedupMaxIds / 4;
        counters_.idsForgotten += seenIds_.size() - keep;
        seenIds_.keepNewest(keep);
    }
}

Json LiveIntake::countersToJson() const
{
    Json j = Json::object();
    j["messages"] = counters_.messages;
    j["events"] = counters_.events;
    j["profiles"] = counters_.profiles;
    j["duplicates"] = counters_.duplicates;
    j["dead_lettered"] = counters_.deadLettered;
    j["too_late"] = counters_.tooLate;
    j["too_far_ahead"] = counters_.tooEarly;
    j["unknown_customers"] = counters_.unknownCustomers;
    j["created_customers"] = counters_.createdCustomers;
    j["unknown_event_types"] = counters_.unknownEventTypes;
    j["changes"] = counters_.changes;
    j["dedup_ids_remembered"] = seenIds_.size();
    j["dedup_ids_forgotten"] = counters_.idsForgotten;
    Json seg = Json::object();
    for (const auto& [id, c] : counters_.perSegment)
        seg[id] = Json{{"enter", c.first}, {"exit", c.second}};
    j["changes_per_segment"] = seg;
    j["clock"] = formatDate(engine_.clock());
    return j;
}

} // namespace seg
