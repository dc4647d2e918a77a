// Export > SQL and Run on SQL Engine: the SQL shown for a small graph, hostile values escaped,
// passwords kept out of saved settings, and a real run on an SQLite file (loaded from the
// data in the session) whose sizes equal hand counts.
#include "document/document.h"
#include "engine/engine_url.h"
#include "engine/run_on_engine_dialog.h"
#include "engine/sql_export_dialog.h"
#include "session/data_session.h"

#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

namespace {

// 5 customers; name = "O'Brien": ids 2 and 5.
const char* kCustomers = "id,name,spend\n1,Ann,10\n2,O'Brien,20\n3,Bo,\n4,Cy,40\n5,O'Brien,50\n";

void loadData(DataSession& session, const QTemporaryDir& dir)
{
    QFile f(dir.filePath("c.csv"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kCustomers);
    f.close();
    ImportRequest r;
    r.customers.path = f.fileName().toStdString();
    r.customers.key = "id";
    r.customersPath = f.fileName();
    QSignalSpy done(&session, &DataSession::importFinished);
    session.startImport(r);
    QVERIFY(done.wait(20000));
}

// c1: name = "O'Brien" -> segment s1, on customers keyed by id.
void buildGraph(Document& d)
{
    GraphSettings settings = GraphSettings::of(d.graph());
    settings.customers.path = "c.csv";
    settings.customers.key = "id";
    d.changeSettings(settings, "Import customers");
    d.addNode(NodeType::Condition, {});
    d.addNode(NodeType::Segment, {});
    Node c = *d.node("c1");
    c.condition.field = "name";
    c.condition.cmp.op = CompareOp::Eq;
    c.condition.cmp.value = "O'Brien";
    d.changeNode(c);
    QString error;
    QVERIFY(d.connectNodes("c1", "s1", &error));
}

} // namespace

class TestEngineDialogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void passwordGoesIntoTheConnectionUrlOnly()
    {
        QCOMPARE(urlWithPassword("postgres://ann@127.0.0.1:5432/db?table=c", "p@ss:w/rd"),
                 QString("postgres://ann:p%40ss%3Aw%2Frd@127.0.0.1:5432/db?table=c"));
        QCOMPARE(urlWithPassword("postgres://127.0.0.1/db", "x"), QString("postgres://127.0.0.1/db")); // no user
        QCOMPARE(urlWithPassword("sqlite:/tmp/a.db", "x"), QString("sqlite:/tmp/a.db"));
        QCOMPARE(urlWithPassword("postgres://ann:old@h/db", "new"), QString("postgres://ann:new@h/db"));
    }

    void sqlShowsNodesAndEscapesValues()
    {
        QTemporaryDir dir;
        Document doc;
        DataSession session;
        SqlExportDialog noData(&doc, &session);
        QVERIFY(noData.sql().isEmpty());
        QVERIFY(noData.problem().contains("Import the customers"));

        loadData(session, dir);
        buildGraph(doc);
        SqlExportDialog dialog(&doc, &session);
        dialog.setDialect("sqlite");
        const QString sql = dialog.sql();
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY2(sql.contains("\"c1\""), qPrintable(sql));
        QVERIFY2(sql.contains("'O''Brien'"), qPrintable(sql)); // the quote is doubled, never raw
        QVERIFY(!sql.contains("'O'Brien'"));
        dialog.setDialect("postgres");
        QVERIFY(dialog.sql().contains("'O''Brien'"));
    }

    void runOnSqliteMatchesHandCount()
    {
        QTemporaryDir dir;
        Document doc;
        DataSession session;
        loadData(session, dir);
        buildGraph(doc);
        RunOnEngineDialog dialog(&doc, &session);
        const QString url = "sqlite:" + dir.filePath("shop.db");
        dialog.setUrl(url);
        dialog.setPassword("secret");
        dialog.setLoadFirst(true);
        QSignalSpy finished(&dialog, &RunOnEngineDialog::finished);
        dialog.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(dialog.result());
        QCOMPARE(dialog.result()->node("s1")->size, std::optional<size_t>(2));
        QCOMPARE(QSettings().value("engine/url").toString(), url); // saved, and holds no password
        QVERIFY(!QSettings().value("engine/url").toString().contains("secret"));

        // A second run without loading uses the tables already in the file.
        RunOnEngineDialog again(&doc, &session);
        QCOMPARE(again.findChild<QLineEdit*>()->text(), url); // remembered
        QSignalSpy finished2(&again, &RunOnEngineDialog::finished);
        again.start();
        QVERIFY(finished2.wait(30000));
        QCOMPARE(again.result()->node("s1")->size, std::optional<size_t>(2));

        // A bad URL is reported, not crashed on.
        RunOnEngineDialog bad(&doc, &session);
        bad.setUrl("nosuchengine://x");
        QSignalSpy finished3(&bad, &RunOnEngineDialog::finished);
        bad.start();
        QVERIFY(finished3.wait(30000));
        QCOMPARE(finished3.first().at(0).toBool(), false);
        QVERIFY(!bad.message().isEmpty());
    }
};

QTEST_MAIN(TestEngineDialogs)
#include "test_engine_dialogs.moc"
