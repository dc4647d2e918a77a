// The honest-peer graph of issue 18: rules and segments over the 10-column customers file of
// the cold-path benchmark, with no top and no split, so DuckDB answers it in one pass with a
// boolean column per rule (no window sort, no MD5) and the ratio measures the engines alone.
#include "generate/graph_builder.h"
#include "generate/generator.h"
#include "generate/standard_graph.h"

#include <memory>

namespace seg {

using namespace graphgen;

namespace {

void addHonestRules(Builder& b)
{
    b.condition("h01", "Spent 1,000+", "total_spend", "ge", {{"value", 1000}});
    b.condition("h02", "Spent under 50", "total_spend", "lt", {{"value", 50}});
    b.condition("h03", "Spent 200 to 500", "total_spend", "between", {{"min", 200}, {"max", 500}});
    b.condition("h04", "Spent 2,500+", "total_spend", "ge", {{"value", 2500}});
    b.condition("h05", "10+ orders", "orders", "ge", {{"value", 10}});
    b.condition("h06", "Never ordered", "orders", "eq", {{"value", 0}});
    b.condition("h07", "2 to 5 orders", "orders", "between", {{"min", 2}, {"max", 5}});
    b.condition("h08", "One order", "orders", "eq", {{"value", 1}});
    b.condition("h09", "Age 18-24", "age", "between", {{"min", 18}, {"max", 24}});
    b.condition("h10", "Age 25-34", "age", "between", {{"min", 25}, {"max", 34}});
    b.condition("h11", "Age 35-54", "age", "between", {{"min", 35}, {"max", 54}});
    b.condition("h12", "Age 55+", "age", "ge", {{"value", 55}});
    b.condition("h13", "Age unknown", "age", "is_null");
    b.condition("h14", "North America", "country", "in", {{"values", {"US", "CA"}}});
    b.condition("h15", "Europe", "country", "in", {{"values", {"GB", "DE", "FR", "ES", "IT", "NL", "SE"}}});
    b.condition("h16", "Australia", "country", "eq", {{"value", "AU"}});
    b.condition("h17", "Not US", "country", "not_in", {{"values", {"US"}}});
    b.condition("h18", "DACH and Benelux", "country", "in", {{"values", {"DE", "NL"}}});
    b.condition("h19", "Gold or platinum", "loyalty_tier", "in", {{"values", {"gold", "platinum"}}});
    b.condition("h20", "Bronze", "loyalty_tier", "eq", {{"value", "bronze"}});
    b.condition("h21", "Silver", "loyalty_tier", "eq", {{"value", "silver"}});
    b.condition("h22", "Joined in 90 days", "signup_date", "within_last_days", {{"days", 90}});
    b.condition("h23", "Member 3+ years", "signup_date", "before_days_ago", {{"days", 1095}});
    b.condition("h24", "Joined in 2023", "signup_date", "between", {{"min", "2023-01-01"}, {"max", "2023-12-31"}});
    b.condition("h25", "Joined in a year", "signup_date", "within_last_days", {{"days", 365}});
    b.condition("h26", "Ordered in 30 days", "last_order_date", "within_last_days", {{"days", 30}});
    b.condition("h27", "No order for 180+ days", "last_order_date", "before_days_ago", {{"days", 180}});
    b.condition("h28", "Ordered in 90 days", "last_order_date", "within_last_days", {{"days", 90}});
    b.condition("h29", "No order for a year", "last_order_date", "before_days_ago", {{"days", 365}});
    b.condition("h30", "Has ordered", "last_order_date", "not_null");
    b.condition("h31", "E-mail opt-in", "email_opt_in", "is_true");
    b.condition("h32", "E-mail opt-out", "email_opt_in", "is_false");
    b.condition("h33", "Address at example.org", "email", "ends_with", {{"value", "@example.org"}});
    b.condition("h34", "Address at example.com", "email", "ends_with", {{"value", "@example.com"}});
    b.condition("h35", "Low customer id", "customer_id", "lt", {{"value", 500000}});
    b.condition("h36", "Spent 100 to 1,000", "total_spend", "between", {{"min", 100}, {"max", 1000}});
    b.expression("x01", "Big baskets", "total_spend >= 150 * orders AND orders >= 1",
                 "total_spend >= 150 * orders AND orders >= 1");
    b.expression("x02", "Young big spenders in the US", "age < 30 AND total_spend > 800 AND country = 'US'",
                 "age < 30 AND total_spend > 800 AND country = 'US'");
}

void addHonestSegments(Builder& b)
{
    b.segment("s01", "High spenders lapsing", b.combine("and", {"h01", "h27"}));
    b.segment("s02", "New joiners opted in", b.combine("and", {"h22", "h31"}));
    b.segment("s03", "Young North Americans", b.combine("and", {b.combine("or", {"h09", "h10"}), "h14"}));
    b.segment("s04", "European gold, not 2023 joiners", b.combine("and", {"h15", "h19", b.negate("h24")}));
    b.segment("s05", "Win-back", b.combine("except", {"h27", "h01"}));
    b.segment("s06", "Few orders, lapsing", b.combine("and", {"h07", b.combine("or", {"h29", "h02"})}));
    b.segment("s07", "Incomplete profiles", b.combine("or", {"h13", "h06", b.combine("and", {"h12", "h23"})}));
    b.segment("s08", "Big baskets opted in", b.combine("and", {"x01", "h31"}));
    b.segment("s09", "Recent loyal buyers", b.combine("and", {"h26", "h05", b.negate("h20")}));
    b.segment("s10", "Never ordered, opted out", b.combine("and", {"h06", "h32"}));
    b.segment("s11", "example.org in Europe", b.combine("and", {"h33", "h15"}));
    b.segment("s12", "Mid spenders outside the US",
              b.combine("and", {"h36", "h17", b.combine("or", {"h21", "h03"})}));
    b.segment("s13", "Australian or DACH regulars", b.combine("and", {b.combine("or", {"h16", "h18"}), "h28"}));
    b.segment("s14", "Young big spenders", b.combine("or", {"x02", b.combine("and", {"h04", "h09"})}));
    b.segment("s15", "Middle-aged one-timers", b.combine("and", {"h11", "h08", "h30"}));
    // Segments of segments.
    b.segment("s16", "At risk, not new", b.combine("except", {b.combine("or", {"s01", "s06"}), "h25"}));
    b.segment("s17", "Early customers to win back", b.combine("and", {"s05", "h35", b.negate("h34")}));
    b.segment("s18", "Engaged and valuable", b.combine("and", {b.combine("or", {"s08", "s09"}), b.negate("s16")}));
}

} // namespace

const std::vector<std::string>& honestGraphColumns()
{
    static const std::vector<std::string> columns{"customer_id", "email",      "age",        "country",
                                                  "signup_date", "orders",     "total_spend", "last_order_date",
                                                  "loyalty_tier", "email_opt_in"};
    return columns;
}

StandardGraph honestGraph(const StandardGraphOptions& o)
{
    auto parts = std::make_shared<StandardGraph::SqlParts>();
    StandardGraphOptions customersOnly = o;
    customersOnly.events = false;
    Builder b(customersOnly, *parts);
    addHonestRules(b);
    addHonestSegments(b);

    StandardGraph out;
    out.graph = Json{{"format", "segment-studio/graph"},
                     {"format_version", 1},
                     {"name", "Benchmark honest graph (no top, no split)"},
                     {"as_of", formatDate(o.asOf)},
                     {"datasets", Json{{"customers", Json{{"path", o.customersPath}, {"key", "customer_id"}}}}}};
    Json positions = layoutPositions(b.nodes);
    out.graph["nodes"] = std::move(b.nodes);
    out.graph["ui"] = Json{{"positions", std::move(positions)}};
    out.segments = std::move(b.segmentIds);
    out.parts = std::move(parts);
    return out;
}

} // namespace seg
