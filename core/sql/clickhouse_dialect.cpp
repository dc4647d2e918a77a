// The ClickHouse dialect, written for the 18.16 server Debian 12 ships (and newer ones): no bind
// parameters over HTTP, so every value is an escaped literal; backslash escapes in string
// literals; no CTE subqueries, INTERSECT/EXCEPT, window functions or multiple JOINs (the
// structure hooks of Dialect say so and the compiler writes nested subqueries instead).
// Dates and timestamps are stored as integers (days, microseconds), see dialect.h.
#include "sql/dialect.h"

#include "util/error.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>

namespace seg {

namespace {

constexpr const char* kMicrosPerDay = "86400000000";

class ClickHouseDialect final : public Dialect {
public:
    DialectKind kind() const override { return DialectKind::ClickHouse; }

    // Backquotes; ClickHouse reads backslash escapes inside them as in strings.
    std::string quoteIdentifier(std::string_view name) const override
    {
        if (name.find('\0') != std::string_view::npos)
            throw Error("a column or table name contains a NUL character, which SQL engines cannot store in text");
        std::string out = "`";
        for (char ch : name) {
            if (ch == '`' || ch == '\\')
                out += '\\';
            out += ch;
        }
        return out + "`";
    }

    std::string literal(const Value& v) const override
    {
        if (v.null)
            return typedNull(v.type);
        switch (v.type) {
        case DataType::Int:
            return v.i == std::numeric_limits<int64_t>::min() ? "toInt64('" + std::to_string(v.i) + "')"
                                                               : "toInt64(" + std::to_string(v.i) + ")";
        case DataType::Double: return doubleText(v.d);
        case DataType::Bool: return v.i ? "1" : "0";
        case DataType::Date: return "toInt32(" + std::to_string(v.i) + ")";
        case DataType::Timestamp: return "toInt64(" + std::to_string(v.i) + ")";
        case DataType::String: return clickHouseStringLiteral(v.s);
        }
        return "NULL";
    }
    std::string placeholder(size_t, DataType) const override
    {
        throw Error("internal error: ClickHouse's HTTP interface takes no bound parameters (literals are escaped)");
    }
    std::string columnType(DataType type) const override
    {
        switch (type) {
        case DataType::Int: return "Int64";
        case DataType::Double: return "Float64";
        case DataType::Bool: return "UInt8";
        case DataType::Date: return "Int32";
        case DataType::Timestamp: return "Int64";
        case DataType::String: return "String";
        }
        return "String";
    }
    std::string boolValue(bool v) const override { return v ? "1" : "0"; }
    std::string toDouble(const std::string& x) const override { return "toFloat64(" + x + ")"; }
    std::string dateToTimestamp(const std::string& x) const override
    {
        return "(toInt64(" + x + ") * " + kMicrosPerDay + ")";
    }
    std::string daysSince(const std::string& x, DataType type, const std::string& asOf) const override
    {
        if (type != DataType::Timestamp)
            return "(toInt64(" + asOf + ") - toInt64(" + x + "))";
        // intDiv truncates toward zero; the calendar day of a timestamp before 1970 is the floor.
        return "(toInt64(" + asOf + ") - (intDiv(" + x + ", " + kMicrosPerDay + ") - (modulo(" + x + ", "
            + kMicrosPerDay + ") < 0)))";
    }
    // ClickHouse compares String bytes, and lower()/upper() change ASCII letters only.
    std::string lowerAscii(const std::string& x) const override { return "lower(" + x + ")"; }
    std::string upperAscii(const std::string& x) const override { return "upper(" + x + ")"; }
    std::string charLength(const std::string& x) const override { return "toInt64(lengthUTF8(" + x + "))"; }

    // ClickHouse's LIKE is case-sensitive, '_' is one UTF-8 code point and '\\' escapes.
    std::string likeConstant(const std::string& x, std::string_view pattern, int escape,
                             const std::function<std::string(const Value&)>& bindText) const override
    {
        std::string like;
        for (size_t i = 0; i < pattern.size(); ++i) {
            const char ch = pattern[i];
            if (escape >= 0 && static_cast<unsigned char>(ch) == escape)
                appendLikeLiteral(like, i + 1 < pattern.size() ? pattern[++i] : ch); // docs section 6
            else if (ch == '%' || ch == '_')
                like += ch;
            else
                appendLikeLiteral(like, ch);
        }
        return "(" + x + " LIKE " + bindText(Value::ofString(like)) + ")";
    }
    std::string likeDynamic(const std::string& x, const std::string& pattern, int escape) const override
    {
        if (escape == '\\')
            return "(" + x + " LIKE " + pattern + ")";
        if (escape >= 0)
            throw Error("LIKE ... ESCAPE other than '\\' with a pattern that is not a constant cannot be compiled "
                        "for ClickHouse");
        // Without ESCAPE a backslash is an ordinary character; ClickHouse's LIKE would read it as one.
        return "(" + x + " LIKE replaceAll(" + pattern + ", '\\\\', '\\\\\\\\'))";
    }
    std::string affix(const std::string& x, std::string_view text, Affix where,
                      const std::function<std::string(const Value&)>& bindText) const override
    {
        const std::string t = bindText(Value::ofString(std::string(text)));
        switch (where) {
        case Affix::Contains: return "(position(" + x + ", " + t + ") > 0)";
        case Affix::Prefix: return "startsWith(" + x + ", " + t + ")";
        case Affix::Suffix: return "endsWith(" + x + ", " + t + ")";
        }
        return "0";
    }
    // MD5 is 16 raw bytes; reinterpretAsUInt32 reads little-endian, so the first four are reversed.
    std::string splitBucket100(const std::string& text) const override
    {
        return "(toFloat64(reinterpretAsUInt32(reverse(substring(MD5(" + text + "), 1, 4)))) * 100 / 4294967296.0)";
    }
    std::string keyText(const std::string& key, DataType type) const override
    {
        if (type == DataType::String)
            return key;
        if (type == DataType::Date) // YYYY-MM-DD for days 0..65535 (1970-2149), ClickHouse's Date range
            return "toString(toDate(toUInt16(" + key + ")))";
        return "toString(" + key + ")";
    }
    // Decimal-exact: each double's shortest decimal text (what the engine adds) as Decimal128
    // with 18 decimals, summed exactly. 18.16 rounds twice when it turns a Decimal or a decimal
    // text into a double, so the sum's digits D and scale s are taken from its text and the
    // double is D / 10^s, a division of two exact doubles (rounded once) while D has at most 15
    // digits; longer sums fall back to ClickHouse's parser. Values with more than 18 decimals or
    // sums of 1e18 or more make the node fail with ClickHouse's message (docs section 6).
    // (sumKahan's partial states crash 18.16's Distributed queries.)
    std::string exactSum(const std::string& x) const override { return decimalToDouble(decimalSum(x), ""); }
    // The exact quotient rounded once: D / (10^s * count), both exact doubles.
    std::string exactAvg(const std::string& x) const override
    {
        return "if(count(" + x + ") = 0, NULL, " + decimalToDouble(decimalSum(x), "count(" + x + ")") + ")";
    }
    std::string ceilNonNegative(const std::string& x) const override { return "toInt64(ceil(" + x + "))"; }
    // An integer, so CASE branches with ceilNonNegative share a type (ClickHouse has no common
    // type of Float64 and Int64).
    std::string roundHalf(const std::string& x) const override { return "toInt64(round(" + x + "))"; }
    std::string doubleNumber(std::string_view text) const override { return "toFloat64(" + std::string(text) + ")"; }
    std::string typedNull(DataType type) const override { return "CAST(NULL AS Nullable(" + columnType(type) + "))"; }

    // 18.16's IN ignores NULLs: NULL IN (...) is 0 and NULL NOT IN (...) is 1, so NULL x and
    // a miss against a list holding NULL are spelled out.
    std::string inValues(const std::string& x, std::vector<std::string> items, const std::string& nullItem,
                         bool negate) const override
    {
        const std::string miss = !nullItem.empty() ? "NULL" : negate ? "1" : "0";
        if (items.empty())
            return "multiIf(isNull(" + x + "), NULL, " + miss + ")";
        std::string list;
        for (size_t k = 0; k < items.size(); ++k)
            list += (k ? ", " : "") + items[k];
        return "multiIf(isNull(" + x + "), NULL, " + x + " IN (" + list + "), " + (negate ? "0" : "1") + ", " + miss + ")";
    }
    // 18.16 prints -(-x) as --x when it sends a query to the shards, which is a comment there.
    std::string negate(const std::string& x) const override { return "(" + x + " * toInt8(-1))"; }
    // count() is UInt64, which has no common type with Int64 (coalesce, CASE).
    std::string countRows() const override { return "toInt64(count())"; }
    // NOT NOT NOT x trips 18.16's expression analyzer ("Not found column ... in block").
    std::string logicalNot(const std::string& x) const override { return "(" + x + " = 0)"; }

    // 18.16's and/or read NULL as false. Each operand is ranked false 0, NULL 1, true 2 (once, so
    // nesting does not repeat it); AND is the least rank, OR the greatest, mapped back.
    std::string logicalJunction(bool isAnd, const std::vector<std::string>& kids) const override
    {
        std::string combined;
        for (const auto& k : kids) {
            const std::string rank = "ifNull(toUInt8(" + k + ") * 2, 1)";
            combined = combined.empty() ? rank : std::string(isAnd ? "least(" : "greatest(") + combined + ", " + rank + ")";
        }
        return "arrayElement([0, NULL, 1], " + combined + " + 1)";
    }

    bool bindsParameters() const override { return false; }
    std::string runTablePrefix() const override
    {
        std::random_device random;
        static const char* hex = "0123456789abcdef";
        std::string p = "seg_run_";
        for (int i = 0; i < 12; ++i)
            p += hex[random() & 15];
        return p + "_";
    }
    bool withCtes() const override { return false; }
    std::string inSubquery(bool negate) const override { return negate ? " GLOBAL NOT IN " : " GLOBAL IN "; }
    bool setOperators() const override { return false; }
    bool windowFunctions() const override { return false; }
    bool qualifiedJoins() const override { return false; }
    std::string leftJoin() const override { return " GLOBAL ANY LEFT JOIN "; }
    std::string createTableAs(const std::string& name, const std::string& select) const override
    {
        return "CREATE TABLE " + name + " ENGINE = Memory AS " + select;
    }

private:
    static std::string decimalSum(const std::string& x) { return "sum(toDecimal128(toString(" + x + "), 18))"; }
    static std::string decimalToDouble(const std::string& decimal, const std::string& count)
    {
        const std::string text = "replaceRegexpOne(toString(" + decimal + "), '\\\\.?0+$', '')";
        const std::string digits = "replaceOne(" + text + ", '.', '')";
        const std::string scale = "if(position(" + text + ", '.') = 0, 0, length(" + text + ") - position(" + text + ", '.'))";
        const std::string per = count.empty() ? "" : " * toFloat64(" + count + ")";
        return "if(length(" + digits + ") <= 15, toFloat64(toInt64OrZero(" + digits + ")) / (toFloat64(intExp10(" + scale
            + "))" + per + "), toFloat64(" + text + ")" + (count.empty() ? "" : " / toFloat64(" + count + ")") + ")";
    }
    static void appendLikeLiteral(std::string& like, char ch)
    {
        if (ch == '%' || ch == '_' || ch == '\\')
            like += '\\';
        like += ch;
    }
    // 18.16's parser may round decimal literals wrongly (0.7 and 1.84 come out one ulp off), so
    // a double is written as an exact integer, or an exact integer divided by an exact power of
    // ten (one correctly rounded division), or by its bits.
    static std::string doubleText(double d)
    {
        if (std::isnan(d))
            return "nan";
        if (std::isinf(d))
            return d > 0 ? "inf" : "-inf";
        char buffer[64];
        const auto res = std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::scientific);
        const std::string_view sci(buffer, static_cast<size_t>(res.ptr - buffer)); // -d.ddde+XX
        const size_t e = sci.find('e');
        std::string digits;
        for (char c : sci.substr(0, e))
            if (c >= '0' && c <= '9')
                digits += c;
        const int exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
        const int shift = exponent - static_cast<int>(digits.size() - 1); // d = digits * 10^shift
        const std::string sign = d < 0 ? "-" : "";
        if (digits.size() + static_cast<size_t>(std::max(shift, 0)) <= 15 && shift >= -19) {
            if (shift >= 0)
                return "toFloat64(" + sign + digits + std::string(static_cast<size_t>(shift), '0') + ")";
            return "(toFloat64(" + sign + digits + ") / 1" + std::string(static_cast<size_t>(-shift), '0') + ")";
        }
        uint64_t bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        static const char* hex = "0123456789ABCDEF";
        std::string h;
        for (int b = 0; b < 8; ++b) { // little-endian, as reinterpretAsFloat64 reads
            const unsigned byte = static_cast<unsigned>((bits >> (8 * b)) & 0xFF);
            h += hex[byte >> 4];
            h += hex[byte & 15];
        }
        return "reinterpretAsFloat64(unhex('" + h + "'))";
    }
};

} // namespace

std::string clickHouseStringLiteral(std::string_view s)
{
    if (s.find('\0') != std::string_view::npos)
        throw Error("a string value contains a NUL character, which SQL engines cannot store in text");
    std::string out = "'";
    for (size_t i = 0; i < s.size(); ++i) {
        const char ch = s[i];
        if (const size_t n = escapedCharLength(s, i)) { // control and bidi characters: \n or \xHH bytes
            for (size_t k = 0; k < n; ++k) {
                const auto b = static_cast<unsigned char>(s[i + k]);
                char buf[8];
                if (b == '\n' || b == '\r' || b == '\t')
                    std::snprintf(buf, sizeof buf, "\\%c", b == '\n' ? 'n' : b == '\r' ? 'r' : 't');
                else
                    std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(b));
                out += buf;
            }
            i += n - 1;
            continue;
        }
        if (ch == '\'' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out + "'";
}

std::unique_ptr<Dialect> makeClickHouseDialect() { return std::make_unique<ClickHouseDialect>(); }

} // namespace seg
