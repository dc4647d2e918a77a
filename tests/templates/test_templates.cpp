// The ready-made graphs on the demo data: each validates and runs, and every segment has the
// members counted here by hand from the imported columns (no engine: loops over the rows with
// the spec's rules for date windows, top-k and event counts). Guesses follow names and types,
// and a mapping that does not fit is refused with a message naming the role.
#include "exec/runner.h"
#include "templates/graph_templates.h"
#include "util/error.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

using namespace seg;

namespace {

const std::filesystem::path kDemo = SEG_SOURCE_DIR "/resources/demo";

DatasetSpec customersSpec()
{
    DatasetSpec spec;
    spec.path = "customers.csv";
    spec.key = "customer_id";
    return spec;
}

DatasetSpec eventsSpec()
{
    DatasetSpec spec;
    spec.path = "events.csv";
    spec.key = "customer_id";
    spec.time = "ts";
    spec.type = "event_type";
    return spec;
}

const Dataset& demo()
{
    static const Dataset data = loadDataset(customersSpec(), kDemo / "customers.csv", eventsSpec(), kDemo / "events.csv");
    return data;
}

using Members = std::set<size_t>; // customer rows

int32_t dayOf(const Column& c, size_t r) { return c.type() == DataType::Date ? c.dateAt(r) : dayOfTimestamp(c.intAt(r)); }

// The latest event day: the as_of every template gets on the demo data (its date columns end earlier).
int32_t lastEventDay()
{
    const EventTable& ev = *demo().events;
    const Column& ts = ev.table.columns[static_cast<size_t>(ev.timeColumn)];
    int32_t last = INT32_MIN;
    for (size_t r = 0; r < ts.size(); ++r)
        if (!ts.isNull(r))
            last = std::max(last, dayOf(ts, r));
    return last;
}

const Column& customerColumn(const char* name) { return *demo().customers.table.find(name); }

Members dateWindow(const char* column, int32_t asOf, int days, bool within)
{
    const Column& c = customerColumn(column);
    Members out;
    for (size_t r = 0; r < c.size(); ++r) {
        if (c.isNull(r))
            continue;
        const int32_t d = dayOf(c, r);
        if (within ? (asOf - days <= d && d <= asOf) : d < asOf - days)
            out.insert(r);
    }
    return out;
}

Members topPercent(const Members& among, const char* column, double percent)
{
    const Column& c = customerColumn(column);
    const Column& key = demo().customers.key();
    std::vector<size_t> rows;
    for (size_t r : among)
        if (!c.isNull(r))
            rows.push_back(r);
    std::sort(rows.begin(), rows.end(), [&](size_t a, size_t b) {
        if (c.numericAt(a) != c.numericAt(b))
            return c.numericAt(a) > c.numericAt(b);
        return key.intAt(a) < key.intAt(b);
    });
    const auto k = static_cast<size_t>(std::ceil(static_cast<double>(rows.size()) * percent / 100.0));
    return Members(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(k));
}

Members everyone()
{
    Members all;
    for (size_t r = 0; r < demo().customers.rows(); ++r)
        all.insert(r);
    return all;
}

size_t eventCount(size_t row, const std::string& type, int32_t asOf, int days)
{
    const EventTable& ev = *demo().events;
    const Column& ts = ev.table.columns[static_cast<size_t>(ev.timeColumn)];
    const Column& types = ev.table.columns[static_cast<size_t>(ev.typeColumn)];
    size_t n = 0;
    for (uint64_t e = ev.offsets[row]; e < ev.offsets[row + 1]; ++e)
        if (!types.isNull(e) && types.textAt(e) == type && !ts.isNull(e) && asOf - days <= dayOf(ts, e)
            && dayOf(ts, e) <= asOf)
            ++n;
    return n;
}

Members intersect(const Members& a, const Members& b)
{
    Members out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
}

Members minus(const Members& a, const Members& b)
{
    Members out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
}

struct Instance {
    Graph graph;
    RunResult run;
};

Instance instantiateOnDemo(const char* id)
{
    const GraphTemplate* t = findTemplate(id);
    if (!t)
        qFatal("no template %s", id);
    const TemplateData data = templateDataOf(demo(), eventsSpec());
    const RoleMapping mapping = guessRoles(*t, data);
    Graph g = instantiateTemplate(*t, mapping, data, customersSpec(), eventsSpec(), kDemo);
    RunOptions options;
    options.threads = 2;
    RunResult run = runGraph(g, demo(), options);
    return {std::move(g), std::move(run)};
}

size_t segmentSize(const Instance& i, const char* id)
{
    for (const SegmentRun& s : i.run.segments)
        if (s.id == id)
            return s.size;
    qFatal("no segment %s", id);
}

} // namespace

class TestTemplates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTemplateValidatesRunsAndIsLaidOut()
    {
        const TemplateData data = templateDataOf(demo(), eventsSpec());
        QCOMPARE(graphTemplates().size(), size_t{6});
        for (const GraphTemplate& t : graphTemplates()) {
            const RoleMapping mapping = guessRoles(t, data);
            QVERIFY2(checkMapping(t, mapping, data).empty(), t.id.c_str());
            const Graph g = instantiateTemplate(t, mapping, data, customersSpec(), eventsSpec(), kDemo);
            QVERIFY2(validateGraph(g, demo()).empty(), t.id.c_str());
            QCOMPARE(g.asOf, std::optional<int32_t>(lastEventDay()));
            QCOMPARE(g.events.has_value(), true);
            // Every node has its own place on the canvas.
            std::set<std::pair<int, int>> places;
            for (const Node& n : g.nodes) {
                const Json& p = g.ui["positions"][n.id];
                QVERIFY2(p.is_array(), n.id.c_str());
                places.insert({p[0].get<int>(), p[1].get<int>()});
            }
            QCOMPARE(places.size(), g.nodes.size());
            RunOptions options;
            const RunResult run = runGraph(g, demo(), options);
            QVERIFY(!run.segments.empty());
            for (const SegmentRun& s : run.segments)
                QVERIFY2(s.size > 0 && s.size < demo().customers.rows(), (t.id + " " + s.id).c_str());
        }
    }

    void guessesFollowNamesAndTypes()
    {
        const TemplateData data = templateDataOf(demo(), eventsSpec());
        const RoleMapping rfm = guessRoles(*findTemplate("rfm-tiers"), data);
        QCOMPARE(rfm.at("customer_key"), std::string("customer_id"));
        QCOMPARE(rfm.at("last_order"), std::string("last_order_date"));
        QCOMPARE(rfm.at("orders"), std::string("orders"));
        QCOMPARE(rfm.at("spend"), std::string("total_spend"));
        const RoleMapping cart = guessRoles(*findTemplate("cart-abandonment"), data);
        QCOMPARE(cart.at("cart_event"), std::string("cart"));
        QCOMPARE(cart.at("purchase_event"), std::string("purchase"));
        QCOMPARE(cart.at("event_time"), std::string("ts"));
        QCOMPARE(guessRoles(*findTemplate("new-customer-welcome"), data).at("signup"), std::string("signup_date"));
    }

    void winBackMatchesAHandCount()
    {
        const Instance i = instantiateOnDemo("win-back");
        const Members lapsed = dateWindow("last_order_date", lastEventDay(), 120, false);
        const size_t expected = topPercent(lapsed, "total_spend", 50).size();
        QVERIFY(expected > 10);
        QCOMPARE(segmentSize(i, "s_winback"), expected);
    }

    void vipBySpendMatchesAHandCount()
    {
        const Instance i = instantiateOnDemo("vip-by-spend");
        QCOMPARE(segmentSize(i, "s_vip"), topPercent(everyone(), "total_spend", 10).size());
        QCOMPARE(segmentSize(i, "s_vip"), size_t{200}); // 2000 customers, all with a spend
    }

    void welcomeMatchesAHandCount()
    {
        const Instance i = instantiateOnDemo("new-customer-welcome");
        const size_t expected = dateWindow("signup_date", lastEventDay(), 30, true).size();
        QVERIFY(expected > 0);
        QCOMPARE(segmentSize(i, "s_welcome"), expected);
    }

    void cartAbandonmentAndChurnRiskMatchHandCounts()
    {
        const int32_t asOf = lastEventDay();
        size_t carted = 0, atRisk = 0;
        for (size_t r = 0; r < demo().customers.rows(); ++r) {
            carted += eventCount(r, "cart", asOf, 14) >= 1 && eventCount(r, "purchase", asOf, 14) == 0;
            atRisk += eventCount(r, "purchase", asOf, 365) >= 2 && eventCount(r, "purchase", asOf, 90) == 0;
        }
        QVERIFY(carted > 0 && atRisk > 0);
        QCOMPARE(segmentSize(instantiateOnDemo("cart-abandonment"), "s_cart"), carted);
        QCOMPARE(segmentSize(instantiateOnDemo("churn-risk"), "s_churn"), atRisk);
    }

    void rfmTiersMatchHandCounts()
    {
        const Instance i = instantiateOnDemo("rfm-tiers");
        const Members recent = dateWindow("last_order_date", lastEventDay(), 90, true);
        const Members topSpend = topPercent(everyone(), "total_spend", 20);
        const Members topOrders = topPercent(everyone(), "orders", 40);
        QCOMPARE(segmentSize(i, "s_champions"), intersect(recent, topSpend).size());
        QCOMPARE(segmentSize(i, "s_loyal"), minus(intersect(recent, topOrders), topSpend).size());
        QCOMPARE(segmentSize(i, "s_at_risk"), minus(topSpend, recent).size());
        QCOMPARE(segmentSize(i, "s_hibernating"), minus(minus(everyone(), recent), topSpend).size());
        // The four tiers never overlap.
        size_t total = 0;
        for (const char* s : {"s_champions", "s_loyal", "s_at_risk", "s_hibernating"})
            total += segmentSize(i, s);
        QVERIFY(total <= demo().customers.rows());
    }

    void badMappingGivesAClearMessage()
    {
        const TemplateData data = templateDataOf(demo(), eventsSpec());
        const GraphTemplate& vip = *findTemplate("vip-by-spend");
        RoleMapping mapping = guessRoles(vip, data);
        mapping["spend"] = "email";
        std::vector<std::string> problems = checkMapping(vip, mapping, data);
        QCOMPARE(problems.size(), size_t{1});
        QVERIFY2(problems[0].starts_with("role 'spend' (total spend column): 'email' is string, but a number column is "
                                         "needed ("),
                 problems[0].c_str());
        QVERIFY(problems[0].find("total_spend") != std::string::npos); // the columns that would fit
        mapping["spend"] = "spnd";
        mapping["sped"] = "total_spend";
        problems = checkMapping(vip, mapping, data);
        QCOMPARE(problems.size(), size_t{2});
        QVERIFY2(problems[0].starts_with("unknown role 'sped' for template 'vip-by-spend' (its roles: customer_key, spend)"),
                 problems[0].c_str());
        QVERIFY2(problems[1].starts_with("role 'spend' (total spend column): the customers have no column 'spnd'"),
                 problems[1].c_str());
        try {
            instantiateTemplate(vip, mapping, data, customersSpec(), std::nullopt, kDemo);
            QFAIL("a bad mapping must not give a graph");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("no column 'spnd'"), e.what());
        }

        const GraphTemplate& cart = *findTemplate("cart-abandonment");
        RoleMapping cartMapping = guessRoles(cart, data);
        cartMapping["cart_event"] = "carts";
        problems = checkMapping(cart, cartMapping, data);
        QCOMPARE(problems.size(), size_t{1});
        QVERIFY2(problems[0].starts_with("role 'cart_event' (add-to-cart event type): no event has the type 'carts' "
                                         "(event types: "),
                 problems[0].c_str());
        // Without events, an events template says so once.
        TemplateData noEvents = data;
        noEvents.hasEvents = false;
        problems = checkMapping(cart, guessRoles(cart, noEvents), noEvents);
        QCOMPARE(problems.size(), size_t{1});
        QVERIFY(problems[0].find("needs events") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "test_templates.moc"
