// Run history, size alerts, import drift and member diffs of a workspace, each against results
// computed here independently (set differences of the runs' member sets, hand-worked medians).
#include "workspace_test_util.h"

#include "exec/runner.h"
#include "graph/graph_io.h"
#include "util/error.h"
#include "workspace/run_history.h"
#include "workspace/sqlite_db.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace seg;
namespace fs = std::filesystem;

namespace {

std::set<std::string> keysOf(const CustomerTable& customers, const Bitset& members)
{
    std::set<std::string> keys;
    members.forEach([&](size_t r) { keys.insert(customers.key().textAt(r)); });
    return keys;
}

std::set<std::string> difference(const std::set<std::string>& a, const std::set<std::string>& b)
{
    std::set<std::string> out;
    for (const std::string& x : a)
        if (!b.count(x))
            out.insert(x);
    return out;
}

Json settingsWith(double percent, int window)
{
    Json s = defaultWorkspaceSettings();
    s["alert_change_percent"] = percent;
    s["alert_window"] = window;
    return s;
}

} // namespace

class RunHistoryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sizeAlertsAgainstTheMedianOfRecentRuns()
    {
        const Json s = settingsWith(20, 3);
        QVERIFY(sizeAlerts(125, {}, s).empty()); // no history, nothing to compare
        // Median of {100, 90, 110} is 100: 120 is +20 % (not more), 121 is +21 %.
        QVERIFY(sizeAlerts(120, {100, 90, 110}, s).empty());
        QCOMPARE(sizeAlerts(121, {100, 90, 110}, s),
                 std::vector<std::string>{"size 121 moved +21.0 % against the median 100 of the last 3 runs"});
        QCOMPARE(sizeAlerts(50, {100, 90, 110, 5000}, s), // only the 3 newest count
                 std::vector<std::string>{"size 50 moved -50.0 % against the median 100 of the last 3 runs"});
        // Even count: the mean of the middle two, 95.
        QCOMPARE(sizeAlerts(200, {90, 100}, settingsWith(20, 5)),
                 std::vector<std::string>{"size 200 moved +110.5 % against the median 95 of the last 2 runs"});
        QCOMPARE(sizeAlerts(7, {0}, s), std::vector<std::string>{"size 7 against 0 in the last run"});
        QVERIFY(sizeAlerts(0, {0, 0}, s).empty());
    }

    void importDriftAgainstThePreviousImport()
    {
        ImportReport before, after;
        before.rows = 1000;
        before.duplicateKeys = 0;
        before.columns = {{"age", DataType::Int, false, 10, 0}, {"city", DataType::String, false, 0, 100},
                          {"zip", DataType::Int, false, 0, 0}, {"gone", DataType::Bool, false, 0, 0}};
        after.rows = 700; // -30 %
        after.duplicateKeys = 4;
        after.rejected = 2;
        after.columns = {{"age", DataType::Int, false, 140, 0}, // 1 % -> 20 % NULL
                         {"city", DataType::String, false, 0, 40}, // distinct -60 %
                         {"zip", DataType::String, false, 0, 0},   // type changed
                         {"new", DataType::Date, false, 0, 0}};
        const std::vector<std::string> expected{
            "rows fell from 1000 to 700 (-30.0 %)",
            "rejected rows rose from 0 to 2",
            "duplicate keys rose from 0 to 4",
            "column 'age': NULL share rose from 1.0 % to 20.0 %",
            "column 'city': distinct values went from 100 to 40",
            "column 'zip' changed type from int to string",
            "new column 'new' (date)",
            "column 'gone' is gone (was bool)"};
        QCOMPARE(importDrift(before, after, defaultWorkspaceSettings()), expected);
        QVERIFY(importDrift(before, before, defaultWorkspaceSettings()).empty());
    }

    void runsAreRecordedAndDiffedAcrossAReload()
    {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        test::Project p = test::makeProject(root / "p", 2000, 0);
        const fs::path file = root / "w.segstudio";
        WorkspaceSave save;
        save.graphText = p.graphText;
        save.baseDir = p.dir;
        save.data = &p.data;
        save.customersPath = (p.dir / "customers.csv").string();
        saveWorkspace(file, save);
        WorkspaceInfo info = openWorkspace(file);
        const Dataset data = loadWorkspaceData(info);

        // Run 1: the demo graph. Run 2: one segment's input condition loosened.
        RunResult first = runGraph(p.graph, data, RunOptions{});
        const int64_t run1 = recordRun(info, p.graph, first, "test");
        Graph edited = p.graph;
        QVERIFY(edited.asOf.has_value());
        edited.name += " (edited)";
        edited.asOf = *edited.asOf + 30; // moves every "last N days" window
        RunResult second = runGraph(edited, data, RunOptions{});
        const int64_t run2 = recordRun(info, edited, second, "test");
        QCOMPARE(run2, run1 + 1);
        std::string segmentId; // a segment whose members changed between the two runs
        for (const SegmentRun& s : first.segments)
            if (segmentId.empty() && *first.members(s.id) != *second.members(s.id))
                segmentId = s.id;
        QVERIFY(!segmentId.empty());

        const std::vector<RunRecord> history = runHistory(file);
        QCOMPARE(history.size(), size_t{2});
        QCOMPARE(history[0].segments.size(), first.segments.size());
        for (size_t i = 0; i < first.segments.size(); ++i) {
            QCOMPARE(history[0].segments[i].size, first.segments[i].size);
            QCOMPARE(history[1].segments[i].size, second.segments[i].size);
        }
        QCOMPARE(history[0].nodes.size(), first.nodes.size());
        QCOMPARE(history[1].graphHash, graphHash(edited));
        QVERIFY(history[0].graphHash != history[1].graphHash);
        QCOMPARE(history[1].fingerprint["customers"]["rows"].get<size_t>(), p.data.customers.rows());
        const std::vector<RunRecord> one = runHistory(file, segmentId);
        QCOMPARE(one.size(), size_t{2});
        QCOMPARE(one[1].segments.size(), size_t{1});
        QCOMPARE(runHistoryToJson(one)[1]["segments"][0]["size"].get<size_t>(), second.members(segmentId)->count());

        // Same import: entered = run2 \ run1, left = run1 \ run2, by keys.
        const auto keys1 = keysOf(data.customers, *first.members(segmentId));
        const auto keys2 = keysOf(data.customers, *second.members(segmentId));
        MemberDiff d = diffRuns(info, run1, run2, segmentId);
        QCOMPARE(keysOf(d.toKeys, d.entered), difference(keys2, keys1));
        QCOMPARE(keysOf(d.fromKeys, d.left), difference(keys1, keys2));
        QCOMPARE(d.fromSize, keys1.size());
        QVERIFY(!difference(keys2, keys1).empty() || !difference(keys1, keys2).empty());

        // Reload with fewer customers (the last 500 rows dropped): the old keys stay for diffs.
        {
            const std::string csv = test::readBytes(p.dir / "customers.csv");
            size_t at = 0;
            for (int line = 0; line < 1501; ++line)
                at = csv.find('\n', at) + 1;
            test::writeBytes(p.dir / "customers.csv", csv.substr(0, at));
        }
        const Dataset reloaded = test::importProject(p);
        QCOMPARE(reloaded.customers.rows(), size_t{1500});
        WorkspaceSave again = save;
        again.data = &reloaded;
        again.keepHistoryFrom = file;
        const WorkspaceSaveResult saved = saveWorkspace(file, again);
        QCOMPARE(saved.drift, std::vector<std::string>{"customers: rows fell from 2000 to 1500 (-25.0 %)"});
        info = openWorkspace(file);
        QCOMPARE(info.customers.drift, std::vector<std::string>{"rows fell from 2000 to 1500 (-25.0 %)"});
        QCOMPARE(runHistory(file).size(), size_t{2}); // history carried over
        const Dataset data3 = loadWorkspaceData(info);
        RunResult third = runGraph(edited, data3, RunOptions{});
        const int64_t run3 = recordRun(info, edited, third, "test");
        const auto keys3 = keysOf(data3.customers, *third.members(segmentId));
        d = diffRuns(info, run1, run3, segmentId);
        QCOMPARE(keysOf(d.toKeys, d.entered), difference(keys3, keys1));
        QCOMPARE(keysOf(d.fromKeys, d.left), difference(keys1, keys3));
        QVERIFY(!difference(keys1, keys3).empty());

        // Unknown runs and segments say so.
        bool threw = false;
        try {
            diffRuns(info, run1, 99, segmentId);
        } catch (const Error& e) {
            threw = std::string(e.what()).find("no run 99") != std::string::npos;
        }
        QVERIFY(threw);
    }

    void historyOfARemovedOrRenamedSegmentStillShows()
    {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        test::Project p = test::makeProject(root / "p", 800, 0);
        const fs::path file = root / "w.segstudio";
        WorkspaceSave save;
        save.graphText = p.graphText;
        save.baseDir = p.dir;
        save.data = &p.data;
        save.customersPath = (p.dir / "customers.csv").string();
        saveWorkspace(file, save);
        const WorkspaceInfo info = openWorkspace(file);
        RunResult a = runGraph(p.graph, p.data, RunOptions{});
        recordRun(info, p.graph, a, "test");

        // A segment no other node reads: removed. Another one: renamed.
        Graph edited = p.graph;
        std::string removed, renamed;
        for (const Node& n : edited.nodes) {
            if (n.type != NodeType::Segment)
                continue;
            bool read = false;
            for (const Node& m : edited.nodes)
                for (const std::string& in : m.inputs)
                    read |= splitInputRef(in).first == n.id;
            if (!read && removed.empty())
                removed = n.id;
            else if (renamed.empty())
                renamed = n.id;
        }
        QVERIFY(!removed.empty() && !renamed.empty());
        std::erase_if(edited.nodes, [&](const Node& n) { return n.id == removed; });
        edited.find(renamed)->name = "Renamed segment";
        edited.find(renamed)->source["name"] = "Renamed segment";
        RunResult b = runGraph(edited, p.data, RunOptions{});
        recordRun(info, edited, b, "test");

        const std::vector<RunRecord> all = runHistory(file);
        QCOMPARE(all.size(), size_t{2});
        QCOMPARE(all[1].nodesRemoved, std::vector<std::string>{removed});
        QCOMPARE(all[1].nodesChanged, std::vector<std::string>{renamed});
        const std::vector<RunRecord> gone = runHistory(file, removed);
        QCOMPARE(gone.size(), size_t{1}); // only the run that had it
        QCOMPARE(gone[0].segments[0].size, a.members(removed)->count());
        const std::vector<RunRecord> both = runHistory(file, renamed);
        QCOMPARE(both.size(), size_t{2});
        QCOMPARE(both[1].segments[0].name, std::string("Renamed segment"));
        QCOMPARE(both[0].segments[0].size, both[1].segments[0].size);
    }

    void memberSetsAreKeptAsDeltasAndComeBackWhole()
    {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        test::Project p = test::makeProject(root / "p", 3000, 0);
        const fs::path file = root / "w.segstudio";
        WorkspaceSave save;
        save.graphText = p.graphText;
        save.baseDir = p.dir;
        save.data = &p.data;
        save.customersPath = (p.dir / "customers.csv").string();
        saveWorkspace(file, save);
        const WorkspaceInfo info = openWorkspace(file);
        // 20 mornings, the as-of one day later each: most members stay from one run to the next.
        std::vector<RunResult> results;
        std::vector<int64_t> ids;
        for (int day = 0; day < 20; ++day) {
            Graph g = p.graph;
            g.asOf = *g.asOf + day;
            results.push_back(runGraph(g, p.data, RunOptions{}));
            ids.push_back(recordRun(info, g, results.back(), "test"));
        }
        {
            ws::Db db(file, ws::Db::Mode::ReadOnly);
            QVERIFY(db.scalar("SELECT COUNT(*) FROM run_segments WHERE members_base IS NOT NULL").value_or(0) > 0);
            QVERIFY(db.scalar("SELECT MAX(members_depth) FROM run_segments").value_or(99) <= 15);
        }
        for (const SegmentRun& s : results.front().segments)
            for (const auto& [a, b] : {std::pair{0, 19}, std::pair{3, 18}, std::pair{17, 18}, std::pair{19, 0}}) {
                const auto before = keysOf(p.data.customers, *results[size_t(a)].members(s.id));
                const auto after = keysOf(p.data.customers, *results[size_t(b)].members(s.id));
                const MemberDiff d = diffRuns(info, ids[size_t(a)], ids[size_t(b)], s.id);
                QCOMPARE(d.fromSize, before.size());
                QCOMPARE(d.toSize, after.size());
                QCOMPARE(keysOf(d.toKeys, d.entered), difference(after, before));
                QCOMPARE(keysOf(d.fromKeys, d.left), difference(before, after));
            }
    }

    void movedSegmentsAreFlaggedWhenRecorded()
    {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        test::Project p = test::makeProject(root / "p", 1000, 0);
        const fs::path file = root / "w.segstudio";
        WorkspaceSave save;
        save.graphText = p.graphText;
        save.baseDir = p.dir;
        save.data = &p.data;
        save.customersPath = (p.dir / "customers.csv").string();
        saveWorkspace(file, save);
        const WorkspaceInfo info = openWorkspace(file);
        RunResult a = runGraph(p.graph, p.data, RunOptions{});
        recordRun(info, p.graph, a, "test");
        RunResult b = runGraph(p.graph, p.data, RunOptions{});
        recordRun(info, p.graph, b, "test"); // same sizes: no move alert
        for (size_t i = 0; i < b.segments.size(); ++i)
            for (const std::string& w : b.segments[i].warnings)
                QVERIFY2(w.find("moved") == std::string::npos, w.c_str());
        setWorkspaceSetting(file, "alert_change_percent", Json(-1)); // any change, even none, is flagged
        RunResult c = runGraph(p.graph, p.data, RunOptions{});
        recordRun(info, p.graph, c, "test");
        for (const SegmentRun& s : c.segments)
            if (s.size > 0)
                QVERIFY2(!s.warnings.empty() && s.warnings.back().find("moved +0.0 %") != std::string::npos, s.id.c_str());
        QCOMPARE(runHistory(file).back().segments.front().warnings, c.segments.front().warnings);
    }
};

QTEST_GUILESS_MAIN(RunHistoryTest)
#include "test_run_history.moc"
