// The CSV reader against a plain byte-at-a-time reference of the same rules, on random and
// hostile text: quotes, doubled quotes, text after a closing quote, spaces around quotes,
// CR, LF and CRLF (inside quotes too), blank lines, a BOM, UTF-8, an unclosed quote at the end,
// and files large enough that records straddle the reader's 64-byte steps and 1 MiB blocks.
#include "data/csv_reader.h"
#include "import_test_util.h"

#include <QtTest>

#include <random>

using namespace seg;
using seg::test::Fixtures;

namespace {

struct Rec {
    std::vector<std::string> fields;
    std::string raw;
    uint64_t offset = 0;
    size_t line = 0;
    QuoteProblem problem = QuoteProblem::None;
    size_t brokenField = 0;

    bool operator==(const Rec&) const = default;
};

std::string describe(const Rec& r)
{
    std::string s = "line " + std::to_string(r.line) + " offset " + std::to_string(r.offset) + " problem "
        + std::to_string(int(r.problem)) + "/" + std::to_string(r.brokenField) + " fields:";
    for (const auto& f : r.fields)
        s += " [" + f + "]";
    return s + " raw [" + r.raw + "]";
}

// The rules of csv_reader.h, one byte at a time over the whole text.
std::vector<Rec> reference(const std::string& text, char delim)
{
    std::vector<Rec> out;
    const size_t n = text.size();
    size_t p = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    size_t line = 1;
    auto special = [&](char c) { return c == delim || c == '\n' || c == '\r'; };
    for (;;) {
        while (p < n && (text[p] == '\n' || text[p] == '\r')) { // blank lines
            p += text[p] == '\r' && p + 1 < n && text[p + 1] == '\n' ? 2 : 1;
            ++line;
        }
        if (p >= n)
            return out;
        Rec rec;
        rec.offset = p;
        rec.line = line;
        const size_t start = p;
        size_t lines = 0, recordEnd = p;
        std::vector<size_t> starts; // where each field's text begins
        auto broken = [&](QuoteProblem problem) {
            if (rec.problem == QuoteProblem::None) {
                rec.problem = problem;
                rec.brokenField = rec.fields.size();
            }
        };
        for (;;) {
            std::string field;
            size_t q = p;
            while (q < n && text[q] == ' ')
                ++q;
            if (q < n && text[q] == '"') {
                starts.push_back(q + 1);
                size_t s = q + 1;
                bool closed = false;
                while (s < n) {
                    const char c = text[s];
                    if (c == '"') {
                        if (s + 1 < n && text[s + 1] == '"') {
                            field += '"';
                            s += 2;
                            continue;
                        }
                        closed = true;
                        ++s;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && (s + 1 == n || text[s + 1] != '\n')))
                        ++lines;
                    field += c;
                    ++s;
                }
                p = s;
                if (!closed) {
                    broken(QuoteProblem::Unclosed);
                } else {
                    size_t r = p;
                    while (r < n && text[r] == ' ')
                        ++r;
                    if (r < n && !special(text[r])) {
                        size_t t = r;
                        while (t < n && !special(text[t]))
                            ++t;
                        broken(QuoteProblem::TextAfterQuote);
                        field += text.substr(p, t - p);
                        p = t;
                    } else {
                        p = r;
                    }
                }
            } else {
                starts.push_back(p);
                size_t t = q;
                while (t < n && !special(text[t]))
                    ++t;
                field = text.substr(p, t - p);
                p = t;
            }
            rec.fields.push_back(field);
            recordEnd = p;
            if (p >= n)
                break;
            const char c = text[p];
            if (c == delim) {
                ++p;
                continue;
            }
            p += c == '\r' && p + 1 < n && text[p + 1] == '\n' ? 2 : 1;
            ++lines;
            break;
        }
        // A broken record over several lines ends at its first line end (issue 16 finding 1):
        // the field that line end falls in keeps its bytes up to there.
        const size_t firstBreak = rec.problem == QuoteProblem::None
            ? recordEnd
            : static_cast<size_t>(std::find_if(text.begin() + static_cast<std::ptrdiff_t>(start),
                                               text.begin() + static_cast<std::ptrdiff_t>(recordEnd),
                                               [](char c) { return c == '\n' || c == '\r'; })
                                  - text.begin());
        if (firstBreak < recordEnd) {
            size_t k = 1;
            while (k < starts.size() && starts[k] <= firstBreak)
                ++k;
            rec.fields.resize(k - 1);
            const size_t from = std::min(starts[k - 1], firstBreak);
            rec.fields.push_back(text.substr(from, firstBreak - from));
            rec.brokenField = std::min(rec.brokenField, k - 1);
            recordEnd = firstBreak;
            p = firstBreak + (text[firstBreak] == '\r' && firstBreak + 1 < n && text[firstBreak + 1] == '\n' ? 2 : 1);
            lines = 1;
        }
        rec.raw = text.substr(start, recordEnd - start);
        line += lines;
        out.push_back(std::move(rec));
    }
}

std::vector<Rec> readAll(const std::filesystem::path& path, char delim, uint64_t offset = 0, size_t line = 1,
                         uint64_t readLimit = 0)
{
    CsvReader reader(path, delim, offset, line);
    reader.setReadLimit(readLimit);
    std::vector<Rec> out;
    CsvRecord r;
    while (reader.next(r)) {
        Rec rec;
        for (const auto f : r.fields)
            rec.fields.emplace_back(f);
        rec.raw = std::string(r.raw);
        rec.offset = r.offset;
        rec.line = r.line;
        rec.problem = r.quoteProblem;
        rec.brokenField = r.brokenQuote ? r.brokenField : 0;
        if (r.brokenQuote != (r.quoteProblem != QuoteProblem::None))
            rec.problem = QuoteProblem(99); // never matches the reference
        out.push_back(std::move(rec));
    }
    return out;
}

void compareWithReference(const std::string& text, char delim, const std::string& what)
{
    Fixtures files;
    const auto path = files.write("t.csv", text);
    const std::vector<Rec> want = reference(text, delim);
    const std::vector<Rec> got = readAll(path, delim);
    for (size_t i = 0; i < std::min(want.size(), got.size()); ++i)
        if (!(got[i] == want[i]))
            QFAIL((what + ": record " + std::to_string(i) + "\n got  " + describe(got[i]) + "\n want "
                   + describe(want[i]))
                      .c_str());
    QCOMPARE(got.size(), want.size());
    // A read limit (the import's chunk end) changes only how much is read at once.
    QVERIFY2(readAll(path, delim, 0, 1, text.size() / 3 + 1) == want, (what + ": with a read limit").c_str());
    // Reading from a record start in the middle (as the parallel import does) agrees as well.
    if (want.size() > 2 && text.compare(0, 3, "\xEF\xBB\xBF") != 0) {
        const Rec& from = want[want.size() / 2];
        const std::vector<Rec> tail = readAll(path, delim, from.offset, from.line);
        QCOMPARE(tail.size(), want.size() - want.size() / 2);
        for (size_t i = 0; i < tail.size(); ++i)
            QVERIFY2(tail[i] == want[want.size() / 2 + i], (what + ": tail record " + std::to_string(i)).c_str());
    }
}

// Random text from pieces that matter to the reader, weighted toward plain fields so that
// both the quick path for plain records and the general code are exercised.
std::string randomCsv(std::mt19937_64& rng, size_t bytes, char delim)
{
    static const std::vector<std::string> hostile{"\"", "\"\"", "\r", "\n", "\r\n", " ", "  \"", "\" ", "é",
                                                  "\xE2\x82\xAC", "x\"y", "\"q\"z", "\n\n", "\r\r\n"};
    std::string text;
    std::uniform_int_distribution<int> pick(0, 99);
    while (text.size() < bytes) {
        const int k = pick(rng);
        if (k < 55)
            text += std::string(size_t(1 + pick(rng) % 12), char('a' + pick(rng) % 26));
        else if (k < 75)
            text += delim;
        else if (k < 85)
            text += "\n";
        else if (k < 88)
            text += std::string(size_t(60 + pick(rng)), 'w'); // across a 64-byte step
        else
            text += hostile[size_t(pick(rng)) % hostile.size()];
    }
    return text;
}

} // namespace

class TestCsvSplit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handWrittenEdges()
    {
        const std::vector<std::string> cases{
            "a,b\n1,2\n",
            "a,b\r\n1,2\r\n",
            "a,b\r1,2\r",
            "a,b\n1,2", // no line end at the end
            "a,b\n1,2\r",
            "\xEF\xBB\xBF" "a,b\n1,\"x\"\n",
            "a,\"b\nc\",d\ne,f\n",
            "a, \"b\" ,c\n",
            "a,\"b\"c,d\n",
            "a,\"b\" c \n",
            "a,b\"c\",d\n",
            "a,\"unclosed\nmore,stuff\n",
            "\n\r\n\ra,b\n\n\n1,2\n\r\n",
            ",,,\n,\n",
            "\"\"\"\",\"\"\n",
            std::string(63, 'x') + ",y\n" + std::string(64, 'z') + "\n" + std::string(65, 'q') + ",\"r\"\n",
            std::string(62, 'x') + "\r\n" + std::string(63, 'x') + "\r\nend",
        };
        for (size_t i = 0; i < cases.size(); ++i)
            compareWithReference(cases[i], ',', "case " + std::to_string(i));
    }
    void randomSmallFiles()
    {
        std::mt19937_64 rng(42);
        for (int i = 0; i < 300; ++i) {
            const char delim = i % 3 == 0 ? ';' : i % 3 == 1 ? ',' : '\t';
            compareWithReference(randomCsv(rng, size_t(50 + i * 7), delim), delim, "small " + std::to_string(i));
        }
    }
    void randomFilesAcrossBlocks()
    {
        // Several MiB, so records straddle the reader's 1 MiB blocks at many offsets.
        std::mt19937_64 rng(7);
        for (int i = 0; i < 3; ++i)
            compareWithReference(randomCsv(rng, (size_t{5} << 19) + size_t(i) * 77777, ','), ',',
                                 "large " + std::to_string(i));
    }
    void plainRecordsAtEveryBlockOffset()
    {
        // Only plain records (the quick path), with line ends of every kind, crossing the
        // buffer's end at every possible position of a record.
        std::string text;
        for (int i = 0; text.size() < (size_t{3} << 20); ++i) {
            text += std::to_string(i) + "," + std::string(size_t(i % 97), 'v') + ",é" + std::to_string(i % 13);
            text += i % 3 == 0 ? "\n" : i % 3 == 1 ? "\r\n" : "\r";
        }
        compareWithReference(text, ',', "plain");
    }
};

QTEST_GUILESS_MAIN(TestCsvSplit)
#include "test_csv_split.moc"
