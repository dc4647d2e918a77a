#include "export/segment_exports.h"

#include "export/csv_export.h"

namespace seg {

std::vector<SegmentExport> segmentExports(const RunResult& result)
{
    std::vector<std::string> names;
    for (const SegmentRun& s : result.segments)
        names.push_back(s.name);
    const std::vector<std::string> slugs = uniqueSlugs(names);
    std::vector<SegmentExport> out;
    for (size_t i = 0; i < result.segments.size(); ++i)
        out.push_back({&result.segments[i], result.members(result.segments[i].id), slugs[i]});
    return out;
}

} // namespace seg
