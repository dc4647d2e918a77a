// Issue 18: `segstudio-cli run GRAPH --export DIR` writes its segment files concurrently. Every
// file must hold exactly the keys of its segment in ascending order (computed here in-process,
// independently of the exporter), the set keeps its all-or-nothing swap, and a second export
// replaces the first as a whole.
#include "cli_runner.h"

#include "data/dataset.h"
#include "exec/runner.h"
#include "export/csv_export.h"
#include "generate/generator.h"
#include "generate/standard_graph.h"
#include "graph/graph_io.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace seg;

namespace {

// A generated customers file (no events) and the honest graph beside it, in `root`; returns
// the graph's path.
QString writeHonestProject(const std::filesystem::path& root, size_t customers, uint64_t seed)
{
    GenerateOptions gen;
    gen.customers = customers;
    gen.events = 0;
    gen.seed = seed;
    gen.outDir = root;
    generateDataset(gen);
    std::ofstream(root / "honest.segment.json") << honestGraph(StandardGraphOptions{}).graph.dump(2);
    return QString::fromStdString((root / "honest.segment.json").string());
}

} // namespace

class TestCliColdExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void concurrentExportWritesEverySegmentsKeys()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path root = dir.path().toStdString();
        const QString graphPath = writeHonestProject(root, 20000, 3);
        const QString out = dir.filePath("out");

        // A leftover of an earlier export is replaced as part of the set.
        QVERIFY(QDir().mkpath(out));
        std::ofstream((root / "out" / "old-segment.csv").string()) << "customer_id\r\n1\r\n";
        for (const QString& threads : {QString("1"), QString("2")}) {
            const CliResult r = runCli({"run", graphPath, "--export", out, "--threads", threads, "--quiet"});
            EXPECT_CLI(r, 0);
        }

        // The expected files, from an in-process run: header, then the members' keys in
        // ascending order (generated ids ascend with the rows), CRLF line ends.
        const GraphLoadResult loaded = loadGraphFile(root / "honest.segment.json");
        QVERIFY(loaded.ok());
        const Graph& graph = *loaded.graph;
        const Dataset data = loadDataset(graph.customers, graph.resolve(graph.customers.path), std::nullopt, std::nullopt);
        const RunResult result = runGraph(graph, data, RunOptions{});
        std::vector<std::string> names;
        for (const SegmentRun& s : result.segments)
            names.push_back(s.name);
        const std::vector<std::string> slugs = uniqueSlugs(names);
        QSet<QString> expectedFiles;
        const Column& key = data.customers.key();
        for (size_t i = 0; i < result.segments.size(); ++i) {
            std::string expected = "customer_id\r\n";
            const Bitset& members = *result.members(result.segments[i].id);
            for (size_t row = 0; row < members.size(); ++row)
                if (members.test(row))
                    expected += std::to_string(key.intAt(row)) + "\r\n";
            const QString file = QString::fromStdString(slugs[i] + ".csv");
            expectedFiles.insert(file);
            QFile f(out + "/" + file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            QVERIFY2(f.readAll() == QByteArray::fromStdString(expected), qPrintable(file));
        }
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), expectedFiles.size());
        for (const QString& f : QDir(out).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(expectedFiles.contains(f), qPrintable(f)); // no temporary files, no old set
        QCOMPARE(expectedFiles.size(), 18);
    }

    // `run --timings` prints one line on stderr with every phase of the process, each with
    // its wall and CPU time; without the flag there is no such line, and stdout never has it.
    void timingsNameEveryPhase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path root = dir.path().toStdString();
        const QString graphPath = writeHonestProject(root, 3000, 4);
        const CliResult timed = runCli({"run", graphPath, "--export", dir.filePath("out"), "--report",
                                        dir.filePath("report.json"), "--threads", "2", "--timings"});
        EXPECT_CLI(timed, 0);
        QVERIFY(!timed.out.contains("timings:"));
        const QStringList lines = timed.err.split('\n').filter(QStringLiteral("timings: "));
        QCOMPARE(lines.size(), 1);
        const QString line = lines.front();
        QVERIFY2(line.startsWith(QStringLiteral("timings: start-up ")), qPrintable(line));
        int at = 0;
        for (const char* phase : {"start-up", "load graph", "import", "prepare", "run", "report", "export", "exit",
                                  "total"}) {
            const QRegularExpression re(QStringLiteral("(^timings: |, )%1 [0-9.]+ ms \\([0-9.]+ ms CPU\\)").arg(phase));
            const QRegularExpressionMatch m = re.match(line, at);
            QVERIFY2(m.hasMatch(), qPrintable(QString(phase) + " missing or out of order in: " + line));
            at = static_cast<int>(m.capturedEnd());
        }
        const CliResult plain = runCli({"run", graphPath, "--export", dir.filePath("out"), "--threads", "2"});
        EXPECT_CLI(plain, 0);
        QVERIFY(!plain.err.contains("timings:"));
        QVERIFY(!plain.out.contains("timings:"));
    }
};

QTEST_GUILESS_MAIN(TestCliColdExport)
#include "test_cli_cold_export.moc"
