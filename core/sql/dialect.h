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
#include "data/types.h"
#include "data/value.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace seg {

enum class DialectKind { Sqlite, Postgres };

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
};

std::unique_ptr<Dialect> makeDialect(DialectKind kind);

// SQL string literal with quotes doubled, for the dialects that use standard literals.
std::string standardStringLiteral(std::string_view s);

} // namespace seg
