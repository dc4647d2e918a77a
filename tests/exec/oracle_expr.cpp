// Random expressions in the engine's syntax and, side by side, in SQLite's. Every composite is
// fully parenthesised, so the pair means the same thing whatever the precedence rules; the
// translation handles what differs: `/` always divides as doubles, dates compare with
// timestamps at midnight, days_since() is julianday arithmetic, LIKE is made case-sensitive
// by the oracle's connection (PRAGMA case_sensitive_like).
#include "oracle_graph.h"

#include <cstdio>
#include <cstdlib>

namespace seg::oracle {

namespace {

GenExpr make(std::string text, Sql sql, DataType type) { return GenExpr{std::move(text), std::move(sql), type}; }

// The SQL of a temporal expression read as `target`: a date becomes that day's midnight.
Sql temporalAs(const GenExpr& e, DataType target)
{
    if (e.type == DataType::Date && target == DataType::Timestamp)
        return Sql("(") + e.sql + Sql(" || ' 00:00:00')");
    return e.sql;
}

const char* const kRelations[] = {"=", "<>", "!=", "<", "<=", ">", ">="};

} // namespace

GenExpr ExpressionGenerator::intLiteral()
{
    const int64_t v = rng_.chance(15) ? rng_.range(-20, -1) : rng_.range(0, 100);
    const std::string text = v < 0 ? "(" + std::to_string(v) + ")" : std::to_string(v);
    return make(text, Sql::param(SqlValue::ofInt(v)), DataType::Int);
}

GenExpr ExpressionGenerator::doubleLiteral()
{
    char buf[32];
    if (rng_.chance(50)) // quarters are exact in binary
        std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(rng_.range(-40, 4000)) / 4.0);
    else { // cents are not: both sides must parse the same text to the same double
        const int64_t cents = rng_.range(-5000, 200000);
        std::snprintf(buf, sizeof buf, "%s%lld.%02lld", cents < 0 ? "-" : "", static_cast<long long>(std::llabs(cents) / 100),
                      static_cast<long long>(std::llabs(cents) % 100));
    }
    const double v = std::strtod(buf, nullptr);
    const std::string text = buf[0] == '-' ? std::string("(") + buf + ")" : std::string(buf);
    return make(text, Sql::param(SqlValue::ofReal(v)), DataType::Double);
}

GenExpr ExpressionGenerator::stringLiteral()
{
    static const std::vector<std::string> pool{"US", "us", "CA", "DE", "Zürich", "ÅLAND", "GB", "user1@example.com",
                                               "a", "Z", "user5", "x"};
    const std::string& s = rng_.pick(pool);
    return make("'" + s + "'", Sql::param(SqlValue::ofText(s)), DataType::String);
}

GenExpr ExpressionGenerator::dateLiteral()
{
    const int64_t n = rng_.pick(kWindowDays);
    const int32_t day = static_cast<int32_t>(asOf_ - n + rng_.range(-1, 1));
    const std::string iso = isoDate(day);
    return make("DATE '" + iso + "'", Sql::param(SqlValue::ofText(iso)), DataType::Date);
}

std::optional<GenExpr> ExpressionGenerator::tryColumn(DataType type)
{
    std::vector<const FieldInfo*> fits;
    for (const auto& f : fields_)
        if (f.type == type && f.inExpressions)
            fits.push_back(&f);
    if (fits.empty())
        return std::nullopt;
    const FieldInfo& f = *fits[rng_.index(fits.size())];
    const std::string text = rng_.chance(15) ? "\"" + f.name + "\"" : f.name;
    return make(text, f.operand.value.wrapped(), f.type);
}

GenExpr ExpressionGenerator::column(DataType type)
{
    if (auto c = tryColumn(type))
        return *c;
    switch (type) {
    case DataType::Int: return intLiteral();
    case DataType::Double: return doubleLiteral();
    case DataType::String: return stringLiteral();
    case DataType::Date: return dateLiteral();
    default: return make("TRUE", Sql("1"), DataType::Bool);
    }
}

GenExpr ExpressionGenerator::numeric(int depth, bool wantDouble)
{
    const int choice = depth <= 0 ? static_cast<int>(rng_.range(0, 2)) : static_cast<int>(rng_.range(0, 11));
    const DataType type = wantDouble ? DataType::Double : DataType::Int;
    switch (choice) {
    case 0:
    case 1:
    case 3: return column(type);
    case 2: return wantDouble ? doubleLiteral() : intLiteral();
    case 4:
    case 5:
    case 6: { // + - *: a double result needs a double on the left
        const GenExpr a = numeric(depth - 1, wantDouble);
        const GenExpr b = numeric(depth - 1, wantDouble && rng_.chance(50));
        const char* op = choice == 4 ? "+" : choice == 5 ? "-" : "*";
        return make("(" + a.text + " " + op + " " + b.text + ")", Sql("(") + a.sql + Sql(" ") + Sql(op) + Sql(" ") + b.sql + Sql(")"),
                    type);
    }
    case 7:
        if (wantDouble) { // `/` divides as doubles; SQLite gives NULL for division by zero, as the spec does
            const GenExpr a = numeric(depth - 1, rng_.chance(50));
            const GenExpr b = numeric(depth - 1, rng_.chance(50));
            return make("(" + a.text + " / " + b.text + ")", Sql("(CAST(") + a.sql + Sql(" AS REAL) / ") + b.sql + Sql(")"),
                        type);
        }
        { // length() counts characters (UTF-8 code points), as SQLite's does for text
            const GenExpr s = text(depth - 1);
            return make("length(" + s.text + ")", Sql("length(") + s.sql + Sql(")"), type);
        }
    case 8: {
        const GenExpr a = numeric(depth - 1, wantDouble);
        return make("(-" + a.text + ")", Sql("(-") + a.sql + Sql(")"), type);
    }
    case 9: {
        const GenExpr a = numeric(depth - 1, wantDouble);
        return make("abs(" + a.text + ")", Sql("abs(") + a.sql + Sql(")"), type);
    }
    case 10: {
        const GenExpr a = numeric(depth - 1, wantDouble);
        const GenExpr b = numeric(depth - 1, wantDouble && rng_.chance(50));
        return make("coalesce(" + a.text + ", " + b.text + ")", Sql("coalesce(") + a.sql + Sql(", ") + b.sql + Sql(")"),
                    type);
    }
    default: {
        if (wantDouble)
            return column(type);
        const GenExpr t = temporal(rng_.chance(50) ? DataType::Date : DataType::Timestamp);
        return make("days_since(" + t.text + ")",
                    Sql("CAST(julianday(") + Sql::param(SqlValue::ofText(asOfIso_)) + Sql(") - julianday(date(") + t.sql
                        + Sql(")) AS INTEGER)"),
                    type);
    }
    }
}

GenExpr ExpressionGenerator::text(int depth)
{
    const int choice = depth <= 0 ? static_cast<int>(rng_.range(0, 1)) : static_cast<int>(rng_.range(0, 4));
    switch (choice) {
    case 0: return column(DataType::String);
    case 1: return rng_.chance(70) ? column(DataType::String) : stringLiteral();
    case 2:
    case 3: {
        const GenExpr s = text(depth - 1);
        const char* fn = choice == 2 ? "lower" : "upper";
        return make(std::string(fn) + "(" + s.text + ")", Sql(fn) + Sql("(") + s.sql + Sql(")"), DataType::String);
    }
    default: {
        const GenExpr a = text(depth - 1);
        const GenExpr b = stringLiteral();
        return make("coalesce(" + a.text + ", " + b.text + ")", Sql("coalesce(") + a.sql + Sql(", ") + b.sql + Sql(")"),
                    DataType::String);
    }
    }
}

GenExpr ExpressionGenerator::temporal(DataType type)
{
    if (auto c = tryColumn(type))
        return *c;
    if (auto c = tryColumn(type == DataType::Date ? DataType::Timestamp : DataType::Date))
        return *c;
    return dateLiteral();
}

GenExpr ExpressionGenerator::comparison(int depth)
{
    const char* rel = kRelations[rng_.index(7)];
    auto relation = [&](const GenExpr& a, const GenExpr& b, const Sql& as, const Sql& bs) {
        return make("(" + a.text + " " + rel + " " + b.text + ")", Sql("(") + as + Sql(" ") + Sql(rel) + Sql(" ") + bs + Sql(")"),
                    DataType::Bool);
    };
    switch (rng_.range(0, 11)) {
    case 0: { // numeric expression against numeric expression
        const GenExpr a = numeric(depth, rng_.chance(50));
        const GenExpr b = numeric(depth, rng_.chance(50));
        return relation(a, b, a.sql, b.sql);
    }
    case 1: { // column against a literal: meaningful thresholds
        const bool dbl = rng_.chance(50);
        const GenExpr a = column(dbl ? DataType::Double : DataType::Int);
        const GenExpr b = rng_.chance(50) ? doubleLiteral() : intLiteral();
        return relation(a, b, a.sql, b.sql);
    }
    case 2: {
        const GenExpr a = text(depth);
        const GenExpr b = rng_.chance(70) ? stringLiteral() : text(depth);
        return relation(a, b, a.sql, b.sql);
    }
    case 3: { // temporal: mixed date/timestamp compares at midnight
        const GenExpr a = temporal(rng_.chance(50) ? DataType::Date : DataType::Timestamp);
        const GenExpr b = rng_.chance(70) ? dateLiteral() : temporal(rng_.chance(50) ? DataType::Date : DataType::Timestamp);
        const DataType common = a.type == b.type ? a.type : DataType::Timestamp;
        return relation(a, b, temporalAs(a, common), temporalAs(b, common));
    }
    case 4: {
        const GenExpr a = numeric(depth, rng_.chance(50));
        const GenExpr lo = rng_.chance(50) ? intLiteral() : doubleLiteral();
        const GenExpr hi = rng_.chance(50) ? intLiteral() : doubleLiteral();
        const bool neg = rng_.chance(30);
        return make("(" + a.text + (neg ? " NOT" : "") + " BETWEEN " + lo.text + " AND " + hi.text + ")",
                    Sql("(") + a.sql + Sql(neg ? " NOT" : "") + Sql(" BETWEEN ") + lo.sql + Sql(" AND ") + hi.sql + Sql(")"),
                    DataType::Bool);
    }
    case 5: { // IN lists, sometimes with NULL (which makes a miss NULL, not FALSE)
        const bool str = rng_.chance(40);
        const GenExpr x = str ? text(depth) : column(rng_.chance(50) ? DataType::Int : DataType::Double);
        const bool neg = rng_.chance(40);
        std::string t = "(" + x.text + (neg ? " NOT IN (" : " IN (");
        Sql s = Sql("(") + x.sql + Sql(neg ? " NOT IN (" : " IN (");
        const int n = static_cast<int>(rng_.range(1, 4));
        for (int k = 0; k < n; ++k) {
            const GenExpr v = rng_.chance(8) ? make("NULL", Sql("NULL"), DataType::Int)
                : str                        ? stringLiteral()
                : rng_.chance(70)            ? intLiteral()
                                             : doubleLiteral();
            t += (k ? ", " : "") + v.text;
            s += Sql(k ? ", " : "") + v.sql;
        }
        return make(t + "))", s + Sql("))"), DataType::Bool);
    }
    case 6: {
        static const DataType kinds[] = {DataType::Int, DataType::Double, DataType::String, DataType::Date,
                                         DataType::Timestamp, DataType::Bool};
        const GenExpr x = column(kinds[rng_.index(6)]);
        const bool neg = rng_.chance(50);
        return make("(" + x.text + (neg ? " IS NOT NULL)" : " IS NULL)"), Sql("(") + x.sql + Sql(neg ? " IS NOT NULL)" : " IS NULL)"),
                    DataType::Bool);
    }
    case 7: {
        static const std::vector<std::string> patterns{"%US%", "U%", "%s", "_S", "us%", "%@example.com", "user_@%",
                                                       "%ä%", "Z_rich", "%", "_", "%.%", "user1%", "%L_ND"};
        const GenExpr x = text(depth);
        const std::string& p = rng_.pick(patterns);
        const bool neg = rng_.chance(30);
        return make("(" + x.text + (neg ? " NOT LIKE '" : " LIKE '") + p + "')",
                    Sql(neg ? "(NOT (" : "((") + x.sql + Sql(" LIKE ") + Sql::param(SqlValue::ofText(p)) + Sql("))"),
                    DataType::Bool);
    }
    case 8: {
        const GenExpr t = temporal(rng_.chance(50) ? DataType::Date : DataType::Timestamp);
        const int64_t n = rng_.pick(kWindowDays);
        return make("(days_since(" + t.text + ") " + rel + " " + std::to_string(n) + ")",
                    Sql("(CAST(julianday(") + Sql::param(SqlValue::ofText(asOfIso_)) + Sql(") - julianday(date(") + t.sql
                        + Sql(")) AS INTEGER) ") + Sql(rel) + Sql(" ") + Sql::param(SqlValue::ofInt(n)) + Sql(")"),
                    DataType::Bool);
    }
    case 9: {
        const GenExpr b = column(DataType::Bool);
        if (rng_.chance(50))
            return b;
        const bool lit = rng_.chance(50);
        return make("(" + b.text + " = " + (lit ? "TRUE" : "FALSE") + ")", Sql("(") + b.sql + Sql(lit ? " = 1)" : " = 0)"),
                    DataType::Bool);
    }
    default: {
        const GenExpr a = numeric(depth, false);
        const GenExpr b = intLiteral();
        return relation(a, b, a.sql, b.sql);
    }
    }
}

GenExpr ExpressionGenerator::boolean(int depth)
{
    const int choice = depth <= 0 ? 0 : static_cast<int>(rng_.range(0, 9));
    if (choice <= 4)
        return comparison(depth > 0 ? depth - 1 : 0);
    if (choice == 5) {
        const GenExpr a = boolean(depth - 1);
        return make("(NOT " + a.text + ")", Sql("(NOT ") + a.sql + Sql(")"), DataType::Bool);
    }
    if (choice == 6 && rng_.chance(30)) { // NULL inside AND / OR: three-valued logic
        const GenExpr a = boolean(depth - 1);
        const bool isAnd = rng_.chance(50);
        return make("(" + a.text + (isAnd ? " AND NULL)" : " OR NULL)"), Sql("(") + a.sql + Sql(isAnd ? " AND NULL)" : " OR NULL)"),
                    DataType::Bool);
    }
    const bool isAnd = choice % 2 == 0;
    const int n = static_cast<int>(rng_.range(2, 3));
    std::string t = "(";
    Sql s("(");
    for (int k = 0; k < n; ++k) {
        const GenExpr a = boolean(depth - 1);
        t += (k ? (isAnd ? " AND " : " OR ") : "") + a.text;
        s += Sql(k ? (isAnd ? " AND " : " OR ") : "") + a.sql;
    }
    return make(t + ")", s + Sql(")"), DataType::Bool);
}

GenExpr ExpressionGenerator::ofType(DataType type, int depth)
{
    switch (type) {
    case DataType::Bool: return boolean(depth);
    case DataType::Int: return numeric(depth, false);
    case DataType::Double: return numeric(depth, true);
    case DataType::String: return text(depth);
    default: return temporal(type);
    }
}

GenExpr ExpressionGenerator::value(int depth)
{
    const int64_t roll = rng_.range(0, 99);
    if (roll < 35)
        return numeric(depth, false);
    if (roll < 65)
        return numeric(depth, true);
    if (roll < 78)
        return text(depth);
    if (roll < 88)
        return boolean(depth);
    // coalesce of two temporals: a date meets a timestamp at midnight
    const GenExpr a = temporal(rng_.chance(50) ? DataType::Date : DataType::Timestamp);
    const GenExpr b = rng_.chance(50) ? dateLiteral() : temporal(rng_.chance(50) ? DataType::Date : DataType::Timestamp);
    const DataType common = a.type == b.type ? a.type : DataType::Timestamp;
    return make("coalesce(" + a.text + ", " + b.text + ")",
                Sql("coalesce(") + temporalAs(a, common) + Sql(", ") + temporalAs(b, common) + Sql(")"), common);
}

} // namespace seg::oracle
