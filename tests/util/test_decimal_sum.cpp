// Behavior sums and averages must be decimal-exact and independent of event order.
#include "util/decimal_sum.h"

#include <QtTest>

#include <algorithm>
#include <vector>

using namespace seg;

namespace {
double sumOf(std::vector<double> values)
{
    DecimalSum s;
    for (double v : values)
        s.add(v);
    return s.value();
}
} // namespace

class TestDecimalSum : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void specExample() { QCOMPARE(sumOf({150.10, 49.90}), 200.0); }

    void moneyInEveryOrder()
    {
        // Seven purchases adding up to exactly 412.03 (the oracle test's customer c712).
        std::vector<double> v{67.22, 26.17, 1.00, 0.30, 49.90, 267.24, 0.20};
        std::sort(v.begin(), v.end());
        do {
            QCOMPARE(sumOf(v), 412.03);
        } while (std::next_permutation(v.begin(), v.end()));
    }

    void mixedScalesAndSigns()
    {
        QCOMPARE(sumOf({1.5, 0.25, 3, -0.75}), 4.0);
        QCOMPARE(sumOf({0.1, 0.2}), 0.3); // binary addition gives 0.30000000000000004
        QCOMPARE(sumOf({}), 0.0);
        QCOMPARE(sumOf({1e-9, 2e-9}), 3e-9);
    }

    void meanIsRoundedOnce()
    {
        DecimalSum s;
        s.add(0.1);
        s.add(0.2);
        QCOMPARE(s.mean(2), 0.15);
        DecimalSum t;
        for (int i = 0; i < 3; ++i)
            t.add(3.3333333333333335); // the mean of three equal values is that value
        QCOMPARE(t.mean(3), 3.3333333333333335);
        DecimalSum u;
        u.add(10);
        QCOMPARE(u.mean(3), 10.0 / 3.0);
    }

    void hugeValuesFallBackToExactBinary()
    {
        QCOMPARE(sumOf({1e300, 1.0, -1e300}), 1.0);
        QCOMPARE(sumOf({1e-300, 1e-300}), 2e-300);
    }
};

QTEST_GUILESS_MAIN(TestDecimalSum)
#include "test_decimal_sum.moc"
