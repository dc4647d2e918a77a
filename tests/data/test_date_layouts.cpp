// Date and timestamp layouts beyond ISO (import wizard, `describe`): which layouts a column's
// values fit, when the day/month order is ambiguous, and that the override the detection
// proposes imports the values as the days they name (counted by hand).
#include "data/import_preview.h"
#include "import_test_util.h"

#include <QtTest>

using namespace seg;
using seg::test::Fixtures;

namespace {

DateLayoutGuess guessOf(std::initializer_list<std::string_view> values)
{
    DateLayoutDetector detector;
    for (auto v : values)
        detector.add(v);
    return detector.guess();
}

std::string firstFormat(const DateLayoutGuess& g) { return g.found() ? g.layouts.front()->format : "<none>"; }

} // namespace

class TestDateLayouts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ddMmYyyyColumnIsDetectedAsDate()
    {
        // 2000 rows of dd-mm-yyyy: the preview's sample. The ISO inference calls the column
        // text; the layout detection finds dd-mm-yyyy, unambiguously (days up to 28).
        Fixtures files;
        std::string csv = "id,signup\n";
        for (int i = 0; i < 2000; ++i) {
            char date[16];
            std::snprintf(date, sizeof date, "%02d-%02d-%d", i % 28 + 1, i % 12 + 1, 2020 + i % 4);
            csv += std::to_string(i) + "," + date + "\n";
        }
        const auto path = files.write("c.csv", csv);
        const ImportPreview preview = previewImport(path, PreviewOptions{});
        QCOMPARE(preview.columns[1].inferred, DataType::String);
        const DateLayoutGuess guess = sampleDateLayout(preview, 1);
        QVERIFY(guess.found());
        QVERIFY(!guess.ambiguous());
        QCOMPARE(typeSpecText(guess.spec()), std::string("date:%d-%m-%Y"));
        QCOMPARE(guess.layouts.front()->pattern, std::string("dd-mm-yyyy"));
        QCOMPARE(checkSampleFit(preview, 1, guess.spec()).mismatches, size_t{0});
        // The proposed override imports every row; the last one, i=1999: day 1999%28+1 = 11+1 = 12, month 1999%12+1 = 7+1 = 8, year 2020+3 = 2023.
        ImportOptions options;
        options.spec.key = "id";
        options.spec.columnTypes = {{"signup", typeSpecText(guess.spec())}};
        ImportReport report;
        const CustomerTable table = importCustomers(path, options, report);
        QCOMPARE(report.rejected, size_t{0});
        const Column* signup = table.table.find("signup");
        QCOMPARE(signup->type(), DataType::Date);
        QCOMPARE(signup->textAt(1999), std::string("2023-08-12"));
        // An int or ISO column is not a "layout" column.
        QVERIFY(!sampleDateLayout(preview, 0).found());
    }

    void eachKnownLayoutIsRecognised()
    {
        QCOMPARE(firstFormat(guessOf({"31-12-2024", "01-02-2024"})), std::string("%d-%m-%Y"));
        QCOMPARE(firstFormat(guessOf({"12/31/2024", "2/1/2024"})), std::string("%m/%d/%Y"));
        QCOMPARE(firstFormat(guessOf({"31/12/2024"})), std::string("%d/%m/%Y"));
        QCOMPARE(firstFormat(guessOf({"31.12.2024", "1.2.2024"})), std::string("%d.%m.%Y"));
        QCOMPARE(firstFormat(guessOf({"2024/12/31"})), std::string("%Y/%m/%d"));
        QCOMPARE(firstFormat(guessOf({"31.12.2024 14:30"})), std::string("%d.%m.%Y %H:%M"));
        QCOMPARE(firstFormat(guessOf({"12/31/2024 14:30:05"})), std::string("%m/%d/%Y %H:%M:%S"));
        QCOMPARE(guessOf({"31.12.2024 14:30"}).layouts.front()->type, DataType::Timestamp);
        QCOMPARE(guessOf({"2024/12/31"}).layouts.front()->type, DataType::Date);
        // Mixed layouts, ISO, invalid days and plain text fit none.
        QVERIFY(!guessOf({"31.12.2024", "2024-12-31"}).found());
        QVERIFY(!guessOf({"2024-12-31"}).found());
        QVERIFY(!guessOf({"31.02.2024"}).found());
        QVERIFY(!guessOf({"Berlin"}).found());
        QVERIFY(!guessOf({}).found());
    }

    void dayMonthOrderIsAmbiguousOnlyWhenEveryDayIsAtMostTwelve()
    {
        const DateLayoutGuess both = guessOf({"03/04/2024", "12/01/2024", "05/05/2024"});
        QVERIFY(both.ambiguous());
        QCOMPARE(both.layouts.size(), size_t{2});
        QCOMPARE(both.layouts[0]->format, std::string("%d/%m/%Y"));
        QCOMPARE(both.layouts[1]->format, std::string("%m/%d/%Y"));
        // One value with a day above 12 settles it, either way round.
        QCOMPARE(firstFormat(guessOf({"03/04/2024", "13/04/2024"})), std::string("%d/%m/%Y"));
        QVERIFY(!guessOf({"03/04/2024", "13/04/2024"}).ambiguous());
        QCOMPARE(firstFormat(guessOf({"03/04/2024", "04/13/2024"})), std::string("%m/%d/%Y"));
        // Dots are written day first only; the dash order can be either.
        QVERIFY(!guessOf({"03.04.2024"}).ambiguous());
        QVERIFY(guessOf({"03-04-2024"}).ambiguous());
    }
};

QTEST_MAIN(TestDateLayouts)
#include "test_date_layouts.moc"
