// The demo graph written next to generated data: a small campaign plan that touches every
// node type, so a fresh `generate` output can be opened, validated and run right away.
#include "data/types.h"
#include "generate/generator.h"

#include <functional>
#include <map>
#include <set>

namespace seg {

namespace {

Json node(std::string id, std::string type, std::string label)
{
    return Json{{"id", std::move(id)}, {"type", std::move(type)}, {"label", std::move(label)}};
}

Json condition(std::string id, std::string label, std::string field, std::string op)
{
    Json n = node(std::move(id), "condition", std::move(label));
    n["field"] = std::move(field);
    n["op"] = std::move(op);
    return n;
}

Json combine(std::string id, std::string type, std::string label, std::vector<std::string> inputs)
{
    Json n = node(std::move(id), std::move(type), std::move(label));
    n["inputs"] = std::move(inputs);
    return n;
}

// Expected sizes as shares of the customers in basis points (1/10000), measured on generated
// data of several seeds and sizes with a wide margin, so a normal run gives no range warning.
// Integer arithmetic keeps the bounds exact (no 150.00000000000003 rounding up to 151).
Json segment(std::string id, std::string name, std::string input, std::string description, size_t customers,
             uint64_t minBasisPoints, uint64_t maxBasisPoints)
{
    Json n{{"id", std::move(id)}, {"type", "segment"}, {"name", std::move(name)}, {"input", std::move(input)},
           {"description", std::move(description)}};
    const uint64_t c = customers;
    n["expected"] = Json{{"min", c * minBasisPoints / 10000}, {"max", (c * maxBasisPoints + 9999) / 10000}};
    return n;
}

bool isIdentifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Names of derive columns that appear as whole identifiers in an expression.
void derivedNamesIn(const std::string& expr, const std::map<std::string, std::string>& derived,
                    std::vector<std::string>& out)
{
    for (size_t i = 0; i < expr.size();) {
        if (!isIdentifierChar(expr[i])) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < expr.size() && isIdentifierChar(expr[j]))
            ++j;
        const auto it = derived.find(expr.substr(i, j - i));
        if (it != derived.end())
            out.push_back(it->second);
        i = j;
    }
}

} // namespace

Json layoutPositions(const Json& nodes)
{
    std::map<std::string, std::string> derivedBy; // derive column name -> node id
    for (const Json& n : nodes)
        if (n.value("type", "") == "derive")
            derivedBy[n.value("name", "")] = n.value("id", "");

    std::map<std::string, std::vector<std::string>> dependencies;
    for (const Json& n : nodes) {
        std::vector<std::string>& deps = dependencies[n.value("id", "")];
        auto addRef = [&](const std::string& ref) { deps.push_back(ref.substr(0, ref.find(':'))); };
        if (n.contains("input") && n["input"].is_string())
            addRef(n["input"].get<std::string>());
        if (n.contains("inputs") && n["inputs"].is_array())
            for (const Json& ref : n["inputs"])
                if (ref.is_string())
                    addRef(ref.get<std::string>());
        if (n.contains("field") && n["field"].is_string() && n.value("type", "") != "behavior") {
            const auto it = derivedBy.find(n["field"].get<std::string>());
            if (it != derivedBy.end())
                deps.push_back(it->second);
        }
        if (n.contains("expr") && n["expr"].is_string())
            derivedNamesIn(n["expr"].get<std::string>(), derivedBy, deps);
    }

    std::map<std::string, int> level;
    std::set<std::string> visiting; // cycle guard: a broken graph still gets positions
    std::function<int(const std::string&)> levelOf = [&](const std::string& id) -> int {
        if (const auto it = level.find(id); it != level.end())
            return it->second;
        if (!dependencies.count(id) || !visiting.insert(id).second)
            return -1;
        int l = 0;
        for (const std::string& dep : dependencies[id])
            if (dep != id)
                l = std::max(l, levelOf(dep) + 1);
        visiting.erase(id);
        level[id] = l;
        return l;
    };

    Json positions = Json::object();
    std::map<int, int> rowsInLevel;
    for (const Json& n : nodes) {
        const std::string id = n.value("id", "");
        const int l = levelOf(id);
        const int row = rowsInLevel[l]++;
        positions[id] = Json::array({40 + 240 * l, 40 + 110 * row});
    }
    return positions;
}

Json demoGraphJson(const GenerateOptions& o)
{
    const bool events = o.events > 0;
    const size_t n = o.customers;
    const std::string spendField = events ? "spend_365d" : "total_spend";

    Json nodes = Json::array();
    Json daysSince = node("d_days_since_order", "derive", "Days since last order");
    daysSince["name"] = "days_since_order";
    daysSince["expr"] = "days_since(last_order_date)";
    nodes.push_back(daysSince);
    if (events) {
        Json spend = node("d_spend_365d", "derive", "Spend in the last 365 days");
        spend["name"] = "spend_365d";
        spend["from"] = "events";
        spend["event"] = "purchase";
        spend["within_last_days"] = 365;
        spend["aggregate"] = "sum";
        spend["field"] = "amount";
        nodes.push_back(spend);
    }

    Json bigSpender = condition("c_big_spender", "Spent 1,000 or more", "total_spend", "ge");
    bigSpender["value"] = 1000;
    nodes.push_back(bigSpender);
    Json lapsed = condition("c_lapsed", "No order for 120+ days", "last_order_date", "before_days_ago");
    lapsed["days"] = 120;
    nodes.push_back(lapsed);
    Json churn = condition("c_churn", "Churn score 0.7 or more", "churn_score", "ge");
    churn["value"] = 0.7;
    nodes.push_back(churn);
    Json fresh = condition("c_new", "Joined in the last 60 days", "signup_date", "within_last_days");
    fresh["days"] = 60;
    nodes.push_back(fresh);
    nodes.push_back(condition("c_email_ok", "E-mail opt-in", "email_opt_in", "is_true"));
    nodes.push_back(condition("c_sms_ok", "SMS opt-in", "sms_opt_in", "is_true"));
    Json engaged = node("x_engaged", "expression", "Frequent, recent buyers");
    engaged["expr"] = "orders >= 3 AND days_since_order <= 90";
    nodes.push_back(engaged);
    if (events) {
        Json cart = node("b_cart_14d", "behavior", "Added to cart in 14 days");
        cart["event"] = "cart";
        cart["within_last_days"] = 14;
        cart["aggregate"] = "count";
        cart["op"] = "ge";
        cart["value"] = 1;
        nodes.push_back(cart);
        Json noPurchase = node("b_no_purchase_14d", "behavior", "No purchase in 14 days");
        noPurchase["event"] = "purchase";
        noPurchase["within_last_days"] = 14;
        noPurchase["aggregate"] = "count";
        noPurchase["op"] = "eq";
        noPurchase["value"] = 0;
        nodes.push_back(noPurchase);
    }

    nodes.push_back(combine("o_at_risk", "or", "Lapsed or likely to churn", {"c_lapsed", "c_churn"}));
    nodes.push_back(combine("a_hv_risk", "and", "Big spenders at risk", {"c_big_spender", "o_at_risk"}));
    nodes.push_back(combine("e_winback", "except", "Lapsed, not big spenders", {"c_lapsed", "c_big_spender"}));
    Json noEmail = node("n_no_email", "not", "No e-mail opt-in");
    noEmail["input"] = "c_email_ok";
    nodes.push_back(noEmail);
    nodes.push_back(combine("a_sms_only", "and", "Reachable by SMS only", {"n_no_email", "c_sms_ok"}));
    nodes.push_back(combine("a_welcome", "and", "New and opted in", {"c_new", "c_email_ok"}));
    if (events)
        nodes.push_back(combine("a_cart_abandon", "and", "Abandoned carts", {"b_cart_14d", "b_no_purchase_14d", "c_email_ok"}));
    Json top = node("t_vip", "top", "Top 25% by spend");
    top["input"] = "x_engaged";
    top["field"] = spendField;
    top["percent"] = 25;
    nodes.push_back(top);

    Json vip = segment("s_vip", "VIP early access", "t_vip", "Frequent recent buyers with the highest spend.", n,
                       20, 1500);
    vip["export"] = Json{{"columns", {"customer_id", "email", "first_name", "country", "loyalty_tier", spendField}}};
    nodes.push_back(vip);
    nodes.push_back(segment("s_hv_risk", "High value at risk", "a_hv_risk",
                            "Spent 1,000+ but lapsed or likely to churn.", n, 20, 3000));
    nodes.push_back(segment("s_winback", "Win-back", "e_winback", "Lapsed customers outside the high-value program.",
                            n, 500, 6000));
    nodes.push_back(segment("s_welcome", "New customer welcome", "a_welcome", "Joined recently, e-mail opt-in.", n,
                            30, 2000));
    nodes.push_back(segment("s_sms_only", "SMS-only reach", "a_sms_only", "Opted in to SMS but not to e-mail.", n,
                            200, 3000));
    if (events)
        nodes.push_back(segment("s_cart_abandon", "Cart abandoners", "a_cart_abandon",
                                "Carted in the last two weeks without buying.", n, 20, 3000));
    Json split = node("sp_winback", "split", "Win-back test/control");
    split["input"] = "s_winback";
    split["seed"] = "winback-q4";
    split["parts"] = Json::array({Json{{"name", "test"}, {"percent", 90}}, Json{{"name", "control"}, {"percent", 10}}});
    nodes.push_back(split);
    nodes.push_back(segment("s_winback_test", "Win-back: test group", "sp_winback:test",
                            "Receives the win-back offer.", n, 400, 5500));
    nodes.push_back(segment("s_winback_control", "Win-back: control group", "sp_winback:control",
                            "Held out to measure the offer's lift.", n, 20, 1000));
    nodes.push_back(combine("p_wave", "priority", "One campaign per customer",
                            {"s_vip", "s_hv_risk", "s_winback", "s_welcome"}));
    nodes.push_back(segment("s_wave_hv_risk", "Q4 wave: high value at risk", "p_wave:s_hv_risk",
                            "High value at risk, minus those already in VIP early access.", n, 20, 3000));

    Json graph{{"format", "segment-studio/graph"}, {"format_version", 1}, {"name", "Retail demo (generated)"},
               {"as_of", formatDate(o.asOf)}};
    Json datasets{{"customers", Json{{"path", "customers.csv"}, {"key", "customer_id"}}}};
    if (events)
        datasets["events"] = Json{{"path", "events.csv"}, {"key", "customer_id"}, {"time", "ts"}, {"type", "event_type"}};
    graph["datasets"] = std::move(datasets);
    Json positions = layoutPositions(nodes);
    graph["nodes"] = std::move(nodes);
    graph["ui"] = Json{{"positions", std::move(positions)}};
    return graph;
}

} // namespace seg
