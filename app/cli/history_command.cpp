// history and diff: what the runs recorded in a workspace say, and who entered and left a
// segment between two of them.
#include "args.h"
#include "commands.h"
#include "project.h"

#include "exec/runner.h"
#include "export/csv_export.h"
#include "util/error.h"
#include "workspace/run_history.h"
#include "workspace/workspace.h"

#include <cstdio>
#include <filesystem>
#include <map>
#include <iostream>

namespace seg::cli {

namespace {

std::string signedChange(size_t now, size_t before)
{
    const long long d = static_cast<long long>(now) - static_cast<long long>(before);
    std::string text = d > 0 ? "+" : ""; // (not "+" + to_string: GCC 12 -O3 warns -Wrestrict there)
    text += std::to_string(d);
    return text;
}

std::string graphChanges(const RunRecord& r)
{
    std::string out;
    auto list = [&](const char* what, const std::vector<std::string>& ids) {
        if (ids.empty())
            return;
        out += out.empty() ? "" : "; ";
        out += what;
        for (size_t i = 0; i < ids.size(); ++i)
            out += (i ? ", " : " ") + ids[i];
    };
    list("added", r.nodesAdded);
    list("removed", r.nodesRemoved);
    list("changed", r.nodesChanged);
    return out.empty() ? "graph changed (settings or order)" : "graph: " + out;
}

int64_t runNumber(const ParsedArgs& parsed, std::string_view flag, const std::vector<RunRecord>& runs)
{
    const std::string text = parsed.required(flag);
    if (runs.empty())
        throw Error("the workspace has no runs yet (run it with 'segstudio-cli run W.segstudio')");
    if (text == "last")
        return runs.back().id;
    if (text == "previous") {
        if (runs.size() < 2)
            throw Error("the workspace has only one run: there is no 'previous'");
        return runs[runs.size() - 2].id;
    }
    const auto n = parseCount(text, 1, uint64_t{1} << 62);
    if (!n)
        parsed.fail("option '" + std::string(flag) + "' expects a run number, 'last' or 'previous'" +
                    (flag == "--to" ? std::string(" or 'now'") : std::string()) + ", got '" + text + "'");
    return static_cast<int64_t>(*n);
}

} // namespace

int historyCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("history", args, {{"--segment"}, {"--json", false}}, 1, 1);
    const std::string file = parsed.positionals()[0];
    openWorkspace(file);
    const auto segment = parsed.value("--segment");
    const std::vector<RunRecord> runs = runHistory(file, segment);
    if (segment && runs.empty() && !runHistory(file).empty())
        throw Error("no run of " + file + " has a segment '" + *segment + "'");
    if (parsed.has("--json")) {
        std::cout << runHistoryToJson(runs).dump(2) << "\n";
        return kExitOk;
    }
    if (runs.empty()) {
        std::cout << file << ": no runs recorded yet\n";
        return kExitOk;
    }
    std::map<std::string, size_t> lastSize;
    std::string lastImport;
    for (const RunRecord& r : runs) {
        std::cout << "Run " << r.id << "  " << r.at << " UTC  " << r.source << "  as of " << r.asOf << "  "
                  << r.rows << " customers";
        char ms[32];
        std::snprintf(ms, sizeof ms, "  %.1f ms", r.totalMs);
        std::cout << ms << "\n";
        const std::string import = r.fingerprint.contains("customers") ? r.fingerprint["customers"].value("file_hash", "") : "";
        if (!lastImport.empty() && import != lastImport)
            std::cout << "  data reloaded (customers file hash " << import << ")\n";
        lastImport = import;
        if (!r.nodesAdded.empty() || !r.nodesRemoved.empty() || !r.nodesChanged.empty() ||
            (&r != &runs.front() && r.graphHash != (&r - 1)->graphHash))
            std::cout << "  " << graphChanges(r) << "\n";
        for (const RunRecord::Segment& s : r.segments) {
            const auto it = lastSize.find(s.id);
            std::cout << "  " << s.name << " (" << s.id << "): " << s.size;
            if (it != lastSize.end())
                std::cout << " (" << signedChange(s.size, it->second) << ")";
            for (const std::string& w : s.warnings)
                std::cout << "  warning: " << w;
            std::cout << "\n";
            lastSize[s.id] = s.size;
        }
    }
    return kExitOk;
}

int diffCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("diff", args,
                            {{"--from"}, {"--to"}, {"--segment"}, {"--export"}, {"--as-of"}, {"--json", false}}, 1, 1);
    const std::string file = parsed.positionals()[0];
    const std::string segment = parsed.required("--segment");
    const WorkspaceInfo info = openWorkspace(file);
    const std::vector<RunRecord> runs = runHistory(file);
    const int64_t from = runNumber(parsed, "--from", runs);
    const bool toNow = parsed.value("--to") == "now";
    if (parsed.has("--as-of") && !toNow)
        parsed.fail("option '--as-of' applies to '--to now'");
    MemberDiff d;
    std::string toName;
    if (toNow) {
        // The segment as the graph gives it now on the workspace's data (nothing recorded).
        std::optional<Graph> graph = loadGraphOrReport(file);
        if (!graph)
            return kExitInvalidInput;
        const Node* node = graph->find(segment);
        if (!node || node->type != NodeType::Segment)
            throw Error("the graph of " + file + " has no segment '" + segment + "' now");
        const Dataset data = loadGraphData(*graph);
        RunOptions options;
        options.asOf = parsed.date("--as-of");
        const RunResult result = runGraph(*graph, data, options);
        const Bitset* now = result.members(segment);
        if (!now)
            throw Error("segment '" + segment + "' could not be computed now (see 'segstudio-cli run')");
        d = diffRunToNow(info, from, segment, *now);
        toName = "now";
    } else {
        const int64_t to = runNumber(parsed, "--to", runs);
        d = diffRuns(info, from, to, segment);
        toName = "run " + std::to_string(to);
    }
    const size_t entered = d.entered.count(), left = d.left.count();
    if (parsed.has("--json")) {
        Json j{{"segment", segment}, {"from", from}, {"to", toNow ? Json("now") : Json(toName.substr(4))},
               {"from_size", d.fromSize}, {"to_size", d.toSize}, {"entered", entered}, {"left", left}};
        std::cout << j.dump(2) << "\n";
    } else {
        std::cout << "Segment " << segment << ", run " << from << " -> " << toName << ": " << d.fromSize << " -> "
                  << d.toSize << " members; " << entered << " entered, " << left << " left\n";
    }
    if (const auto dir = parsed.value("--export")) {
        if (dir->empty())
            parsed.fail("option '--export' needs a non-empty path");
        const std::string slug = segmentFileSlug(segment);
        // Two files, each written atomically; other files in the folder stay (diffs of several
        // segments can share a folder).
        std::error_code ec;
        std::filesystem::create_directories(*dir, ec);
        if (ec)
            throw Error("cannot create " + *dir + ": " + ec.message());
        exportMembersCsv(d.toKeys, {}, d.entered, std::filesystem::path(*dir) / (slug + "-entered.csv"), {});
        exportMembersCsv(d.fromKeys, {}, d.left, std::filesystem::path(*dir) / (slug + "-left.csv"), {});
        if (!parsed.has("--json"))
            std::cout << "Exported " << slug << "-entered.csv and " << slug << "-left.csv to " << *dir << "\n";
    }
    return kExitOk;
}

} // namespace seg::cli
