// DomainIndex (each row's text after its value's last '@', as a 2-byte code) and the
// ends_with conditions answered through it (exec/domain_filter.h). Every expected answer is
// matchString on the row's value, the definition; the index's own codes are checked against a
// std::map built here; the condition node is run end to end through the engine.
#include "bind/predicate.h"
#include "data/column.h"
#include "data/domain_index.h"
#include "exec/domain_filter.h"
#include "exec/runner.h"
#include "graph/graph.h"
#include "graph/graph_io.h"
#include "test_graphs.h"

#include <QtTest>

#include <map>
#include <memory>
#include <random>
#include <string>

using namespace seg;

namespace {

// An e-mail-like column above DomainIndex::kMinEntries: random local parts (some holding
// '@' themselves, some upper case), a few domains that are suffixes of one another, entries
// ending in '@' (an empty domain), and `withoutAt` entries with no '@'; NULLs between them.
Column emails(size_t rows, size_t withoutAt, uint32_t seed)
{
    std::mt19937 rng(seed);
    const char* domains[] = {"example.org", "EXAMPLE.org", "xample.org", "example.org.uk", "mail.example.org",
                             "e.org", "", "corp.example.com", "b@example.org"};
    Column c("email", DataType::String);
    size_t without = 0;
    for (size_t r = 0; r < rows; ++r) {
        if (rng() % 19 == 0) {
            c.appendNull();
            continue;
        }
        std::string local(1 + rng() % 14, 'u');
        for (char& ch : local)
            ch = static_cast<char>((rng() % 4 == 0 ? 'A' : 'a') + rng() % 26);
        local += std::to_string(r);
        if (without < withoutAt && r % 97 == 5) {
            ++without;
            c.appendString(local + ".example.org"); // no '@', yet ends like a domain
            continue;
        }
        c.appendString(local + "@" + domains[rng() % std::size(domains)]);
    }
    c.finish();
    return c;
}

Column column(const std::vector<std::string>& values) // "" stands for NULL
{
    Column c("email", DataType::String);
    for (const std::string& v : values)
        v.empty() ? c.appendNull() : c.appendString(v);
    c.finish();
    return c;
}

std::unique_ptr<DomainIndex> indexOf(const Column& c, size_t minEntries = DomainIndex::kMinEntries)
{
    return DomainIndex::build(c.dict(), c.codes().data(), c.validity(), c.size(), minEntries);
}

// The rows in [fw, lw) words through the index against the definition.
void expectRowsMatchDefinition(const Column& c, const BoundPredicate& p, const DomainVerdicts& v, size_t fw,
                               size_t lw, const std::string& what)
{
    std::vector<uint64_t> bits(c.validity().wordCount(), 0x5555);
    filterWordsByDomain(c, p, v, fw, lw, bits.data());
    for (size_t w = 0; w < bits.size(); ++w)
        if (w < fw || w >= lw)
            QCOMPARE(bits[w], uint64_t{0x5555}); // words outside the range untouched
    for (size_t r = fw * 64; r < std::min(c.size(), lw * 64); ++r) {
        const bool expected = !c.isNull(r) && matchString(p, c.stringAt(r));
        if (((bits[r / 64] >> (r % 64)) & 1) != expected)
            QFAIL((what + ": row " + std::to_string(r) + " '" + std::string(c.stringAt(r)) + "'").c_str());
    }
    if (lw == bits.size() && c.size() % 64)
        QCOMPARE(bits.back() >> (c.size() % 64), uint64_t{0}); // no bits past the last row
}

} // namespace

class TestDomainIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void codesAreTheTextAfterTheLastAt()
    {
        const Column c = column({"ann@example.org", "bob@mail.net", "", "a@b@example.org", "trailing@",
                                 "no-at-sign-here", "cy@mail.net", "@example.org", "ann@example.org"});
        const auto index = indexOf(c, 1);
        QVERIFY(index);
        QCOMPARE(index->domains.size(), size_t{3});
        QCOMPARE(index->domains[0], std::string_view("example.org"));
        QCOMPARE(index->domains[1], std::string_view("mail.net"));
        QCOMPARE(index->domains[2], std::string_view(""));
        const uint16_t no = DomainIndex::kNoDomain;
        // row 2 is NULL: it holds entry 0's domain
        QCOMPARE(index->rowCodes, (std::vector<uint16_t>{0, 1, 0, 0, 2, no, 1, 0, 0}));
        QCOMPARE(index->rowsWithoutDomain, size_t{1});
    }

    void codesOfALargeColumnAgreeWithAMap()
    {
        const Column c = emails(150001, 300, 7);
        const DomainIndex* index = c.domainIndex();
        QVERIFY(index);
        QCOMPARE(index->rowCodes.size(), c.size());
        std::map<std::string, uint16_t> byText;
        for (size_t d = 0; d < index->domains.size(); ++d)
            byText.emplace(std::string(index->domains[d]), static_cast<uint16_t>(d));
        QCOMPARE(byText.size(), index->domains.size()); // no domain twice
        size_t without = 0;
        for (size_t r = 0; r < c.size(); ++r) {
            if (c.isNull(r))
                continue;
            const std::string_view e = c.stringAt(r);
            const size_t at = e.rfind('@');
            if (at == std::string_view::npos) {
                QCOMPARE(index->rowCodes[r], DomainIndex::kNoDomain);
                ++without;
                continue;
            }
            QCOMPARE(index->rowCodes[r], byText.at(std::string(e.substr(at + 1))));
        }
        QCOMPARE(index->rowsWithoutDomain, without);
        QCOMPARE(without, size_t{300});
        QVERIFY(c.memoryBytes() >= index->memoryBytes() + c.dict().memoryBytes());
    }

    void notBuiltWhereItWouldNotPay()
    {
        QVERIFY(!indexOf(column({"a@b.com", "c@b.com"}))); // small dictionary
        std::vector<std::string> tenthWithout, manyDomains, shortOnes, repeatedWithout;
        for (int i = 0; i < 70000; ++i) {
            tenthWithout.push_back("user" + std::to_string(i) + (i % 10 == 0 ? ".example.org" : "@example.org"));
            manyDomains.push_back("user@d" + std::to_string(i) + ".example");
            shortOnes.push_back(std::to_string(i) + "@x");
            repeatedWithout.push_back("user" + std::to_string(i) + "@example.org");
        }
        QVERIFY(!indexOf(column(tenthWithout)));  // 1 in 10 values without '@'
        QVERIFY(!indexOf(column(manyDomains)));   // more than 65535 domains
        QVERIFY(!indexOf(column(shortOnes)));     // under 8 bytes a value
        QVERIFY(indexOf(column(repeatedWithout)));
        for (int i = 0; i < 5000; ++i) // one value without '@', on 1 in 15 rows
            repeatedWithout.push_back("unknown");
        QVERIFY(!indexOf(column(repeatedWithout)));
        Column ints("n", DataType::Int);
        ints.appendInt(1);
        ints.finish();
        QVERIFY(!ints.domainIndex());
    }

    // Suffixes shorter and longer than "@domain", holding '@' or not, at the domains' edges,
    // case-folded: through the index where it decides, each row against the definition.
    void endsWithThroughTheIndexMatchesTheDefinition()
    {
        const Column c = emails(140003, 1000, 11);
        QVERIFY(c.domainIndex());
        QVERIFY(c.domainIndex()->rowsWithoutDomain > 0);
        const std::vector<std::string> decided = {
            "@example.org", "example.org", "xample.org", "org", "", "@", "e.org", "@e.org", ".org.uk",
            "@EXAMPLE.ORG", "Example.Org", "@corp.example.com", "mail.example.org", "@example.org.",
            std::string("example.org\0", 12)};
        // longer than "@domain" and ending with it: the local part decides, so the table path
        const std::vector<std::string> undecided = {"u@example.org", "1@example.org", "12@", "a@mail.example.org", "@b@example.org",
                                                    std::string(40, 'u') + "@example.org"};
        for (const bool ignoreCase : {false, true}) {
            for (const std::string& s : undecided)
                QVERIFY(!endsWithDomainVerdicts(c, test::bindString("ends_with", s, ignoreCase)));
            for (const std::string& s : decided) {
                const BoundPredicate p = test::bindString("ends_with", s, ignoreCase);
                const auto v = endsWithDomainVerdicts(c, p);
                const std::string what = "ends_with '" + s + "'" + (ignoreCase ? " (ci)" : "");
                if (!v)
                    QFAIL((what + ": not decided by the domain").c_str());
                const size_t words = c.validity().wordCount();
                expectRowsMatchDefinition(c, p, *v, 0, words, what);
                expectRowsMatchDefinition(c, p, *v, 3, words - 5, what + " inner words");
                expectRowsMatchDefinition(c, p, *v, words - 1, words, what + " last word");
            }
        }
        QVERIFY(!endsWithDomainVerdicts(c, test::bindString("starts_with", "user")));
        QVERIFY(endsWithDomainVerdicts(c, test::bindString("ends_with", "@example.org"))->oneRun);
        QVERIFY(!endsWithDomainVerdicts(c, test::bindString("ends_with", "org"))->oneRun); // scattered codes: the lookup
    }

    // The condition node end to end: the engine's members equal the rows whose value ends with
    // the suffix, for a suffix the index decides and one it does not.
    void conditionNodeGivesTheDefinedMembers()
    {
        Dataset d;
        Table& t = d.customers.table;
        Column id("id", DataType::Int);
        Column email = emails(100000, 500, 5);
        for (size_t r = 0; r < email.size(); ++r)
            id.appendInt(static_cast<int64_t>(r) + 1);
        id.finish();
        t.rows = email.size();
        t.columns.push_back(std::move(id));
        t.columns.push_back(std::move(email));
        d.customers.keyColumn = 0;
        d.customersReport.rows = d.customersReport.dataRows = t.rows;
        const Column& e = *t.find("email");
        for (const std::string s : {"@example.org", "1@example.org", "EXAMPLE.ORG"})
            for (const bool ignoreCase : {false, true}) {
                std::vector<uint32_t> expected;
                const BoundPredicate p = test::bindString("ends_with", s, ignoreCase);
                for (uint32_t r = 0; r < t.rows; ++r)
                    if (!e.isNull(r) && matchString(p, e.stringAt(r)))
                        expected.push_back(r);
                QVERIFY(!expected.empty() || (s == "EXAMPLE.ORG" && !ignoreCase));
                const Graph g = test::customersGraph(
                    R"({"id":"c","type":"condition","field":"email","op":"ends_with","value":")" + s
                    + R"(","ignore_case":)" + (ignoreCase ? "true" : "false")
                    + R"(},{"id":"s","type":"segment","name":"S","input":"c"})");
                test::expectSegmentRows(g, d, "s", expected);
            }
        QVERIFY(e.domainIndex());
    }
};

QTEST_GUILESS_MAIN(TestDomainIndex)
#include "test_domain_index.moc"
