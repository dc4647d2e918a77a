// The import's quick parsers and checks against plain references of the same rules: ISO
// dates at fixed places, UTF-8 validation that skips ASCII a word at a time, the dictionary
// hash over strings of every length, and the inference's settled type.
#include "data/column.h"
#include "data/text_encoding.h"
#include "data/type_inference.h"
#include "data/types.h"

#include <QtTest>

#include <charconv>
#include <cmath>
#include <cstring>
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
    void isoDatesOfEveryTableYearAndBeyond()
    {
        // Every day of 1899..2157 (the year table's edges and both sides) and the invalid days
        // around each month end: the table lookup against the plain formula.
        for (int y = 1899; y <= 2157; ++y)
            for (unsigned m = 0; m <= 13; ++m)
                for (unsigned d = 0; d <= 32; ++d) {
                    char buf[32];
                    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
                    QCOMPARE(parseIsoDate(buf), referenceDate(buf));
                    int32_t days = -1;
                    QCOMPARE(parseIsoDateInto(buf, days), referenceDate(buf).has_value());
                    if (referenceDate(buf))
                        QCOMPARE(days, *referenceDate(buf));
                }
        QVERIFY(!parseIsoDate("2024-0a-01"));
        QVERIFY(!parseIsoDate("2024-01-0\xB1")); // a byte with the high bit set
        QVERIFY(!parseIsoDate("2024/01/01"));
    }
    void isoTimestampsFixedPlacesMatchTheGeneralReader()
    {
        // The 19-byte form is read at fixed places; every text gets the same answer as the
        // field-by-field reader (which also takes the other forms).
        std::mt19937_64 rng(3);
        const std::string alphabet = "0123456789-: T.Zx";
        for (int i = 0; i < 300000; ++i) {
            std::string s;
            char buf[48];
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d%c%02d:%02d:%02d", int(1890 + rng() % 300), int(rng() % 14),
                          int(rng() % 33), (i & 1) ? ' ' : 'T', int(rng() % 26), int(rng() % 62), int(rng() % 62));
            s = buf;
            if (i % 5 == 1)
                s[rng() % s.size()] = alphabet[rng() % alphabet.size()];
            if (i % 11 == 2)
                s.resize(rng() % (s.size() + 1));
            if (i % 13 == 3)
                s += (i & 2) ? ".5" : "Z";
            int64_t fast = -1;
            const auto general = parseIsoTimestampGeneral(s);
            QCOMPARE(parseIsoTimestampInto(s, fast), general.has_value());
            if (general)
                QCOMPARE(fast, *general);
            QCOMPARE(parseIsoTimestamp(s), general);
        }
        QCOMPARE(parseIsoTimestamp("2023-02-14 08:53:03").value(),
                 int64_t(daysFromCivil(2023, 2, 14)) * kMicrosPerDay + ((8 * 60 + 53) * 60 + 3) * kMicrosPerSecond);
        QVERIFY(!parseIsoTimestamp("2023-02-14 24:00:00"));
        QCOMPARE(parseIsoTimestamp("2023-02-14 23:59:60").has_value(), true); // a leap second, as before
        QVERIFY(!parseIsoTimestamp("2023-02-29 10:00:00"));
    }
    void plainDecimalsMatchTheLibrary()
    {
        // The reference: std::from_chars after an optional '+', finite results only.
        auto reference = [](std::string_view s) -> std::optional<double> {
            if (!s.empty() && s.front() == '+')
                s.remove_prefix(1);
            double v;
            const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
            if (s.empty() || ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v))
                return std::nullopt;
            return v;
        };
        auto same = [&](const std::string& s) {
            const auto want = reference(s);
            double got = 0;
            QCOMPARE(parseDoubleInto(s, got), want.has_value());
            if (want) {
                QCOMPARE(std::memcmp(&got, &*want, sizeof got), 0); // bit for bit: -0.0 too
            }
            QCOMPARE(parseDouble(s).has_value(), want.has_value());
        };
        std::mt19937_64 rng(4);
        const std::string alphabet = "0123456789.-+e";
        for (int i = 0; i < 400000; ++i) {
            std::string s;
            if (i % 3 == 0) { // money-like: up to 20 digits, up to 23 decimals
                const int whole = int(rng() % 21), decimals = int(rng() % 24);
                if (rng() % 4 == 0)
                    s += '-';
                for (int k = 0; k < whole; ++k)
                    s += char('0' + rng() % 10);
                if (decimals > 0 || rng() % 8 == 0) {
                    s += '.';
                    for (int k = 0; k < decimals; ++k)
                        s += char('0' + rng() % 10);
                }
            } else if (i % 3 == 1) { // near 2^53 and the 19-digit edge
                uint64_t m = (uint64_t{1} << 53) - 3 + rng() % 6;
                if (i % 2)
                    m = 9999999999999999999ULL - rng() % 3;
                s = std::to_string(m);
                const size_t dot = rng() % (s.size() + 1);
                if (dot < s.size() && dot > 0)
                    s.insert(dot, ".");
            } else {
                const size_t n = rng() % 10;
                for (size_t k = 0; k < n; ++k)
                    s += alphabet[rng() % alphabet.size()];
            }
            same(s);
        }
        for (const char* s : {"-0", "-0.00", "0.1", "1024.43", "+5.5", "+-1", "1.", ".5", "-", "", "1e5",
                              "0.30000000000000004", "9007199254740993", "9007199254740992.5", "123456789012.3456789"})
            same(s);
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
