// Reused node-output bitsets (exec/buffer_pool::takeBitset): a set handed out again after a
// run filled it must read all clear at its new size, tail bits included; storage comes back
// when the last user lets go and is reused by capacity; the pool stays bounded.
#include "exec/buffer_pool.h"

#include <QtTest/QtTest>

#include <vector>

using namespace seg;

class TestBufferPool : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reusedSetsAreAllClear()
    {
        const size_t rows = 64 * 5000 + 7; // above the pool's minimum, a partial last word
        const uint64_t* first = nullptr;
        {
            auto a = buffer_pool::takeBitset(rows);
            first = a->words();
            for (size_t w = 0; w < a->wordCount(); ++w)
                a->words()[w] = ~uint64_t{0}; // as a full scan would leave it, past the tail too
        }
        const size_t held = buffer_pool::heldBitsets();
        QVERIFY(held >= 1);
        auto b = buffer_pool::takeBitset(rows - 100); // smaller: fits the returned storage
        QCOMPARE(buffer_pool::heldBitsets(), held - 1);
        QCOMPARE(b->words(), first); // the same storage, so no fresh pages
        QCOMPARE(b->size(), rows - 100);
        QCOMPARE(b->wordCount(), (rows - 100 + 63) / 64);
        QCOMPARE(b->count(), size_t{0});
        b->set(rows - 101);
        QCOMPARE(b->count(), size_t{1});
    }

    void smallSetsAreNotPooled()
    {
        const size_t held = buffer_pool::heldBitsets();
        {
            auto a = buffer_pool::takeBitset(100);
            a->set(99);
            QCOMPARE(a->count(), size_t{1});
        }
        QCOMPARE(buffer_pool::heldBitsets(), held);
    }

    void poolIsBounded()
    {
        std::vector<std::shared_ptr<Bitset>> sets;
        for (int i = 0; i < 300; ++i)
            sets.push_back(buffer_pool::takeBitset(64 * 2048));
        sets.clear();
        QVERIFY(buffer_pool::heldBitsets() <= 256);
        QVERIFY(buffer_pool::heldBitsets() >= 1);
    }
};

QTEST_APPLESS_MAIN(TestBufferPool)
#include "test_buffer_pool.moc"
