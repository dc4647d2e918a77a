// Overlap matrix of member sets: hand-worked counts and Jaccard indices.
#include "exec/overlap.h"

#include <QtTest>

using namespace seg;

namespace {
Bitset fromMembers(size_t size, std::initializer_list<size_t> members)
{
    Bitset b(size);
    for (size_t m : members)
        b.set(m);
    return b;
}
} // namespace

class TestOverlap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void smallSetsByHand()
    {
        // A = {0,1,2,70}, B = {1,2,3,70,99}, C = {} over 100 rows (crosses a word boundary).
        const Bitset a = fromMembers(100, {0, 1, 2, 70});
        const Bitset b = fromMembers(100, {1, 2, 3, 70, 99});
        const Bitset c(100);
        const auto m = overlapCounts({&a, &b, &c});
        QCOMPARE(m.size(), size_t{3});
        QCOMPARE(m[0][0], size_t{4});
        QCOMPARE(m[1][1], size_t{5});
        QCOMPARE(m[2][2], size_t{0});
        QCOMPARE(m[0][1], size_t{3}); // 1, 2, 70
        QCOMPARE(m[1][0], size_t{3});
        QCOMPARE(m[0][2], size_t{0});
        QCOMPARE(jaccardIndex(m[0][1], m[0][0], m[1][1]), 3.0 / 6.0); // union {0,1,2,3,70,99}
        QCOMPARE(jaccardIndex(0, 0, 0), 0.0);
    }

    void largeSetsTakeTheParallelPathAndAgree()
    {
        // Every 3rd row vs every 5th row over 3 million rows: |A ∩ B| = every 15th row.
        const size_t n = 3'000'000;
        Bitset a(n), b(n);
        for (size_t i = 0; i < n; i += 3)
            a.set(i);
        for (size_t i = 0; i < n; i += 5)
            b.set(i);
        const auto m = overlapCounts({&a, &b, &a});
        QCOMPARE(m[0][1], size_t{200'000});
        QCOMPARE(m[0][2], size_t{1'000'000});
        QCOMPARE(m[1][1], size_t{600'000});
    }

    void differentSizesAreRefused()
    {
        const Bitset a(10), b(11);
        QVERIFY_THROWS_EXCEPTION(std::exception, overlapCounts({&a, &b}));
    }
};

QTEST_GUILESS_MAIN(TestOverlap)
#include "test_overlap.moc"
