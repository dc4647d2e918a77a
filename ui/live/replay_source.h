#pragma once
// Where a live replay's messages come from: an NDJSON file (the messages `segstudio-cli stream
// --from` takes) read line by line, or the project's own events dataset turned into event
// messages in time order, so the demo replays with one click. Sources are read on the replay's
// worker thread only.
#include "data/dataset.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace seg::ui {

class ReplaySource {
public:
    virtual ~ReplaySource() = default;
    // The next message (without its line end); false at the end.
    virtual bool next(std::string& line) = 0;
    // The time (microseconds since the epoch) of the event in the message next() gave last,
    // when it is an event with a readable time (pacing at a multiple of real time).
    virtual std::optional<int64_t> lastEventMicros() = 0;
    // The time of the first event of the source (the start of an event-time clock).
    virtual std::optional<int64_t> firstEventMicros() = 0;
    // How far the replay is, 0..1.
    virtual double progress() const = 0;
    // Messages in all, when known before the end.
    virtual std::optional<uint64_t> total() const = 0;
    // Whether the engine starts with the imported events (a file continues from them; the
    // project's events are the stream itself, so the engine starts without them).
    virtual bool keepsImportedEvents() const = 0;
};

// The project's events as messages ({"event_id":"e<row>", column: value, ...}), sorted by
// their time (ties in table order). Throws seg::Error when the data has no events.
std::unique_ptr<ReplaySource> makeProjectEventsSource(std::shared_ptr<const Dataset> data);
// An NDJSON file. Throws seg::Error naming the file when it cannot be read.
std::unique_ptr<ReplaySource> makeFileSource(const std::filesystem::path& path, std::shared_ptr<const Dataset> data);

// Event row `row` of the events table as a message with the given event id (values as JSON
// numbers, booleans, strings or null, as the stream's schema takes them).
std::string eventMessage(const EventTable& events, size_t row, const std::string& eventId);
// The time of an event message (its events-table time field, a timestamp or a date), or nullopt.
std::optional<int64_t> messageEventMicros(std::string_view line, const EventTable& events);

} // namespace seg::ui
