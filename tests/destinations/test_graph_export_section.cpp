// The graph file's top-level "export" section (issue 17, spec section 6 "Destinations"):
// read, written back unchanged, and every mistake reported at its place.
#include "graph/graph_io.h"

#include <QtTest>

using namespace seg;

namespace {

std::string graphWith(const std::string& exportSection)
{
    return R"({"format": "segment-studio/graph", "format_version": 1,
  "datasets": {"customers": {"path": "c.csv", "key": "id"}},
  "nodes": [{"id": "s", "type": "segment", "name": "All", "input": "c"},
            {"id": "c", "type": "condition", "field": "id", "op": "not_null"}],
  "export": )" + exportSection + "}";
}

std::string allMessages(const GraphLoadResult& r)
{
    std::string text;
    for (const Diagnostic& d : r.diagnostics)
        text += d.toString() + "\n";
    return text;
}

} // namespace

class TestGraphExportSection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readAndWrittenBack()
    {
        const GraphLoadResult r = parseGraph(graphWith(R"({"preset": "meta-custom-audiences",
            "columns": {"email": "mail", "phone": "tel"}, "default_region": "de",
            "suppression_lists": [{"name": "Opt-outs", "file": "opt-outs.suppression.csv", "always": true},
                                  {"name": "Customers", "file": "customers.suppression.csv"}]})"),
                                             "g.segment.json", ".");
        QVERIFY2(r.ok(), allMessages(r).c_str());
        const GraphExportSettings& s = r.graph->exportSettings;
        QCOMPARE(s.preset, std::string("meta-custom-audiences"));
        QCOMPARE(s.columns.at(Identifier::Email), std::string("mail"));
        QCOMPARE(s.columns.at(Identifier::Phone), std::string("tel"));
        QCOMPARE(s.defaultRegion, std::string("DE"));
        QCOMPARE(s.suppressionLists.size(), size_t{2});
        QVERIFY(s.suppressionLists[0].always);
        QVERIFY(!s.suppressionLists[1].always);
        // Saved and read again: the same settings.
        const GraphLoadResult again = parseGraph(graphToJson(*r.graph).dump(2), "again", ".");
        QVERIFY2(again.ok(), allMessages(again).c_str());
        QVERIFY(again.graph->exportSettings == s);
        // A graph without the section writes none.
        Graph plain = *r.graph;
        plain.exportSettings = {};
        QVERIFY(!graphToJson(plain).contains("export"));
    }

    void mistakesAreReportedAtTheirPlace()
    {
        GraphLoadResult r = parseGraph(graphWith(R"({"preset": "google-customer-macth"})"), "g.segment.json", ".");
        QVERIFY(!r.ok());
        QVERIFY2(allMessages(r).find("did you mean 'google-customer-match'") != std::string::npos, allMessages(r).c_str());
        QVERIFY(allMessages(r).find("g.segment.json:") != std::string::npos);
        r = parseGraph(graphWith(R"({"columns": {"mobile": "tel"}})"), "g", ".");
        QVERIFY2(allMessages(r).find("mobile") != std::string::npos, allMessages(r).c_str());
        r = parseGraph(graphWith(R"({"default_region": "Germany"})"), "g", ".");
        QVERIFY2(allMessages(r).find("two-letter country code") != std::string::npos, allMessages(r).c_str());
        r = parseGraph(graphWith(R"({"suppression_lists": [{"name": "A", "file": "a"}, {"name": "A", "file": "b"}]})"), "g", ".");
        QVERIFY2(allMessages(r).find("two suppression lists are named 'A'") != std::string::npos, allMessages(r).c_str());
        r = parseGraph(graphWith(R"({"suppression_lists": [{"name": "A"}]})"), "g", ".");
        QVERIFY2(allMessages(r).find("file") != std::string::npos, allMessages(r).c_str());
        r = parseGraph(graphWith(R"("csv")"), "g", ".");
        QVERIFY2(allMessages(r).find("'export'") != std::string::npos, allMessages(r).c_str());
    }
};

QTEST_GUILESS_MAIN(TestGraphExportSection)
#include "test_graph_export_section.moc"
