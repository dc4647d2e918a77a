// Calendar arithmetic and ISO parsing that every date condition relies on.
#include "data/bitset.h"
#include "data/column.h"
#include "data/types.h"

#include <QtTest>

using namespace seg;

class TestTypes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void civilRoundTrip()
    {
        QCOMPARE(daysFromCivil(1970, 1, 1), 0);
        QCOMPARE(daysFromCivil(2000, 3, 1), 11017); // 30 years + 7 leap days + Jan + Feb 2000
        QCOMPARE(daysFromCivil(1969, 12, 31), -1);
        for (int32_t d = -800000; d < 800000; d += 997) {
            int y; unsigned m, dd;
            civilFromDays(d, y, m, dd);
            QCOMPARE(daysFromCivil(y, m, dd), d);
        }
    }
    void isoDate()
    {
        QCOMPARE(parseIsoDate("2024-02-29").value(), daysFromCivil(2024, 2, 29));
        QVERIFY(!parseIsoDate("2023-02-29"));
        QVERIFY(!parseIsoDate("2024-2-01"));
        QVERIFY(!parseIsoDate("2024-01-01x"));
        QCOMPARE(formatDate(daysFromCivil(1999, 12, 31)), std::string("1999-12-31"));
    }
    void isoTimestamp()
    {
        const int64_t day = daysFromCivil(2024, 12, 31) * kMicrosPerDay;
        QCOMPARE(parseIsoTimestamp("2024-12-31 23:59").value(), day + (23 * 3600 + 59 * 60) * kMicrosPerSecond);
        QCOMPARE(parseIsoTimestamp("2024-12-31T00:00:01.5Z").value(), day + kMicrosPerSecond + 500000);
        QVERIFY(!parseIsoTimestamp("2024-12-31"));
        QVERIFY(!parseIsoTimestamp("2024-12-31 24:00"));
        QCOMPARE(dayOfTimestamp(-1), -1);
        QCOMPARE(formatTimestamp(day + 61 * kMicrosPerSecond), std::string("2024-12-31 00:01:01"));
    }
    void customFormats()
    {
        QCOMPARE(parseDateWithFormat("5-1-2024", "%d-%m-%Y").value(), daysFromCivil(2024, 1, 5));
        QVERIFY(!parseDateWithFormat("05/01/2024", "%d-%m-%Y"));
        QCOMPARE(parseTimestampWithFormat("12/31/2024 7:05", "%m/%d/%Y %H:%M").value(),
                 daysFromCivil(2024, 12, 31) * kMicrosPerDay + (7 * 3600 + 5 * 60) * kMicrosPerSecond);
    }
    void numbers()
    {
        QCOMPARE(parseInt64("+42").value(), int64_t{42});
        QVERIFY(!parseInt64("4.2"));
        QVERIFY(!parseInt64("99999999999999999999"));
        QCOMPARE(parseDouble("1e3").value(), 1000.0);
        QVERIFY(!parseDouble("inf"));
        QVERIFY(!parseDouble("nan"));
        QCOMPARE(parseBool("TRUE").value(), true);
        QVERIFY(!parseBool("yes"));
        QCOMPARE(formatDouble(0.1), std::string("0.1"));
    }
    void bitsetOps()
    {
        Bitset a(130), b(130);
        for (size_t i = 0; i < 130; i += 3) a.set(i);
        for (size_t i = 0; i < 130; i += 2) b.set(i);
        Bitset both = a; both &= b;
        QCOMPARE(both.count(), size_t{22}); // multiples of 6 below 130: 0..126
        Bitset comp = a; comp.flip();
        QCOMPARE(comp.count(), size_t{130 - 44});
        Bitset grown; for (int i = 0; i < 70; ++i) grown.pushBack(i % 7 == 0);
        QCOMPARE(grown.count(), size_t{10});
        QCOMPARE(grown.size(), size_t{70});
    }
    void columnDictionary()
    {
        Column c("city", DataType::String);
        c.appendString("Paris"); c.appendNull(); c.appendString("Oslo"); c.appendString("Paris");
        QCOMPARE(c.dict().size(), size_t{2});
        QCOMPARE(c.nullCount(), size_t{1});
        QCOMPARE(c.textAt(3), std::string("Paris"));
        QCOMPARE(c.textAt(1), std::string());
    }
};

QTEST_GUILESS_MAIN(TestTypes)
#include "test_types.moc"
