// The batch form of behavior / derive-from-events (EventAggregator::evaluateRange and
// countRange: considered events as bitset words, counts by popcount, values over set bits)
// against the per-customer definition EventAggregator::evaluate, on random events with NULLs
// everywhere, UTF-8 and quote characters in strings, customers without events, window edges
// to the microsecond, a customer whose events span several chunks, and values without a short
// decimal form. Also DecimalSum's division fast path against an independent decimal oracle.
#include "exec/event_aggregate.h"
#include "exec/result_cache.h"
#include "exec/runner.h"
#include "exec/scan_simd.h"
#include "graph/graph_io.h"
#include "plan/strategy.h"

#include <QtTest/QtTest>

#include <bit>
#include <charconv>
#include <cmath>
#include <random>

using namespace seg;

namespace {

constexpr int64_t kDay = 86'400'000'000; // microseconds
const int32_t kAsOf = *parseIsoDate("2024-12-31");
const char* const kTypes[] = {"purchase", "view", "cart", "Ümlaut-ß ✓", "", "a,\"quoted\"\nline"};
const char* const kCats[] = {"Über", "über", "beauty", "", "日本語", "x\"y", "ÜBER-2"};

struct Events {
    EventTable table;
    size_t customers = 0;
};

// Event counts per customer: many without events (also next to each other and at the ends),
// a long customer whose events span several 16384-event chunks, the rest small.
Events randomEvents(uint64_t seed, size_t customers)
{
    std::mt19937_64 rng(seed);
    auto pick = [&](uint64_t n) { return rng() % n; };
    Events out;
    out.customers = customers;
    EventTable& ev = out.table;
    Column key("customer_id", DataType::Int), ts("ts", DataType::Timestamp), type("event_type", DataType::String),
        amount("amount", DataType::Double), qty("qty", DataType::Int), day("day", DataType::Date),
        cat("cat", DataType::String);
    ev.offsets.push_back(0);
    for (size_t c = 0; c < customers; ++c) {
        size_t n = pick(5) == 0 ? 0 : pick(30);
        if (c == customers / 3)
            n = 40'000;
        if (c == 0 || c + 1 == customers || (c >= 100 && c < 180))
            n = 0;
        for (size_t k = 0; k < n; ++k) {
            key.appendInt(static_cast<int64_t>(c));
            // Times around every window edge: whole days back from as_of (incl. the future),
            // at the first or last microsecond of a day or anywhere in it.
            const int64_t back = static_cast<int64_t>(pick(420)) - 5;
            const int64_t dayStart = (kAsOf - back) * kDay;
            const uint64_t where = pick(4);
            const int64_t t = where == 0 ? dayStart : where == 1 ? dayStart + kDay - 1 : dayStart + static_cast<int64_t>(pick(kDay));
            pick(30) == 0 ? ts.appendNull() : ts.appendInt(t);
            pick(30) == 0 ? type.appendNull() : type.appendString(kTypes[pick(std::size(kTypes))]);
            const uint64_t a = pick(100);
            if (a < 20)
                amount.appendNull();
            else if (a < 22)
                amount.appendDouble(a == 20 ? 1e300 : -1e300); // no decimal form: exact binary sum
            else if (a < 24)
                amount.appendDouble(a == 22 ? -0.0 : 1e-300);
            else if (a < 30)
                amount.appendDouble(static_cast<double>(static_cast<int64_t>(pick(2'000'000)) - 1'000'000) / 1e6);
            else
                amount.appendDouble(static_cast<double>(static_cast<int64_t>(pick(300'000)) - 20'000) / 100.0);
            const uint64_t q = pick(50);
            if (q < 5)
                qty.appendNull();
            else if (q == 5)
                qty.appendInt(pick(2) ? INT64_MAX : INT64_MIN + 1);
            else
                qty.appendInt(static_cast<int64_t>(pick(30)) - 5);
            pick(10) == 0 ? day.appendNull() : day.appendDate(kAsOf - static_cast<int32_t>(pick(400)));
            pick(10) == 0 ? cat.appendNull() : cat.appendString(kCats[pick(std::size(kCats))]);
        }
        ev.offsets.push_back(key.size());
    }
    for (Column* c : {&key, &ts, &type, &amount, &qty, &day, &cat}) {
        c->finish();
        ev.table.columns.push_back(std::move(*c));
    }
    ev.table.rows = ev.offsets.back();
    ev.keyColumn = 0;
    ev.timeColumn = 1;
    ev.typeColumn = 2;
    return out;
}

BoundPredicate bound(const Comparison& c, DataType type)
{
    BoundPredicate p;
    if (auto e = bindPredicate(c, type, kAsOf, p))
        qFatal("test predicate does not bind: %s", e->c_str());
    return p;
}

Comparison cmp(CompareOp op, Json value = {}, Json min = {}, Json max = {})
{
    Comparison c;
    c.op = op;
    c.value = std::move(value);
    c.min = std::move(min);
    c.max = std::move(max);
    return c;
}

// A random where condition on one of the event columns.
std::pair<int, BoundPredicate> randomWhere(std::mt19937_64& rng)
{
    Comparison c;
    switch (rng() % 14) {
    case 0: return {3, bound(cmp(CompareOp::Ge, 100), DataType::Double)};
    case 1: return {3, bound(cmp(CompareOp::Between, {}, -5.5, 50), DataType::Double)};
    case 2: return {3, bound(cmp(CompareOp::IsNull), DataType::Double)};
    case 3: return {3, bound(cmp(CompareOp::Ne, 0.1), DataType::Double)};
    case 4: return {4, bound(cmp(CompareOp::Lt, 3), DataType::Int)};
    case 5:
        c.op = CompareOp::NotIn;
        c.values = {1, 2, 3, 20};
        return {4, bound(c, DataType::Int)};
    case 6: return {6, bound(cmp(CompareOp::StartsWith, "Ü"), DataType::String)};
    case 7:
        c.op = CompareOp::Contains;
        c.value = "über";
        c.ignoreCase = true;
        return {6, bound(c, DataType::String)};
    case 8:
        c.op = CompareOp::In;
        c.values = {"", "x\"y", "日本語"};
        return {6, bound(c, DataType::String)};
    case 9: return {6, bound(cmp(CompareOp::IsNull), DataType::String)};
    case 10: return {5, bound(cmp(CompareOp::Between, {}, "2024-03-01", "2024-09-30"), DataType::Date)};
    case 11:
        c.op = CompareOp::BeforeDaysAgo;
        c.days = 30;
        return {1, bound(c, DataType::Timestamp)};
    case 12: return {2, bound(cmp(CompareOp::Ne, "view"), DataType::String)};
    default: return {5, bound(cmp(CompareOp::NotNull), DataType::Date)};
    }
}

BoundEventSelection randomSelection(std::mt19937_64& rng, const EventTable& ev)
{
    BoundEventSelection s;
    if (rng() % 4 != 0) {
        s.anyType = false;
        const auto& dict = ev.table.columns[2].dict();
        s.typeCode = rng() % 8 == 0 ? -1 : static_cast<int32_t>(rng() % dict.size());
    }
    if (rng() % 3 != 0) {
        Comparison c;
        c.op = CompareOp::WithinLastDays;
        const int64_t days[] = {0, 1, 14, 30, 90, 365, 100000};
        c.days = days[rng() % std::size(days)];
        s.window = bound(c, DataType::Timestamp);
    }
    for (uint64_t k = rng() % 3; k > 0; --k)
        s.where.push_back(randomWhere(rng));
    const Aggregate aggs[] = {Aggregate::Count, Aggregate::Sum, Aggregate::Avg, Aggregate::Min, Aggregate::Max};
    s.aggregate = aggs[rng() % std::size(aggs)];
    if (s.aggregate == Aggregate::Sum || s.aggregate == Aggregate::Avg) {
        s.fieldColumn = rng() % 3 == 0 ? 4 : 3; // qty or amount
        s.resultType = DataType::Double;
    } else if (s.aggregate != Aggregate::Count) {
        const int fields[] = {1, 3, 4, 5}; // ts, amount, qty, day
        s.fieldColumn = fields[rng() % std::size(fields)];
        s.resultType = ev.table.columns[static_cast<size_t>(s.fieldColumn)].type();
    }
    return s;
}

bool sameValue(const AggregateValue& a, const AggregateValue& b)
{
    return a.null == b.null && a.i == b.i && std::bit_cast<uint64_t>(a.d) == std::bit_cast<uint64_t>(b.d);
}

std::string describe(const AggregateValue& v)
{
    return v.null ? "NULL" : "i=" + std::to_string(v.i) + " d=" + std::to_string(v.d);
}

// Every customer through evaluateRange over random block boundaries (1 customer up to all of
// them) and, for counts, countRange, compared with evaluate().
void compareBatchWithDefinition(const Events& data, const BoundEventSelection& sel, std::mt19937_64& rng,
                                const std::string& what)
{
    const EventAggregator agg(sel, data.table);
    DecimalSum sum;
    std::vector<AggregateValue> expected(data.customers);
    for (size_t r = 0; r < data.customers; ++r)
        expected[r] = agg.evaluate(r, sum);
    EventScratch scratch;
    std::vector<AggregateValue> got(data.customers);
    std::vector<int64_t> counts(data.customers);
    for (size_t first = 0; first < data.customers;) {
        const uint64_t kind = rng() % 4;
        const size_t len = kind == 0 ? 1 : kind == 1 ? 64 : kind == 2 ? 1 + rng() % 2000 : data.customers;
        const size_t last = std::min(data.customers, first + len);
        agg.evaluateRange(first, last, scratch, got.data() + first);
        if (sel.aggregate == Aggregate::Count)
            agg.countRange(first, last, scratch, counts.data() + first);
        first = last;
    }
    for (size_t r = 0; r < data.customers; ++r) {
        if (!sameValue(got[r], expected[r]))
            QFAIL(qPrintable(QString::fromStdString(what + ": customer " + std::to_string(r) + ": batch "
                                                    + describe(got[r]) + ", evaluate " + describe(expected[r]))));
        if (sel.aggregate == Aggregate::Count && counts[r] != expected[r].i)
            QFAIL(qPrintable(QString::fromStdString(what + ": customer " + std::to_string(r) + ": countRange "
                                                    + std::to_string(counts[r]) + ", evaluate "
                                                    + std::to_string(expected[r].i))));
    }
}

// The exact quotient num / den (den > 0) rounded once to a double, through its decimal text:
// an oracle written apart from DecimalSum.
double exactQuotient(Int128 num, Int128 den)
{
    std::string text = num < 0 ? "-" : "";
    const UInt128 d = static_cast<UInt128>(den);
    UInt128 whole = num < 0 ? static_cast<UInt128>(-num) : static_cast<UInt128>(num);
    UInt128 rest = whole % d;
    whole /= d;
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(whole % 10)));
        whole /= 10;
    } while (whole > 0);
    text += digits + ".";
    for (int i = 0; i < 120; ++i) { // far past where any double's halfway point ends, then sticky
        rest *= 10;
        text += static_cast<char>('0' + static_cast<int>(rest / d));
        rest %= d;
    }
    if (rest != 0)
        text += '1';
    double v = 0;
    std::from_chars(text.data(), text.data() + text.size(), v);
    return v;
}

} // namespace

class TestEventBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void behaviorNodesSharingOnePassMatchTheDefinition()
    {
        // Behavior nodes of one run share a pass over the events; each must still get exactly
        // its own set, with its own input, under every strategy, with a result cache (no
        // sharing) and when every node runs. More customers than one partition.
        const size_t n = 70'000;
        Events ev = randomEvents(4242, n);
        Dataset d;
        Column key("id", DataType::Int), flag("flag", DataType::Bool);
        for (size_t r = 0; r < n; ++r) {
            key.appendInt(static_cast<int64_t>(r));
            flag.appendBool(r % 3 != 0);
        }
        for (Column* c : {&key, &flag}) {
            c->finish();
            d.customers.table.columns.push_back(std::move(*c));
        }
        d.customers.table.rows = n;
        d.customers.keyColumn = 0;
        d.customersReport.rows = d.customersReport.dataRows = n;
        d.events = std::move(ev.table);
        d.eventsReport = ImportReport{};
        d.eventsReport->rows = d.events->rows();
        const std::string text = R"({"format":"segment-studio/graph","format_version":1,"as_of":"2024-12-31",
          "datasets":{"customers":{"path":"customers.csv","key":"id"},
                      "events":{"path":"events.csv","key":"customer_id","time":"ts","type":"event_type"}},
          "nodes":[
           {"id":"c1","type":"condition","field":"flag","op":"is_true"},
           {"id":"b1","type":"behavior","event":"purchase","within_last_days":30,"aggregate":"count","op":"ge","value":1},
           {"id":"b2","type":"behavior","event":"view","within_last_days":365,"input":"c1",
            "where":[{"field":"cat","op":"starts_with","value":"Ü"}],"aggregate":"count","op":"eq","value":0},
           {"id":"b3","type":"behavior","within_last_days":90,"aggregate":"sum","field":"amount","op":"ge","value":100},
           {"id":"b4","type":"behavior","event":"nope","aggregate":"count","op":"eq","value":0},
           {"id":"b5","type":"behavior","aggregate":"count","op":"in","values":[2,3,5]},
           {"id":"b6","type":"behavior","event":"cart","aggregate":"min","field":"qty","op":"lt","value":0,"input":"c1"},
           {"id":"b7","type":"behavior","event":"cart","aggregate":"count","op":"ne","value":1},
           {"id":"s1","type":"segment","name":"s1","input":"b1"},{"id":"s2","type":"segment","name":"s2","input":"b2"},
           {"id":"s3","type":"segment","name":"s3","input":"b3"},{"id":"s4","type":"segment","name":"s4","input":"b4"},
           {"id":"s5","type":"segment","name":"s5","input":"b5"},{"id":"s6","type":"segment","name":"s6","input":"b6"}]})";
        GraphLoadResult loaded = parseGraph(text, "shared.segment.json", {});
        QVERIFY(loaded.ok());
        const Graph& graph = *loaded.graph;
        const BoundGraph bg = bindGraph(graph, d, kAsOf);
        QVERIFY(bg.diagnostics.empty());
        std::map<std::string, std::vector<size_t>> expected;
        for (const BoundNode& bn : bg.nodes) {
            if (bn.node->type != NodeType::Behavior)
                continue;
            const EventAggregator agg(bn.events, *d.events);
            DecimalSum sum;
            for (size_t r = 0; r < n; ++r)
                if ((bn.inputs.empty() || r % 3 != 0) && aggregateMatches(agg.evaluate(r, sum), bn.events.resultType, bn.predicate))
                    expected[bn.node->id].push_back(r);
        }
        const auto check = [&](const RunResult& res, const std::string& what, bool all) {
            for (const auto& [id, rows] : expected) {
                const Bitset* got = res.members(id);
                if (id == "b7" && !all) { // needed by no segment: not run
                    QVERIFY(!got);
                    continue;
                }
                QVERIFY2(got, (what + " " + id).c_str());
                std::vector<size_t> members;
                for (size_t r = 0; r < n; ++r)
                    if (got->test(r))
                        members.push_back(r);
                QVERIFY2(members == rows, (what + ": " + id + " differs from the per-customer definition").c_str());
            }
        };
        ResultCache cache;
        for (const Strategy st : {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid}) {
            for (const bool all : {false, true}) {
                RunOptions o;
                o.strategy = st;
                o.threads = st == Strategy::Sequential ? 1 : 2;
                o.allNodes = all;
                const std::string what = std::string(strategyName(st)) + (all ? " all nodes" : "");
                check(runGraph(graph, d, o), what, all);
                o.cache = &cache;
                check(runGraph(graph, d, o), what + " cached", all);
            }
        }
    }

    void batchEqualsPerCustomerDefinition()
    {
        const Events data = randomEvents(20241231, 2500);
        QVERIFY(data.table.rows() > 3 * 16384); // the long customer spans several chunks
        std::mt19937_64 rng(7);
        for (const bool vectors : {true, false}) {
            simd::setDisabledForTesting(!vectors);
            for (int i = 0; i < 150; ++i) {
                const BoundEventSelection sel = randomSelection(rng, data.table);
                compareBatchWithDefinition(data, sel, rng,
                                           std::string(vectors ? "vector" : "scalar") + " selection " + std::to_string(i));
            }
        }
        simd::setDisabledForTesting(false);
    }

    void everyAggregateOnTheBenchmarkShapes()
    {
        // The standard graph's behavior nodes: type + window counts, a sum, a where on amount.
        const Events data = randomEvents(99, 3000);
        std::mt19937_64 rng(3);
        const auto& dict = data.table.table.columns[2].dict();
        const int32_t purchase = static_cast<int32_t>(std::find(dict.begin(), dict.end(), "purchase") - dict.begin());
        for (const Aggregate a : {Aggregate::Count, Aggregate::Sum, Aggregate::Avg, Aggregate::Min, Aggregate::Max}) {
            BoundEventSelection sel;
            sel.anyType = false;
            sel.typeCode = purchase;
            Comparison w;
            w.op = CompareOp::WithinLastDays;
            w.days = 365;
            sel.window = bound(w, DataType::Timestamp);
            sel.where.emplace_back(3, bound(cmp(CompareOp::Ge, 100), DataType::Double));
            sel.aggregate = a;
            if (a != Aggregate::Count) {
                sel.fieldColumn = 3;
                sel.resultType = DataType::Double;
            }
            compareBatchWithDefinition(data, sel, rng, std::string(aggregateName(a)));
        }
    }

    void noEventsAtAll()
    {
        Events data;
        data.customers = 70;
        data.table.offsets.assign(71, 0);
        for (const char* name : {"customer_id", "ts", "event_type", "amount"}) {
            Column c(name, name == std::string("ts") ? DataType::Timestamp
                           : name == std::string("event_type") ? DataType::String
                           : name == std::string("amount") ? DataType::Double : DataType::Int);
            c.finish();
            data.table.table.columns.push_back(std::move(c));
        }
        data.table.timeColumn = 1;
        data.table.typeColumn = 2;
        std::mt19937_64 rng(1);
        BoundEventSelection count;
        compareBatchWithDefinition(data, count, rng, "count");
        BoundEventSelection sum;
        sum.aggregate = Aggregate::Sum;
        sum.fieldColumn = 3;
        sum.resultType = DataType::Double;
        compareBatchWithDefinition(data, sum, rng, "sum");
    }

    void decimalSumDivisionMatchesExactRounding()
    {
        std::mt19937_64 rng(5);
        for (int i = 0; i < 20000; ++i) {
            const int scale = static_cast<int>(rng() % 7);
            const int n = 1 + static_cast<int>(rng() % 12);
            DecimalSum s, t;
            Int128 units = 0;
            const int64_t p = static_cast<int64_t>(std::pow(10, scale));
            for (int k = 0; k < n; ++k) {
                // Values with exactly `scale` decimals (last digit not 0), below 2^50 / 10^scale:
                // no shorter decimal reads back as the same double, so the sum is known here.
                int64_t m = static_cast<int64_t>(rng() % (i % 7 == 0 ? 100'000'000'000'000ULL : 10'000'000ULL));
                m = m * 10 + 1 + static_cast<int64_t>(rng() % 9);
                if (rng() % 3 == 0)
                    m = -m;
                const double x = static_cast<double>(m) / static_cast<double>(p);
                s.add(x);
                QVERIFY(t.addDecimalOnly(x));
                units += m;
            }
            QCOMPARE(s.value(), exactQuotient(units, p));
            QCOMPARE(s.mean(n), exactQuotient(units, static_cast<Int128>(p) * n));
            QCOMPARE(t.value(), s.value());
            QCOMPARE(t.mean(n), s.mean(n));
        }
        DecimalSum a, b;
        for (double x : {150.10, 49.90, 0.1, 0.2, -0.3}) {
            a.add(x);
            QVERIFY(b.addDecimalOnly(x));
        }
        QCOMPARE(a.value(), b.value());
        QCOMPARE(a.value(), 200.0);
        QCOMPARE(b.mean(5), 40.0);
        DecimalSum c;
        QVERIFY(!c.addDecimalOnly(1e300)); // no decimal form within 128 bits
    }
};

QTEST_GUILESS_MAIN(TestEventBatch)
#include "test_event_batch.moc"
