// The standard benchmark graph and its hand-written SQL twin. Every rule is declared once:
// its node JSON is written into the graph and the SQL predicate is derived from the same
// fields here, so the engines compared by the benchmark answer the same question.
#include "generate/standard_graph.h"

#include "data/types.h"
#include "generate/generator.h"
#include "generate/graph_builder.h"
#include "util/error.h"

#include <functional>
#include <map>
#include <memory>

namespace seg {

using namespace graphgen;

namespace {

void addRules(Builder& b, const StandardGraphOptions& o)
{
    b.deriveExpr("d01", "Days since last order", "days_since_order", "days_since(last_order_date)",
                 "date_diff('day', last_order_date, DATE " + dayText(o.asOf) + ")",
                 "CAST(julianday(" + dayText(o.asOf) + ") - julianday(last_order_date) AS INTEGER)");
    if (o.events)
        b.deriveEvents("d02", "Spend in the last 365 days", "spend_365d",
                       Json{{"event", "purchase"}, {"within_last_days", 365}, {"aggregate", "sum"}, {"field", "amount"}});
    else
        b.deriveExpr("d02", "Order points", "order_points", "orders * 2 + referrals", "orders * 2 + referrals",
                     "orders * 2 + referrals");

    b.condition("c01", "Spent 1,000+", "total_spend", "ge", {{"value", 1000}});
    b.condition("c02", "Spent under 50", "total_spend", "lt", {{"value", 50}});
    b.condition("c03", "Spent 200 to 500", "total_spend", "between", {{"min", 200}, {"max", 500}});
    b.condition("c04", "10+ orders", "orders", "ge", {{"value", 10}});
    b.condition("c05", "Never ordered", "orders", "eq", {{"value", 0}});
    b.condition("c06", "2 to 5 orders", "orders", "between", {{"min", 2}, {"max", 5}});
    b.condition("c07", "Age 18-24", "age", "between", {{"min", 18}, {"max", 24}});
    b.condition("c08", "Age 25-34", "age", "between", {{"min", 25}, {"max", 34}});
    b.condition("c09", "Age 55+", "age", "ge", {{"value", 55}});
    b.condition("c10", "Age unknown", "age", "is_null");
    b.condition("c11", "North America", "country", "in", {{"values", {"US", "CA"}}});
    b.condition("c12", "Europe", "country", "in", {{"values", {"GB", "DE", "FR", "ES", "IT", "NL", "SE"}}});
    b.condition("c13", "Australia", "country", "eq", {{"value", "AU"}});
    b.condition("c14", "Big cities", "city", "in", {{"values", {"London", "Paris", "Berlin", "New York"}}});
    b.condition("c15", "Store channel", "channel", "eq", {{"value", "store"}});
    b.condition("c16", "Online channels", "channel", "in", {{"values", {"web", "app"}}});
    b.condition("c17", "Mobile device", "device", "in", {{"values", {"ios", "android"}}});
    b.condition("c18", "Device unknown", "device", "is_null");
    b.condition("c19", "Gold or platinum", "loyalty_tier", "in", {{"values", {"gold", "platinum"}}});
    b.condition("c20", "Bronze", "loyalty_tier", "eq", {{"value", "bronze"}});
    b.condition("c21", "Female", "gender", "eq", {{"value", "female"}});
    b.condition("c22", "Gadgets and games", "preferred_category", "in",
                {{"values", {"electronics", "sports", "toys"}}});
    b.condition("c23", "Fashion and beauty", "preferred_category", "in", {{"values", {"apparel", "beauty"}}});
    b.condition("c24", "Joined in 90 days", "signup_date", "within_last_days", {{"days", 90}});
    b.condition("c25", "Member 3+ years", "signup_date", "before_days_ago", {{"days", 1095}});
    b.condition("c26", "Ordered in 30 days", "last_order_date", "within_last_days", {{"days", 30}});
    b.condition("c27", "No order for 180+ days", "last_order_date", "before_days_ago", {{"days", 180}});
    b.condition("c28", "First order in 2023", "first_order_date", "between",
                {{"min", "2023-01-01"}, {"max", "2023-12-31"}});
    b.condition("c29", "Seen in 7 days", "last_seen", "within_last_days", {{"days", 7}});
    b.condition("c30", "Not seen for 90+ days", "last_seen", "before_days_ago", {{"days", 90}});
    b.condition("c31", "E-mail opt-in", "email_opt_in", "is_true");
    b.condition("c32", "SMS opt-in", "sms_opt_in", "is_true");
    b.condition("c33", "SMS consent unknown", "sms_opt_in", "is_null");
    b.condition("c34", "Churn score 0.7+", "churn_score", "ge", {{"value", 0.7}});
    b.condition("c35", "Churn score under 0.2", "churn_score", "lt", {{"value", 0.2}});
    b.condition("c36", "Average order over 150", "avg_order_value", "gt", {{"value", 150}});
    b.condition("c37", "2+ referrals", "referrals", "ge", {{"value", 2}});
    b.condition("c38", "Address at example.org", "email", "ends_with", {{"value", "@example.org"}});
    b.condition("c39", "Promoter", "nps", "ge", {{"value", 9}});
    b.condition("c40", "Detractor", "nps", "le", {{"value", 6}});
    b.condition("c41", "Last order 31-90 days ago", "days_since_order", "between", {{"min", 31}, {"max", 90}});
    if (o.events) // thresholds between cents: no engine's rounding can decide a boundary case
        b.condition("c42", "Spent 500+ in a year", "spend_365d", "ge", {{"value", 499.995}});
    else
        b.condition("c42", "20+ order points", "order_points", "ge", {{"value", 20}});

    b.expression("x01", "Frequent recent buyers in US/GB",
                 "orders >= 3 AND days_since_order <= 60 AND country IN ('US', 'GB')",
                 "orders >= 3 AND days_since_order <= 60 AND country IN ('US', 'GB')");

    const auto window = [](const char* event, int days) {
        return Json{{"event", event}, {"within_last_days", days}, {"aggregate", "count"}};
    };
    b.behavior("b01", "Carted in 14 days", window("cart", 14), "ge", 1,
               [&] { b.condition("b01", "Seen in 14 days", "last_seen", "within_last_days", {{"days", 14}}); });
    b.behavior("b02", "No purchase in 14 days", window("purchase", 14), "eq", 0, [&] {
        b.condition("b02", "No order for 14+ days", "last_order_date", "before_days_ago", {{"days", 14}});
    });
    b.behavior("b03", "Bought 200+ in 90 days",
               Json{{"event", "purchase"}, {"within_last_days", 90}, {"aggregate", "sum"}, {"field", "amount"}}, "ge",
               199.995, [&] { b.condition("b03", "Average order 80+", "avg_order_value", "ge", {{"value", 80}}); });
    b.behavior("b04", "10+ views in 30 days", window("view", 30), "ge", 10,
               [&] { b.condition("b04", "Seen in 30 days", "last_seen", "within_last_days", {{"days", 30}}); });
    Json bigPurchases = window("purchase", 365);
    bigPurchases["where"] = Json::array({Json{{"field", "amount"}, {"op", "ge"}, {"value", 100}}});
    b.behavior("b05", "2+ purchases of 100+ in a year", bigPurchases, "ge", 2,
               [&] { b.condition("b05", "5 to 9 orders", "orders", "between", {{"min", 5}, {"max", 9}}); });
}

void addSegments(Builder& b, StandardGraph::SqlParts& p)
{
    b.segment("s01", "High spenders lapsing", b.combine("and", {"c01", "c27"}));
    b.segment("s02", "New joiners opted in", b.combine("and", {"c24", "c31"}));
    b.segment("s03", "Young mobile North Americans",
              b.combine("and", {b.combine("or", {"c07", "c08"}), "c17", "c11"}));
    b.segment("s04", "European gold, not 2023 starters", b.combine("and", {"c12", "c19", b.negate("c28")}));
    b.segment("s05", "Cart abandoners", b.combine("and", {"b01", "b02", "c31"}));
    b.segment("s06", "Win-back", b.combine("except", {"c27", "c01"}));
    b.segment("s07", "Churn risk, few orders",
              b.combine("and", {b.combine("or", {"c34", "c30"}), "c06", "c41"}));
    b.segment("s08", "SMS only", b.combine("and", {b.negate("c31"), "c32"}));
    b.segment("s09", "Incomplete profiles", b.combine("or", {"c18", "c10", "c33", b.combine("and", {"c09", "c25"})}));
    b.segment("s10", "Engaged US/GB buyers", "x01");
    b.segment("s11", "Recent big buyers", b.combine("and", {"c26", "b03"}));
    b.segment("s12", "Browsers who never ordered",
              b.combine("and", {"b04", "c05", b.combine("or", {"c21", "c13"})}));
    b.segment("s13", "Promoters who refer", b.combine("and", {"c39", "c37", b.combine("or", {"c22", "c23", "c14"})}));
    b.segment("s14", "Detractors to call",
              b.combine("and", {"c40", b.combine("or", {"c38", "c36"}), b.negate("c02"),
                                b.combine("or", {"c15", "c20"})}));
    // Segments of segments.
    b.segment("s15", "At risk, not calm", b.combine("except", {b.combine("or", {"s01", "s07"}), "c35"}));
    b.segment("s16", "Online new joiners without carts",
              b.combine("except", {b.combine("and", {"s02", b.combine("or", {"c16", "c29"})}), "s05"}));
    b.segment("s17", "Engaged and valuable",
              b.combine("and", {"s10", b.combine("or", {"s11", "c42", "b05", b.combine("and", {"c04", "c03"})})}));

    b.nodes.push_back(Json{{"id", "t01"}, {"type", "top"}, {"label", "Top 10% by spend"}, {"field", "total_spend"},
                           {"percent", 10}});
    p.topField = "total_spend";
    p.topPercent = 10;
    b.segment("s18", "Top 10% by spend", "t01");

    b.nodes.push_back(Json{{"id", "sp01"},
                           {"type", "split"},
                           {"label", "Win-back test/control"},
                           {"input", "s06"},
                           {"seed", "bench-q4"},
                           {"parts", Json::array({Json{{"name", "test"}, {"percent", 90}},
                                                  Json{{"name", "control"}, {"percent", 10}}})}});
    p.splitInput = "s06";
    p.splitSeed = "bench-q4";
    p.splitTestPercent = 90;
    b.segment("s19", "Win-back test", "sp01:test");
    b.segment("s20", "Win-back control", "sp01:control");
}

} // namespace

StandardGraph standardGraph(const StandardGraphOptions& o)
{
    auto parts = std::make_shared<StandardGraph::SqlParts>();
    Builder b(o, *parts);
    addRules(b, o);
    addSegments(b, *parts);

    StandardGraph out;
    Json datasets{{"customers", Json{{"path", o.customersPath}, {"key", "customer_id"}}}};
    if (o.events)
        datasets["events"] = Json{{"path", o.eventsPath}, {"key", "customer_id"}, {"time", "ts"}, {"type", "event_type"}};
    out.graph = Json{{"format", "segment-studio/graph"},
                     {"format_version", 1},
                     {"name", o.events ? "Benchmark standard graph" : "Benchmark standard graph (customers only)"},
                     {"as_of", formatDate(o.asOf)},
                     {"datasets", std::move(datasets)}};
    Json positions = layoutPositions(b.nodes);
    out.graph["nodes"] = std::move(b.nodes);
    out.graph["ui"] = Json{{"positions", std::move(positions)}};
    out.segments = std::move(b.segmentIds);
    out.parts = std::move(parts);
    return out;
}

namespace {

// "WITH [ev AS (event aggregates),] d AS (customers with derived columns" (no closing paren).
std::string derivedPrefix(const StandardGraph::SqlParts& p, bool duck)
{
    std::string q = "WITH ";
    if (!p.eventAggregates.empty()) {
        q += "ev AS (SELECT customer_id AS ev_key";
        for (const std::string& a : p.eventAggregates)
            q += ",\n  " + a;
        q += "\n FROM events GROUP BY customer_id),\n";
    }
    q += "d AS (SELECT c.*";
    if (!p.eventAggregates.empty())
        q += ", ev.*";
    for (const auto& [name, expr] : duck ? p.derivedDuck : p.derivedSqlite)
        q += ",\n  " + expr + " AS " + name;
    q += "\n FROM customers c";
    if (!p.eventAggregates.empty())
        q += " LEFT JOIN ev ON ev.ev_key = c.customer_id";
    return q;
}

} // namespace

std::string StandardGraph::ruleLayerSql(SqlDialect dialect) const
{
    const SqlParts& p = *parts;
    std::string q = derivedPrefix(p, dialect == SqlDialect::DuckDB) + ")\nSELECT customer_id";
    for (const auto& [id, expr] : p.rules)
        q += ",\n  coalesce(" + expr + ", false) AS " + id;
    return q + "\nFROM d";
}

std::string StandardGraph::segmentPredicate(const std::string& segmentId) const
{
    const auto it = parts->sets.find(segmentId);
    if (it == parts->sets.end())
        throw Error("standard graph: segment '" + segmentId + "' has no rule-layer predicate (a split part?)");
    return it->second;
}

std::string StandardGraph::sql(SqlDialect dialect) const
{
    const SqlParts& p = *parts;
    const bool duck = dialect == SqlDialect::DuckDB;
    std::string q = derivedPrefix(p, duck);
    q += "),\nr AS (SELECT customer_id" + (p.topField.empty() ? std::string() : ", " + p.topField);
    for (const auto& [id, expr] : p.rules)
        q += ",\n  coalesce(" + expr + ", false) AS " + id;
    q += "\n FROM d)";
    // The honest graph (no top, no split): one pass, one boolean column per rule, then sums.
    if (p.topField.empty()) {
        q += "\nSELECT ";
        bool first = true;
        for (const auto& [id, input] : p.segments) {
            q += std::string(first ? "" : ",\n  ") + "count(*) FILTER (WHERE " + p.sets.at(id) + ") AS " + id;
            first = false;
        }
        return q + "\nFROM r";
    }
    // The rank cut: members with a value, by value descending, ties by key ascending.
    q += ",\nw AS (SELECT r.*, row_number() OVER (ORDER BY " + p.topField
        + " DESC NULLS LAST, customer_id) AS top_rank, count(" + p.topField + ") OVER () AS top_n FROM r),\n";
    const std::string pct = std::to_string(p.topPercent);
    const std::string top = "(" + p.topField + " IS NOT NULL AND top_rank <= (top_n * " + pct + " + 99) / 100)";
    // Split bucket: first 4 bytes of MD5(seed:key), big-endian, compared as 100*h < 90*2^32.
    const std::string keyText = "'" + p.splitSeed + ":' || CAST(customer_id AS VARCHAR)";
    const std::string bucket = duck ? "CAST('0x' || left(md5(" + keyText + "), 8) AS UBIGINT)"
                                    : "md5_prefix32(" + keyText + ")";
    const std::string splitTest = "100 * " + bucket + " < " + std::to_string(p.splitTestPercent) + " * 4294967296";
    q += "s AS (SELECT *, " + top + " AS t01 FROM w)\nSELECT ";
    bool first = true;
    for (const auto& [id, input] : p.segments) {
        // Split members are input members first, so the hash runs on those rows only.
        const std::string member = input == "sp01:test" ? p.sets.at(p.splitInput) + " AND " + splitTest
            : input == "sp01:control"                  ? p.sets.at(p.splitInput) + " AND NOT (" + splitTest + ")"
                                                       : p.sets.at(id);
        q += std::string(first ? "" : ",\n  ") + "sum(CASE WHEN " + member + " THEN 1 ELSE 0 END) AS " + id;
        first = false;
    }
    return q + "\nFROM s";
}

} // namespace seg
