// LiveIntake::processLines: many messages through a pipeline, later ones parsed on other
// cores while earlier ones are applied in order.
#include "live/message_json.h"

#include "exec/runner.h"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_pipeline.h>

#include <ctime>
#include <memory>

namespace seg {

using namespace live_detail;

namespace {

uint64_t threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<uint64_t>(t.tv_sec) * 1'000'000'000u + static_cast<uint64_t>(t.tv_nsec);
}

} // namespace
namespace dom = simdjson::dom;

void LiveIntake::processLines(const std::vector<std::string_view>& lines, size_t firstLineNumber,
                              std::vector<LiveChange>& changes, std::vector<DeadLetter>& dead)
{
    // A pipeline over chunks of lines: parsing (and the schema checks) of later chunks runs on
    // the other workers while the current chunk is applied in order. A line that is not a
    // plain valid event (blank, a profile, any problem) is left to processLine() in the
    // applying stage, which gives the same dead letters as ever.
    // With a fixed clock the admission (lateness, dedup) of a chunk runs in its own serial
    // stage, on the other core, ahead of the chunk being applied: it reads only the clock,
    // which does not move during the call, and the id memory, which only it touches then
    // (the lines left to processLine are never valid events: see the parse stage).
    const bool admitAhead = options_.clock == LiveClockMode::Fixed;
    enum Verdict : uint8_t { Unparsed, Parsed, Accepted, Duplicate, Rejected };
    struct Chunk {
        size_t begin = 0, end = 0;
        std::vector<ParsedEvent> parsed;
        std::vector<uint8_t> ready; // Verdict
        std::vector<std::string> problems;
    };
    constexpr size_t kChunk = 256;
    tbb::enumerable_thread_specific<Parser> parsers;
    tbb::enumerable_thread_specific<uint64_t> parseNs(0); // parse stages run on several threads
    size_t next = 0;
    tbb::parallel_pipeline(
        8, // chunks in flight
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
                    const uint64_t t0 = threadCpuNs();
                    Parser& parser = parsers.local();
                    const size_t n = chunk->end - chunk->begin;
                    chunk->parsed.resize(n);
                    chunk->ready.assign(n, 0);
                    for (size_t k = 0; k < n; ++k) {
                        const std::string_view line = trimLine(lines[chunk->begin + k]);
                        if (line.find_first_not_of(" \t") == std::string_view::npos || line.size() > options_.maxLineBytes)
                            continue;
                        dom::element doc;
                        Message msg;
                        if (parser.parser.parse(line.data(), line.size()).get(doc) || doc.get_object().get(msg.object))
                            continue;
                        // Profiles and other kinds go to processLine; so do events that fail
                        // parseEvent (processLine gives the same dead letter): none of them
                        // reaches the admission.
                        dom::element kind;
                        if (!msg.object.at_key("kind").get(kind) &&
                            !(kind.is_string() && kind.get_string().value_unsafe() == "event"))
                            continue;
                        chunk->ready[k] = parseEvent(msg, chunk->parsed[k]) ? Unparsed : Parsed;
                    }
                    parseNs.local() += threadCpuNs() - t0;
                    return chunk;
                }) &
            tbb::make_filter<std::shared_ptr<Chunk>, std::shared_ptr<Chunk>>(
                tbb::filter_mode::serial_in_order,
                [&](std::shared_ptr<Chunk> chunk) {
                    if (!admitAhead)
                        return chunk;
                    const uint64_t t0 = threadCpuNs();
                    chunk->problems.resize(chunk->end - chunk->begin);
                    for (size_t k = 0; k < chunk->end - chunk->begin; ++k) {
                        if (chunk->ready[k] != Parsed)
                            continue;
                        switch (admitEvent(chunk->parsed[k], chunk->problems[k])) {
                        case Admission::Accept: chunk->ready[k] = Accepted; break;
                        case Admission::Duplicate: chunk->ready[k] = Duplicate; break;
                        case Admission::Reject: chunk->ready[k] = Rejected; break;
                        }
                    }
                    admitNs_ += threadCpuNs() - t0;
                    return chunk;
                }) &
            tbb::make_filter<std::shared_ptr<Chunk>, void>(
                tbb::filter_mode::serial_in_order, [&](std::shared_ptr<Chunk> chunk) {
                    const uint64_t t0 = threadCpuNs();
                    for (size_t k = 0; k < chunk->end - chunk->begin; ++k) {
                        const size_t i = chunk->begin + k;
                        const uint8_t verdict = chunk->ready[k];
                        if (verdict == Unparsed) {
                            processLine(lines[i], firstLineNumber + i, changes, dead);
                            continue;
                        }
                        ++counters_.messages;
                        if (options_.clock == LiveClockMode::Wall)
                            advanceClock(todayUtc(), changes);
                        std::optional<std::string> problem;
                        if (verdict == Parsed)
                            problem = applyEvent(chunk->parsed[k], changes);
                        else if (verdict == Accepted)
                            problem = applyAdmitted(chunk->parsed[k], changes);
                        else if (verdict == Rejected)
                            problem = std::move(chunk->problems[k]);
                        if (problem) {
                            ++counters_.deadLettered;
                            dead.push_back(DeadLetter{std::string(trimLine(lines[i])), std::move(*problem), firstLineNumber + i});
                        }
                    }
                    applyNs_ += threadCpuNs() - t0;
                }));
    for (uint64_t ns : parseNs)
        parseNs_ += ns;
}

} // namespace seg
