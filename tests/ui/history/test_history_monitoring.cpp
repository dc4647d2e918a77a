// Who entered and who left, and the history of a graph that changed under it (issue 15), on a
// workspace built here: ten customers k1..k10 aged 1..10; run 1 had "age >= 6" feeding s1,
// run 2 "age <= 7" (rule c1 removed, c2 added, s1 renamed "Young"). The entered and left sets
// are computed below from the ages, the CSV files are read back and compared with them.
#include "document/document.h"
#include "document/selection.h"
#include "exec/runner.h"
#include "graph/graph_io.h"
#include "history/run_diff_dialog.h"
#include "history/run_history_panel.h"
#include "workspace/run_history.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace seg;
using namespace seg::ui;
namespace fs = std::filesystem;

namespace {

// A graph of one rule (id `rule`, "age <op> <value>") feeding segment s1 named `name`.
std::string graphText(const std::string& rule, const std::string& op, int value, const std::string& name)
{
    const std::string head = "{\"format\": \"segment-studio/graph\", \"format_version\": 1, \"name\": \"ages\", "
                             "\"as_of\": \"2024-12-31\", \"datasets\": {\"customers\": {\"path\": \"customers.csv\", "
                             "\"key\": \"customer_id\"}}, \"nodes\": [";
    return head + "{\"id\": \"" + rule + "\", \"type\": \"condition\", \"field\": \"age\", \"op\": \"" + op +
           "\", \"value\": " + std::to_string(value) + "}, {\"id\": \"s1\", \"type\": \"segment\", \"name\": \"" + name +
           "\", \"input\": \"" + rule + "\"}]}";
}
const std::string kOlder = graphText("c1", "ge", 6, "Grown-ups");
const std::string kYounger = graphText("c2", "le", 7, "Young");

Graph parsed(const std::string& text, const fs::path& dir)
{
    GraphLoadResult r = parseGraph(text, "test", dir);
    if (!r.ok())
        throw std::runtime_error(r.diagnostics.empty() ? "bad graph" : r.diagnostics.front().toString());
    return *r.graph;
}

// "k<age>" of the ages 1..10 that `test` keeps.
std::set<QString> keysWhere(const std::function<bool(int)>& test)
{
    std::set<QString> out;
    for (int age = 1; age <= 10; ++age)
        if (test(age))
            out.insert(QStringLiteral("k%1").arg(age));
    return out;
}

std::set<QString> asSet(const QStringList& list) { return {list.begin(), list.end()}; }

// The CSV's header and its rows (one key per line, CRLF).
std::pair<QString, std::set<QString>> readKeysCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split("\r\n", Qt::SkipEmptyParts);
    const QString header = lines.isEmpty() ? QString() : lines.takeFirst();
    return {header, asSet(lines)};
}

struct Fixture {
    QTemporaryDir tmp;
    fs::path dir = tmp.path().toStdString();
    fs::path file = dir / "ages.segstudio";
    std::shared_ptr<Dataset> data;
    Fixture()
    {
        QFile csv(tmp.filePath("customers.csv"));
        if (!csv.open(QIODevice::WriteOnly))
            qFatal("cannot write the test data");
        csv.write("customer_id,age\n");
        for (int i = 1; i <= 10; ++i)
            csv.write(QStringLiteral("k%1,%1\n").arg(i).toUtf8());
        csv.close();
        const Graph older = parsed(kOlder, dir), younger = parsed(kYounger, dir);
        data = std::make_shared<Dataset>(loadDataset(older.customers, dir / "customers.csv", std::nullopt, std::nullopt));
        WorkspaceSave save;
        save.graphText = kYounger;
        save.baseDir = dir;
        save.data = data.get();
        save.customersPath = (dir / "customers.csv").string();
        saveWorkspace(file, save);
        const WorkspaceInfo info = openWorkspace(file);
        for (const Graph* g : {&older, &younger}) {
            RunResult run = runGraph(*g, *data, RunOptions{});
            recordRun(info, *g, run, "test");
        }
    }
};

} // namespace

class TestHistoryMonitoring : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void historyOfAGraphWhoseNodesWereRenamedOrRemovedStillShows()
    {
        Fixture f;
        Document document;
        Selection selection;
        QStringList errors;
        QVERIFY2(document.loadText(kYounger, f.dir, QString::fromStdString(f.file.string()), &errors),
                 qPrintable(errors.join("\n")));
        RunHistoryPanel panel(&document, &selection);
        panel.setWorkspace(QString::fromStdString(f.file.string()));
        selection.set({"s1"});
        QCOMPARE(panel.table()->rowCount(), 2);
        // Newest first: run 2 (5 + 2 = 7 members), then run 1 (5).
        QCOMPARE(panel.table()->item(0, 2)->text(), QString("7"));
        QCOMPARE(panel.table()->item(1, 2)->text(), QString("5"));
        const QString changes = panel.table()->item(0, 4)->text();
        QVERIFY2(changes.contains("added c2") && changes.contains("removed c1") && changes.contains("changed s1"),
                 qPrintable(changes));
        // The segment is then removed from the graph: its history stays on show.
        std::string renamed = kYounger;
        const std::string oldId = "\"id\": \"s1\"";
        renamed.replace(renamed.find(oldId), oldId.size(), "\"id\": \"s9\"");
        QVERIFY(document.loadText(renamed, f.dir, QString::fromStdString(f.file.string()), &errors));
        QVERIFY(!document.node("s1"));
        QCOMPARE(panel.segmentId(), QString("s1"));
        QCOMPARE(panel.table()->rowCount(), 2);
    }

    void enteredAndLeftBetweenTwoPickedRunsListedAndExported()
    {
        Fixture f;
        Document document;
        Selection selection;
        QStringList errors;
        QVERIFY(document.loadText(kYounger, f.dir, QString::fromStdString(f.file.string()), &errors));
        RunHistoryPanel panel(&document, &selection);
        panel.setData([&f] { return std::shared_ptr<const Dataset>(f.data); });
        panel.setWorkspace(QString::fromStdString(f.file.string()));
        selection.set({"s1"});
        panel.table()->selectRow(0);
        panel.table()->setSelectionMode(QAbstractItemView::MultiSelection);
        panel.table()->selectRow(1);
        RunDiffDialog* dialog = panel.openDiff();
        QVERIFY(dialog);
        QVERIFY(dialog->waitForIdle());
        QVERIFY2(dialog->lastError().isEmpty(), qPrintable(dialog->lastError()));

        // From run 1 (age >= 6) to run 2 (age <= 7).
        const auto entered = keysWhere([](int age) { return age <= 7 && !(age >= 6); });
        const auto left = keysWhere([](int age) { return age >= 6 && !(age <= 7); });
        QCOMPARE(dialog->enteredCount(), entered.size());
        QCOMPARE(dialog->leftCount(), left.size());
        QCOMPARE(asSet(dialog->listedKeys(true)), entered);
        QCOMPARE(asSet(dialog->listedKeys(false)), left);
        QVERIFY2(dialog->summaryText().contains("5 entered, 3 left"), qPrintable(dialog->summaryText()));
        // A few columns of the loaded data beside the key: k1's age is 1.
        QTableWidget* table = dialog->enteredTable();
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QString("age"));
        QCOMPARE(table->item(0, 0)->text(), QString("k1"));
        QCOMPARE(table->item(0, 1)->text(), QString("1"));

        QTemporaryDir out;
        QSignalSpy exported(dialog, &RunDiffDialog::exported);
        dialog->exportTo(out.path());
        QVERIFY(dialog->waitForIdle());
        QCOMPARE(exported.size(), 1);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        const auto [enteredHeader, enteredKeys] = readKeysCsv(out.filePath("s1-entered.csv"));
        const auto [leftHeader, leftKeys] = readKeysCsv(out.filePath("s1-left.csv"));
        QCOMPARE(enteredHeader, QString("customer_id"));
        QCOMPARE(enteredKeys, entered);
        QCOMPARE(leftHeader, QString("customer_id"));
        QCOMPARE(leftKeys, left);
        // Owner-only: the files list customers.
        const auto perms = fs::status(out.filePath("s1-entered.csv").toStdString()).permissions();
        QCOMPARE(perms & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
        dialog->close();
    }

    void enteredAndLeftBetweenARunAndNow()
    {
        Fixture f;
        // Now: age >= 3 on the workspace's data (rows 0..9 are ages 1..10).
        auto now = std::make_shared<Bitset>(10);
        for (int age = 3; age <= 10; ++age)
            now->set(size_t(age - 1));
        RunDiffDialog dialog(QString::fromStdString(f.file.string()), "s1", "Young", runHistory(f.file, "s1"), now,
                             f.data);
        dialog.compare(2, std::nullopt); // run 2 (age <= 7) to now
        QVERIFY(dialog.waitForIdle());
        const auto entered = keysWhere([](int age) { return age >= 3 && !(age <= 7); });
        const auto left = keysWhere([](int age) { return age <= 7 && !(age >= 3); });
        QCOMPARE(asSet(dialog.listedKeys(true)), entered);
        QCOMPARE(asSet(dialog.listedKeys(false)), left);
        QCOMPARE(dialog.enteredCount(), size_t(3));
        QCOMPARE(dialog.leftCount(), size_t(2));
    }

    void anUnknownRunSaysSo()
    {
        Fixture f;
        RunDiffDialog dialog(QString::fromStdString(f.file.string()), "s1", "Young", runHistory(f.file, "s1"), nullptr,
                             nullptr);
        dialog.compare(1, 99);
        QVERIFY(dialog.waitForIdle());
        QVERIFY2(dialog.lastError().contains("no run 99"), qPrintable(dialog.lastError()));
        QVERIFY(dialog.summaryText().contains("Cannot compare"));
    }
};

QTEST_MAIN(TestHistoryMonitoring)
#include "test_history_monitoring.moc"
