// The random graph generator: node by node, each node only uses what exists before it (so the
// graph is a DAG), and each set it makes gets its SQL twin (see OracleStep).
#include "oracle_graph.h"

#include "oracle_literals.h"

#include <algorithm>

namespace seg::oracle {

namespace {

const std::vector<std::string> kEventNames{"purchase", "purchase", "visit", "refund", "signup", "churn"};

class GraphBuilder {
public:
    GraphBuilder(const RandomData& data, uint64_t seed, const ValueSampler& sampler)
        : data_(data), rng_(seed), sampler_(sampler), asOfIso_(isoDate(data.options.asOf)),
          literals_(rng_, data.options.asOf), exprs_(rng_, fields_, asOfIso_, data.options.asOf)
    {
        for (const auto& col : customerColumns(data.options))
            fields_.push_back(FieldInfo{col.name, col.type, plain(col.type, Sql("c." + col.name)), true, true});
    }

    GeneratedGraph build(const GraphOptions& options)
    {
        const int nodes = static_cast<int>(rng_.range(options.minNodes, options.maxNodes));
        while (counter_ < nodes - 1)
            addRandomNode();
        addSegment(); // every graph has at least one segment
        Json doc;
        doc["format"] = "segment-studio/graph";
        doc["format_version"] = 1;
        doc["name"] = "oracle";
        doc["as_of"] = asOfIso_;
        doc["datasets"]["customers"] = {{"path", "customers.csv"}, {"key", "id"}};
        doc["datasets"]["events"] = {{"path", "events.csv"}, {"key", "customer_id"}, {"time", "ts"}, {"type", "event_type"}};
        doc["nodes"] = nodes_;
        out_.json = std::move(doc);
        return std::move(out_);
    }

private:
    static SqlOperand plain(DataType type, Sql value)
    {
        SqlOperand o;
        o.type = type;
        o.value = std::move(value);
        return o;
    }

    std::string newId(const char* prefix) { return prefix + std::to_string(++counter_); }

    std::vector<SqlValue> samples(const Sql& select) const { return sampler_ ? sampler_(select) : std::vector<SqlValue>{}; }
    std::vector<SqlValue> customerSamples(const SqlOperand& o) const
    {
        Sql value = o.value;
        if (o.kind == SqlOperand::Kind::Avg) // the average in whole cents (exact when it divides)
            value = Sql("CAST(ROUND(") + o.value.wrapped() + Sql(" * 1.0 / ") + o.count.wrapped() + Sql(") AS INTEGER)");
        return samples(Sql("SELECT ") + value.wrapped() + Sql(" FROM customers c"));
    }

    void addStep(const std::string& ref, const std::string& nodeId, Sql select)
    {
        OracleStep s;
        s.ref = ref;
        s.nodeId = nodeId;
        s.table = "t" + std::to_string(out_.steps.size());
        s.select = std::move(select);
        tables_[ref] = s.table;
        out_.steps.push_back(std::move(s));
        out_.setRefs.push_back(ref);
        refs_.push_back(ref);
    }
    Sql members(const std::string& ref) const { return Sql("SELECT id FROM " + tables_.at(ref)); }

    // An optional input: the node's result is input ∩ matches.
    Sql maybeInput(Json& node)
    {
        if (refs_.empty() || !rng_.chance(40))
            return Sql("");
        const std::string& ref = rng_.pick(refs_);
        node["input"] = ref;
        return Sql(" AND c.id IN (") + members(ref) + Sql(")");
    }
    std::vector<std::string> distinctRefs(size_t n)
    {
        std::vector<std::string> pool = refs_;
        rng_.shuffle(pool);
        pool.resize(std::min(n, pool.size()));
        return pool;
    }

    void addRandomNode()
    {
        const int64_t roll = rng_.range(0, 99);
        if (roll < 22) return addCondition();
        if (roll < 34) return addExpression();
        if (roll < 46) return addBehavior();
        if (roll < 56) return addDerive();
        if (roll < 64) return addTop();
        if (roll < 69) return addSplit();
        if (roll < 73 && !refs_.empty()) return addPriority();
        if (roll < 80 && !refs_.empty()) return addSegment();
        if (refs_.size() >= 2) return addSetOperation();
        addCondition();
    }

    void addCondition()
    {
        Json n;
        const std::string id = newId("c");
        n["id"] = id;
        n["type"] = "condition";
        const FieldInfo& f = fields_[rng_.index(fields_.size())];
        n["field"] = f.name;
        const GenComparison cmp = literals_.comparison(f.operand, customerSamples(f.operand));
        writeComparison(cmp, n);
        const Sql input = maybeInput(n);
        addStep(id, id, Sql("SELECT c.id AS id FROM customers c WHERE ") + comparisonSql(f.operand, cmp, asOfIso_) + input);
        nodes_.push_back(std::move(n));
    }

    void addExpression()
    {
        Json n;
        const std::string id = newId("x");
        n["id"] = id;
        n["type"] = "expression";
        const GenExpr e = exprs_.boolean(static_cast<int>(rng_.range(0, 3)));
        n["expr"] = e.text;
        const Sql input = maybeInput(n);
        addStep(id, id, Sql("SELECT c.id AS id FROM customers c WHERE ") + e.sql.wrapped() + input);
        nodes_.push_back(std::move(n));
    }

    // The event selection of a behavior / derive node: writes its fields into `n` and returns
    // the aggregate as an SQL operand over customer `c`.
    SqlOperand eventAggregate(Json& n)
    {
        const DataType timeType = data_.options.timeIsDate ? DataType::Date : DataType::Timestamp;
        Sql pred("e.customer_id = c.id");
        if (rng_.chance(75)) {
            n["event"] = rng_.pick(kEventNames);
            pred += Sql(" AND e.event_type = ") + Sql::param(SqlValue::ofText(n["event"].get<std::string>()));
        }
        if (rng_.chance(60)) {
            GenComparison window;
            window.op = "within_last_days";
            window.days = rng_.pick(kWindowDays);
            n["within_last_days"] = window.days;
            pred += Sql(" AND ") + comparisonSql(plain(timeType, Sql("e.ts")), window, asOfIso_);
        }
        const int wheres = rng_.chance(50) ? 0 : static_cast<int>(rng_.range(1, 2));
        Json whereList = Json::array();
        for (int k = 0; k < wheres; ++k) {
            static const std::vector<std::pair<std::string, int>> cols{{"amount", 0}, {"amount", 0}, {"channel", 1}, {"ts", 2}, {"event_type", 1}};
            const auto& [name, kind] = rng_.pick(cols);
            const DataType type = kind == 0 ? DataType::Double : kind == 1 ? DataType::String : timeType;
            const SqlOperand col = plain(type, Sql("e." + name));
            const GenComparison cmp = literals_.comparison(col, samples(Sql("SELECT e." + name + " FROM events e")));
            Json w;
            w["field"] = name;
            writeComparison(cmp, w);
            whereList.push_back(std::move(w));
            pred += Sql(" AND ") + comparisonSql(col, cmp, asOfIso_);
        }
        if (!whereList.empty())
            n["where"] = whereList;
        static const std::vector<std::string> aggregates{"count", "count", "sum", "sum", "avg", "min", "max"};
        const std::string agg = rng_.pick(aggregates);
        n["aggregate"] = agg;
        const Sql from = Sql(" FROM events e WHERE ") + pred;
        SqlOperand o;
        if (agg == "count") {
            o = plain(DataType::Int, Sql("(SELECT COUNT(*)") + from + Sql(")"));
        } else if (agg == "sum" || agg == "avg") {
            n["field"] = "amount";
            o.kind = agg == "sum" ? SqlOperand::Kind::Cents : SqlOperand::Kind::Avg;
            o.type = DataType::Double;
            o.value = Sql("(SELECT SUM(CAST(ROUND(e.amount * 100) AS INTEGER))") + from + Sql(" AND e.amount IS NOT NULL)");
            o.count = Sql("(SELECT COUNT(e.amount)") + from + Sql(")");
        } else {
            const bool onTime = rng_.chance(40);
            n["field"] = onTime ? "ts" : "amount";
            const Sql fn(agg == "min" ? "MIN" : "MAX");
            o = plain(onTime ? timeType : DataType::Double, Sql("(SELECT ") + fn + Sql(onTime ? "(e.ts)" : "(e.amount)") + from + Sql(")"));
        }
        return o;
    }

    void addBehavior()
    {
        Json n;
        const std::string id = newId("b");
        n["id"] = id;
        n["type"] = "behavior";
        const SqlOperand agg = eventAggregate(n);
        const GenComparison cmp = literals_.comparison(agg, customerSamples(agg));
        writeComparison(cmp, n);
        const Sql input = maybeInput(n);
        addStep(id, id, Sql("SELECT c.id AS id FROM customers c WHERE ") + comparisonSql(agg, cmp, asOfIso_) + input);
        nodes_.push_back(std::move(n));
    }

    void addDerive()
    {
        Json n;
        n["id"] = newId("d");
        n["type"] = "derive";
        const std::string name = "d_" + std::to_string(counter_);
        n["name"] = name;
        FieldInfo f;
        f.name = name;
        if (rng_.chance(50)) {
            n["from"] = "events";
            f.operand = eventAggregate(n);
            f.type = f.operand.type;
            // Money sums and averages are exact in cents only; expressions would see doubles.
            f.inExpressions = f.operand.kind == SqlOperand::Kind::Plain;
            f.rankable = f.operand.kind != SqlOperand::Kind::Avg;
        } else {
            const GenExpr e = exprs_.value(static_cast<int>(rng_.range(0, 3)));
            n["expr"] = e.text;
            f.type = e.type;
            f.operand = plain(e.type, e.sql);
        }
        fields_.push_back(std::move(f));
        nodes_.push_back(std::move(n));
    }

    void addTop()
    {
        std::vector<const FieldInfo*> rankable;
        for (const auto& f : fields_)
            if (f.rankable)
                rankable.push_back(&f);
        const FieldInfo& f = *rankable[rng_.index(rankable.size())];
        Json n;
        const std::string id = newId("t");
        n["id"] = id;
        n["type"] = "top";
        n["field"] = f.name;
        OracleStep s;
        s.isTop = true;
        s.ascending = rng_.chance(30);
        if (s.ascending)
            n["order"] = "asc";
        if (rng_.chance(60)) {
            static const std::vector<int64_t> tenths{1, 5, 10, 100, 125, 250, 333, 500, 667, 999, 1000};
            s.percentTenths = rng_.pick(tenths);
            n["percent"] = s.percentTenths % 10 == 0 ? Json(s.percentTenths / 10) : Json(static_cast<double>(s.percentTenths) / 10.0);
        } else {
            static const std::vector<int64_t> counts{0, 1, 5, 17, 100, 5000};
            s.count = rng_.pick(counts);
            n["count"] = *s.count;
        }
        const Sql input = maybeInput(n);
        s.orderKey = f.operand.value.wrapped();
        s.select = Sql("SELECT c.id AS id FROM customers c WHERE ") + s.orderKey + Sql(" IS NOT NULL") + input;
        addStep(id, id, Sql());
        OracleStep& step = out_.steps.back();
        s.ref = step.ref;
        s.nodeId = step.nodeId;
        s.table = step.table;
        step = std::move(s);
        nodes_.push_back(std::move(n));
    }

    void addSplit()
    {
        Json n;
        const std::string id = newId("sp");
        n["id"] = id;
        n["type"] = "split";
        const std::string seed = "seed-" + std::to_string(rng_.range(0, 99999));
        n["seed"] = seed;
        std::vector<int64_t> tenths;
        if (rng_.chance(40)) {
            tenths = rng_.chance(50) ? std::vector<int64_t>{500, 500} : std::vector<int64_t>{900, 100};
        } else if (rng_.chance(50)) {
            const int64_t a = rng_.range(1, 999);
            tenths = {a, 1000 - a};
        } else {
            const int64_t a = rng_.range(1, 998);
            const int64_t b = rng_.range(1, 999 - a);
            tenths = {a, b, 1000 - a - b};
        }
        static const std::vector<std::string> names{"test", "control", "holdout"};
        Json parts = Json::array();
        for (size_t k = 0; k < tenths.size(); ++k)
            parts.push_back({{"name", names[k]},
                             {"percent", tenths[k] % 10 == 0 ? Json(tenths[k] / 10) : Json(static_cast<double>(tenths[k]) / 10.0)}});
        n["parts"] = parts;
        const Sql input = maybeInput(n);
        // bucket u = first 4 bytes of MD5(seed:key) / 2^32; part k: cum_{k-1} <= 100u < cum_k,
        // in integers: 1000·h >= tenths_{k-1}·2^32 (percents have one decimal).
        const Sql scaled = Sql("(1000 * md5_prefix32(") + Sql::param(SqlValue::ofText(seed)) + Sql(" || ':' || c.id))");
        int64_t cumulative = 0;
        for (size_t k = 0; k < tenths.size(); ++k) {
            const int64_t lo = cumulative;
            cumulative += tenths[k];
            addStep(id + ":" + names[k], id,
                    Sql("SELECT c.id AS id FROM customers c WHERE ") + scaled + Sql(" >= " + std::to_string(lo) + " * 4294967296 AND ")
                        + scaled + Sql(" < " + std::to_string(cumulative) + " * 4294967296") + input);
        }
        nodes_.push_back(std::move(n));
    }

    void addPriority()
    {
        Json n;
        const std::string id = newId("p");
        n["id"] = id;
        n["type"] = "priority";
        const auto inputs = distinctRefs(static_cast<size_t>(rng_.range(1, 3)));
        n["inputs"] = inputs;
        for (size_t k = 0; k < inputs.size(); ++k) { // the first listed input that contains the customer wins
            Sql select = members(inputs[k]);
            for (size_t j = 0; j < k; ++j)
                select += Sql(" EXCEPT ") + members(inputs[j]);
            addStep(id + ":" + inputs[k], id, select);
        }
        nodes_.push_back(std::move(n));
    }

    void addSegment()
    {
        if (refs_.empty())
            addCondition();
        Json n;
        const std::string id = newId("s");
        n["id"] = id;
        n["type"] = "segment";
        n["name"] = "Segment " + id;
        const std::string& ref = rng_.pick(refs_);
        n["input"] = ref;
        if (rng_.chance(30))
            n["expected"] = {{"min", rng_.range(0, 50)}, {"max", rng_.range(50, 2000)}};
        addStep(id, id, members(ref));
        nodes_.push_back(std::move(n));
    }

    void addSetOperation()
    {
        static const std::vector<std::string> kinds{"and", "or", "except", "not"};
        const std::string kind = rng_.pick(kinds);
        Json n;
        const std::string id = newId(kind == "and" ? "a" : kind == "or" ? "o" : kind == "except" ? "e" : "n");
        n["id"] = id;
        n["type"] = kind;
        if (kind == "not") {
            const std::string& ref = rng_.pick(refs_);
            n["input"] = ref;
            addStep(id, id, Sql("SELECT c.id AS id FROM customers c EXCEPT ") + members(ref));
        } else {
            const auto inputs = distinctRefs(kind == "except" ? 2 : static_cast<size_t>(rng_.range(2, 3)));
            n["inputs"] = inputs;
            const char* op = kind == "and" ? " INTERSECT " : kind == "or" ? " UNION " : " EXCEPT ";
            Sql select = members(inputs[0]);
            for (size_t k = 1; k < inputs.size(); ++k)
                select += Sql(op) + members(inputs[k]);
            addStep(id, id, select);
        }
        nodes_.push_back(std::move(n));
    }

    const RandomData& data_;
    Rng rng_;
    const ValueSampler& sampler_;
    std::string asOfIso_;
    std::vector<FieldInfo> fields_;
    LiteralMaker literals_;
    ExpressionGenerator exprs_;
    std::vector<std::string> refs_;
    std::map<std::string, std::string> tables_;
    Json nodes_ = Json::array();
    GeneratedGraph out_;
    int counter_ = 0;
};

} // namespace

GeneratedGraph generateGraph(const RandomData& data, const GraphOptions& options, uint64_t seed, const ValueSampler& sampler)
{
    return GraphBuilder(data, seed, sampler).build(options);
}

} // namespace seg::oracle
