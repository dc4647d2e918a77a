// The two dialects. Each method is small on purpose: this file is the one place that says how
// SQLite and PostgreSQL differ, so a reader can compare them side by side.
#include "sql/dialect.h"

#include "util/error.h"

#include <cmath>
#include <cstdio>
#include <vector>
#include <limits>

namespace seg {

namespace {

void refuseNul(std::string_view text, const char* what)
{
    if (text.find('\0') != std::string_view::npos)
        throw Error(std::string(what) + " contains a NUL character, which SQL engines cannot store in text");
}

// Translates a pattern of the engine's LIKE (escape: -1 none) into pieces: literal bytes and
// the wildcards, so each dialect can write them its own way.
template <class Literal, class Any, class One>
void walkLikePattern(std::string_view pattern, int escape, Literal&& literalByte, Any&& anyRun, One&& oneChar)
{
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char ch = pattern[i];
        if (escape >= 0 && static_cast<unsigned char>(ch) == escape) {
            // An escape at the very end matches itself (docs section 6, LIKE).
            literalByte(i + 1 < pattern.size() ? pattern[++i] : ch);
        } else if (ch == '%') {
            anyRun();
        } else if (ch == '_') {
            oneChar();
        } else {
            literalByte(ch);
        }
    }
}

// ---------------------------------------------------------------------------------------------
class SqliteDialect final : public Dialect {
public:
    DialectKind kind() const override { return DialectKind::Sqlite; }

    std::string literal(const Value& v) const override
    {
        if (v.null)
            return "NULL";
        switch (v.type) {
        case DataType::Int: return std::to_string(v.i);
        case DataType::Double: return doubleText(v.d);
        case DataType::Bool: return v.i ? "1" : "0";
        case DataType::Date: return standardStringLiteral(formatDate(static_cast<int32_t>(v.i)));
        case DataType::Timestamp: return standardStringLiteral(formatTimestamp(v.i));
        case DataType::String: refuseNul(v.s, "a string value"); return sqliteStringLiteral(v.s);
        }
        return "NULL";
    }
    std::string placeholder(size_t index, DataType) const override { return "?" + std::to_string(index); }
    std::string columnType(DataType type) const override
    {
        switch (type) {
        case DataType::Int: return "BIGINT";
        case DataType::Double: return "DOUBLE";
        case DataType::Bool: return "BOOLEAN";
        case DataType::Date: return "DATE";
        case DataType::Timestamp: return "TIMESTAMP";
        case DataType::String: return "TEXT";
        }
        return "TEXT";
    }
    std::string boolValue(bool v) const override { return v ? "1" : "0"; }
    std::string toDouble(const std::string& x) const override { return "CAST(" + x + " AS REAL)"; }
    std::string dateToTimestamp(const std::string& x) const override { return "(" + x + " || ' 00:00:00')"; }
    std::string daysSince(const std::string& x, DataType, const std::string& asOf) const override
    {
        // julianday() of two midnights differs by a whole number, exactly representable.
        return "CAST(julianday(" + asOf + ") - julianday(date(" + x + ")) AS INTEGER)";
    }
    // SQLite's built-in lower()/upper() change ASCII letters only, as the spec wants.
    std::string lowerAscii(const std::string& x) const override { return "lower(" + x + ")"; }
    std::string upperAscii(const std::string& x) const override { return "upper(" + x + ")"; }
    std::string charLength(const std::string& x) const override { return "length(" + x + ")"; }

    // SQLite's LIKE ignores ASCII case; GLOB is case-sensitive and its '?' is one UTF-8
    // character, so a constant LIKE pattern becomes a GLOB pattern with [*] [?] [[] for the
    // GLOB wildcards that are literal here.
    std::string likeConstant(const std::string& x, std::string_view pattern, int escape,
                             const std::function<std::string(const Value&)>& bindText) const override
    {
        std::string glob;
        walkLikePattern(
            pattern, escape, [&](char ch) { appendGlobLiteral(glob, ch); }, [&] { glob += '*'; }, [&] { glob += '?'; });
        return "(" + x + " GLOB " + bindText(Value::ofString(glob)) + ")";
    }
    std::string likeDynamic(const std::string& x, const std::string& pattern, int escape) const override
    {
        if (escape >= 0)
            throw Error("LIKE ... ESCAPE with a pattern that is not a constant cannot be compiled for SQLite");
        // The same translation done by replace(): '[' first, so the brackets added later stay.
        const std::string glob = "replace(replace(replace(replace(replace(" + pattern
            + ", '[', '[[]'), '*', '[*]'), '?', '[?]'), '%', '*'), '_', '?')";
        return "(" + x + " GLOB " + glob + ")";
    }
    std::string affix(const std::string& x, std::string_view text, Affix where,
                      const std::function<std::string(const Value&)>& bindText) const override
    {
        std::string glob = where == Affix::Prefix ? "" : "*";
        for (char ch : text)
            appendGlobLiteral(glob, ch);
        if (where != Affix::Suffix)
            glob += '*';
        return "(" + x + " GLOB " + bindText(Value::ofString(glob)) + ")";
    }
    // seg_md5_prefix32() is registered by Segment Studio's SQLite connection (SQLite has no MD5).
    std::string splitBucket100(const std::string& text) const override
    {
        return "(seg_md5_prefix32(" + text + ") * 100 / 4294967296.0)";
    }
    std::string keyText(const std::string& key, DataType type) const override
    {
        return type == DataType::Int ? "CAST(" + key + " AS TEXT)" : key;
    }
    // Registered by Segment Studio's SQLite connection: SQLite's sum() adds doubles in row order.
    std::string exactSum(const std::string& x) const override { return "seg_exact_sum(" + x + ")"; }
    std::string exactAvg(const std::string& x) const override { return "seg_exact_avg(" + x + ")"; }
    std::string ceilNonNegative(const std::string& x) const override
    {
        return "(CAST(" + x + " AS INTEGER) + (" + x + " > CAST(" + x + " AS INTEGER)))";
    }
    std::string doubleNumber(std::string_view text) const override { return std::string(text); }
    std::string typedNull(DataType type) const override
    {
        return type == DataType::Double ? "CAST(NULL AS REAL)" : "NULL";
    }

private:
    static void appendGlobLiteral(std::string& glob, char ch)
    {
        if (ch == '*' || ch == '?' || ch == '[') {
            glob += '[';
            glob += ch;
            glob += ']';
        } else {
            glob += ch;
        }
    }
    static std::string doubleText(double d)
    {
        if (std::isnan(d))
            return "NULL";
        if (std::isinf(d))
            return d > 0 ? "9e999" : "-9e999";
        std::string t = formatDouble(d);
        if (t.find_first_of(".eEn") == std::string::npos)
            t += ".0"; // keep it a REAL: "3" would be an INTEGER
        return t;
    }
};

// ---------------------------------------------------------------------------------------------
class PostgresDialect final : public Dialect {
public:
    DialectKind kind() const override { return DialectKind::Postgres; }

    std::string literal(const Value& v) const override
    {
        if (v.null)
            return typedNull(v.type);
        switch (v.type) {
        case DataType::Int:
            return v.i == std::numeric_limits<int64_t>::min() ? "CAST('" + std::to_string(v.i) + "' AS bigint)"
                                                               : std::to_string(v.i);
        case DataType::Double: return "CAST(" + doubleText(v.d) + " AS double precision)";
        case DataType::Bool: return v.i ? "TRUE" : "FALSE";
        case DataType::Date: return "DATE '" + formatDate(static_cast<int32_t>(v.i)) + "'";
        case DataType::Timestamp: return "TIMESTAMP '" + formatTimestamp(v.i) + "'";
        case DataType::String: refuseNul(v.s, "a string value"); return stringLiteral(v.s);
        }
        return "NULL";
    }
    std::string placeholder(size_t index, DataType type) const override
    {
        return "CAST($" + std::to_string(index) + " AS " + columnType(type) + ")";
    }
    std::string columnType(DataType type) const override
    {
        switch (type) {
        case DataType::Int: return "bigint";
        case DataType::Double: return "double precision";
        case DataType::Bool: return "boolean";
        case DataType::Date: return "date";
        case DataType::Timestamp: return "timestamp";
        case DataType::String: return "text";
        }
        return "text";
    }
    std::string boolValue(bool v) const override { return v ? "TRUE" : "FALSE"; }
    std::string toDouble(const std::string& x) const override { return "CAST(" + x + " AS double precision)"; }
    std::string dateToTimestamp(const std::string& x) const override { return "CAST(" + x + " AS timestamp)"; }
    std::string daysSince(const std::string& x, DataType, const std::string& asOf) const override
    {
        return "CAST(" + asOf + " - CAST(" + x + " AS date) AS bigint)";
    }
    // The "C" collation compares bytes and folds ASCII letters only, whatever the database's locale.
    std::string bytewise(const std::string& x) const override { return "(" + x + " COLLATE \"C\")"; }
    std::string lowerAscii(const std::string& x) const override { return "lower(" + bytewise(x) + ")"; }
    std::string upperAscii(const std::string& x) const override { return "upper(" + bytewise(x) + ")"; }
    std::string charLength(const std::string& x) const override { return "CAST(char_length(" + x + ") AS bigint)"; }

    // PostgreSQL's LIKE is case-sensitive and '_' is one character, but '\' escapes by
    // default: patterns are rewritten with '!' as the only escape character.
    std::string likeConstant(const std::string& x, std::string_view pattern, int escape,
                             const std::function<std::string(const Value&)>& bindText) const override
    {
        std::string like;
        walkLikePattern(
            pattern, escape, [&](char ch) { appendLikeLiteral(like, ch); }, [&] { like += '%'; }, [&] { like += '_'; });
        return "(" + bytewise(x) + " LIKE " + bindText(Value::ofString(like)) + " ESCAPE '!')";
    }
    std::string likeDynamic(const std::string& x, const std::string& pattern, int escape) const override
    {
        const std::string esc = escape < 0 ? "''" : stringLiteral(std::string(1, static_cast<char>(escape)));
        return "(" + bytewise(x) + " LIKE " + pattern + " ESCAPE " + esc + ")";
    }
    std::string affix(const std::string& x, std::string_view text, Affix where,
                      const std::function<std::string(const Value&)>& bindText) const override
    {
        std::string like = where == Affix::Prefix ? "" : "%";
        for (char ch : text)
            appendLikeLiteral(like, ch);
        if (where != Affix::Suffix)
            like += '%';
        return "(" + bytewise(x) + " LIKE " + bindText(Value::ofString(like)) + " ESCAPE '!')";
    }
    std::string splitBucket100(const std::string& text) const override
    {
        return "(CAST(CAST(CAST('x' || substr(md5(" + text
            + "), 1, 8) AS bit(32)) AS bigint) * 100 AS double precision) / CAST(4294967296 AS double precision))";
    }
    std::string keyText(const std::string& key, DataType type) const override
    {
        if (type == DataType::Date)
            return "to_char(" + key + ", 'YYYY-MM-DD')";
        return type == DataType::String ? key : "CAST(" + key + " AS text)";
    }
    // float8 -> text gives the shortest decimal that reads back (PostgreSQL 12+), the same
    // decimal the in-memory engine adds; numeric adds it exactly and the cast rounds once.
    std::string exactSum(const std::string& x) const override
    {
        return "CAST(sum(CAST(CAST(" + x + " AS text) AS numeric)) AS double precision)";
    }
    // numeric division keeps the dividend's scale (at least 16 digits): 40 decimals make the
    // quotient exact enough that rounding it to a double is the exact quotient's rounding.
    std::string exactAvg(const std::string& x) const override
    {
        return "CAST(round(sum(CAST(CAST(" + x + " AS text) AS numeric)), 40) / count(" + x + ") AS double precision)";
    }
    std::string ceilNonNegative(const std::string& x) const override { return "CAST(ceil(" + x + ") AS bigint)"; }
    std::string doubleNumber(std::string_view text) const override
    {
        return "CAST(" + std::string(text) + " AS double precision)";
    }
    std::string typedNull(DataType type) const override { return "CAST(NULL AS " + columnType(type) + ")"; }

private:
    static void appendLikeLiteral(std::string& like, char ch)
    {
        if (ch == '%' || ch == '_' || ch == '!')
            like += '!';
        like += ch;
    }
    // E'' strings escape backslashes explicitly, so the text means the same whatever the
    // server's standard_conforming_strings says.
    // Control and bidirectional characters are escaped too (\n, \xHH, \uXXXX).
    static std::string stringLiteral(std::string_view s)
    {
        refuseNul(s, "a string value");
        bool plain = s.find('\\') == std::string_view::npos;
        for (size_t i = 0; i < s.size() && plain; ++i)
            plain = escapedCharLength(s, i) == 0;
        if (plain)
            return standardStringLiteral(s);
        std::string out = "E'";
        for (size_t i = 0; i < s.size(); ++i) {
            const char ch = s[i];
            if (const size_t n = escapedCharLength(s, i)) {
                const char32_t cp = escapedCodePoint(s, i, n);
                char buf[16];
                if (cp == '\n' || cp == '\r' || cp == '\t')
                    std::snprintf(buf, sizeof buf, "\\%c", cp == '\n' ? 'n' : cp == '\r' ? 'r' : 't');
                else if (cp < 0x80)
                    std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(cp));
                else
                    std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
                out += buf;
                i += n - 1;
                continue;
            }
            if (ch == '\'' || ch == '\\')
                out += ch;
            out += ch;
        }
        return out + "'";
    }
    static std::string doubleText(double d)
    {
        if (std::isnan(d))
            return "'NaN'";
        if (std::isinf(d))
            return d > 0 ? "'Infinity'" : "'-Infinity'";
        return formatDouble(d);
    }
};

} // namespace

std::string_view dialectName(DialectKind kind)
{
    switch (kind) {
    case DialectKind::Sqlite: return "sqlite";
    case DialectKind::Postgres: return "postgres";
    case DialectKind::ClickHouse: return "clickhouse";
    }
    return "sqlite";
}

std::optional<DialectKind> parseDialect(std::string_view name)
{
    if (name == "sqlite")
        return DialectKind::Sqlite;
    if (name == "postgres" || name == "postgresql")
        return DialectKind::Postgres;
    if (name == "clickhouse")
        return DialectKind::ClickHouse;
    return std::nullopt;
}

std::string standardStringLiteral(std::string_view s)
{
    std::string out = "'";
    for (char ch : s) {
        if (ch == '\'')
            out += '\'';
        out += ch;
    }
    return out + "'";
}

size_t escapedCharLength(std::string_view s, size_t i)
{
    const auto b = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    const unsigned c = b(0);
    if (c < 0x20 || c == 0x7F)
        return 1;
    if (c == 0xD8 && b(1) == 0x9C) // U+061C arabic letter mark
        return 2;
    if (c == 0xE2 && b(1) == 0x80 && (b(2) == 0x8E || b(2) == 0x8F || (b(2) >= 0xA8 && b(2) <= 0xAE)))
        return 3; // U+200E/F, U+2028/9, U+202A-E
    if (c == 0xE2 && b(1) == 0x81 && b(2) >= 0xA6 && b(2) <= 0xA9)
        return 3; // U+2066-9
    return 0;
}

char32_t escapedCodePoint(std::string_view s, size_t i, size_t length)
{
    const auto b = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
    if (length == 1)
        return b(0);
    if (length == 2)
        return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
}

std::string sqliteStringLiteral(std::string_view s)
{
    std::vector<std::string> parts;
    size_t from = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const size_t n = escapedCharLength(s, i);
        if (n == 0)
            continue;
        if (i > from)
            parts.push_back(standardStringLiteral(s.substr(from, i - from)));
        parts.push_back("char(" + std::to_string(static_cast<uint32_t>(escapedCodePoint(s, i, n))) + ")");
        i += n - 1;
        from = i + 1;
    }
    if (parts.empty())
        return standardStringLiteral(s);
    if (from < s.size())
        parts.push_back(standardStringLiteral(s.substr(from)));
    std::string out = "(";
    for (size_t k = 0; k < parts.size(); ++k)
        out += (k ? " || " : "") + parts[k];
    return out + ")";
}

std::string Dialect::quoteIdentifier(std::string_view name) const
{
    refuseNul(name, "a column or table name");
    std::string out = "\"";
    for (char ch : name) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    return out + "\"";
}

std::unique_ptr<Dialect> makeDialect(DialectKind kind)
{
    if (kind == DialectKind::Sqlite)
        return std::make_unique<SqliteDialect>();
    if (kind == DialectKind::ClickHouse)
        return makeClickHouseDialect();
    return std::make_unique<PostgresDialect>();
}

} // namespace seg
