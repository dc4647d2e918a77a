#include "oracle_sql.h"

#include <stdexcept>

namespace seg::oracle {

std::string asciiFold(std::string s)
{
    for (char& ch : s)
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
    return s;
}

void writeComparison(const GenComparison& cmp, Json& o)
{
    o["op"] = cmp.op;
    if (cmp.op == "between") {
        o["min"] = cmp.values.at(0).json;
        o["max"] = cmp.values.at(1).json;
    } else if (cmp.op == "in" || cmp.op == "not_in") {
        Json list = Json::array();
        for (const auto& v : cmp.values)
            list.push_back(v.json);
        o["values"] = list;
    } else if (cmp.op == "within_last_days" || cmp.op == "before_days_ago") {
        o["days"] = cmp.days;
    } else if (!cmp.values.empty()) {
        o["value"] = cmp.values.at(0).json;
    }
    if (cmp.ignoreCase)
        o["ignore_case"] = true;
}

namespace {

// A literal on the SQL side: folded when the comparison ignores case.
Sql literalSql(const Literal& lit, bool fold)
{
    SqlValue v = lit.sql;
    if (fold && v.kind == SqlValue::Kind::Text)
        v.s = asciiFold(v.s);
    return Sql::param(v);
}

Sql relation(const std::string& op)
{
    if (op == "eq") return " = ";
    if (op == "ne") return " <> ";
    if (op == "lt") return " < ";
    if (op == "le") return " <= ";
    if (op == "gt") return " > ";
    if (op == "ge") return " >= ";
    throw std::logic_error("no relation for op " + op);
}

Sql windowStart(const std::string& asOfIso, int64_t days)
{
    return Sql("date(") + Sql::param(SqlValue::ofText(asOfIso)) + Sql(", '-" + std::to_string(days) + " days')");
}

// Plain and Cents operands: the value itself is compared.
Sql plainSql(const Sql& x0, const GenComparison& c, const std::string& asOfIso)
{
    const Sql x = c.ignoreCase ? Sql("lower(") + x0 + Sql(")") : x0.wrapped();
    const bool fold = c.ignoreCase;
    const std::string& op = c.op;
    if (op == "is_null")
        return x + Sql(" IS NULL");
    if (op == "not_null")
        return x + Sql(" IS NOT NULL");
    if (op == "is_true")
        return x + Sql(" = 1");
    if (op == "is_false")
        return x + Sql(" = 0");
    if (op == "between")
        return x + Sql(" BETWEEN ") + literalSql(c.values[0], fold) + Sql(" AND ") + literalSql(c.values[1], fold);
    if (op == "in" || op == "not_in") {
        Sql list = x + Sql(op == "in" ? " IN (" : " NOT IN (");
        for (size_t k = 0; k < c.values.size(); ++k)
            list += Sql(k ? ", " : "") + literalSql(c.values[k], fold);
        return list + Sql(")");
    }
    if (op == "contains")
        return Sql("instr(") + x + Sql(", ") + literalSql(c.values[0], fold) + Sql(") > 0");
    if (op == "starts_with")
        return Sql("substr(") + x + Sql(", 1, length(") + literalSql(c.values[0], fold) + Sql(")) = ")
            + literalSql(c.values[0], fold);
    if (op == "ends_with")
        return Sql("substr(") + x + Sql(", -length(") + literalSql(c.values[0], fold) + Sql(")) = ")
            + literalSql(c.values[0], fold);
    if (op == "within_last_days")
        return Sql("date(") + x + Sql(") BETWEEN ") + windowStart(asOfIso, c.days) + Sql(" AND ")
            + Sql::param(SqlValue::ofText(asOfIso));
    if (op == "before_days_ago")
        return Sql("date(") + x + Sql(") < ") + windowStart(asOfIso, c.days);
    return x + relation(op) + literalSql(c.values[0], fold);
}

// Avg of money: avg op V  <=>  sum_cents op V_cents * n, exactly (n > 0 whenever the sum is not NULL).
Sql avgSql(const SqlOperand& a, const GenComparison& c)
{
    const Sql sum = a.value.wrapped();
    auto scaled = [&](const Literal& lit) { return Sql::param(lit.sql) + Sql(" * ") + a.count.wrapped(); };
    const std::string& op = c.op;
    if (op == "is_null")
        return sum + Sql(" IS NULL");
    if (op == "not_null")
        return sum + Sql(" IS NOT NULL");
    if (op == "between")
        return Sql("(") + sum + Sql(" >= ") + scaled(c.values[0]) + Sql(" AND ") + sum + Sql(" <= ")
            + scaled(c.values[1]) + Sql(")");
    if (op == "in" || op == "not_in") {
        const bool in = op == "in";
        Sql out("(");
        for (size_t k = 0; k < c.values.size(); ++k)
            out += Sql(k ? (in ? " OR " : " AND ") : "") + sum + Sql(in ? " = " : " <> ") + scaled(c.values[k]);
        return out + Sql(")");
    }
    return sum + relation(op) + scaled(c.values[0]);
}

} // namespace

Sql comparisonSql(const SqlOperand& operand, const GenComparison& cmp, const std::string& asOfIso)
{
    if (operand.kind == SqlOperand::Kind::Avg)
        return avgSql(operand, cmp).wrapped();
    return plainSql(operand.value, cmp, asOfIso).wrapped();
}

} // namespace seg::oracle
