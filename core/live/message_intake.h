#pragma once
// The stream's front door: one NDJSON message at a time (parsed with simdjson), validated against the graph's events
// dataset (and customers, for profile updates), de-duplicated by event_id, checked against
// the clock and the allowed lateness, then handed to the live engine. Nothing invalid reaches
// the state: each rejected message becomes a dead letter (the message, the reason, its line)
// and the stream goes on.
#include "live/flat_tables.h"
#include "live/live_engine.h"
#include "util/json.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace seg {

enum class LiveClockMode { Fixed, Events, Wall };

struct LiveIntakeOptions {
    LiveClockMode clock = LiveClockMode::Fixed;
    // Events whose day is more than this many days before the clock are dead-lettered (none:
    // any age is accepted). Event ids are remembered for de-duplication as long as an event
    // of that day could still be accepted.
    std::optional<int64_t> latenessDays;
    // Events whose day is more than this many days after the clock are dead-lettered ("far in
    // the future"). Events up to that are kept at once; windows count them when the clock
    // reaches their day, as a batch run at that as_of would.
    int64_t maxFutureDays = 1;
    // De-duplication retention: an event id counts as seen while its event day is at most
    // dedupDays before the clock (none: no time limit; with a lateness, older events are
    // refused anyway and their ids dropped), and only the dedupMaxIds most recently received
    // ids are kept (about 50 bytes each; over the count the oldest go, down to 3/4 of it). A
    // forgotten id sent again is applied again.
    std::optional<int64_t> dedupDays;
    size_t dedupMaxIds = 10'000'000;
    size_t maxLineBytes = 16u << 20; // longer lines are dead-lettered without being parsed
    // Several workers (stream --partition): for a key the engine does not know, the reason
    // when another worker owns it (the message is dead-lettered, and a profile update creates
    // no customer); nullopt when it is this worker's key (an unknown customer as usual).
    std::function<std::optional<std::string>(std::string_view key)> foreignKey;
};

struct DeadLetter {
    std::string message; // the line as received (cut to 1,000 bytes for very long lines)
    std::string reason;
    size_t line = 0;
};

struct LiveCounters {
    uint64_t messages = 0;        // lines received (blank lines skipped)
    uint64_t events = 0;          // events applied
    uint64_t profiles = 0;        // profile updates applied
    uint64_t duplicates = 0;      // events whose event_id was seen before
    uint64_t deadLettered = 0;
    uint64_t unknownCustomers = 0; // valid events of no known customer (ignored, as in batch)
    uint64_t createdCustomers = 0; // customers created by profile updates naming a new key
    uint64_t unknownEventTypes = 0; // events of a type neither the data nor the graph knows (applied)
    uint64_t tooLate = 0;         // dead-lettered: older than the lateness
    uint64_t tooEarly = 0;        // dead-lettered: too far after the clock
    uint64_t changes = 0;
    uint64_t idsForgotten = 0;    // event ids dropped from the dedup memory by the count retention
    std::map<std::string, std::pair<uint64_t, uint64_t>> perSegment; // segment id -> (enters, exits)
};

struct LiveCheckpointAccess; // core/checkpoint/live_state_codec.cpp

class LiveIntake {
    // The live state is saved and restored as a whole (core/checkpoint).
    friend struct LiveCheckpointAccess;

public:
    LiveIntake(LiveEngine& engine, const LiveIntakeOptions& options);

    // One message (a line without its line end). Changes and dead letters are appended.
    void processLine(std::string_view line, size_t lineNumber, std::vector<LiveChange>& changes,
                     std::vector<DeadLetter>& dead);
    // Many messages (lines numbered from firstLineNumber): events are parsed and checked
    // against the schema on all workers, then every message is applied in order, exactly as
    // processLine() one by one would.
    void processLines(const std::vector<std::string_view>& lines, size_t firstLineNumber,
                      std::vector<LiveChange>& changes, std::vector<DeadLetter>& dead);
    // Moves the clock (wall mode calls this before each message; the CLI also at idle times).
    void advanceClock(int32_t day, std::vector<LiveChange>& changes);

    const LiveCounters& counters() const { return counters_; }
    // CPU seconds spent by processLines() in each stage of its pipeline (thread CPU time,
    // so a busy machine does not inflate them): the benchmark's figure for a quiet machine.
    struct StageSeconds {
        double parse = 0, admit = 0, apply = 0;
    };
    StageSeconds stageSeconds() const
    {
        return {static_cast<double>(parseNs_) / 1e9, static_cast<double>(admitNs_) / 1e9,
                static_cast<double>(applyNs_) / 1e9};
    }
    // Event ids in the dedup memory now, and its bytes.
    size_t dedupIds() const { return seenIds_.size(); }
    size_t dedupBytes() const { return seenIds_.bytes(); }
    Json countersToJson() const;

private:
    struct Parser;  // simdjson's DOM parser (message_intake.cpp), kept between messages
    struct Message; // one parsed message object
    // An event message checked against the schema (no state read: safe on any worker).
    struct ParsedEvent {
        std::vector<Value> columns;
        std::vector<uint8_t> given;
        std::string eventId;
        int32_t day = 0;
    };
    std::optional<std::string> parseEvent(const Message& msg, ParsedEvent& out) const;
    // Clock, lateness, dedup, customer and the engine: in message order only.
    std::optional<std::string> applyEvent(ParsedEvent& event, std::vector<LiveChange>& changes);
    // Its first half: lateness, too far ahead, dedup (reads the clock, writes only the id
    // memory and its own counters, so with a fixed clock it can run ahead of the second half
    // on another thread).
    enum class Admission : uint8_t { Accept, Duplicate, Reject };
    Admission admitEvent(const ParsedEvent& event, std::string& problem);
    // The second half: the customer (unknown: counted and ignored) and the engine.
    std::optional<std::string> applyAdmitted(ParsedEvent& event, std::vector<LiveChange>& changes);
    std::optional<std::string> handleProfile(const Message& msg, std::string_view line, std::vector<LiveChange>& changes);
    void count(const std::vector<LiveChange>& changes, size_t from);
    void pruneIds();

    LiveEngine& engine_;
    LiveIntakeOptions options_;
    LiveCounters counters_;
    EventIdSet seenIds_; // event ids with their event days
    size_t insertsSincePrune_ = 0;
    std::vector<std::string> knownTypes_; // sorted: event types of the data and the graph
    ParsedEvent event_;                   // scratch of processLine
    std::shared_ptr<Parser> parser_;
    uint64_t parseNs_ = 0, admitNs_ = 0, applyNs_ = 0;
};

// The trigger line of a change (NDJSON object without emitted_at, which the writer adds).
Json changeToJson(const LiveChange& change);

} // namespace seg
