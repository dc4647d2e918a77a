#include "live/message_intake.h"

#include "exec/runner.h"
#include "util/md5.h"

#include <algorithm>
#include <cmath>

namespace seg {

namespace {

std::string describe(const Json& v)
{
    if (v.is_string())
        return "the string \"" + v.get<std::string>().substr(0, 40) + "\"";
    if (v.is_boolean())
        return v.get<bool>() ? "true" : "false";
    if (v.is_number())
        return "the number " + v.dump();
    if (v.is_object())
        return "an object";
    if (v.is_array())
        return "an array";
    return "null";
}

std::string digest(std::string_view text)
{
    static const char* hex = "0123456789abcdef";
    const auto d = md5(text);
    std::string out;
    for (size_t i = 0; i < 8; ++i) {
        out.push_back(hex[d[i] >> 4]);
        out.push_back(hex[d[i] & 15]);
    }
    return out;
}

std::string valueText(const Value& v)
{
    if (v.null)
        return "";
    switch (v.type) {
    case DataType::Int: return std::to_string(v.i);
    case DataType::Double: return formatDouble(v.d);
    case DataType::Bool: return v.i ? "true" : "false";
    case DataType::Date: return formatDate(static_cast<int32_t>(v.i));
    case DataType::Timestamp: return formatTimestamp(v.i);
    case DataType::String: return v.s;
    }
    return "";
}

} // namespace

std::optional<Value> jsonToValue(const Json& v, DataType type, std::string& reason)
{
    if (v.is_null())
        return Value::nullOf(type);
    switch (type) {
    case DataType::Int:
        if (v.is_number_integer())
            return Value::ofInt(v.get<int64_t>());
        if (v.is_string())
            if (auto i = parseInt64(v.get<std::string>()))
                return Value::ofInt(*i);
        reason = "expected an integer, got " + describe(v);
        return std::nullopt;
    case DataType::Double:
        if (v.is_number())
            return Value::ofDouble(v.get<double>());
        reason = "expected a number, got " + describe(v);
        return std::nullopt;
    case DataType::Bool:
        if (v.is_boolean())
            return Value::ofBool(v.get<bool>());
        reason = "expected true or false, got " + describe(v);
        return std::nullopt;
    case DataType::Date:
        if (v.is_string())
            if (auto d = parseIsoDate(v.get<std::string>()))
                return Value::ofDate(*d);
        reason = "expected a date \"YYYY-MM-DD\", got " + describe(v);
        return std::nullopt;
    case DataType::Timestamp:
        if (v.is_string()) {
            const std::string s = v.get<std::string>();
            if (auto t = parseIsoTimestamp(s))
                return Value::ofTimestamp(*t);
            if (auto d = parseIsoDate(s))
                return Value::ofTimestamp(int64_t{*d} * kMicrosPerDay);
        }
        reason = "expected a timestamp \"YYYY-MM-DD HH:MM:SS\", got " + describe(v);
        return std::nullopt;
    case DataType::String:
        if (v.is_string())
            return Value::ofString(v.get<std::string>());
        if (v.is_number_integer())
            return Value::ofString(v.dump());
        reason = "expected a string, got " + describe(v);
        return std::nullopt;
    }
    return std::nullopt;
}

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

LiveIntake::LiveIntake(LiveEngine& engine, const LiveIntakeOptions& options) : engine_(engine), options_(options)
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
    if (data.events)
        columns_.resize(data.events->table.columns.size());
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
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
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
    Json msg;
    try {
        msg = Json::parse(line.begin(), line.end());
    } catch (const Json::parse_error& e) {
        std::string what = e.what();
        const auto at = what.find("parse error");
        reject("malformed JSON: " + (at == std::string::npos ? what : what.substr(at)));
        return;
    }
    if (!msg.is_object()) {
        reject("a message must be a JSON object, got " + describe(msg));
        return;
    }
    std::optional<std::string> problem;
    auto kind = msg.find("kind");
    if (kind == msg.end() || (kind->is_string() && kind->get<std::string>() == "event"))
        problem = handleEvent(msg, line, changes);
    else if (kind->is_string() && kind->get<std::string>() == "profile")
        problem = handleProfile(msg, line, changes);
    else
        problem = "\"kind\" must be \"event\" or \"profile\", got " + describe(*kind);
    if (problem)
        reject(*problem);
}

std::optional<std::string> LiveIntake::handleEvent(const Json& msg, std::string_view, std::vector<LiveChange>& changes)
{
    const Dataset& data = engine_.data();
    if (!data.events)
        return "the graph has no events dataset, so it takes no events";
    const EventTable& ev = *data.events;
    const auto& columns = ev.table.columns;
    // event_id: required, a string or an integer (kept as text).
    auto idIt = msg.find("event_id");
    if (idIt == msg.end() || idIt->is_null())
        return "missing field \"event_id\"";
    if (!idIt->is_string() && !idIt->is_number_integer())
        return "field \"event_id\": expected a string, got " + describe(*idIt);
    const std::string eventId = idIt->is_string() ? idIt->get<std::string>() : idIt->dump();
    for (auto it = msg.begin(); it != msg.end(); ++it)
        if (it.key() != "kind" && it.key() != "event_id" && ev.table.indexOf(it.key()) < 0)
            return "unknown field \"" + it.key() + "\" (not a column of the events dataset)";
    for (size_t c = 0; c < columns.size(); ++c) {
        const Column& col = columns[c];
        auto it = msg.find(col.name());
        // As in the import: the key and the time are required, the type may be NULL (such an
        // event counts only for nodes without an `event`).
        const bool required = static_cast<int>(c) == ev.keyColumn || static_cast<int>(c) == ev.timeColumn;
        if (it == msg.end() || it->is_null()) {
            if (required)
                return "missing field \"" + col.name() + "\"";
            columns_[c] = Value::nullOf(col.type());
            continue;
        }
        std::string reason;
        // The key is looked up as text below; any scalar form of it is accepted here.
        const DataType type = static_cast<int>(c) == ev.keyColumn ? DataType::String : col.type();
        auto v = jsonToValue(*it, type, reason);
        if (!v)
            return "field \"" + col.name() + "\": " + reason;
        columns_[c] = std::move(*v);
    }
    const Value& time = columns_[static_cast<size_t>(ev.timeColumn)];
    const int32_t day = time.type == DataType::Timestamp ? dayOfTimestamp(time.i) : static_cast<int32_t>(time.i);
    const int32_t clock = engine_.clock();
    if (options_.latenessDays && int64_t{day} < int64_t{clock} - *options_.latenessDays) {
        ++counters_.tooLate;
        return "event time " + valueText(time) + " is older than the allowed lateness of " +
            std::to_string(*options_.latenessDays) + " days (clock " + formatDate(clock) + ")";
    }
    if (int64_t{day} > int64_t{clock} + options_.maxFutureDays) {
        ++counters_.tooEarly;
        return "event time " + valueText(time) + " is more than " + std::to_string(options_.maxFutureDays) +
            " days after the clock (" + formatDate(clock) + ")";
    }
    auto [seen, fresh] = seenIds_.try_emplace(eventId, day);
    if (!fresh) {
        ++counters_.duplicates;
        return std::nullopt;
    }
    if (++insertsSincePrune_ >= 65536)
        pruneIds();
    const Value& keyValue = columns_[static_cast<size_t>(ev.keyColumn)];
    const auto row = engine_.rowOfKey(keyValue.s);
    if (!row) {
        ++counters_.unknownCustomers;
        return std::nullopt;
    }
    // The event's key column holds the customer key's type, as the import stores it.
    const Column& key = data.customers.key();
    if (key.type() == DataType::Int)
        columns_[static_cast<size_t>(ev.keyColumn)] = Value::ofInt(*parseInt64(keyValue.s));
    if (ev.typeColumn >= 0 && !columns_[static_cast<size_t>(ev.typeColumn)].null) {
        const std::string& type = columns_[static_cast<size_t>(ev.typeColumn)].s;
        if (!std::binary_search(knownTypes_.begin(), knownTypes_.end(), type))
            ++counters_.unknownEventTypes;
    }
    const size_t from = changes.size();
    if (options_.clock == LiveClockMode::Events && day > clock)
        engine_.advanceTo(day, changes);
    engine_.addEvent(*row, columns_, LiveCause{"event:" + eventId}, changes);
    for (size_t i = from; i < changes.size(); ++i)
        if (changes[i].cause.rfind("event:", 0) == 0) {
            changes[i].eventId = eventId;
            changes[i].eventTime = valueText(time);
        }
    count(changes, from);
    ++counters_.events;
    return std::nullopt;
}

std::optional<std::string> LiveIntake::handleProfile(const Json& msg, std::string_view line,
                                                     std::vector<LiveChange>& changes)
{
    const CustomerTable& customers = engine_.data().customers;
    const std::string& keyName = customers.key().name();
    for (auto it = msg.begin(); it != msg.end(); ++it)
        if (it.key() != "kind" && it.key() != keyName && it.key() != "set")
            return "unknown field \"" + it.key() + "\" in a profile update (expected \"" + keyName + "\" and \"set\")";
    auto keyIt = msg.find(keyName);
    if (keyIt == msg.end() || keyIt->is_null())
        return "missing field \"" + keyName + "\"";
    std::string reason;
    auto keyValue = jsonToValue(*keyIt, DataType::String, reason);
    if (!keyValue)
        return "field \"" + keyName + "\": " + reason;
    auto setIt = msg.find("set");
    if (setIt == msg.end() || !setIt->is_object())
        return "missing field \"set\" (an object of customer columns and their new values)";
    std::vector<std::pair<int, Value>> values;
    for (auto it = setIt->begin(); it != setIt->end(); ++it) {
        const int column = customers.table.indexOf(it.key());
        if (column < 0)
            return "unknown customer column \"" + it.key() + "\" in \"set\"";
        if (column == customers.keyColumn)
            return "the key column \"" + it.key() + "\" cannot be changed";
        auto v = jsonToValue(*it, customers.table.columns[static_cast<size_t>(column)].type(), reason);
        if (!v)
            return "field \"set\".\"" + it.key() + "\": " + reason;
        values.emplace_back(column, std::move(*v));
    }
    const auto row = engine_.rowOfKey(keyValue->s);
    if (!row) {
        ++counters_.unknownCustomers;
        return "unknown customer \"" + keyValue->s + "\" (profile updates do not create customers yet)";
    }
    const size_t from = changes.size();
    engine_.setProfile(*row, values, LiveCause{"profile:" + digest(line)}, changes);
    count(changes, from);
    ++counters_.profiles;
    return std::nullopt;
}

void LiveIntake::pruneIds()
{
    insertsSincePrune_ = 0;
    if (!options_.latenessDays)
        return;
    // An id older than the lateness can never be accepted again, so it need not be remembered.
    const int64_t oldest = int64_t{engine_.clock()} - *options_.latenessDays;
    for (auto it = seenIds_.begin(); it != seenIds_.end();)
        it = it->second < oldest ? seenIds_.erase(it) : std::next(it);
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
    j["unknown_event_types"] = counters_.unknownEventTypes;
    j["changes"] = counters_.changes;
    Json seg = Json::object();
    for (const auto& [id, c] : counters_.perSegment)
        seg[id] = Json{{"enter", c.first}, {"exit", c.second}};
    j["changes_per_segment"] = seg;
    j["clock"] = formatDate(engine_.clock());
    return j;
}

} // namespace seg
