#include "live/message_intake.h"

#include "exec/runner.h"
#include "util/md5.h"

#include <simdjson.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_pipeline.h>

#include <algorithm>
#include <cmath>

namespace seg {

namespace dom = simdjson::dom;

struct LiveIntake::Parser {
    dom::parser parser;
};

struct LiveIntake::Message {
    dom::object object;
};

namespace {

std::string describe(const dom::element& v)
{
    switch (v.type()) {
    case dom::element_type::STRING: {
        const std::string_view s = v.get_string().value_unsafe();
        return "the string \"" + std::string(s.substr(0, 40)) + (s.size() > 40 ? "..." : "") + "\"";
    }
    case dom::element_type::BOOL: return v.get_bool().value_unsafe() ? "true" : "false";
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE: return "the number " + simdjson::minify(v);
    case dom::element_type::OBJECT: return "an object";
    case dom::element_type::ARRAY: return "an array";
    case dom::element_type::NULL_VALUE: return "null";
    }
    return "a value";
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

// A JSON value as a value of a column's type, into `out` (its string storage is reused).
// False with `reason` ("expected an integer, got ...") when it does not fit.
bool toValue(const dom::element& v, DataType type, Value& out, std::string& reason)
{
    out.type = type;
    out.null = false;
    const dom::element_type t = v.type();
    if (t == dom::element_type::NULL_VALUE) {
        out.null = true;
        return true;
    }
    switch (type) {
    case DataType::Int:
        if (t == dom::element_type::INT64) {
            out.i = v.get_int64().value_unsafe();
            return true;
        }
        if (t == dom::element_type::STRING)
            if (auto i = parseInt64(v.get_string().value_unsafe())) {
                out.i = *i;
                return true;
            }
        reason = "expected an integer, got " + describe(v);
        return false;
    case DataType::Double:
        if (t == dom::element_type::INT64 || t == dom::element_type::UINT64 || t == dom::element_type::DOUBLE) {
            out.d = v.get_double().value_unsafe();
            return true;
        }
        reason = "expected a number, got " + describe(v);
        return false;
    case DataType::Bool:
        if (t == dom::element_type::BOOL) {
            out.i = v.get_bool().value_unsafe();
            return true;
        }
        reason = "expected true or false, got " + describe(v);
        return false;
    case DataType::Date:
        if (t == dom::element_type::STRING)
            if (auto d = parseIsoDate(v.get_string().value_unsafe())) {
                out.i = *d;
                return true;
            }
        reason = "expected a date \"YYYY-MM-DD\", got " + describe(v);
        return false;
    case DataType::Timestamp:
        if (t == dom::element_type::STRING) {
            const std::string_view s = v.get_string().value_unsafe();
            if (auto ts = parseIsoTimestamp(s)) {
                out.i = *ts;
                return true;
            }
            if (auto d = parseIsoDate(s)) {
                out.i = int64_t{*d} * kMicrosPerDay;
                return true;
            }
        }
        reason = "expected a timestamp \"YYYY-MM-DD HH:MM:SS\", got " + describe(v);
        return false;
    case DataType::String:
        if (t == dom::element_type::STRING) {
            out.s.assign(v.get_string().value_unsafe());
            return true;
        }
        if (t == dom::element_type::INT64 || t == dom::element_type::UINT64) {
            out.s = simdjson::minify(v);
            return true;
        }
        reason = "expected a string, got " + describe(v);
        return false;
    }
    return false;
}

} // namespace

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

void LiveIntake::processLines(const std::vector<std::string_view>& lines, size_t firstLineNumber,
                              std::vector<LiveChange>& changes, std::vector<DeadLetter>& dead)
{
    // A pipeline over chunks of lines: parsing (and the schema checks) of later chunks runs on
    // the other workers while the current chunk is applied in order. A line that is not a
    // plain valid event (blank, a profile, any problem) is left to processLine() in the
    // applying stage, which gives the same dead letters as ever.
    struct Chunk {
        size_t begin = 0, end = 0;
        std::vector<ParsedEvent> parsed;
        std::vector<uint8_t> ready;
    };
    constexpr size_t kChunk = 256;
    tbb::enumerable_thread_specific<Parser> parsers;
    size_t next = 0;
    auto trim = [](std::string_view line) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        return line;
    };
    tbb::parallel_pipeline(
        4, // chunks in flight
        tbb::make_filter<void, std::shared_ptr<Chunk>>(
            tbb::filter_mode::serial_in_order,
            [&](tbb::flow_control& fc) -> std::shared_ptr<Chunk> {
                if (next >= lines.size()) {
                    fc.stop();
                    return nullptr;
                }
                auto chunk = std::make_shared<Chunk>();
                chunk->begin = next;
                chunk->end = std::min(lines.size(), next + kChunk);
                next = chunk->end;
                return chunk;
            }) &
            tbb::make_filter<std::shared_ptr<Chunk>, std::shared_ptr<Chunk>>(
                tbb::filter_mode::parallel,
                [&](std::shared_ptr<Chunk> chunk) {
                    Parser& parser = parsers.local();
                    const size_t n = chunk->end - chunk->begin;
                    chunk->parsed.resize(n);
                    chunk->ready.assign(n, 0);
                    for (size_t k = 0; k < n; ++k) {
                        const std::string_view line = trim(lines[chunk->begin + k]);
                        if (line.find_first_not_of(" \t") == std::string_view::npos || line.size() > options_.maxLineBytes)
                            continue;
                        dom::element doc;
                        Message msg;
                        if (parser.parser.parse(line.data(), line.size()).get(doc) || doc.get_object().get(msg.object))
                            continue;
                        dom::element kind;
                        if (!msg.object.at_key("kind").get(kind))
                            continue; // explicit kinds are rare: processLine
                        chunk->ready[k] = !parseEvent(msg, chunk->parsed[k]);
                    }
                    return chunk;
                }) &
            tbb::make_filter<std::shared_ptr<Chunk>, void>(
                tbb::filter_mode::serial_in_order, [&](std::shared_ptr<Chunk> chunk) {
                    for (size_t k = 0; k < chunk->end - chunk->begin; ++k) {
                        const size_t i = chunk->begin + k;
                        if (!chunk->ready[k]) {
                            processLine(lines[i], firstLineNumber + i, changes, dead);
                            continue;
                        }
                        ++counters_.messages;
                        if (options_.clock == LiveClockMode::Wall)
                            advanceClock(todayUtc(), changes);
                        if (auto problem = applyEvent(chunk->parsed[k], changes)) {
                            ++counters_.deadLettered;
                            dead.push_back(DeadLetter{std::string(trim(lines[i])), std::move(*problem), firstLineNumber + i});
                        }
                    }
                }));
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
    const Dataset& data = engine_.data();
    const EventTable& ev = *data.events;
    std::vector<Value>& values = event.columns;
    const std::string& eventId = event.eventId;
    const int32_t day = event.day;
    const Value& time = values[static_cast<size_t>(ev.timeColumn)];
    const int32_t clock = engine_.clock();
    if (options_.latenessDays && int64_t{day} < int64_t{clock} - *options_.latenessDays) {
        ++counters_.tooLate;
        return "event time " + valueText(time) + " is older than the allowed lateness of " +
            std::to_string(*options_.latenessDays) + " days (clock " + formatDate(clock) + ")";
    }
    // With the events clock, an event later than the clock moves it; "too far ahead" is then
    // measured against the wall clock too, so a quiet weekend does not reject Monday's events.
    const int32_t ahead = options_.clock == LiveClockMode::Events ? std::max(clock, todayUtc()) : clock;
    if (int64_t{day} > int64_t{ahead} + options_.maxFutureDays) {
        ++counters_.tooEarly;
        return "event time " + valueText(time) + " is more than " + std::to_string(options_.maxFutureDays) +
            " days after the clock (" + formatDate(ahead) + ")";
    }
    if (!seenIds_.insert(eventId, day)) {
        ++counters_.duplicates;
        return std::nullopt;
    }
    // Pruning rebuilds the id table: after a number of inserts proportional to its size, so
    // it costs O(1) per message.
    if (++insertsSincePrune_ >= std::max<size_t>(65536, seenIds_.size() / 2))
        pruneIds();
    const Value& keyValue = values[static_cast<size_t>(ev.keyColumn)];
    const auto row = engine_.rowOfKey(keyValue.s);
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
    const auto row = engine_.rowOfKey(keyValue->s);
    if (!row) {
        ++counters_.unknownCustomers;
        return "unknown customer \"" + keyValue->s + "\" (profile updates do not create customers yet)";
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
    if (!options_.latenessDays)
        return;
    // An id older than the lateness can never be accepted again, so it need not be remembered.
    const int64_t oldest = int64_t{engine_.clock()} - *options_.latenessDays;
    if (oldest > INT32_MIN)
        seenIds_.eraseBefore(static_cast<int32_t>(oldest));
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
