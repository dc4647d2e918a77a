#pragma once
// What differs between the SQL engines a graph compiles to. The compiler (sql_compiler.cpp)
// writes standard SQL and asks the dialect for every construct whose spelling or meaning
// differs: identifier quoting, literals and bind placeholders, how dates and timestamps are
// stored and compared, ASCII-only case folding, byte-order string comparison, LIKE and its
// escaping, the MD5 bucket of `split`, and the exact sums of behavior `sum`/`avg`.
//
// Storage conventions (what `load` writes and what queries expect):
//   SQLite:     int INTEGER, double REAL, bool INTEGER 0/1, date TEXT 'YYYY-MM-DD',
//               timestamp TEXT 'YYYY-MM-DD HH:MM:SS[.ffffff]' (UTC), string TEXT.
//   PostgreSQL: bigint, double precision, boolean, date, timestamp (without time zone, UTC),
//               text.
//   ClickHouse: Nullable(Int64), Nullable(Float64), Nullable(UInt8) 0/1, date Nullable(Int32) days
//               since 1970-01-01, timestamp Nullable(Int64) microseconds since 1970 UTC (18.16's
//               Date/DateTime cover 1970-2105 in whole seconds only), Nullable(String).
#include "data/types.h"
#include "data/value.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

enum class DialectKind { Sqlite, Postgres, ClickHouse };

std::string_view dialectName(DialectKind kind);
std::optional<DialectKind> parseDialect(std::string_view name);

class Dialect {
public:
    virtual ~Dialect() = default;
    virtual DialectKind kind() const = 0;

    // "name" with embedded quotes doubled. Throws seg::Error for names holding NUL.
    virtual std::string quoteIdentifier(std::string_view name) const;
    // A literal written into the SQL text, escaped. Throws seg::Error for strings holding NUL
    // (neither engine stores NUL in text; see docs/segment-graph.md section 6).
    virtual std::string literal(const Value& v) const = 0;
    // The placeholder of bound parameter number `index` (1-based) of type `type`.
    virtual std::string placeholder(size_t index, DataType type) const = 0;
    // The SQL column type `load` creates for a column of `type`.
    virtual std::string columnType(DataType type) const = 0;

    virtual std::string boolValue(bool v) const = 0;       // TRUE / 1
    virtual std::string toDouble(const std::string& x) const = 0;
    virtual std::string dateToTimestamp(const std::string& x) const = 0;
    // as_of minus the calendar day of x (a date or timestamp), in whole days.
    virtual std::string daysSince(const std::string& x, DataType type, const std::string& asOfDate) const = 0;
    // Makes a string operand compare by bytes (PostgreSQL: COLLATE "C").
    virtual std::string bytewise(const std::string& x) const { return x; }
    virtual std::string lowerAscii(const std::string& x) const = 0;
    virtual std::string upperAscii(const std::string& x) const = 0;
    virtual std::string charLength(const std::string& x) const = 0;
    // x LIKE <constant pattern> with the engine's meaning: '%' any run, '_' one code point,
    // everything else literal and case-sensitive; `escape` (-1: none) as in the expression.
    virtual std::string likeConstant(const std::string& x, std::string_view pattern, int escape,
                                     const std::function<std::string(const Value&)>& bindText) const = 0;
    virtual std::string likeDynamic(const std::string& x, const std::string& pattern, int escape) const = 0;
    // x contains / starts with / ends with the literal `text` (already a SQL expression).
    enum class Affix { Contains, Prefix, Suffix };
    virtual std::string affix(const std::string& x, std::string_view text, Affix where,
                              const std::function<std::string(const Value&)>& bindText) const = 0;
    // 100 * (first 4 bytes of MD5(text) big-endian) / 2^32 as a double expression.
    virtual std::string splitBucket100(const std::string& text) const = 0;
    // A key as text for the split hash: integers in decimal, dates YYYY-MM-DD, strings as is.
    virtual std::string keyText(const std::string& key, DataType type) const = 0;
    // Decimal-exact sum / average of x (spec: exact arithmetic, rounded once to a double).
    virtual std::string exactSum(const std::string& x) const = 0;
    virtual std::string exactAvg(const std::string& x) const = 0;
    // ceil(x) for x >= 0, as an integer.
    virtual std::string ceilNonNegative(const std::string& x) const = 0;
    virtual std::string roundHalf(const std::string& x) const { return "round(" + x + ")"; }
    // The literal 100 or 1e-9 etc. as a double in this dialect.
    virtual std::string doubleNumber(std::string_view text) const = 0;
    // CAST(NULL AS <type>): a NULL that keeps the column's type in CREATE TABLE AS.
    virtual std::string typedNull(DataType type) const = 0;

    // x IN / NOT IN (items) with SQL's three-valued meaning: a NULL x gives NULL, and a miss
    // gives NULL when `nullItem` (the list's typed NULL, "" when none) is given. `items` is not
    // empty, or nullItem is given.
    virtual std::string inValues(const std::string& x, std::vector<std::string> items, const std::string& nullItem,
                                 bool negate) const
    {
        if (!nullItem.empty())
            items.push_back(nullItem);
        std::string out = "(" + x + (negate ? " NOT IN (" : " IN (");
        for (size_t k = 0; k < items.size(); ++k)
            out += (k ? ", " : "") + items[k];
        return out + "))";
    }
    virtual std::string logicalNot(const std::string& x) const { return "(NOT " + x + ")"; }
    virtual std::string negate(const std::string& x) const { return "(-" + x + ")"; }
    // count(*) of a group, as the engine's int.
    virtual std::string countRows() const { return "count(*)"; }
    // k1 AND k2 ... / k1 OR k2 ... with SQL's three-valued logic.
    virtual std::string logicalJunction(bool isAnd, const std::vector<std::string>& kids) const
    {
        std::string out = "(";
        for (size_t k = 0; k < kids.size(); ++k)
            out += (k ? (isAnd ? " AND " : " OR ") : "") + kids[k];
        return out + ")";
    }

    // ---- Structure. The defaults are standard SQL as SQLite and PostgreSQL take it; ClickHouse
    // 18.16 (Debian 12) has no CTE subqueries, INTERSECT/EXCEPT/UNION DISTINCT, window
    // functions, nor more than one JOIN per SELECT, and needs GLOBAL for subqueries over a
    // Distributed table.
    // false: `sql` writes one CREATE TABLE ... AS per node instead of WITH.
    virtual bool withCtes() const { return true; }
    // " IN " / " NOT IN " before a subquery.
    virtual std::string inSubquery(bool negate) const { return negate ? " NOT IN " : " IN "; }
    virtual bool setOperators() const { return true; }
    virtual bool windowFunctions() const { return true; }
    // false: columns are written unqualified and each join is its own nested SELECT * ... USING key.
    virtual bool qualifiedJoins() const { return true; }
    virtual std::string leftJoin() const { return " LEFT JOIN "; }
    // false: values are always escaped literals (ClickHouse's HTTP interface has no binding).
    virtual bool bindsParameters() const { return true; }
    // Prefix of a run's per-node tables. Temporary tables vanish with the connection; where
    // there are none (ClickHouse over HTTP), a random prefix per run keeps runs apart.
    virtual std::string runTablePrefix() const { return "seg_"; }
    // CREATE TABLE name AS select, for the per-node relations of `sql` when !withCtes().
    virtual std::string createTableAs(const std::string& name, const std::string& select) const
    {
        return "CREATE TEMP TABLE " + name + " AS " + select;
    }
};

std::unique_ptr<Dialect> makeDialect(DialectKind kind);
std::unique_ptr<Dialect> makeClickHouseDialect(); // clickhouse_dialect.cpp

// ClickHouse string literal: quotes and backslashes escaped with a backslash (ClickHouse reads
// backslash escapes in every string literal). Throws seg::Error for NUL, as the other dialects.
std::string clickHouseStringLiteral(std::string_view s);

// SQL string literal with quotes doubled, for the dialects that use standard literals.
std::string standardStringLiteral(std::string_view s);

// Characters a literal must not hold raw (issue 16 finding 11): control characters (a
// line-ending conversion of the printed SQL would change CR/LF inside a literal) and the
// Unicode bidirectional controls and line separators (U+061C, U+200E/F, U+2028/9, U+202A-E,
// U+2066-9), which make printed SQL display differently from what it does. The byte length of
// the one at `i` (1 for a control byte, 2-3 for the UTF-8 of a Unicode one), or 0.
size_t escapedCharLength(std::string_view s, size_t i);
// The code point of the character escapedCharLength found at `i`.
char32_t escapedCodePoint(std::string_view s, size_t i, size_t length);
// SQLite has no escapes in literals: 'a' || char(10) || 'b', in parentheses.
std::string sqliteStringLiteral(std::string_view s);

} // namespace seg
