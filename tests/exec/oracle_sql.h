#pragma once
// SQL text with positional parameters, and the translation of one comparison (a condition,
// a `where` entry, a behavior's test of its aggregate) into SQL, written from the spec:
// NULL never matches (SQL's three-valued WHERE gives that for free), dates and timestamps are
// ISO text in SQLite so windows use SQLite's own date(), and money is compared in integer
// cents so that "150.10 + 49.90 >= 200" is decided exactly.
#include "data/types.h"
#include "util/json.h"

#include <cstdint>
#include <string>
#include <vector>

namespace seg::oracle {

struct SqlValue {
    enum class Kind { Null, Int, Real, Text };
    Kind kind = Kind::Null;
    int64_t i = 0;
    double d = 0;
    std::string s;

    static SqlValue ofInt(int64_t v) { SqlValue x; x.kind = Kind::Int; x.i = v; return x; }
    static SqlValue ofReal(double v) { SqlValue x; x.kind = Kind::Real; x.d = v; return x; }
    static SqlValue ofText(std::string v) { SqlValue x; x.kind = Kind::Text; x.s = std::move(v); return x; }
    double asReal() const { return kind == Kind::Int ? static_cast<double>(i) : d; }
};

// SQL text whose `?` placeholders take `params` in order. Literals always travel as parameters,
// so no double is ever printed and re-parsed by SQLite.
struct Sql {
    std::string text;
    std::vector<SqlValue> params;

    Sql() = default;
    Sql(const char* t) : text(t) {} // NOLINT: raw SQL fragments read naturally
    Sql(std::string t) : text(std::move(t)) {} // NOLINT

    Sql& operator+=(const Sql& o)
    {
        text += o.text;
        params.insert(params.end(), o.params.begin(), o.params.end());
        return *this;
    }
    friend Sql operator+(Sql a, const Sql& b) { return a += b; }
    static Sql param(SqlValue v)
    {
        Sql s("?");
        s.params.push_back(std::move(v));
        return s;
    }
    Sql wrapped() const { return Sql("(") + *this + Sql(")"); }
};

// What a comparison is applied to, on the SQL side.
struct SqlOperand {
    enum class Kind {
        Plain, // `value` is the SQL expression; literals compare directly
        Cents, // `value` is an exact integer number of cents; literals are converted to cents
        Avg,   // average of money: `value` is the cents sum, `count` the number of amounts
    };
    Kind kind = Kind::Plain;
    DataType type = DataType::Int; // the engine's type of the field
    Sql value;
    Sql count;
};

// A literal as the graph file writes it and as the SQL side binds it.
struct Literal {
    Json json;
    SqlValue sql;
};

// One comparison as generated: the op name of the spec and its operands.
struct GenComparison {
    std::string op;
    std::vector<Literal> values; // eq..ge, contains..: 1; between: 2 (min, max); in/not_in: 1+
    int64_t days = 0;            // within_last_days, before_days_ago
    bool ignoreCase = false;
};

// Writes op / value / min / max / values / days / ignore_case into a node or where object.
void writeComparison(const GenComparison& cmp, Json& object);

// The SQL condition "operand satisfies cmp". asOfIso is "YYYY-MM-DD".
Sql comparisonSql(const SqlOperand& operand, const GenComparison& cmp, const std::string& asOfIso);

// ASCII lower-casing, the case folding of ignore_case (spec section 3).
std::string asciiFold(std::string s);

} // namespace seg::oracle
