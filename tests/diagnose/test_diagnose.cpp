// Zero-member explanations on a five-customer project whose every count is worked by hand
// (diagnose_fixture.h lists the rows). Each test checks the structured finding and its English
// text, and the fixes by running the fixed graph again.
#include "diagnose/column_stats.h"
#include "diagnose/diagnosis.h"
#include "diagnose_fixture.h"

#include <QtTest/QtTest>

#include <set>

using namespace seg;
using seg::test::DiagnoseProject;

namespace {

std::vector<Diagnosis> about(const std::vector<Diagnosis>& all, const std::string& node)
{
    std::vector<Diagnosis> out;
    for (const Diagnosis& d : all)
        if (d.nodeId == node)
            out.push_back(d);
    return out;
}

std::vector<std::string> texts(const std::vector<Diagnosis>& all, const std::string& node)
{
    std::vector<std::string> out;
    for (const Diagnosis& d : about(all, node))
        out.push_back(d.toString());
    return out;
}

size_t sizeOf(const RunResult& run, const std::string& id) { return run.members(id)->count(); }

int32_t day(const char* iso) { return *parseIsoDate(iso); }

using Texts = std::vector<std::string>;

} // namespace

class TestDiagnose : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textValueThatNeverOccursSuggestsTheClosest()
    {
        DiagnoseProject p(R"({"id":"c_typo","type":"condition","field":"contract","op":"eq","value":"month to month"},
            {"id":"c_in","type":"condition","field":"contract","op":"in","values":["Tw0 year","Three year"]},
            {"id":"c_ok","type":"condition","field":"contract","op":"in","values":["One year","Three year"]})");
        const RunResult run = p.run();
        QCOMPARE(sizeOf(run, "c_typo"), size_t(0));
        const auto all = diagnoseEmptyNodes(p.graph, p.data, run);
        const auto typo = about(all, "c_typo");
        QCOMPARE(typo.size(), size_t(1));
        QCOMPARE(typo[0].kind, DiagnosisKind::ValueNotFound);
        QCOMPARE(typo[0].column, std::string("contract"));
        QCOMPARE(typo[0].value, std::string("month to month"));
        QCOMPARE(typo[0].suggestion, std::string("Month-to-month")); // case and '-' vs ' ': distance 2
        QCOMPARE(typo[0].suggestionCount, size_t(3));
        QCOMPARE(typo[0].fix, FixKind::ReplaceValue);
        QCOMPARE(typo[0].toString(),
                 std::string("no customer has contract = 'month to month' (did you mean 'Month-to-month', 3?)"));
        QCOMPARE(typo[0].fixLabel(), std::string("Use 'Month-to-month'"));
        // Each missing value of an "in" list gets its own finding; "Three year" is 4 edits from
        // "Two year" and 4 from "One year" (limit 10 / 3 = 3): no guess.
        QCOMPARE(texts(all, "c_in"), (Texts{"no customer has contract = 'Tw0 year' (did you mean 'Two year', 1?)",
                                            "no customer has contract = 'Three year'"}));
        QVERIFY(about(all, "c_ok").empty()); // one member: nothing to explain
    }

    void numbersOutsideTheRangeOrAbsent()
    {
        DiagnoseProject p(R"({"id":"c_gt","type":"condition","field":"tenure","op":"gt","value":100},
            {"id":"c_eq","type":"condition","field":"tenure","op":"eq","value":7},
            {"id":"c_between","type":"condition","field":"tenure","op":"between","min":80,"max":90})");
        const auto all = diagnoseEmptyNodes(p.graph, p.data, p.run());
        QCOMPARE(about(all, "c_gt").at(0).kind, DiagnosisKind::ValueOutOfRange);
        QCOMPARE(about(all, "c_gt").at(0).low, std::string("0"));
        QCOMPARE(about(all, "c_gt").at(0).high, std::string("72"));
        QCOMPARE(texts(all, "c_gt"), Texts{"no customer has tenure > 100: the values run from 0 to 72"});
        QCOMPARE(texts(all, "c_eq"), Texts{"no customer has tenure = 7 (the values run from 0 to 72)"});
        QCOMPARE(texts(all, "c_between"), Texts{"no customer has 80 <= tenure <= 90: the values run from 0 to 72"});
    }

    void textTestsEmptyValuesAndIgnoreCase()
    {
        DiagnoseProject p(R"({"id":"c_ends","type":"condition","field":"email","op":"ends_with","value":"@X.ORG"},
            {"id":"c_null","type":"condition","field":"contract","op":"is_null"})");
        const auto all = diagnoseEmptyNodes(p.graph, p.data, p.run());
        const auto ends = about(all, "c_ends");
        QCOMPARE(ends.at(0).kind, DiagnosisKind::TextNoMatch);
        QCOMPARE(ends.at(0).fix, FixKind::SetIgnoreCase);
        QCOMPARE(ends.at(0).suggestionCount, size_t(2)); // a@x.org, b@x.org
        QCOMPARE(ends.at(0).toString(), std::string("no customer's email ends with '@X.ORG' (2 do when upper/lower "
                                                    "case is ignored: ignore case?)"));
        QCOMPARE(texts(all, "c_null"), Texts{"no customer has an empty (NULL) contract"});
    }

    void windowAfterTheLastEventSuggestsTheLastDay()
    {
        DiagnoseProject p(R"({"id":"b_recent","type":"behavior","event":"purchase","within_last_days":30,
              "aggregate":"count","op":"ge","value":1},
            {"id":"c_recent","type":"condition","field":"signup","op":"within_last_days","days":30},
            {"id":"d_spend","type":"derive","name":"spend_30d","from":"events","event":"purchase",
              "within_last_days":30,"aggregate":"sum","field":"amount"})");
        const RunResult run = p.run();
        const auto all = diagnoseEmptyNodes(p.graph, p.data, run);
        const auto b = about(all, "b_recent");
        QCOMPARE(b.size(), size_t(1));
        QCOMPARE(b[0].kind, DiagnosisKind::WindowAfterData);
        QCOMPARE(b[0].asOf, day("2026-12-07"));
        QCOMPARE(b[0].dataDay, day("2011-12-09")); // the last purchase
        QCOMPARE(b[0].fix, FixKind::SetAsOf);
        QCOMPARE(b[0].fixDay, day("2011-12-09"));
        QCOMPARE(b[0].toString(), std::string("as-of 2026-12-07 is 15 years after the last 'purchase' event "
                                              "(2011-12-09): set as-of to the data's last day?"));
        QCOMPARE(b[0].fixLabel(), std::string("Set as-of to 2011-12-09"));
        QCOMPARE(texts(all, "c_recent"), Texts{"as-of 2026-12-07 is 15 years after the latest signup "
                                               "(2011-12-01): set as-of to the data's last day?"});
        QCOMPARE(about(all, "c_recent").at(0).fixDay, day("2011-12-01"));
        // A derive column has no member count, but a window without events makes it empty too.
        QCOMPARE(about(all, "d_spend").at(0).kind, DiagnosisKind::WindowAfterData);

        // The fix: as-of on the last purchase day. Window 2011-11-09..2011-12-09 holds customer 1's
        // purchase of 2011-12-09 only (customer 2's of 2011-11-01 is older).
        Graph fixed = p.graph;
        QVERIFY(applyFix(fixed, b[0]));
        QCOMPARE(fixed.asOf, std::optional<int32_t>(day("2011-12-09")));
        RunOptions options;
        options.allNodes = true;
        const RunResult again = runGraph(fixed, p.data, options);
        QCOMPARE(again.members("b_recent")->toRows(), (std::vector<uint32_t>{0}));
        QVERIFY(about(diagnoseEmptyNodes(fixed, p.data, again), "b_recent").empty());
    }

    void windowBeforeTheFirstValue()
    {
        DiagnoseProject p(R"({"id":"c_recent","type":"condition","field":"signup","op":"within_last_days","days":30})",
                          "2005-01-01");
        const auto all = diagnoseEmptyNodes(p.graph, p.data, p.run());
        const auto c = about(all, "c_recent");
        QCOMPARE(c.at(0).kind, DiagnosisKind::WindowBeforeData);
        QCOMPARE(c.at(0).dataDay, day("2010-12-31"));
        QCOMPARE(c.at(0).fixDay, day("2011-12-01")); // the fix still moves as-of to the last day
        QCOMPARE(c.at(0).toString(), std::string("as-of 2005-01-01 is 6 years before the earliest signup "
                                                 "(2010-12-31): set as-of to the data's last day?"));
    }

    void unknownEventTypeAndWhereValue()
    {
        DiagnoseProject p(R"({"id":"b_type","type":"behavior","event":"purchse","aggregate":"count","op":"ge","value":1},
            {"id":"b_where","type":"behavior","event":"purchase","where":[{"field":"amount","op":"ge","value":0},
              {"field":"category","op":"eq","value":"Shoes"}],"aggregate":"count","op":"ge","value":1})");
        const RunResult run = p.run();
        const auto all = diagnoseEmptyNodes(p.graph, p.data, run);
        const auto type = about(all, "b_type");
        QCOMPARE(type.at(0).kind, DiagnosisKind::EventTypeNotFound);
        QCOMPARE(type.at(0).toString(), std::string("no event has type 'purchse' (did you mean 'purchase', 2?)"));
        const auto where = about(all, "b_where");
        QCOMPARE(where.size(), size_t(1));
        QCOMPARE(where[0].whereIndex, 1);
        QCOMPARE(where[0].toString(),
                 std::string("no 'purchase' event has category = 'Shoes' (did you mean 'shoes', 2?)"));

        Graph fixed = p.graph;
        QVERIFY(applyFix(fixed, type[0]));
        QVERIFY(applyFix(fixed, where[0]));
        QCOMPARE(*fixed.find("b_type")->events.event, std::string("purchase"));
        QCOMPARE(fixed.find("b_where")->events.where[1].cmp.value.get<std::string>(), std::string("shoes"));
        RunOptions options;
        options.allNodes = true;
        const RunResult again = runGraph(fixed, p.data, options);
        QCOMPARE(again.members("b_type")->toRows(), (std::vector<uint32_t>{0, 1}));  // customers 1 and 2
        QCOMPARE(again.members("b_where")->toRows(), (std::vector<uint32_t>{0, 1}));
        QVERIFY(!applyFix(fixed, type[0])); // applied once: the value it is about is gone
    }

    void setNodesNameTheirEmptyInputAndTheRootCause()
    {
        DiagnoseProject p(R"({"id":"c_typo","type":"condition","field":"contract","op":"eq","value":"month to month"},
            {"id":"c_all","type":"condition","field":"tenure","op":"ge","value":0},
            {"id":"c_short","type":"condition","field":"tenure","op":"lt","value":12},
            {"id":"c_other","type":"condition","field":"contract","op":"in","values":["One year","Two year"]},
            {"id":"c_long","type":"condition","field":"tenure","op":"ge","value":12},
            {"id":"a_typo","type":"and","inputs":["c_typo","c_all"]},
            {"id":"s_typo","type":"segment","name":"Typo","input":"a_typo"},
            {"id":"a_disjoint","type":"and","inputs":["c_short","c_other"]},
            {"id":"e_all","type":"except","inputs":["c_other","c_long"]},
            {"id":"n_all","type":"not","input":"c_all"},
            {"id":"c_input","type":"condition","input":"c_other","field":"contract","op":"eq","value":"Month-to-month"},
            {"id":"o_ok","type":"or","inputs":["c_typo","c_short"]})");
        const RunResult run = p.run();
        const auto all = diagnoseEmptyNodes(p.graph, p.data, run);
        QCOMPARE(texts(all, "a_typo"), Texts{"input 'c_typo' is empty"});
        QCOMPARE(about(all, "s_typo").at(0).rootNode, std::string("c_typo"));
        QCOMPARE(texts(all, "s_typo"), Texts{"input 'a_typo' is empty (because of 'c_typo')"});
        QCOMPARE(texts(all, "a_disjoint"), Texts{"'c_short' (2) and 'c_other' (2) have no customer in common"});
        QCOMPARE(texts(all, "e_all"), Texts{"all 2 members of 'c_other' are also in 'c_long'"});
        QCOMPARE(texts(all, "n_all"), Texts{"input 'c_all' holds every customer"});
        QCOMPARE(texts(all, "c_input"), Texts{"none of the 2 members of 'c_other' has contract = 'Month-to-month' "
                                              "(3 customers do)"});
        QVERIFY(about(all, "o_ok").empty()); // 2 members
        // Exactly the empty nodes are explained, nothing else.
        std::set<std::string> explained;
        for (const Diagnosis& d : all)
            explained.insert(d.nodeId);
        QCOMPARE(explained, (std::set<std::string>{"c_typo", "a_typo", "s_typo", "a_disjoint", "e_all", "n_all",
                                                    "c_input"}));
    }

    void eventsEndLongBeforeAsOf()
    {
        DiagnoseProject p(R"({"id":"c_all","type":"condition","field":"tenure","op":"ge","value":0})");
        const auto late = checkEventsEnd(p.data, day("2026-12-07"));
        QVERIFY(late);
        QCOMPARE(late->dataDay, day("2011-12-09"));
        QCOMPARE(late->fix, FixKind::SetAsOf);
        QCOMPARE(late->toString(), std::string("the events end on 2011-12-09, 15 years before as-of 2026-12-07: set "
                                               "as-of to the data's last day?"));
        QVERIFY(!checkEventsEnd(p.data, day("2012-01-08"))); // 30 days: not "long"
        QVERIFY(checkEventsEnd(p.data, day("2012-01-09")));  // 31 days
        QCOMPARE(checkEventsEnd(p.data, day("2012-01-09"))->toString(),
                 std::string("the events end on 2011-12-09, 31 days before as-of 2012-01-09: set as-of to the "
                             "data's last day?"));
    }

    void gapsAndCounts()
    {
        QCOMPARE(describeDayGap(5477), std::string("15 years")); // 2011-12-09 .. 2026-12-07: 14.996 years
        QCOMPARE(describeDayGap(547), std::string("18 months"));
        QCOMPARE(describeDayGap(60), std::string("2 months"));
        QCOMPARE(describeDayGap(1), std::string("1 day"));
        QCOMPARE(formatCount(3875), std::string("3,875"));
        QCOMPARE(formatCount(1234567), std::string("1,234,567"));
        QCOMPARE(formatCount(999), std::string("999"));
    }
};

QTEST_APPLESS_MAIN(TestDiagnose)
#include "test_diagnose.moc"
