// Fuzz target: the .segment.json loader (JSON parse, every node parser, reference checks) and
// the writer: a graph that loads must save and load again to the same JSON.
#include "graph/graph_io.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const seg::GraphLoadResult loaded = seg::parseGraph(text, "fuzz.segment.json", "/nonexistent");
    if (!loaded.ok())
        return 0;
    try {
        const std::string saved = seg::graphToJson(*loaded.graph).dump();
        const seg::GraphLoadResult again = seg::parseGraph(saved, "saved.segment.json", "/nonexistent");
        if (!again.ok() || seg::graphToJson(*again.graph).dump() != saved)
            std::abort(); // what was saved does not load back the same
    } catch (const seg::Json::exception&) {
        // text that is not valid UTF-8 cannot be written as JSON: the saver says so (seg::Error)
    }
    return 0;
}
