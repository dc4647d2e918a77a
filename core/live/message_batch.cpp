// LiveIntake::processLines: many messages through a pipeline, later ones parsed on other
// cores while earlier ones are applied in order.
#include "live/message_json.h"

#include "exec/runner.h"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_pipeline.h>

#include <memory>

namespace seg {

using namespace live_detail;
namespace dom = simdjson::dom;

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
                        const std::string_view line = trimLine(lines[chunk->begin + k]);
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
                            dead.push_back(DeadLetter{std::string(trimLine(lines[i])), std::move(*problem), firstLineNumber + i});
                        }
                    }
                }));
}

} // namespace seg
