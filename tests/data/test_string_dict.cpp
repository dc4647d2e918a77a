// StringDict (a string column's dictionary as one arena + offsets), the column's interning
// into it, and the per-entry string match over the arena (exec/filter_kernels) against
// matchString, the definition, on near misses at the arena's edges.
#include "bind/predicate.h"
#include "data/column.h"
#include "data/string_dict.h"
#include "data/domain_index.h"
#include "exec/filter_kernels.h"
#include "graph/graph.h"
#include "test_graphs.h"
#include "workspace/column_codec.h"

#include <QtTest>

#include <map>
#include <random>
#include <set>

using namespace seg;

namespace {

using Strings = std::vector<std::string>;

// Tricky entries: empty, embedded NUL bytes, UTF-8, lengths on both sides of 8 and 16.
Strings trickyStrings()
{
    return {"",
            std::string("\0", 1),
            std::string("a\0b", 3),
            std::string("a\0c", 3),
            "a",
            "\xc3\xa9t\xc3\xa9",           // "été"
            "\xe2\x82\xac\xf0\x9f\x98\x80", // euro sign, emoji
            "1234567",
            "12345678",
            "123456789",
            std::string(16, 'x'),
            std::string(17, 'x'),
            std::string(300, 'L')};
}

// Every entry of the table against matchString; `what` names the case in a failure.
void expectTableMatchesDefinition(const Column& c, const BoundPredicate& p, bool parallel, const std::string& what)
{
    const std::vector<uint8_t> table = stringMatchTable(c, p, parallel);
    QCOMPARE(table.size(), std::max<size_t>(1, c.dict().size()));
    for (size_t i = 0; i < c.dict().size(); ++i) {
        const bool expected = matchString(p, c.dict()[i]);
        if ((table[i] != 0) != expected)
            QFAIL((what + ": entry " + std::to_string(i) + " '" + std::string(c.dict()[i]) + "' gives "
                   + std::to_string(table[i]))
                      .c_str());
    }
}

} // namespace

class TestStringDict : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyDictionary()
    {
        const StringDict d;
        QVERIFY(d.empty());
        QCOMPARE(d.size(), size_t{0});
        QCOMPARE(d.byteSize(), size_t{0});
        QVERIFY(d.begin() == d.end());
        QVERIFY(d == Strings{});
        QCOMPARE(d.offset(0), uint64_t{0});
        StringDict moved;
        moved.push_back("x");
        const StringDict taken = std::move(moved);
        QVERIFY(taken == Strings{"x"});
        moved = StringDict(); // a moved-from dictionary is usable again once reassigned
        moved.push_back("");
        QCOMPARE(moved.size(), size_t{1});
        QCOMPARE(moved[0].size(), size_t{0});
        // A column of NULLs only has no entries; its match table still has entry 0 (the NULL
        // rows' code), and the word-first scan over zero entries reads nothing.
        Column nulls("s", DataType::String);
        for (int i = 0; i < 70; ++i)
            nulls.appendNull();
        const BoundPredicate p = test::bindString("ends_with", "@example.org");
        QCOMPARE(stringMatchTable(nulls, p, true), std::vector<uint8_t>{0});
    }

    void entriesKeepEveryByte()
    {
        const Strings in = trickyStrings();
        StringDict d;
        size_t total = 0;
        for (const std::string& s : in) {
            d.push_back(s);
            total += s.size();
        }
        QCOMPARE(d.size(), in.size());
        QVERIFY(!d.empty());
        QCOMPARE(d.byteSize(), total);
        for (size_t i = 0; i < in.size(); ++i) {
            QCOMPARE(d[i].size(), in[i].size());
            QVERIFY(d[i] == in[i]); // byte for byte, NULs included
        }
        QCOMPARE(d[2] == d[3], false); // "a\0b" vs "a\0c": not C strings
        QVERIFY(d == in);
        QCOMPARE(d.toStrings(), in);
        QVERIFY(StringDict(in) == d);
        QVERIFY(d.memoryBytes() >= total + (in.size() + 1) * sizeof(StringDict::NarrowOffset));
        // Iteration yields the same entries (and works with the standard algorithms).
        size_t i = 0;
        for (const std::string_view s : d)
            QVERIFY(s == in[i++]);
        QCOMPARE(i, in.size());
        QCOMPARE(std::find(d.begin(), d.end(), "a") - d.begin(), std::ptrdiff_t{4});
        QVERIFY(std::find(d.begin(), d.end(), "b") == d.end());
        QCOMPARE(d.end() - d.begin(), static_cast<std::ptrdiff_t>(in.size()));
        QVERIFY(d.begin()[7] == "1234567");
    }

    void manyEntriesAndReserve()
    {
        std::mt19937 rng(7);
        Strings in;
        StringDict d;
        d.reserve(10, 20); // a hint smaller than what comes: grows past it
        for (int i = 0; i < 200000; ++i) {
            std::string s(rng() % 40, '\0');
            for (char& ch : s)
                ch = static_cast<char>(rng());
            d.push_back(s);
            in.push_back(std::move(s));
        }
        QVERIFY(d == in);
        for (size_t k = 0; k < d.size(); ++k)
            QVERIFY(d.offset(k) <= d.offset(k + 1));
        d.shrinkToFit();
        QVERIFY(d == in);
        StringDict e = d;
        QVERIFY(e == d);
        e.push_back("one more");
        QVERIFY(!(e == d));
        e.clear();
        QVERIFY(e.empty() && e.byteSize() == 0 && e == StringDict());
    }

    void columnInternsIntoTheArena()
    {
        const Strings in = trickyStrings();
        Column c("s", DataType::String);
        c.reserveDictionary(4, 16);
        for (int round = 0; round < 3; ++round)
            for (const std::string& s : in) {
                c.appendString(s);
                c.appendNull();
            }
        QVERIFY(c.dict() == in); // deduplicated byte for byte, first seen order
        for (size_t r = 0; r < c.size(); r += 2)
            QVERIFY(c.stringAt(r) == in[(r / 2) % in.size()]);
        QCOMPARE(c.findCode(std::string("a\0c", 3)), 3);
        QCOMPARE(c.findCode(std::string("a\0d", 3)), -1);
        QCOMPARE(c.findCode(""), 0); // the empty string is a value, not NULL
        QCOMPARE(c.nullCount(), 3 * in.size());
        // Chunks of an import: re-coded into this arena in first-seen order.
        Column a("s", DataType::String), b("s", DataType::String), whole("s", DataType::String);
        for (size_t i = 0; i < 4000; ++i) {
            const std::string v = i % 7 == 0 ? in[i % in.size()] : "v" + std::to_string(i % 2500);
            (i < 1500 ? a : b).appendString(v);
            whole.appendString(v);
        }
        // The import's way: an empty column reserved for all chunks takes the first chunk
        // whole, keeping the reserved arena and slots (no growing), then re-codes the next.
        Column target("s", DataType::String);
        target.reserve(4000);
        target.reserveDictionary(a.dict().size() + b.dict().size(), a.dict().byteSize() + b.dict().byteSize());
        const size_t reservedBytes = target.dict().byteCapacity();
        Column a2 = a, b2 = b;
        target.appendColumn(std::move(a2));
        target.appendColumn(std::move(b2));
        QVERIFY(target.dict() == whole.dict());
        QCOMPARE(target.codes(), whole.codes());
        QCOMPARE(target.dict().byteCapacity(), reservedBytes);
        for (size_t k = 0; k < whole.dict().size(); ++k)
            QCOMPARE(target.findCode(whole.dict()[k]), static_cast<int32_t>(k));
        a.appendColumn(std::move(b));
        QVERIFY(a.dict() == whole.dict());
        QCOMPARE(a.codes(), whole.codes());
        a.finish();
        QVERIFY(a.dict() == whole.dict());
        QVERIFY(a.memoryBytes() >= a.dict().byteSize());
        // Derived columns built from std::string pieces.
        const Column f = Column::fromStrings("f", {2, 0, 1}, Strings{"x", "", "\xc3\xa9"}, Bitset(3, true));
        QVERIFY(f.stringAt(0) == "\xc3\xa9");
        QVERIFY(f.stringAt(1) == "x");
        QVERIFY(f.stringAt(2).empty());
    }

    // The word-first tests (prefix, suffix, equality of 8+ bytes) read the arena directly:
    // a short first entry (a suffix test must not read before the arena) or last entry (nor
    // past it), operands of 8, 9, 12, 16 and 17+ bytes (two words vs word + memcmp), NUL bytes.
    void matchTableOverTheArena()
    {
        const std::string domain = "@example.org";
        Strings words = {"a", "", domain, "x" + domain, domain + "x", "A@example.org", "@Example.org",
                         domain.substr(1), domain.substr(0, domain.size() - 1), "@example.orh", "@exbmple.org",
                         "user.name+tag@example.org", domain + domain, std::string("@exa\0ple.org", 12),
                         "\xc3\xa9" + domain, "12345678", "123456789", "x12345678", "12345678x",
                         std::string(16, 'q'), std::string(17, 'q'), "q" + std::string(16, 'q'),
                         std::string(33, 'r') + domain, "zz"};
        for (const std::string& s : trickyStrings())
            words.push_back(s);
        words.push_back("e"); // short last entry
        Column c("s", DataType::String);
        for (const std::string& w : words)
            c.appendString(w);
        c.finish();
        QCOMPARE(c.dict().size(), std::set<std::string>(words.begin(), words.end()).size());
        const Strings operands = {domain, domain + "@", "xample.org", "@ex", "12345678", "123456789",
                                  std::string(16, 'q'), std::string(17, 'q'), std::string(8, 'x'),
                                  std::string("@exa\0ple.org", 12), std::string(33, 'r') + domain,
                                  "\xc3\xa9@example.org"};
        for (const char* op : {"ends_with", "starts_with", "eq", "ne", "contains", "lt"})
            for (const std::string& operand : operands)
                for (const bool ignoreCase : {false, true})
                    expectTableMatchesDefinition(c, test::bindString(op, operand, ignoreCase), false,
                                                 std::string(op) + " '" + operand + "'" + (ignoreCase ? " (ci)" : ""));
    }

    // A dictionary large enough for the parallel split (chunks of 65536 entries) and rows
    // that are not a multiple of 64, with NULLs: the filter's bits against the definition.
    void largeDictionaryParallelAndFilter()
    {
        std::mt19937 rng(11);
        const char* domains[] = {"@example.org", "@example.com", "@xample.org", "@example.org.uk", ""};
        Column c("email", DataType::String);
        const size_t rows = 200003;
        for (size_t r = 0; r < rows; ++r) {
            if (rng() % 17 == 0) {
                c.appendNull();
                continue;
            }
            std::string user(rng() % 12, 'u');
            for (char& ch : user)
                ch = static_cast<char>('a' + rng() % 26);
            c.appendString(user + std::to_string(r % 150000) + domains[rng() % 5]);
        }
        c.finish();
        QVERIFY(c.dict().size() > 2 * 65536);
        for (const char* op : {"ends_with", "starts_with", "eq"})
            for (const std::string operand : {"@example.org", "aaaaaaaa", "example.org.uk", "@example.co"}) {
                const BoundPredicate p = test::bindString(op, operand);
                expectTableMatchesDefinition(c, p, true, std::string(op) + " '" + operand + "' parallel");
                const std::vector<uint8_t> table = stringMatchTable(c, p, true);
                std::vector<uint64_t> bits(c.validity().wordCount(), ~uint64_t{0});
                filterWords(c, p, table, 0, bits.size(), bits.data());
                for (size_t r = 0; r < rows; ++r) {
                    const bool expected = !c.isNull(r) && matchString(p, c.stringAt(r));
                    if (((bits[r / 64] >> (r % 64)) & 1) != expected)
                        QFAIL((std::string(op) + " '" + operand + "': row " + std::to_string(r)).c_str());
                }
                QCOMPARE(bits.back() >> (rows % 64), uint64_t{0}); // no bits past the last row
            }
    }

    // Issue 18: appendString finds the code of a recent string of a small dictionary by its
    // size and end bytes (RecentString) instead of hashing the row. Against first-seen codes
    // worked out here with a std::map: strings that share the first and last 8 bytes and the
    // size but differ inside, that collide in the 128-entry cache, empty strings, NUL bytes,
    // and a dictionary growing past the cache's 1024-entry bound mid-column.
    void recentStringsGiveFirstSeenCodes()
    {
        std::mt19937 rng(3);
        Strings pool = trickyStrings();
        const std::string head = "abcdefgh", tail = "stuvwxyz";
        for (char mid = 'a'; mid <= 'f'; ++mid) // same size, same first and last 8 bytes
            pool.push_back(head + std::string(3, mid) + tail);
        pool.push_back(head + tail);       // 16 bytes: the two words only
        pool.push_back(head + "x" + tail); // 17
        for (int i = 0; i < 40; ++i)
            pool.push_back("v" + std::to_string(i));
        for (const size_t distinct : {pool.size(), size_t{3000}}) {
            Column c("s", DataType::String), a("s", DataType::String), b("s", DataType::String);
            std::map<std::string, int32_t> firstSeen;
            std::vector<int32_t> expected;
            for (size_t r = 0; r < 20000; ++r) {
                if (rng() % 11 == 0) {
                    c.appendNull();
                    (r < 9000 ? a : b).appendNull();
                    expected.push_back(0);
                    continue;
                }
                const size_t k = rng() % distinct;
                const std::string v = k < pool.size() ? pool[k] : "w" + std::to_string(k);
                const auto [it, added] = firstSeen.emplace(v, static_cast<int32_t>(firstSeen.size()));
                expected.push_back(it->second);
                c.appendString(v);
                (r < 9000 ? a : b).appendString(v);
            }
            QCOMPARE(c.codes(), expected);
            QCOMPARE(c.dict().size(), firstSeen.size());
            for (const auto& [v, code] : firstSeen)
                QVERIFY(c.dict()[static_cast<size_t>(code)] == v);
            // Two chunks merged: the same codes (NULL rows 0) and dictionary.
            a.appendColumn(std::move(b));
            QCOMPARE(a.codes(), expected);
            QVERIFY(a.dict() == c.dict());
            QCOMPARE(a.nullCount(), c.nullCount());
        }
    }

    // Issue 18: offsets are 32-bit while the arena is under 4 GiB and all become 64-bit when
    // an entry would end past that. The limit is lowered here (a 4 GiB arena is no unit
    // test); every reader sees the same entries either way: operator[], offset(), the match
    // table, the domain index, the workspace's dictionary blobs and equality.
    void offsetsWidenPastTheNarrowLimit()
    {
        std::mt19937 rng(5);
        Strings in;
        const char* domains[] = {"@example.org", "@example.com", "@a.io"};
        for (int i = 0; i < 70000; ++i) {
            std::string user(3 + rng() % 9, 'u');
            for (char& ch : user)
                ch = static_cast<char>('a' + rng() % 26);
            in.push_back(user + std::to_string(i) + domains[rng() % 3]);
        }
        in.push_back(""); // an empty entry right at the end
        StringDict narrow(in), wide;
        wide.setNarrowLimitForTesting(1000); // widens after ~50 entries
        wide.reserve(10, 100);
        for (const std::string& s : in)
            wide.push_back(s);
        QVERIFY(!narrow.wideOffsets());
        QVERIFY(wide.wideOffsets());
        QVERIFY(wide == in);
        QVERIFY(wide == narrow);
        QCOMPARE(wide.size(), narrow.size());
        for (size_t i = 0; i <= in.size(); ++i)
            QCOMPARE(wide.offset(i), narrow.offset(i));
        QCOMPARE(narrow.memoryBytes() < wide.memoryBytes(), true); // 4 bytes an offset, not 8
        // Exactly at the limit stays narrow; one byte past widens.
        StringDict edge;
        edge.setNarrowLimitForTesting(10);
        edge.push_back("0123456789");
        QVERIFY(!edge.wideOffsets());
        edge.push_back("");
        QVERIFY(!edge.wideOffsets());
        edge.push_back("x");
        QVERIFY(edge.wideOffsets());
        QVERIFY(edge == (Strings{"0123456789", "", "x"}));
        edge.clear(); // starts narrow again
        edge.push_back("ab");
        QVERIFY(!edge.wideOffsets() && edge == Strings{"ab"});
        // Kernels over both widths: same match tables, domain indexes and workspace blobs.
        std::vector<int32_t> codes(in.size());
        for (size_t i = 0; i < codes.size(); ++i)
            codes[i] = static_cast<int32_t>(i);
        const Column cn = Column::fromStrings("e", codes, narrow, Bitset(in.size(), true));
        const Column cw = Column::fromStrings("e", codes, wide, Bitset(in.size(), true));
        QVERIFY(cw.dict().wideOffsets());
        for (const char* op : {"ends_with", "starts_with", "eq"})
            for (const std::string& operand : Strings{"@example.org", "@a.io", in[60], in[3]}) {
                const BoundPredicate p = test::bindString(op, operand);
                QCOMPARE(stringMatchTable(cw, p, true), stringMatchTable(cn, p, true));
                expectTableMatchesDefinition(cw, p, false, std::string(op) + " '" + operand + "' wide");
            }
        const auto dn = DomainIndex::build(narrow, codes.data(), Bitset(in.size(), true), in.size(), 1);
        const auto dw = DomainIndex::build(wide, codes.data(), Bitset(in.size(), true), in.size(), 1);
        QVERIFY(dn && dw);
        QCOMPARE(dw->rowCodes, dn->rowCodes);
        QVERIFY(dw->domains == dn->domains.toStrings());
        QCOMPARE(dn->domains.size(), size_t{3});
        QCOMPARE(ws::encodeDictionary(wide, 0), ws::encodeDictionary(narrow, 0));
    }
};

QTEST_GUILESS_MAIN(TestStringDict)
#include "test_string_dict.moc"
