// SQL text of the generated graphs' rules (see graph_builder.h).
#include "generate/graph_builder.h"

#include "util/error.h"

namespace seg::graphgen {


char columnKind(const std::string& field)
{
    static const std::map<std::string, char> kinds{
        {"customer_id", 'i'}, {"email", 's'}, {"first_name", 's'}, {"last_name", 's'}, {"gender", 's'},
        {"age", 'i'}, {"country", 's'}, {"city", 's'}, {"signup_date", 'D'}, {"lifetime_days", 'i'},
        {"channel", 's'}, {"device", 's'}, {"orders", 'i'}, {"total_spend", 'd'}, {"avg_order_value", 'd'},
        {"first_order_date", 'D'}, {"last_order_date", 'D'}, {"loyalty_tier", 's'}, {"email_opt_in", 'b'},
        {"sms_opt_in", 'b'}, {"churn_score", 'd'}, {"last_seen", 'T'}, {"referrals", 'i'}, {"returns", 'i'},
        {"preferred_category", 's'}, {"nps", 'i'}, {"days_since_order", 'i'}, {"spend_365d", 'd'},
        {"order_points", 'i'}, {"amount", 'd'}, {"ts", 'T'}, {"event_type", 's'}, {"product_category", 's'}};
    const auto it = kinds.find(field);
    if (it == kinds.end())
        throw Error("standard graph: no SQL type for column '" + field + "'");
    return it->second;
}

std::string quoted(const std::string& s)
{
    std::string out = "'";
    for (char c : s) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    return out + "'";
}

std::string literal(const Json& v) { return v.is_string() ? quoted(v.get<std::string>()) : v.dump(); }

std::string dayText(int32_t day) { return quoted(formatDate(day)); }

// The SQL form of a condition (or a behavior's where / window), for a value that may be NULL:
// the caller wraps it in coalesce(..., false) so NULL never matches, as in the spec.
std::string comparisonSql(const std::string& column, const Json& n, int32_t asOf)
{
    const std::string op = n.at("op").get<std::string>();
    const char kind = columnKind(n.at("field").get<std::string>());
    if (op == "eq") return column + " = " + literal(n.at("value"));
    if (op == "ne") return column + " <> " + literal(n.at("value"));
    if (op == "lt") return column + " < " + literal(n.at("value"));
    if (op == "le") return column + " <= " + literal(n.at("value"));
    if (op == "gt") return column + " > " + literal(n.at("value"));
    if (op == "ge") return column + " >= " + literal(n.at("value"));
    if (op == "between")
        return column + " BETWEEN " + literal(n.at("min")) + " AND " + literal(n.at("max"));
    if (op == "in" || op == "not_in") {
        std::string list;
        for (const Json& v : n.at("values"))
            list += (list.empty() ? "" : ", ") + literal(v);
        return column + (op == "in" ? " IN (" : " NOT IN (") + list + ")";
    }
    if (op == "is_null") return column + " IS NULL";
    if (op == "not_null") return column + " IS NOT NULL";
    if (op == "is_true") return column + " = true";
    if (op == "is_false") return column + " = false";
    if (op == "ends_with") {
        const std::string v = n.at("value").get<std::string>();
        return "substr(" + column + ", length(" + column + ") - " + std::to_string(v.size() - 1) + ") = " + quoted(v);
    }
    if (op == "within_last_days" || op == "before_days_ago") {
        const int32_t from = asOf - n.at("days").get<int32_t>();
        if (op == "before_days_ago")
            return column + " < " + dayText(from);
        if (kind == 'D')
            return column + " BETWEEN " + dayText(from) + " AND " + dayText(asOf);
        return "(" + column + " >= " + dayText(from) + " AND " + column + " < " + dayText(asOf + 1) + ")";
    }
    throw Error("standard graph: no SQL for op '" + op + "'");
}

} // namespace seg::graphgen
