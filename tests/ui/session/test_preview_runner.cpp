// The session: background import into the DataSession and live preview runs after edits,
// against hand-counted data.
#include "document/document.h"
#include "exec/result_cache.h"
#include "session/data_session.h"
#include "session/preview_runner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

namespace {

// 6 customers; spend > 100: ids 2, 4, 5 (3 members); country = 'DE': ids 1, 2, 6.
const char* kCustomers =
    "id,spend,country\n"
    "1,50,DE\n"
    "2,150,DE\n"
    "3,,FR\n"
    "4,101,FR\n"
    "5,300.5,US\n"
    "6,100,DE\n";

QString writeFile(const QTemporaryDir& dir, const QString& name, const char* text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return f.fileName();
}

void importInto(DataSession& session, const QString& path)
{
    QSignalSpy finished(&session, &DataSession::importFinished);
    ImportRequest request;
    request.customers.path = path.toStdString();
    request.customers.key = "id";
    request.customersPath = path;
    session.startImport(request);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
}

Node condition(const Document& d, const char* id, const char* field, CompareOp op, Json value)
{
    Node n = *d.node(id);
    n.condition.field = field;
    n.condition.cmp.op = op;
    n.condition.cmp.value = std::move(value);
    return n;
}

} // namespace

class TestPreviewRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importRunsInTheBackgroundAndKeepsOldDataOnFailure()
    {
        QTemporaryDir dir;
        DataSession session;
        importInto(session, writeFile(dir, "c.csv", kCustomers));
        QVERIFY(session.dataset());
        QCOMPARE(session.dataset()->customers.rows(), size_t{6});
        const auto before = session.dataset();

        QSignalSpy finished(&session, &DataSession::importFinished);
        ImportRequest missing;
        missing.customers.key = "id";
        missing.customersPath = dir.filePath("nope.csv");
        session.startImport(missing);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains("nope.csv"), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(session.dataset(), before); // the failed import lost nothing
    }

    void editsRerunAndInvalidNodesAreLeftOut()
    {
        QTemporaryDir dir;
        Document doc;
        DataSession session;
        PreviewRunner runner(&doc, &session);
        importInto(session, writeFile(dir, "c.csv", kCustomers));

        doc.addNode(NodeType::Condition, {}); // c1: no field yet -> invalid
        doc.addNode(NodeType::Condition, {}); // c2
        doc.changeNode(condition(doc, "c2", "country", CompareOp::Eq, "DE"));
        doc.addNode(NodeType::Segment, {});   // s1 on c1 (waits)
        doc.addNode(NodeType::Segment, {});   // s2 on c2
        QString error;
        QVERIFY(doc.connectNodes("c1", "s1", &error));
        QVERIFY(doc.connectNodes("c2", "s2", &error));

        QSignalSpy finished(&runner, &PreviewRunner::runFinished);
        QVERIFY(runner.waitForIdle());
        auto result = runner.lastResult();
        QVERIFY(result && result->run);
        QVERIFY(result->invalid.count("c1"));
        QVERIFY2(QString::fromStdString(result->invalid.at("s1")).contains("c1"), result->invalid.at("s1").c_str());
        QCOMPARE(result->run->node("c2")->size, std::optional<size_t>(3));
        QCOMPARE(result->run->node("s2")->size, std::optional<size_t>(3));
        QVERIFY(!runner.isStale("c2"));

        // Fix c1: spend > 100 -> ids 2, 4, 5; NULL spend (id 3) is no member.
        doc.changeNode(condition(doc, "c1", "spend", CompareOp::Gt, 100));
        QVERIFY(runner.isStale("c1"));
        QVERIFY(runner.waitForIdle());
        result = runner.lastResult();
        QVERIFY(result->invalid.empty());
        QCOMPARE(result->run->node("s1")->size, std::optional<size_t>(3));
        QVERIFY(!runner.isStale("c1"));
        QVERIFY(result->run->node("c2")->cached); // unchanged node came from the cache

        // Undo restores the invalid state and the counts follow.
        doc.undoStack()->undo();
        QVERIFY(runner.waitForIdle());
        QVERIFY(runner.lastResult()->invalid.count("s1"));
        QVERIFY(finished.count() >= 3);
    }

    // Issue 12 "large data stays live": an edit after a quiet moment starts its run at the next
    // turn of the event loop, not after the debounce delay; edits right after it are batched.
    void editAfterAPauseRunsWithoutWaitingForTheDebounce()
    {
        QTemporaryDir dir;
        Document doc;
        DataSession session;
        PreviewRunner runner(&doc, &session);
        importInto(session, writeFile(dir, "c.csv", kCustomers));
        doc.addNode(NodeType::Condition, {});
        doc.changeNode(condition(doc, "c1", "spend", CompareOp::Gt, 100));
        QVERIFY(runner.waitForIdle());
        QTest::qWait(200); // quiet for longer than the debounce window

        QSignalSpy started(&runner, &PreviewRunner::runStarted);
        doc.changeNode(condition(doc, "c1", "spend", CompareOp::Gt, 200));
        QCOMPARE(started.count(), 0); // not inside the edit itself: the command may still be emitting
        QCoreApplication::processEvents(); // one turn of the event loop, no waiting
        QCOMPARE(started.count(), 1);

        // A second edit while that run is young is batched behind the debounce delay.
        doc.changeNode(condition(doc, "c1", "spend", CompareOp::Gt, 250));
        QCoreApplication::processEvents();
        QCOMPARE(started.count(), 1);
        QVERIFY(runner.waitForIdle());
        QCOMPARE(runner.lastResult()->run->node("c1")->size, std::optional<size_t>(1)); // only id 5 (300.5)
    }

    void noDataIsAGraphError()
    {
        const PreviewResult r = runPreview(Graph{}, nullptr, Strategy::Auto, 1, nullptr, nullptr);
        QVERIFY(!r.run);
        QVERIFY(r.graphErrors.join(" ").contains("Import customers"));
    }
};

QTEST_GUILESS_MAIN(TestPreviewRunner)
#include "test_preview_runner.moc"
