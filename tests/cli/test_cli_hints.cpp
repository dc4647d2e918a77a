// `segstudio-cli run` explains each empty segment on stderr (with --quiet too), and `validate`
// warns when the events end long before as-of; the exit codes stay those of a normal run.
#include "cli_runner.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

class TestCliHints : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString graph_;

private Q_SLOTS:
    void initTestCase()
    {
        writeFile(dir_.filePath("customers.csv"), "id,contract,tenure\n1,Month-to-month,5\n2,Month-to-month,30\n"
                                                  "3,One year,12\n");
        writeFile(dir_.filePath("events.csv"), "customer,day,type\n1,2011-12-09,purchase\n2,2011-11-01,purchase\n");
        graph_ = dir_.filePath("hints.segment.json");
        writeFile(graph_, R"({"format":"segment-studio/graph","format_version":1,"as_of":"2026-12-07",
          "datasets":{"customers":{"path":"customers.csv","key":"id"},
                      "events":{"path":"events.csv","key":"customer","time":"day","type":"type"}},
          "nodes":[
            {"id":"c_typo","type":"condition","field":"contract","op":"eq","value":"month to month"},
            {"id":"c_long","type":"condition","field":"tenure","op":"ge","value":10},
            {"id":"a_both","type":"and","inputs":["c_typo","c_long"]},
            {"id":"s_typo","type":"segment","name":"Typo","input":"a_both"},
            {"id":"b_recent","type":"behavior","event":"purchase","within_last_days":30,"aggregate":"count","op":"ge","value":1},
            {"id":"s_recent","type":"segment","name":"Recent buyers","input":"b_recent"},
            {"id":"s_long","type":"segment","name":"Long","input":"c_long"}]})");
    }

    void runExplainsEveryEmptySegment()
    {
        const CliResult r = runCli({"run", graph_, "--quiet", "--threads", "1"});
        EXPECT_CLI(r, 0);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.err.split('\n', Qt::SkipEmptyParts);
        const QStringList hints = lines.filter(QStringLiteral("hint:"));
        QCOMPARE(hints,
                 (QStringList{
                     "hint: segment 'Typo' is empty: input 'a_both' is empty (because of 'c_typo')",
                     "hint:   node 'c_typo': no customer has contract = 'month to month' (did you mean "
                     "'Month-to-month', 2?)",
                     "hint: segment 'Recent buyers' is empty: input 'b_recent' is empty",
                     "hint:   node 'b_recent': as-of 2026-12-07 is 15 years after the last 'purchase' event "
                     "(2011-12-09): set as-of to the data's last day?"}));
        // With as-of on the last event day the purchase window is no longer empty: no hint for it.
        const CliResult fixed = runCli({"run", graph_, "--quiet", "--as-of", "2011-12-09"});
        EXPECT_CLI(fixed, 0);
        QVERIFY2(!fixed.err.contains("Recent buyers"), qPrintable(fixed.err));
    }

    void validateWarnsAboutOldEvents()
    {
        const CliResult r = runCli({"validate", graph_});
        EXPECT_CLI(r, 0);
        QVERIFY(r.out.contains("valid"));
        QCOMPARE(r.err.trimmed(), QStringLiteral("warning: the events end on 2011-12-09, 15 years before as-of "
                                                 "2026-12-07: set as-of to the data's last day? (set \"as_of\" in "
                                                 "the graph, or run with --as-of 2011-12-09)"));
    }
};

QTEST_GUILESS_MAIN(TestCliHints)
#include "test_cli_hints.moc"
