// The column chunk codec and the member-set codec of the workspace, against the values they
// were given (round trips over several chunks, every type, NULLs and awkward doubles).
#include "util/error.h"
#include "workspace/column_codec.h"
#include "workspace/member_set.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace seg;
using namespace seg::ws;

namespace {

Column roundTrip(const Column& c)
{
    const size_t dictEntries = c.type() == DataType::String ? c.dict().size() : 0;
    const size_t dictBytes = c.type() == DataType::String ? c.dict().byteSize() : 0;
    ColumnBuilder b(c.name(), c.type(), c.size(), dictEntries, dictBytes);
    // Decode in reverse order: chunks must not depend on each other.
    for (size_t i = chunkCount(c.size()); i-- > 0;) {
        b.decodeValues(i, encodeValues(c, i));
        const std::string validity = encodeValidity(c, i);
        if (!validity.empty())
            b.decodeValidity(i, validity);
    }
    if (c.type() == DataType::String)
        for (size_t i = (dictEntries + kDictEntries - 1) / kDictEntries; i-- > 0;)
            b.decodeDictionary(i, encodeDictionary(c.dict(), i));
    return b.finish();
}

bool identical(const Column& a, const Column& b)
{
    if (a.size() != b.size() || a.type() != b.type() || a.nullCount() != b.nullCount())
        return false;
    for (size_t r = 0; r < a.size(); ++r) {
        if (a.isNull(r) != b.isNull(r))
            return false;
        switch (a.type()) {
        case DataType::Double:
            if (std::memcmp(&a.doubles()[r], &b.doubles()[r], 8) != 0)
                return false;
            break;
        case DataType::Int:
        case DataType::Timestamp:
            if (a.ints()[r] != b.ints()[r])
                return false;
            break;
        case DataType::Bool:
            if (a.bools()[r] != b.bools()[r])
                return false;
            break;
        default:
            if (a.codes()[r] != b.codes()[r])
                return false;
        }
    }
    return a.type() != DataType::String || a.dict() == b.dict();
}

Bitset randomValidity(size_t n, std::mt19937_64& rng, int nullEvery)
{
    Bitset v(n, true);
    for (size_t r = 0; r < n; ++r)
        if (nullEvery > 0 && rng() % static_cast<unsigned>(nullEvery) == 0)
            v.reset(r);
    return v;
}

} // namespace

class WorkspaceCodecTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void intsOverSeveralChunksWithNulls()
    {
        std::mt19937_64 rng(1);
        const size_t n = 2 * kChunkRows + 1234; // two full chunks and a short one
        std::vector<int64_t> v(n);
        for (size_t r = 0; r < n; ++r)
            v[r] = r < kChunkRows ? static_cast<int64_t>(rng() % 200) - 100  // 1 byte
                                  : static_cast<int64_t>(rng());             // 8 bytes
        Bitset valid = randomValidity(n, rng, 7);
        for (size_t r = 0; r < n; ++r)
            if (!valid.test(r))
                v[r] = 0; // NULL slots hold 0, as the import writes them
        const Column c = Column::fromInts("x", DataType::Int, v, valid);
        QVERIFY(identical(c, roundTrip(c)));
        // The first chunk's values take one byte each (plus the header).
        QCOMPARE(encodeValues(c, 0).size(), size_t{16} + kChunkRows);
    }

    void constantChunkTakesNoValueBytes()
    {
        const Column c = Column::fromInts("k", DataType::Timestamp, std::vector<int64_t>(5000, 1700000000000000), Bitset(5000, true));
        QCOMPARE(encodeValues(c, 0).size(), size_t{16});
        QVERIFY(encodeValidity(c, 0).empty());
        QVERIFY(identical(c, roundTrip(c)));
    }

    void extremeIntsRoundTrip()
    {
        const std::vector<int64_t> v{std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max(), 0, -1};
        const Column c = Column::fromInts("e", DataType::Int, v, Bitset(v.size(), true));
        QVERIFY(identical(c, roundTrip(c)));
    }

    void doublesKeepEveryBit()
    {
        // Money-like values take the decimal form (4 bytes here); anything else stays raw.
        std::vector<double> money{0.0, 12.5, 19.99, 1234.56, -3.07, 100.0};
        const Column m = Column::fromDoubles("m", money, Bitset(money.size(), true));
        QVERIFY(identical(m, roundTrip(m)));
        QCOMPARE(encodeValues(m, 0).size(), size_t{16} + 4 * money.size()); // cents -307..123456: 4 bytes, not 8
        std::vector<double> odd{0.1 + 0.2, -0.0, std::numeric_limits<double>::quiet_NaN(),
                                std::numeric_limits<double>::infinity(), 1e300, 5e-324};
        const Column o = Column::fromDoubles("o", odd, Bitset(odd.size(), true));
        QVERIFY(identical(o, roundTrip(o)));
        QCOMPARE(encodeValues(o, 0).size(), size_t{16} + 8 * odd.size());
    }

    void boolsDatesAndStrings()
    {
        std::mt19937_64 rng(3);
        const size_t n = kChunkRows + 77;
        std::vector<uint8_t> b(n);
        std::vector<int32_t> d(n);
        for (size_t r = 0; r < n; ++r) {
            b[r] = rng() & 1;
            d[r] = 19000 + static_cast<int32_t>(rng() % 3000);
        }
        const Column bc = Column::fromBools("b", b, Bitset(n, true));
        QVERIFY(identical(bc, roundTrip(bc)));
        const Column dc = Column::fromDates("d", d, randomValidity(n, rng, 0));
        QVERIFY(identical(dc, roundTrip(dc)));

        // A dictionary over two dictionary chunks, with empty and multi-byte strings.
        std::vector<std::string> dict;
        for (size_t i = 0; i < kDictEntries + 10; ++i)
            dict.push_back(i == 5 ? std::string() : "v" + std::to_string(i) + (i % 3 ? "é" : ""));
        std::vector<int32_t> codes(n);
        for (size_t r = 0; r < n; ++r)
            codes[r] = static_cast<int32_t>(rng() % dict.size());
        Bitset valid = randomValidity(n, rng, 5);
        for (size_t r = 0; r < n; ++r)
            if (!valid.test(r))
                codes[r] = 0;
        const Column sc = Column::fromStrings("s", codes, dict, valid);
        const Column back = roundTrip(sc);
        QVERIFY(identical(sc, back));
        QCOMPARE(back.stringAt(1), sc.stringAt(1));
    }

    void damagedBlobsAreRefused()
    {
        const Column c = Column::fromInts("x", DataType::Int, {1, 2, 300}, Bitset(3, true));
        std::string blob = encodeValues(c, 0);
        ColumnBuilder b("x", DataType::Int, 3, 0, 0);
        QVERIFY_THROWS_EXCEPTION(Error, b.decodeValues(0, blob.substr(0, blob.size() - 1)));
        blob[1] = 3; // width 3 does not exist
        QVERIFY_THROWS_EXCEPTION(Error, b.decodeValues(0, blob));
        QVERIFY_THROWS_EXCEPTION(Error, b.decodeValues(1, encodeValues(c, 0))); // chunk past the rows
        ColumnBuilder s("s", DataType::String, 3, 1, 1);
        s.decodeValues(0, encodeValues(Column::fromInts("s", DataType::Int, {0, 0, 5}, Bitset(3, true)), 0));
        s.decodeDictionary(0, encodeDictionary(StringDict(std::vector<std::string>{"a"}), 0));
        QVERIFY_THROWS_EXCEPTION(Error, s.finish()); // code 5 points past the dictionary
    }

    void memberSetsRoundTripInEveryForm()
    {
        std::mt19937_64 rng(9);
        const size_t n = 300'000; // several 65,536-row blocks and a short last one
        struct Case {
            const char* name;
            double density;
            size_t maxBytes;
        };
        for (const Case& c : {Case{"empty", 0.0, 8 + 5}, Case{"sparse", 0.001, 8 + 5 + 2 * 500}, Case{"half", 0.5, 8 + 5 * 8193},
                              Case{"all", 1.0, 8 + 5}}) {
            Bitset set(n);
            for (size_t r = 0; r < n; ++r)
                if (c.density >= 1.0 || static_cast<double>(rng() % 1'000'000) < c.density * 1'000'000)
                    set.set(r);
            const std::string bytes = encodeMemberSet(set);
            QVERIFY2(decodeMemberSet(bytes) == set, c.name);
            QVERIFY2(bytes.size() <= c.maxBytes + 20, (std::string(c.name) + ": " + std::to_string(bytes.size())).c_str());
        }
        // A top-10 % range: a handful of runs.
        Bitset range(n);
        for (size_t r = 1000; r < 31000; ++r)
            range.set(r);
        const std::string bytes = encodeMemberSet(range);
        QVERIFY(decodeMemberSet(bytes) == range);
        QVERIFY(bytes.size() < 40);
        QVERIFY(decodeMemberSet(encodeMemberSet(Bitset(0))) == Bitset(0));
        QVERIFY_THROWS_EXCEPTION(Error, decodeMemberSet(bytes.substr(0, bytes.size() - 1)));
        QVERIFY_THROWS_EXCEPTION(Error, decodeMemberSet("xyz"));
    }
};

QTEST_GUILESS_MAIN(WorkspaceCodecTest)
#include "test_workspace_codec.moc"
