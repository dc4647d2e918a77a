#include "golden_case.h"

#include "data/dataset.h"
#include "export/csv_export.h"
#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace seg::golden {

namespace fs = std::filesystem;

namespace {

const std::set<std::string> kExpectedKeys{"notes",  "members", "segments", "status",  "errors",
                                          "derived", "exports", "import",   "validation_errors", "clean_nodes"};

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path.string() + ": cannot be read");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Expected keys are written as JSON ints for int keys and strings otherwise; both become the
// key's text form, which is what Column::textAt gives for the key column.
std::string keyText(const Json& j)
{
    if (j.is_string())
        return j.get<std::string>();
    if (j.is_number_integer())
        return std::to_string(j.get<int64_t>());
    return j.dump();
}

std::string joinKeys(const std::vector<std::string>& keys)
{
    std::string out = "[";
    for (size_t i = 0; i < keys.size(); ++i)
        out += (i ? ", " : "") + keys[i];
    return out + "]";
}

std::vector<std::string> memberKeys(const CustomerTable& customers, const Bitset& members)
{
    std::vector<std::string> keys;
    members.forEach([&](size_t row) { keys.push_back(customers.key().textAt(row)); });
    std::sort(keys.begin(), keys.end());
    return keys;
}

void compareMembers(const Json& expected, const Dataset& data, const RunResult& result,
                    std::vector<std::string>& diffs)
{
    for (const auto& [ref, list] : expected.items()) {
        const Bitset* members = result.members(ref);
        if (!members) {
            diffs.push_back("members of '" + ref + "': the run has no such set");
            continue;
        }
        std::vector<std::string> want;
        for (const auto& k : list)
            want.push_back(keyText(k));
        std::sort(want.begin(), want.end());
        const std::vector<std::string> got = memberKeys(data.customers, *members);
        if (got == want)
            continue;
        std::vector<std::string> missing, extra;
        std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(missing));
        std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
        diffs.push_back("members of '" + ref + "': expected " + joinKeys(want) + ", got " + joinKeys(got)
                        + " (missing " + joinKeys(missing) + ", unexpected " + joinKeys(extra) + ")");
    }
}

void compareSegments(const Json& expected, const RunResult& result, std::vector<std::string>& diffs)
{
    for (const auto& [id, want] : expected.items()) {
        auto it = std::find_if(result.segments.begin(), result.segments.end(),
                               [&](const SegmentRun& s) { return s.id == id; });
        if (it == result.segments.end()) {
            diffs.push_back("segment '" + id + "': not in the run's segments");
            continue;
        }
        if (want.contains("size") && it->size != want["size"].get<size_t>())
            diffs.push_back("segment '" + id + "': size " + std::to_string(it->size) + ", expected "
                            + want["size"].dump());
        if (!want.contains("warnings"))
            continue;
        // Each expected warning is a substring of a distinct actual warning, and no extra ones.
        std::vector<std::string> left = it->warnings;
        std::string actual;
        for (const auto& w : it->warnings)
            actual += " | " + w;
        for (const auto& w : want["warnings"]) {
            const auto needle = w.get<std::string>();
            auto m = std::find_if(left.begin(), left.end(),
                                  [&](const std::string& a) { return a.find(needle) != std::string::npos; });
            if (m == left.end())
                diffs.push_back("segment '" + id + "': no warning containing \"" + needle + "\"; warnings:" + actual);
            else
                left.erase(m);
        }
        for (const auto& w : left)
            diffs.push_back("segment '" + id + "': unexpected warning \"" + w + "\"");
    }
}

void compareStatus(const Json& expected, const RunResult& result, std::vector<std::string>& diffs)
{
    const Json status = expected.value("status", Json::object());
    const Json errors = expected.value("errors", Json::object());
    for (const auto& [id, want] : status.items())
        if (!result.node(id))
            diffs.push_back("node '" + id + "': not in the run's nodes");
    for (const auto& [id, want] : errors.items())
        if (!result.node(id))
            diffs.push_back("node '" + id + "': not in the run's nodes");
    for (const NodeRun& n : result.nodes) {
        const std::string want = status.contains(n.id) ? status[n.id].get<std::string>() : "ok";
        const std::string got(nodeStatusName(n.status));
        if (got != want)
            diffs.push_back("node '" + n.id + "': status " + got + ", expected " + want
                            + (n.error.empty() ? "" : " (error: " + n.error + ")"));
        if (errors.contains(n.id)) {
            const auto needle = errors[n.id].get<std::string>();
            if (n.error.find(needle) == std::string::npos)
                diffs.push_back("node '" + n.id + "': error \"" + n.error + "\" does not contain \"" + needle + "\"");
        }
        // The reported size must be the size of the set the node produced.
        if (n.status == NodeStatus::Ok && n.size) {
            if (const Bitset* own = result.members(n.id); own && own->count() != *n.size)
                diffs.push_back("node '" + n.id + "': reported size " + std::to_string(*n.size) + " but its set has "
                                + std::to_string(own->count()) + " members");
        }
    }
    for (const SegmentRun& s : result.segments) {
        const Bitset* own = result.members(s.id);
        if (own && own->count() != s.size)
            diffs.push_back("segment '" + s.id + "': reported size " + std::to_string(s.size) + " but its set has "
                            + std::to_string(own->count()) + " members");
    }
}

void compareDerived(const Json& expected, const Dataset& data, const RunResult& result,
                    std::vector<std::string>& diffs)
{
    std::map<std::string, size_t> rowOfKey;
    for (size_t r = 0; r < data.customers.rows(); ++r)
        rowOfKey[data.customers.key().textAt(r)] = r;
    for (const auto& [name, values] : expected.items()) {
        auto it = result.derived.find(name);
        if (it == result.derived.end() || !it->second) {
            diffs.push_back("derived column '" + name + "': not in the run");
            continue;
        }
        const Column& col = *it->second;
        for (const auto& [key, want] : values.items()) {
            auto row = rowOfKey.find(key);
            if (row == rowOfKey.end()) {
                diffs.push_back("derived '" + name + "': expected.json names key " + key + ", not a customer");
                continue;
            }
            const size_t r = row->second;
            const std::string where = "derived '" + name + "' of key " + key + ": ";
            if (want.is_null()) {
                if (!col.isNull(r))
                    diffs.push_back(where + "expected NULL, got " + col.textAt(r));
                continue;
            }
            if (col.isNull(r)) {
                diffs.push_back(where + "expected " + want.dump() + ", got NULL");
                continue;
            }
            bool same = false;
            if (want.is_number()) {
                const double w = want.get<double>();
                same = std::fabs(col.numericAt(r) - w) <= 1e-9 * std::max(1.0, std::fabs(w));
                if (want.is_number_integer() && col.type() == DataType::Int)
                    same = col.intAt(r) == want.get<int64_t>();
            } else if (want.is_boolean()) {
                same = col.type() == DataType::Bool && col.boolAt(r) == want.get<bool>();
            } else {
                same = col.textAt(r) == want.get<std::string>();
            }
            if (!same)
                diffs.push_back(where + "expected " + want.dump() + ", got " + col.textAt(r) + " ("
                                + std::string(typeName(col.type())) + ")");
        }
    }
}

void compareExports(const Json& expected, const Graph& graph, const Dataset& data, const RunResult& result,
                    const fs::path& scratchDir, std::vector<std::string>& diffs)
{
    for (const auto& [id, lines] : expected.items()) {
        const Node* node = graph.find(id);
        const Bitset* members = result.members(id);
        if (!node || !members) {
            diffs.push_back("export of '" + id + "': no such segment in the run");
            continue;
        }
        ExportOptions options;
        options.columns = node->exportColumns;
        options.crlf = false;
        const fs::path file = scratchDir / (id + ".csv");
        try {
            exportMembersCsv(data.customers, result.derived, *members, file, options);
        } catch (const Error& e) {
            diffs.push_back("export of '" + id + "': " + e.what());
            continue;
        }
        std::vector<std::string> got;
        std::istringstream in(readText(file));
        for (std::string line; std::getline(in, line);)
            got.push_back(line);
        std::vector<std::string> want;
        for (const auto& l : lines)
            want.push_back(l.get<std::string>());
        if (got != want)
            diffs.push_back("export of '" + id + "': expected lines " + joinKeys(want) + ", got " + joinKeys(got));
    }
}

void compareImportCounts(const Json& expected, const Dataset& data, std::vector<std::string>& diffs)
{
    auto check = [&](const char* which, const ImportReport* report, const Json& want) {
        if (!report) {
            diffs.push_back(std::string("import of ") + which + ": no report (not loaded)");
            return;
        }
        const std::map<std::string, size_t> got{{"rows", report->rows},
                                                {"rejected", report->rejected},
                                                {"duplicate_keys", report->duplicateKeys},
                                                {"unknown_keys", report->unknownKeys}};
        for (const auto& [field, value] : want.items()) {
            auto it = got.find(field);
            if (it == got.end())
                diffs.push_back(std::string("import of ") + which + ": unknown count '" + field + "'");
            else if (it->second != value.get<size_t>())
                diffs.push_back(std::string("import of ") + which + ": " + field + " " + std::to_string(it->second)
                                + ", expected " + value.dump());
        }
    };
    if (expected.contains("customers"))
        check("customers", &data.customersReport, expected["customers"]);
    if (expected.contains("events"))
        check("events", data.eventsReport ? &*data.eventsReport : nullptr, expected["events"]);
}

} // namespace

std::vector<fs::path> discoverCases(const fs::path& root)
{
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(root))
        if (entry.is_directory() && fs::exists(entry.path() / "graph.segment.json"))
            cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    return cases;
}

Json readExpected(const fs::path& caseDir)
{
    const fs::path file = caseDir / "expected.json";
    Json expected;
    try {
        expected = Json::parse(readText(file));
    } catch (const Json::exception& e) {
        throw Error(file.string() + ": " + e.what());
    }
    if (!expected.is_object())
        throw Error(file.string() + ": expected a JSON object");
    for (const auto& [key, value] : expected.items())
        if (!kExpectedKeys.count(key))
            throw Error(file.string() + ": unknown key '" + key + "'");
    return expected;
}

std::vector<std::string> compareRun(const Json& expected, const Graph& graph, const Dataset& data,
                                    const RunResult& result, const fs::path& scratchDir)
{
    std::vector<std::string> diffs;
    if (expected.contains("members"))
        compareMembers(expected["members"], data, result, diffs);
    if (expected.contains("segments"))
        compareSegments(expected["segments"], result, diffs);
    compareStatus(expected, result, diffs);
    if (expected.contains("derived"))
        compareDerived(expected["derived"], data, result, diffs);
    if (expected.contains("exports"))
        compareExports(expected["exports"], graph, data, result, scratchDir, diffs);
    if (expected.contains("import"))
        compareImportCounts(expected["import"], data, diffs);
    return diffs;
}

std::vector<std::string> compareSegmentsOnlyRun(const Json& expected, const Dataset& data, const RunResult& result)
{
    std::vector<std::string> diffs;
    if (expected.contains("members")) {
        Json present = Json::object();
        for (const auto& [ref, list] : expected["members"].items())
            if (result.members(ref))
                present[ref] = list;
        compareMembers(present, data, result, diffs);
    }
    if (expected.contains("segments"))
        compareSegments(expected["segments"], result, diffs);
    for (auto& d : diffs)
        d = "(segments-only run) " + d;
    return diffs;
}

std::vector<std::string> compareDiagnostics(const Json& expected, const std::vector<Diagnostic>& diagnostics)
{
    std::vector<std::string> diffs;
    std::string all;
    for (const auto& d : diagnostics)
        all += "\n    " + d.toString() + " [node '" + d.nodeId + "']";
    for (const auto& entry : expected["validation_errors"]) {
        // "substring" (anywhere in the diagnostic's text) or {"node": id (optional),
        // "contains": "substring" or ["all", "of", "these"]} (in the message of one diagnostic).
        std::string node;
        std::vector<std::string> needles;
        if (entry.is_object()) {
            node = entry.value("node", std::string());
            const Json& c = entry.at("contains");
            if (c.is_array())
                for (const auto& n : c)
                    needles.push_back(n.get<std::string>());
            else
                needles.push_back(c.get<std::string>());
        } else {
            needles.push_back(entry.get<std::string>());
        }
        const bool found = std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
            if (!node.empty() && d.nodeId != node)
                return false;
            const std::string text = entry.is_object() ? d.message : d.toString();
            return std::all_of(needles.begin(), needles.end(),
                               [&](const std::string& n) { return text.find(n) != std::string::npos; });
        });
        if (!found)
            diffs.push_back("no diagnostic " + (node.empty() ? std::string() : "of node '" + node + "' ")
                            + "containing " + joinKeys(needles) + "; diagnostics:" + all);
    }
    // Valid nodes next to broken ones must not be blamed.
    for (const auto& clean : expected.value("clean_nodes", Json::array())) {
        const auto id = clean.get<std::string>();
        for (const auto& d : diagnostics)
            if (d.nodeId == id)
                diffs.push_back("valid node '" + id + "' got a diagnostic: " + d.toString());
    }
    return diffs;
}

} // namespace seg::golden
