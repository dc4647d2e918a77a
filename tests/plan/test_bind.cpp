// Validation by binding: every problem is reported at once and names its node.
#include "bind/bound_graph.h"
#include "exec/runner.h"
#include "fixtures.h"
#include "graph/graph_io.h"

#include <QtTest>

using namespace seg;
using namespace seg::test;

namespace {

// All diagnostics as "id: message" lines, for readable failure output.
QStringList problems(const Graph& g, const Dataset& d)
{
    QStringList out;
    for (const auto& diag : bindGraph(g, d, *g.asOf).diagnostics)
        out << QString::fromStdString(diag.nodeId + ": " + diag.message);
    return out;
}

bool hasProblem(const QStringList& list, const QString& nodeId, const QString& text)
{
    for (const auto& p : list)
        if (p.startsWith(nodeId + ": ") && p.contains(text))
            return true;
    return false;
}

} // namespace

class TestBind : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validGraphHasNoProblems()
    {
        Dataset d = sixCustomers();
        Graph g = graphOf({condition("c1", "spend", CompareOp::Gt, 100), segment("s1", "Big", "c1")});
        QCOMPARE(problems(g, d), QStringList());
    }

    void allProblemsAtOnce()
    {
        Dataset d = sixCustomers();
        Node derive = node("d1", NodeType::Derive);
        derive.name = "spend"; // clashes with a customer column
        derive.expr = "spend * 2";
        Node orNode = node("o1", NodeType::Or, {"c3", "c4"});
        Node c3 = condition("c3", "spend", CompareOp::Gt, 1, {"o1"}); // cycle c3 -> o1 -> c3
        Node c4 = condition("c4", "spend", CompareOp::Lt, 10);
        Graph g = graphOf({condition("c1", "spendd", CompareOp::Gt, 100),
                           condition("c2", "spend", CompareOp::Contains, "x"),
                           segment("s1", "Lost", "nowhere"), derive, orNode, c3, c4,
                           condition("c5", "joined", CompareOp::Eq, "31/12/2024")});
        const QStringList p = problems(g, d);
        QVERIFY2(hasProblem(p, "c1", "'spendd' is not a customer column or a derived column"), qPrintable(p.join('\n')));
        QVERIFY2(hasProblem(p, "c2", "operator 'contains' cannot be used on a double column"), qPrintable(p.join('\n')));
        QVERIFY2(hasProblem(p, "s1", "input 'nowhere' names no node"), qPrintable(p.join('\n')));
        QVERIFY2(hasProblem(p, "d1", "clashes with a customer column"), qPrintable(p.join('\n')));
        QVERIFY2(hasProblem(p, "c5", "expected an ISO date"), qPrintable(p.join('\n')));
        bool cycle = false;
        for (const auto& line : p)
            cycle |= line.contains("cycle: ") && line.contains("c3") && line.contains("o1");
        QVERIFY2(cycle, qPrintable(p.join('\n')));
    }

    void portsMustBeNamed()
    {
        Dataset d = sixCustomers();
        Node split = node("sp", NodeType::Split);
        split.seed = "s";
        split.parts = {{"test", 50}, {"control", 50}};
        Graph g = graphOf({split, segment("s1", "A", "sp"), segment("s2", "B", "sp:nope"),
                           segment("s3", "C", "sp:control")});
        const QStringList p = problems(g, d);
        QVERIFY(hasProblem(p, "s1", "has several outputs; name one of sp:test, sp:control"));
        QVERIFY(hasProblem(p, "s2", "node 'sp' has no output 'nope'"));
        QVERIFY(!hasProblem(p, "s3", ""));
    }

    void deriveColumnsAddImplicitEdges()
    {
        Dataset d = sixCustomers();
        Node d1 = node("d1", NodeType::Derive);
        d1.name = "double_spend";
        d1.expr = "spend * 2";
        Node d2 = node("d2", NodeType::Derive);
        d2.name = "quad_spend";
        d2.expr = "double_spend * 2"; // derive on a derive, listed before it below
        Graph g = graphOf({condition("c1", "quad_spend", CompareOp::Gt, 1000), d2, d1, segment("s", "S", "c1")});
        BoundGraph b = bindGraph(g, d, *g.asOf);
        QCOMPARE(b.diagnostics.size(), size_t{0});
        QCOMPARE(b.nodes[0].implicitDeps, std::vector<int>{1});
        QCOMPARE(b.nodes[1].implicitDeps, std::vector<int>{2});
        QCOMPARE(b.nodes[1].derivedType, DataType::Double);
        // Topological order puts d1 before d2 before c1.
        auto pos = [&](int n) { return std::find(b.topoOrder.begin(), b.topoOrder.end(), n) - b.topoOrder.begin(); };
        QVERIFY(pos(2) < pos(1));
        QVERIFY(pos(1) < pos(0));
    }

    void literalsFollowColumnTypes()
    {
        BoundPredicate p;
        Comparison c;
        c.op = CompareOp::Gt;
        c.value = 2.5; // an int column "gt 2.5" is "ge 3"
        QVERIFY(!bindPredicate(c, DataType::Int, 0, p));
        QCOMPARE(p.ilo, int64_t{3});
        c.op = CompareOp::Eq;
        QVERIFY(!bindPredicate(c, DataType::Int, 0, p));
        QCOMPARE(p.form, BoundPredicate::Form::Never);
        c.op = CompareOp::WithinLastDays;
        c.days = 30;
        const int32_t asOf = *parseIsoDate("2024-12-31");
        QVERIFY(!bindPredicate(c, DataType::Date, asOf, p));
        QCOMPARE(p.ilo, int64_t{*parseIsoDate("2024-12-01")});
        QCOMPARE(p.ihi, int64_t{asOf});
        QVERIFY(!bindPredicate(c, DataType::Timestamp, asOf, p));
        QCOMPARE(p.ihi, int64_t{*parseIsoTimestamp("2024-12-31 23:59:59")} + 999999);
        c.op = CompareOp::In;
        c.values = {Json("US"), Json(nullptr)};
        auto err = bindPredicate(c, DataType::String, 0, p);
        QVERIFY(err && err->find("may not contain null") != std::string::npos);
    }

    // Regression (golden case validation_errors): an unknown op was also reported by binding
    // as "value null does not fit column type", a second message for one mistake.
    void unknownOpIsReportedOnce()
    {
        Dataset d = sixCustomers();
        const auto loaded = parseGraph(R"({"format":"segment-studio/graph","format_version":1,"as_of":"2024-12-31",
            "datasets":{"customers":{"path":"c.csv","key":"id"}},
            "nodes":[{"id":"c1","type":"condition","field":"spend","op":"bigger","value":3}]})",
                                       "g.segment.json", "/");
        QVERIFY(loaded.graph);
        QCOMPARE(loaded.diagnostics.size(), size_t{1});
        QVERIFY(loaded.graph->nodes[0].incomplete);
        QCOMPARE(problems(*loaded.graph, d), QStringList());
    }

    void validateGraphMatchesBind()
    {
        Dataset d = sixCustomers();
        Graph g = graphOf({condition("c1", "nope", CompareOp::IsNull, nullptr)});
        const auto diags = validateGraph(g, d);
        QCOMPARE(diags.size(), size_t{1});
        QCOMPARE(diags[0].nodeId, std::string("c1"));
    }
};

QTEST_GUILESS_MAIN(TestBind)
#include "test_bind.moc"
