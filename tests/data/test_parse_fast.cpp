// The import's quick parsers and checks against plain references of the same rules: ISO
// dates at fixed places, UTF-8 validation that skips ASCII a word at a time, the dictionary
// hash over strings of every length, and the inference's settled type.
#include "data/column.h"
#include "data/text_encoding.h"
#include "data/type_inference.h"
#include "data/types.h"

#include <QtTest>

#include <random>
#include <set>

using namespace seg;

namespace {

// YYYY-MM-DD read digit by digit, as the general date code does.
std::optional<int32_t> referenceDate(std::string_view s)
{
    size_t pos = 0;
    auto digits = [&](int width, int& out) {
        int v = 0, n = 0;
        while (pos < s.size() && n < width && s[pos] >= '0' && s[pos] <= '9') {
            v = v * 10 + (s[pos++] - '0');
            ++n;
        }
        out = v;
        return n == width;
    };
    auto dash = [&] { return pos < s.size() && s[pos++] == '-'; };
    int y, m, d;
    if (!digits(4, y) || !dash() || !digits(2, m) || !dash() || !digits(2, d) || pos != s.size())
        return std::nullopt;
    if (!isValidCivil(y, unsigned(m), unsigned(d)))
        return std::nullopt;
    return daysFromCivil(y, unsigned(m), unsigned(d));
}

// The byte-at-a-time validator (the code before the ASCII skip).
size_t referenceInvalidUtf8(std::string_view text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    for (size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len;
        char32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

} // namespace

class TestParseFast : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void isoDatesMatchTheReference()
    {
        std::mt19937_64 rng(1);
        const std::string alphabet = "0123456789--- x+";
        for (int i = 0; i < 200000; ++i) {
            std::string s;
            if (i % 2) { // mostly well-formed, with odd digits
                char buf[32];
                std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(rng() % 10000), int(rng() % 14), int(rng() % 33));
                s = buf;
                if (i % 7 == 1)
                    s[rng() % s.size()] = alphabet[rng() % alphabet.size()];
            } else {
                const size_t n = rng() % 13;
                for (size_t k = 0; k < n; ++k)
                    s += alphabet[rng() % alphabet.size()];
            }
            QCOMPARE(parseIsoDate(s), referenceDate(s));
        }
        QCOMPARE(parseIsoDate("0000-01-01").value(), daysFromCivil(0, 1, 1));
        QVERIFY(!parseIsoDate("2024-01-1"));
        QVERIFY(!parseIsoDate("+024-01-01"));
        QVERIFY(!parseIsoDate("2024-01-01 "));
    }
    void utf8ValidationMatchesTheReference()
    {
        std::mt19937_64 rng(2);
        const std::vector<std::string> pieces{"a", "bcdefgh", "é", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\x80", "\xC3",
                                              "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC0\xAF",
                                              "\xFF", "12345678"};
        for (int i = 0; i < 50000; ++i) {
            std::string s;
            const size_t n = rng() % 12;
            for (size_t k = 0; k < n; ++k)
                s += pieces[rng() % pieces.size()];
            QCOMPARE(findInvalidUtf8(s), referenceInvalidUtf8(s));
        }
    }
    void dictionaryOverStringsOfEveryLength()
    {
        // Strings of 0..70 bytes that differ in one byte anywhere: every one gets its own code,
        // in first-seen order, and is found again.
        Column c("s", DataType::String);
        std::vector<std::string> all;
        for (size_t len = 0; len <= 70; ++len)
            for (size_t at = 0; at < std::max<size_t>(len, 1); ++at)
                for (const char ch : {'a', 'b', '\0', '\xE9'}) {
                    std::string s(len, 'x');
                    if (len > 0)
                        s[at] = ch;
                    all.push_back(s);
                }
        std::set<std::string> seen;
        std::vector<std::string> distinct;
        for (const auto& s : all) {
            c.appendString(s);
            if (seen.insert(s).second)
                distinct.push_back(s);
        }
        QCOMPARE(c.dict(), distinct);
        for (size_t i = 0; i < distinct.size(); ++i)
            QCOMPARE(c.findCode(distinct[i]), int32_t(i));
        QCOMPARE(c.findCode("not there"), -1);

        // Pre-sized, then appended chunk-wise: same codes as one by one.
        Column a("s", DataType::String), b("s", DataType::String), whole("s", DataType::String);
        a.reserveDictionary(10);
        for (size_t i = 0; i < all.size(); ++i) {
            (i < all.size() / 2 ? a : b).appendString(all[i]);
            whole.appendString(all[i]);
        }
        a.appendColumn(std::move(b));
        QCOMPARE(a.dict(), whole.dict());
        QCOMPARE(a.codes(), whole.codes());
    }
    void settledTypeIsTheResultSoFar()
    {
        const std::vector<std::vector<std::string>> columns{
            {"1", "2"}, {"1", "2.5"}, {"true", "FALSE"}, {"2024-01-01"}, {"2024-01-01 10:00"}, {"x"}, {"1", "x"}};
        for (const auto& values : columns) {
            TypeInference t;
            QVERIFY(!t.settledType());
            for (const auto& v : values)
                t.add(v);
            QVERIFY(t.settledType());
            QCOMPARE(int(*t.settledType()), int(t.result()));
        }
    }
};

QTEST_GUILESS_MAIN(TestParseFast)
#include "test_parse_fast.moc"
