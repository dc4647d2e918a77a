#pragma once
// The segments of a run that an export writes, each with its file slug: the one loop behind
// `run --export` (classic CSVs and destination presets) and the GUI's Export for a Platform.
// Slugs are made over every segment of the run, so a segment keeps its file name whether or
// not the others were computed or chosen.
#include "data/bitset.h"
#include "exec/run_result.h"

#include <string>
#include <vector>

namespace seg {

struct SegmentExport {
    const SegmentRun* segment = nullptr;
    const Bitset* members = nullptr; // null: the segment's node was not computed
    std::string slug;                // unique in the folder ("vip", "vip-2")
};

// Every segment of `result`, in run order; those not computed have members == nullptr.
std::vector<SegmentExport> segmentExports(const RunResult& result);

} // namespace seg
