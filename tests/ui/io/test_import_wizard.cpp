// The import wizard driven through its public API and pages: a CSV with type overrides imports
// in the background, Finish makes exactly one undoable settings change, Cancel (during or after
// the import) keeps the previous data, events are matched to the imported customers, and a
// broken file is explained on the first page. Expected values are counted by hand from the CSVs.
#include "document/document.h"
#include "importing/import_report_view.h"
#include "importing/import_wizard.h"
#include "session/data_session.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QUrl>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace seg;
using namespace seg::ui;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const std::string& bytes)
{
    const QString path = dir.filePath(name);
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << bytes;
    return path;
}

// id 2 appears twice (the second row wins with keep_last); zip has a leading zero, dates are
// day.month.year, line 5 is ragged.
const char* const kCustomers = "id;zip;joined;spend\n"
                               "1;01234;31.01.2024;10.5\n"
                               "2;99999;01.02.2024;7\n"
                               "2;11111;05.03.2024;3\n"
                               "3;55555\n"
                               "4;22222;1.4.2024;\n";

bool runImport(ImportWizard& wizard)
{
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.startImport();
    if (!finished.wait(20000))
        return false;
    return finished.first().at(0).toBool();
}

std::shared_ptr<const Dataset> importDirectly(const QString& path, const DatasetSpec& spec)
{
    auto data = std::make_shared<Dataset>(loadDataset(spec, path.toStdString(), std::nullopt, std::nullopt));
    data->version = 777;
    return data;
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importWithOverridesIsOneUndoableSettingsChange()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "customers.csv", kCustomers);
        Document doc;
        DataSession session;
        ImportWizard wizard(ImportKind::Customers, &doc, &session, nullptr, path);
        QVERIFY2(wizard.preview(), qPrintable(wizard.previewError()));
        QCOMPARE(wizard.preview()->delimiter, ';');
        QCOMPARE(wizard.keyColumn(), QString("id")); // guessed from the name
        QCOMPARE(wizard.preview()->columns[1].inferred, DataType::Int);    // 01234, 99999 ...
        QCOMPARE(wizard.preview()->columns[2].inferred, DataType::String); // 31.01.2024 is no ISO date

        wizard.setColumnType("joined", "date:%d.%m.%Y");
        wizard.setColumnType("zip", "string"); // set second, listed first (file order)
        QVERIFY(wizard.choicesProblem().isEmpty());

        const int undoBefore = doc.undoStack()->count();
        QVERIFY(runImport(wizard));
        const ImportReport* report = wizard.report();
        QVERIFY(report);
        QCOMPARE(report->dataRows, size_t{5});
        QCOMPARE(report->rejected, size_t{1});
        QCOMPARE(report->rejects[0].line, size_t{5});
        QCOMPARE(report->duplicateKeys, size_t{1});
        QCOMPARE(report->rows, size_t{3}); // ids 1, 2 (last row), 4

        const auto data = session.dataset();
        QVERIFY(data);
        const Column* zip = data->customers.table.find("zip");
        QCOMPARE(zip->type(), DataType::String);
        QCOMPARE(QString::fromStdString(zip->textAt(0)), QString("01234"));
        QCOMPARE(QString::fromStdString(zip->textAt(1)), QString("11111"));
        const Column* joined = data->customers.table.find("joined");
        QCOMPARE(joined->type(), DataType::Date);
        QCOMPARE(QString::fromStdString(joined->textAt(2)), QString("2024-04-01"));
        QCOMPARE(doc.undoStack()->count(), undoBefore); // nothing recorded before Finish

        wizard.accept();
        QCOMPARE(doc.undoStack()->count(), undoBefore + 1);
        const DatasetSpec& spec = doc.graph().customers;
        QCOMPARE(QString::fromStdString(spec.path), path); // absolute: the project has no file yet
        QCOMPARE(spec.key, std::optional<std::string>("id"));
        QCOMPARE(spec.encoding, std::string("utf-8"));
        QVERIFY(!spec.delimiter); // detected again on every import
        const std::vector<std::pair<std::string, std::string>> expected{{"zip", "string"}, {"joined", "date:%d.%m.%Y"}};
        QVERIFY(spec.columnTypes == expected);
        QCOMPARE(spec.onDuplicateKey, DuplicateKeyPolicy::KeepLast);

        doc.undoStack()->undo();
        QVERIFY(doc.graph().customers.path.empty());
        doc.undoStack()->redo();
        QVERIFY(doc.graph().customers.columnTypes == expected);
    }

    void reportViewShowsCountsAndRejectedLines()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "customers.csv", kCustomers);
        Document doc;
        DataSession session;
        ImportWizard wizard(ImportKind::Customers, &doc, &session, nullptr, path);
        wizard.setDuplicatePolicy(DuplicateKeyPolicy::KeepFirst);
        QVERIFY(runImport(wizard));
        ImportReportView view;
        view.setReport(*wizard.report(), wizard.duplicatePolicy());
        QVERIFY(view.summaryText().contains("3 row(s) imported"));
        QVERIFY(view.summaryText().contains("1 row(s) repeated an ID"));
        QVERIFY(view.summaryText().contains("the first row of each ID was kept"));
        QCOMPARE(view.rejectsTable()->rowCount(), 1);
        QCOMPARE(view.rejectsTable()->item(0, 0)->text(), QString("5"));
        QCOMPARE(view.rejectsTable()->item(0, 2)->text(), QString("has 2 fields, expected 4"));
        // spend: 10.5, 7 (first row of id 2), NULL for id 4 -> one missing value.
        QCOMPARE(view.columnsTable()->item(3, 0)->text(), QString("spend"));
        QCOMPARE(view.columnsTable()->item(3, 2)->text(), QString("1"));
        QCOMPARE(QString::fromStdString(session.dataset()->customers.table.find("zip")->textAt(1)), QString("99999"));
    }

    void cancelKeepsThePreviousData()
    {
        QTemporaryDir dir;
        const QString small = writeFile(dir, "old.csv", "id,x\n1,a\n");
        std::string big = "id,name,score\n";
        for (int i = 0; i < 300000; ++i)
            big += std::to_string(i) + ",name " + std::to_string(i) + "," + std::to_string(i % 97) + ".5\n";
        const QString path = writeFile(dir, "big.csv", big);

        Document doc;
        DataSession session;
        DatasetSpec oldSpec;
        oldSpec.key = "id";
        const auto previous = importDirectly(small, oldSpec);
        session.setDataset(previous);

        // Cancelled while running: the wizard reports it, the old data stays.
        ImportWizard wizard(ImportKind::Customers, &doc, &session, nullptr, path);
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.startImport();
        QVERIFY(wizard.isImporting());
        wizard.cancelImport();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!wizard.importSucceeded());
        QCOMPARE(session.dataset(), previous);

        // Cancel (the wizard's button) after a successful import puts the old data back and
        // records nothing in the document.
        QVERIFY(runImport(wizard));
        QCOMPARE(session.dataset()->customers.rows(), size_t{300000});
        wizard.reject();
        QCOMPARE(session.dataset(), previous);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.graph().customers.path.empty());
    }

    void eventsAreMatchedToTheImportedCustomers()
    {
        QTemporaryDir dir;
        const QString customers = writeFile(dir, "customers.csv", "customer_id,name\n1,Ann\n2,Bob\n");
        const QString events = writeFile(dir, "events.csv", "event_type,customer_id,at,amount\n"
                                                            "purchase,1,2024-03-01,20\n"
                                                            "visit,2,2024-03-02 10:00,\n"
                                                            "purchase,9,2024-03-03,5\n"
                                                            "visit,1,,\n");
        Document doc;
        DataSession session;
        {
            ImportWizard first(ImportKind::Customers, &doc, &session, nullptr, customers);
            QVERIFY(runImport(first));
            first.accept();
        }
        ImportWizard wizard(ImportKind::Events, &doc, &session, nullptr, events);
        QCOMPARE(wizard.keyColumn(), QString("customer_id"));
        QCOMPARE(wizard.typeColumn(), QString("event_type"));
        // "at" mixes dates and timestamps, so nothing was guessed as the time column: the
        // wizard says so until the user gives the column a type.
        QVERIFY(wizard.timeColumn().isEmpty());
        QVERIFY(wizard.choicesProblem().contains("time"));
        wizard.setTimeColumn("at");
        QVERIFY(wizard.choicesProblem().contains("'at' does not hold dates"));
        wizard.setColumnType("at", "timestamp");
        QVERIFY(wizard.choicesProblem().isEmpty());

        QVERIFY(runImport(wizard));
        const ImportReport* report = wizard.report();
        QVERIFY(report && report->isEvents);
        QCOMPARE(report->unknownKeys, size_t{1}); // customer 9
        QCOMPARE(report->rejected, size_t{1});    // NULL time on line 5
        QCOMPARE(report->rejects[0].line, size_t{5});
        QCOMPARE(session.dataset()->events->rows(), size_t{2});
        wizard.accept();
        QCOMPARE(doc.undoStack()->count(), 2);
        QVERIFY(doc.graph().events);
        QCOMPARE(doc.graph().events->time, std::string("at"));
        QCOMPARE(doc.graph().events->type, std::string("event_type"));
    }

    void eventsNeedCustomersFirst()
    {
        QTemporaryDir dir;
        const QString events = writeFile(dir, "events.csv", "customer_id,ts\n1,2024-01-01\n");
        Document doc;
        DataSession session;
        ImportWizard wizard(ImportKind::Events, &doc, &session, nullptr, events);
        QVERIFY(wizard.choicesProblem().startsWith("Import customers first"));
    }

    void brokenFileIsExplainedOnTheFirstPage()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "dups.csv", "id,email,email\n1,a,b\n");
        Document doc;
        DataSession session;
        ImportWizard wizard(ImportKind::Customers, &doc, &session, nullptr, path);
        QVERIFY(!wizard.preview());
        QVERIFY(wizard.previewError().contains("dups.csv:1: duplicate column name 'email'"));
        QVERIFY(!wizard.currentPage() || !wizard.currentPage()->isComplete());
        wizard.setFilePath(dir.filePath("nothere.csv"));
        QVERIFY(wizard.previewError().contains("nothere.csv"));
    }

    void formatChoicesReReadThePreview()
    {
        QTemporaryDir dir;
        // Latin-1 bytes and a pipe delimiter that detection would take for a comma file.
        const QString path = writeFile(dir, "l.csv", "id,city|x\n1,M\xFCnchen|2\n");
        Document doc;
        DataSession session;
        ImportWizard wizard(ImportKind::Customers, &doc, &session, nullptr, path);
        QCOMPARE(wizard.preview()->encoding, std::string("latin-1"));
        QCOMPARE(wizard.preview()->columns.size(), size_t{2});
        wizard.setDelimiter('|');
        QCOMPARE(wizard.preview()->columns[0].name, std::string("id,city"));
        QCOMPARE(wizard.preview()->rows[0].cells[0].text, std::string("1,M\xC3\xBCnchen"));
        QCOMPARE(wizard.datasetSpec().delimiter, std::optional<char>('|'));
        QCOMPARE(wizard.datasetSpec().encoding, std::string("latin-1")); // detected, written down
        wizard.setNullMarkers({"2"});
        QVERIFY(wizard.preview()->rows[0].cells[1].null);
        QCOMPARE(wizard.datasetSpec().nullValues, std::vector<std::string>{"2"});
    }

    void columnsPageOffersTheFileColumnsAsKeys()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "customers.csv", kCustomers);
        Document doc;
        DataSession session;
        ImportWizard wizard(ImportKind::Customers, &doc, &session, nullptr, path);
        wizard.show();
        wizard.next();
        wizard.next(); // the columns page
        auto* key = wizard.currentPage()->findChild<QComboBox*>();
        QVERIFY(key);
        QCOMPARE(key->count(), 5); // "(none)" + 4 columns
        QCOMPARE(key->currentText(), QString("id"));
        key->setCurrentIndex(0);
        Q_EMIT key->activated(0);
        QVERIFY(wizard.keyColumn().isEmpty());
        QVERIFY(!wizard.datasetSpec().key);
        auto* table = wizard.currentPage()->findChild<QTableWidget*>();
        QCOMPARE(table->rowCount(), 4);
        auto* zipType = qobject_cast<QComboBox*>(table->cellWidget(1, 2));
        zipType->setCurrentIndex(zipType->findData("string"));
        Q_EMIT zipType->activated(zipType->currentIndex());
        QCOMPARE(wizard.columnType("zip"), QString("string"));
        QCOMPARE(table->item(1, 4)->text(), QString("Fits all sample values"));
        // joined (31.01.2024 ...) was recognised as dd.mm.yyyy: a date with that layout.
        auto* joinedType = qobject_cast<QComboBox*>(table->cellWidget(2, 2));
        auto* joinedFormat = qobject_cast<QComboBox*>(table->cellWidget(2, 3));
        QCOMPARE(joinedType->currentData().toString(), QString("date"));
        QCOMPARE(joinedFormat->currentData().toString(), QString("%d.%m.%Y"));
        QVERIFY(joinedFormat->currentText().startsWith("dd.mm.yyyy: 31.01.2024 = 31 Jan 2024"));
        QVERIFY(table->item(2, 4)->text().startsWith("Recognised as dd.mm.yyyy"));
        // ISO chosen instead: none of the four values fits.
        joinedFormat->setCurrentIndex(joinedFormat->findData(QString()));
        Q_EMIT joinedFormat->activated(joinedFormat->currentIndex());
        QCOMPARE(wizard.columnType("joined"), QString("date"));
        QVERIFY(table->item(2, 4)->text().startsWith("4 sample value(s) do not fit, e.g. '31.01.2024'"));
        if (qEnvironmentVariableIsSet("SEG_GRAB"))
            wizard.grab().save("/tmp/io_columns.png");
    }

    void ddMmYyyyColumnIsDetectedAsDate()
    {
        // Before: "2000 sample values do not fit" and the column guessed as Text.
        QTemporaryDir dir;
        std::string csv = "id,signup,spend\n";
        for (int i = 0; i < 2000; ++i) {
            char date[16];
            std::snprintf(date, sizeof date, "%02d-%02d-%d", i % 28 + 1, i % 12 + 1, 2020 + i % 4);
            csv += std::to_string(i) + "," + date + ",5\n";
        }
        const QString path = writeFile(dir, "customers.csv", csv);
        Document doc;
        DataSession session;
        ImportWizard wizard(ImportKind::Customers, &doc, &session, nullptr, path);
        QVERIFY(wizard.preview());
        QCOMPARE(wizard.columnType("signup"), QString("date:%d-%m-%Y"));
        QVERIFY(wizard.ambiguousDateColumns().isEmpty());
        QVERIFY(wizard.choicesProblem().isEmpty());
        wizard.show();
        wizard.next();
        wizard.next();
        auto* table = wizard.currentPage()->findChild<QTableWidget*>();
        QCOMPARE(table->item(1, 4)->text(), QString("Recognised as dd-mm-yyyy; all sample values fit"));
        auto* format = qobject_cast<QComboBox*>(table->cellWidget(1, 3));
        QVERIFY(format->currentText().startsWith("dd-mm-yyyy: 01-01-2020 = 1 Jan 2020"));

        QVERIFY(runImport(wizard));
        QCOMPARE(wizard.report()->rejected, size_t{0});
        const Column* signup = session.dataset()->customers.table.find("signup");
        QCOMPARE(signup->type(), DataType::Date);
        // i = 1999: day 1999 % 28 + 1 = 12, month 1999 % 12 + 1 = 8, year 2020 + 3.
        QCOMPARE(QString::fromStdString(signup->textAt(1999)), QString("2023-08-12"));
        wizard.accept();
        const std::vector<std::pair<std::string, std::string>> expected{{"signup", "date:%d-%m-%Y"}};
        QVERIFY(doc.graph().customers.columnTypes == expected); // the spec's override, as in a hand-written file
    }

    void eventTimesInADayFirstLayoutAreTheTimeColumn()
    {
        QTemporaryDir dir;
        const QString customers = writeFile(dir, "customers.csv", "customer_id,name\n1,Ann\n2,Bob\n");
        const QString events = writeFile(dir, "events.csv", "customer_id,event_type,when\n"
                                                            "1,purchase,31.01.2024 09:15\n"
                                                            "2,visit,01.02.2024 18:00\n"
                                                            "1,visit,13.02.2024 07:30\n");
        Document doc;
        DataSession session;
        {
            ImportWizard first(ImportKind::Customers, &doc, &session, nullptr, customers);
            QVERIFY(runImport(first));
            first.accept();
        }
        ImportWizard wizard(ImportKind::Events, &doc, &session, nullptr, events);
        QCOMPARE(wizard.columnType("when"), QString("timestamp:%d.%m.%Y %H:%M"));
        QCOMPARE(wizard.timeColumn(), QString("when")); // guessed: it holds times now
        QVERIFY(wizard.choicesProblem().isEmpty());
        QVERIFY(runImport(wizard));
        QCOMPARE(wizard.report()->rejected, size_t{0});
        const EventTable& ev = *session.dataset()->events;
        const Column& when = ev.table.columns[static_cast<size_t>(ev.timeColumn)];
        QCOMPARE(when.type(), DataType::Timestamp);
        QStringList times; // events are stored by customer, then time
        for (size_t r = 0; r < when.size(); ++r)
            times << QString::fromStdString(when.textAt(r));
        QCOMPARE(times, (QStringList{"2024-01-31 09:15:00", "2024-02-13 07:30:00", "2024-02-01 18:00:00"}));
    }

    void ambiguousDayMonthOrderIsAsked()
    {
        QTemporaryDir dir;
        // Every day is at most 12: 03/04/2024 is 3 April or March 4.
        const QString path = writeFile(dir, "c.csv", "id,joined\n1,03/04/2024\n2,12/01/2024\n3,05/06/2023\n");
        Document doc;
        DataSession session;
        ImportWizard wizard(ImportKind::Customers, &doc, &session, nullptr, path);
        QCOMPARE(wizard.ambiguousDateColumns(), QStringList{"joined"});
        QVERIFY(wizard.columnType("joined").isEmpty());
        QVERIFY(wizard.choicesProblem().contains("'joined' holds dates such as 03/04/2024"));
        wizard.show();
        wizard.next();
        wizard.next();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto* table = wizard.currentPage()->findChild<QTableWidget*>();
        QVERIFY(table->item(1, 4)->text().contains("day first or month first"));
        // Both orders are offered, each with the first value read its way.
        auto* type = qobject_cast<QComboBox*>(table->cellWidget(1, 2));
        type->setCurrentIndex(type->findData("date"));
        Q_EMIT type->activated(type->currentIndex());
        auto* format = qobject_cast<QComboBox*>(table->cellWidget(1, 3));
        QVERIFY(format->itemText(format->findData("%d/%m/%Y")).endsWith("03/04/2024 = 3 Apr 2024"));
        QVERIFY(format->itemText(format->findData("%m/%d/%Y")).endsWith("03/04/2024 = 4 Mar 2024"));
        format->setCurrentIndex(format->findData("%m/%d/%Y"));
        Q_EMIT format->activated(format->currentIndex());
        QCOMPARE(wizard.columnType("joined"), QString("date:%m/%d/%Y"));
        QVERIFY(wizard.choicesProblem().isEmpty());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void nextFollowsTypedPath()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "typed.csv", "id,x\n1,a\n");
        Document doc;
        DataSession session;
        ImportWizard wizard(ImportKind::Customers, &doc, &session);
        wizard.show();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto* edit = wizard.currentPage()->findChild<QLineEdit*>();
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, path); // typed, no Tab, no Enter
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.filePath(), path);
        QVERIFY(wizard.preview());
        QCOMPARE(wizard.currentId(), 1);
        // A typo disables Next again while typing.
        wizard.back();
        QTest::keyClicks(edit, "x");
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }

    void datasetPathsAreSavedRelative()
    {
        // project/campaign.segment.json with its data beside, below and next to the folder.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("project/in"));
        QVERIFY(QDir(dir.path()).mkpath("data"));
        const QString outside = writeFile(dir, "data/customers.csv", "customer_id,x\n1,a\n");
        const QString below = writeFile(dir, "project/in/events.csv", "customer_id,at,event_type\n1,2024-01-01,buy\n");
        Document doc;
        const QString project = dir.filePath("project/campaign.segment.json");
        QVERIFY(doc.save(project, nullptr));
        DataSession session;
        {
            ImportWizard wizard(ImportKind::Customers, &doc, &session, nullptr, outside);
            QCOMPARE(QString::fromStdString(wizard.datasetSpec().path), QString("../data/customers.csv"));
            QVERIFY(runImport(wizard));
            wizard.accept();
        }
        {
            ImportWizard wizard(ImportKind::Events, &doc, &session, nullptr, below);
            QVERIFY(runImport(wizard));
            wizard.accept();
        }
        QVERIFY(doc.save(project, nullptr));
        QFile saved(project);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray json = saved.readAll();
        QVERIFY2(json.contains("\"path\": \"../data/customers.csv\""), json.constData());
        QVERIFY(json.contains("\"path\": \"in/events.csv\""));
        // Saved elsewhere, the paths are rebased, still relative.
        QVERIFY(QDir(dir.path()).mkpath("other/deeper"));
        QVERIFY(doc.save(dir.filePath("other/deeper/copy.segment.json"), nullptr));
        QCOMPARE(QString::fromStdString(doc.graph().customers.path), QString("../../data/customers.csv"));
        QCOMPARE(QString::fromStdString(doc.graph().events->path), QString("../../project/in/events.csv"));
        QCOMPARE(QDir::cleanPath(doc.datasetPath(doc.graph().customers.path)), QFileInfo(outside).absoluteFilePath());
    }

    void finishThroughThePages()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "customers.csv", kCustomers);
        Document doc;
        DataSession session;
        ImportWizard wizard(ImportKind::Customers, &doc, &session, nullptr, path);
        wizard.show();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        wizard.next();
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next(); // the last page starts the import
        QVERIFY(finished.wait(20000));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QString("Import customers"));
        QCOMPARE(session.dataset()->customers.rows(), size_t{3});
    }

    void dropsOfCsvFilesAreRecognised()
    {
        QMimeData mime;
        QVERIFY(droppedCsvPath(&mime).isEmpty());
        mime.setUrls({QUrl::fromLocalFile("/data/notes.pdf"), QUrl::fromLocalFile("/data/Customers.CSV"),
                      QUrl::fromLocalFile("/data/b.csv")});
        QCOMPARE(droppedCsvPath(&mime), QString("/data/Customers.CSV"));
        mime.setUrls({QUrl("https://example.com/a.csv")});
        QVERIFY(droppedCsvPath(&mime).isEmpty());
    }

    void grabPagesForReview() // throwaway: SEG_GRAB=1 saves each page as a PNG
    {
        if (!qEnvironmentVariableIsSet("SEG_GRAB"))
            QSKIP("only with SEG_GRAB");
        QTemporaryDir dir;
        const QString path = writeFile(dir, "customers.csv", kCustomers);
        Document doc;
        DataSession session;
        ImportWizard wizard(ImportKind::Customers, &doc, &session, nullptr, path);
        wizard.resize(900, 640);
        wizard.show();
        for (int page = 0; page < 4; ++page) {
            if (page == 3) {
                QSignalSpy finished(&wizard, &ImportWizard::importFinished);
                wizard.next();
                QVERIFY(finished.wait(20000));
            }
            QTest::qWait(50);
            wizard.grab().save(QString("/tmp/io_page%1.png").arg(page));
            if (page < 2)
                wizard.next();
        }
    }
};

QTEST_MAIN(TestImportWizard)
#include "test_import_wizard.moc"
