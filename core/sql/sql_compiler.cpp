// One SELECT per node; see sql_compiler.h for the shape of each node's relation.
#include "sql/sql_compiler.h"

#include "exec/runner.h"
#include "sql/sql_writer.h"
#include "util/error.h"

#include <algorithm>
#include <set>

namespace seg {

namespace {

using sql::SqlWriter;

std::string lowerAsciiName(std::string_view s)
{
    std::string out(s);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

// A label or name inside a `--` comment: control characters (line ends) become spaces, so the
// text cannot end the comment.
std::string commentText(std::string_view s)
{
    std::string out;
    for (char ch : s)
        out += static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f ? ' ' : ch;
    return out;
}

class NodeCompiler {
public:
    NodeCompiler(const BoundGraph& g, const Dialect& d, const SqlCompileOptions& o, const std::vector<std::string>& names)
        : g_(g), d_(d), o_(o), names_(names), w_(d, o.bindParameters)
    {
        const CustomerTable& customers = g.data->customers;
        keyType_ = customers.key().type();
        qualified_ = d.qualifiedJoins();
        keyName_ = d.quoteIdentifier(customers.key().name());
        key_ = qualified_ ? "c." + keyName_ : keyName_;
        customersTable_ = d.quoteIdentifier(o.tables.customers);
        eventsTable_ = d.quoteIdentifier(o.tables.events);
    }

    CompiledNode compile(int index)
    {
        const BoundNode& bn = g_.nodes[static_cast<size_t>(index)];
        CompiledNode out;
        out.node = index;
        out.relation = names_[static_cast<size_t>(index)];
        out.ports = bn.ports;
        out.producesSet = bn.producesSet;
        out.select.text = body(bn);
        out.select.params = w_.takeParams();
        return out;
    }

private:
    std::string body(const BoundNode& bn)
    {
        const Node& node = *bn.node;
        switch (node.type) {
        case NodeType::Condition: return filter(bn, predicateSql(bn.predicate, field(bn.field), w_));
        case NodeType::Expression: return filter(bn, expression(*bn.expr));
        case NodeType::And: return compound(bn, " INTERSECT ");
        case NodeType::Or: return compound(bn, " UNION ");
        case NodeType::Except: return compound(bn, " EXCEPT ");
        case NodeType::Not:
            if (!d_.setOperators())
                return universe() + " WHERE " + key_ + d_.inSubquery(true) + "(" + keysOf(bn.inputs.at(0)) + ")";
            return universe() + " EXCEPT " + keysOf(bn.inputs.at(0));
        case NodeType::Behavior: {
            const std::string joined = eventsJoin(bn);
            return filter(bn, predicateSql(bn.predicate, eventValue(bn), w_), joined);
        }
        case NodeType::Derive:
            if (node.fromEvents) {
                const std::string joined = eventsJoin(bn);
                return "SELECT " + key_ + " AS k, " + eventValue(bn) + " AS v" + from(joined);
            } else {
                joins_.clear();
                const std::string value = expression(*bn.expr);
                return "SELECT " + key_ + " AS k, " + value + " AS v" + from();
            }
        case NodeType::Top: return top(bn);
        case NodeType::Split: return split(bn);
        case NodeType::Priority: return priority(bn);
        case NodeType::Segment: return bn.inputs.empty() ? universe() : keysOf(bn.inputs[0]);
        }
        throw Error("internal error: node type without SQL form");
    }

    std::string universe() const { return "SELECT " + key_ + " AS k FROM " + customersTable_ + " AS c"; }

    std::string keysOf(const InputRef& in) const
    {
        std::string s = "SELECT k FROM " + names_[static_cast<size_t>(in.node)];
        if (in.port >= 0)
            s += " WHERE p = " + std::to_string(in.port);
        return s;
    }

    // Customer (or derived) column of a field; derived columns join their node's relation.
    std::string slot(int slotIndex)
    {
        if (slotIndex < g_.customerColumns) {
            const std::string name = d_.quoteIdentifier(g_.data->customers.table.columns[static_cast<size_t>(slotIndex)].name());
            return qualified_ ? "c." + name : name;
        }
        const int node = g_.derivedSlotNode[static_cast<size_t>(slotIndex - g_.customerColumns)];
        if (std::find(joins_.begin(), joins_.end(), node) == joins_.end())
            joins_.push_back(node);
        return qualified_ ? "d" + std::to_string(node) + ".v" : derivedColumn(node);
    }
    std::string field(const FieldRef& f) { return slot(f.slot); }
    std::string expression(const CompiledExpr& e)
    {
        return sql::expressionSql(e, [this](int s) { return slot(s); }, g_.asOf, w_);
    }
    // Without qualified joins (ClickHouse 18.16: one JOIN per SELECT, USING only), each join
    // wraps the source in SELECT * ... USING key and brings its value as a column of its own name.
    std::string derivedColumn(int node) const { return d_.quoteIdentifier("__seg_d" + std::to_string(node)); }
    std::string from(const std::string& eventsJoin = "") const
    {
        if (qualified_)
            return " FROM " + customersTable_ + " AS c" + eventsJoin + joinText();
        std::string source = customersTable_;
        if (!eventsJoin.empty())
            source = "(SELECT * FROM " + source + eventsJoin + ")";
        for (int node : joins_)
            source = "(SELECT * FROM " + source + d_.leftJoin() + "(SELECT k AS " + keyName_ + ", v AS "
                + derivedColumn(node) + " FROM " + names_[static_cast<size_t>(node)] + ") USING " + keyName_ + ")";
        return " FROM " + source;
    }
    std::string joinText() const
    {
        std::string out;
        for (int node : joins_) {
            const std::string alias = "d" + std::to_string(node);
            out += " LEFT JOIN " + names_[static_cast<size_t>(node)] + " AS " + alias + " ON " + alias + ".k = " + key_;
        }
        return out;
    }

    // Customers matching `condition`, within the node's optional input. Joins to derived
    // columns were collected while the condition was written.
    std::string filter(const BoundNode& bn, const std::string& condition, const std::string& extraJoins = "")
    {
        std::string s = "SELECT " + key_ + " AS k" + from(extraJoins) + " WHERE " + condition;
        joins_.clear();
        if (!bn.inputs.empty())
            s += " AND " + key_ + d_.inSubquery(false) + "(" + keysOf(bn.inputs[0]) + ")";
        return s;
    }

    std::string compound(const BoundNode& bn, const char* op) const
    {
        if (!d_.setOperators()) {
            const std::string_view o(op);
            std::string s;
            if (o == " UNION ") {
                for (size_t i = 0; i < bn.inputs.size(); ++i)
                    s += (i ? " UNION ALL " : "") + keysOf(bn.inputs[i]);
                return "SELECT DISTINCT k FROM (" + s + ")";
            }
            s = "SELECT k FROM (" + keysOf(bn.inputs.at(0)) + ")";
            for (size_t i = 1; i < bn.inputs.size(); ++i)
                s += (i > 1 ? " AND k" : " WHERE k") + d_.inSubquery(o == " EXCEPT ") + "(" + keysOf(bn.inputs[i]) + ")";
            return s;
        }
        std::string s;
        for (size_t i = 0; i < bn.inputs.size(); ++i)
            s += (i ? op : "") + keysOf(bn.inputs[i]);
        return s;
    }

    // LEFT JOIN of the per-customer aggregate of the node's considered events, as g.v.
    std::string eventsJoin(const BoundNode& bn)
    {
        joins_.clear();
        const EventTable& events = *g_.data->events;
        const auto column = [&](int i) {
            const std::string name = d_.quoteIdentifier(events.table.columns[static_cast<size_t>(i)].name());
            return qualified_ ? "e." + name : name;
        };
        const BoundEventSelection& sel = bn.events;
        std::vector<std::string> where;
        if (!sel.anyType && bn.node->events.event)
            where.push_back("(" + d_.bytewise(column(events.typeColumn)) + " = "
                            + d_.bytewise(w_.value(Value::ofString(*bn.node->events.event))) + ")");
        if (sel.window)
            where.push_back(predicateSql(*sel.window, column(events.timeColumn), w_));
        for (const auto& [col, pred] : sel.where)
            where.push_back(predicateSql(pred, column(col), w_));
        std::string aggregate;
        switch (sel.aggregate) {
        case Aggregate::Count: aggregate = d_.countRows(); break;
        case Aggregate::Sum: aggregate = d_.exactSum(column(sel.fieldColumn)); break;
        case Aggregate::Avg: aggregate = d_.exactAvg(column(sel.fieldColumn)); break;
        case Aggregate::Min: aggregate = "min(" + column(sel.fieldColumn) + ")"; break;
        case Aggregate::Max: aggregate = "max(" + column(sel.fieldColumn) + ")"; break;
        }
        const std::string eventKey = column(events.keyColumn);
        if (!qualified_) {
            std::string inner = "SELECT " + eventKey + " AS __seg_k, " + aggregate + " AS __seg_v FROM " + eventsTable_;
            for (size_t i = 0; i < where.size(); ++i)
                inner += (i ? " AND " : " WHERE ") + where[i];
            inner += " GROUP BY " + eventKey;
            return d_.leftJoin() + "(SELECT __seg_k AS " + keyName_ + ", __seg_v AS __seg_g FROM (" + inner + ")) USING "
                + keyName_;
        }
        std::string s = " LEFT JOIN (SELECT " + eventKey + " AS k, " + aggregate + " AS v FROM " + eventsTable_ + " AS e";
        for (size_t i = 0; i < where.size(); ++i)
            s += (i ? " AND " : " WHERE ") + where[i];
        return s + " GROUP BY " + eventKey + ") AS g ON g.k = " + key_;
    }
    std::string eventValue(const BoundNode& bn) const
    {
        const std::string v = qualified_ ? "g.v" : "__seg_g";
        return bn.events.aggregate == Aggregate::Count ? "coalesce(" + v + ", 0)" : v;
    }

    // Rank cut: row number by field (then key), k from the candidates' count n.
    std::string top(const BoundNode& bn)
    {
        const Node& node = *bn.node;
        joins_.clear();
        std::string f = field(bn.field);
        const std::string notNull = f + " IS NOT NULL";
        if (bn.field.type == DataType::String)
            f = d_.bytewise(f);
        const std::string keyOrder = keyType_ == DataType::String ? d_.bytewise(key_) : key_;
        if (!d_.windowFunctions())
            return topWithoutWindows(bn, f, notNull, keyOrder);
        std::string ranked = "SELECT " + key_ + " AS k, ROW_NUMBER() OVER (ORDER BY " + f
            + (node.ascending ? " ASC" : " DESC") + ", " + keyOrder + " ASC) AS rn, COUNT(*) OVER () AS n FROM "
            + customersTable_ + " AS c" + joinText() + " WHERE " + notNull;
        joins_.clear();
        if (!bn.inputs.empty())
            ranked += " AND " + key_ + " IN (" + keysOf(bn.inputs[0]) + ")";
        if (node.count)
            return "SELECT k FROM (" + ranked + ") AS r WHERE rn <= " + w_.value(Value::ofInt(std::max<int64_t>(0, *node.count)));
        // k = ceil(q) with q = n * percent / 100, where q within 1e-9 (relative) of a whole
        // number counts as that number: the engine's rule, in the same double arithmetic.
        const std::string q = "(" + d_.toDouble("n") + " * " + w_.value(Value::ofDouble(*node.percent)) + " / "
            + d_.doubleNumber("100.0") + ")";
        const std::string withQ = "SELECT k, rn, " + q + " AS q FROM (" + ranked + ") AS r";
        return "SELECT k FROM (" + withQ + ") AS rq WHERE rn <= " + topCount();
    }
    // k = ceil(q), or the whole number q is within 1e-9 (relative) of.
    std::string topCount() const
    {
        return "CASE WHEN abs(q - " + d_.roundHalf("q") + ") <= " + d_.doubleNumber("1e-9")
            + " * (CASE WHEN q > 1 THEN q ELSE " + d_.doubleNumber("1.0") + " END) THEN " + d_.roundHalf("q") + " ELSE "
            + d_.ceilNonNegative("q") + " END";
    }
    // Without ROW_NUMBER: the candidates in rank order, cut by LIMIT (count) or, for a percent,
    // collected into an array in that order and sliced.
    std::string topWithoutWindows(const BoundNode& bn, const std::string& f, const std::string& notNull,
                                  const std::string& keyOrder)
    {
        const Node& node = *bn.node;
        std::string ordered = "SELECT " + key_ + " AS k" + from() + " WHERE " + notNull;
        joins_.clear();
        if (!bn.inputs.empty())
            ordered += " AND " + key_ + d_.inSubquery(false) + "(" + keysOf(bn.inputs[0]) + ")";
        ordered += " ORDER BY " + f + (node.ascending ? " ASC" : " DESC") + ", " + keyOrder + " ASC";
        if (node.count) // LIMIT takes a number, not an expression: the count is an integer of the graph
            return "SELECT k FROM (" + ordered + " LIMIT " + std::to_string(std::max<int64_t>(0, *node.count)) + ")";
        const std::string q = "(" + d_.toDouble("n") + " * " + w_.value(Value::ofDouble(*node.percent)) + " / "
            + d_.doubleNumber("100.0") + ")";
        return "SELECT arrayJoin(arraySlice(a, 1, toUInt64(" + topCount() + "))) AS k FROM (SELECT a, " + q
            + " AS q FROM (SELECT groupArray(k) AS a, count() AS n FROM (" + ordered + ")))";
    }

    std::string split(const BoundNode& bn)
    {
        if (keyType_ != DataType::Int && keyType_ != DataType::String && keyType_ != DataType::Date)
            throw Error("split on a " + std::string(typeName(keyType_))
                        + " customer key cannot be compiled to SQL (int, string or date keys only)");
        const std::string text = "(" + w_.value(Value::ofString(bn.node->seed + ":")) + " || " + d_.keyText(key_, keyType_) + ")";
        std::string s = "SELECT k, CASE";
        for (size_t i = 0; i + 1 < bn.cumulative.size(); ++i)
            s += " WHEN b < " + w_.value(Value::ofDouble(bn.cumulative[i])) + " THEN " + std::to_string(i);
        s += " ELSE " + std::to_string(bn.cumulative.empty() ? 0 : bn.cumulative.size() - 1) + " END AS p FROM (SELECT "
            + key_ + " AS k, " + d_.splitBucket100(text) + " AS b FROM " + customersTable_ + " AS c";
        if (!bn.inputs.empty())
            s += " WHERE " + key_ + d_.inSubquery(false) + "(" + keysOf(bn.inputs[0]) + ")";
        return s + ") AS s";
    }

    // Waterfall: each customer goes to the first listed input holding it.
    std::string priority(const BoundNode& bn) const
    {
        std::string u;
        for (size_t i = 0; i < bn.inputs.size(); ++i) {
            const InputRef& in = bn.inputs[i];
            u += (i ? " UNION ALL " : "") + std::string("SELECT k, ") + std::to_string(i) + " AS i FROM "
                + names_[static_cast<size_t>(in.node)];
            if (in.port >= 0)
                u += " WHERE p = " + std::to_string(in.port);
        }
        return "SELECT k, min(i) AS p FROM (" + u + ") AS u GROUP BY k";
    }

    const BoundGraph& g_;
    const Dialect& d_;
    const SqlCompileOptions& o_;
    const std::vector<std::string>& names_;
    SqlWriter w_;
    DataType keyType_ = DataType::Int;
    std::string key_, keyName_, customersTable_, eventsTable_;
    bool qualified_ = true;
    std::vector<int> joins_; // derive nodes whose columns the statement being written reads
};

// Quoted relation names of every node: node ids for CTEs (made unique ignoring ASCII case, as
// SQLite compares names, and never one of the engine's table names), "seg_<n>" for temporary
// tables.
std::vector<std::string> relationNames(const BoundGraph& g, const Dialect& d, const SqlCompileOptions& o)
{
    std::vector<std::string> names(g.nodes.size());
    std::set<std::string> taken{lowerAsciiName(o.tables.customers), lowerAsciiName(o.tables.events)};
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        std::string name = o.tempTableNames ? o.tempPrefix + std::to_string(i) : g.nodes[i].node->id;
        if (!o.tempTableNames) {
            const std::string base = name;
            for (int n = 2; taken.count(lowerAsciiName(name)); ++n)
                name = base + "_" + std::to_string(n);
        }
        taken.insert(lowerAsciiName(name));
        names[i] = d.quoteIdentifier(name);
    }
    return names;
}

// Members of every segment (columns segment, k), for the end of the `sql` output.
std::string segmentMembersSelect(const BoundGraph& graph, const std::vector<CompiledNode>& nodes, const Dialect& dialect)
{
    SqlWriter w(dialect, false);
    std::string select;
    for (const auto& n : nodes) {
        const Node& node = *graph.nodes[static_cast<size_t>(n.node)].node;
        if (node.type != NodeType::Segment)
            continue;
        select += std::string(select.empty() ? "" : "UNION ALL\n") + "SELECT " + w.value(Value::ofString(node.id))
            + " AS segment, k FROM " + n.relation + " -- " + commentText(node.name) + "\n";
    }
    if (select.empty())
        select = "SELECT segment, k FROM (SELECT '' AS segment, NULL AS k) AS none WHERE 1 = 0\n";
    return select;
}

// For dialects without CTE subqueries: one table per node (named by node id), the members
// query, and the tables dropped again.
SqlStatement scriptWithTables(const BoundGraph& graph, const std::vector<CompiledNode>& nodes, const Dialect& dialect,
                              std::string header)
{
    SqlStatement out;
    out.text = std::move(header)
        + "-- No CTE subqueries in this dialect: one table per node, then the members, then DROP.\n";
    for (const auto& n : nodes) {
        const Node& node = *graph.nodes[static_cast<size_t>(n.node)].node;
        out.text += "-- " + commentText(node.displayName()) + " (" + std::string(nodeTypeName(node.type)) + ")\n"
            + dialect.createTableAs(n.relation, n.select.text) + ";\n";
    }
    out.text += "SELECT segment, k FROM (\n" + segmentMembersSelect(graph, nodes, dialect) + ") ORDER BY segment, k;\n";
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
        out.text += "DROP TABLE " + it->relation + ";\n";
    return out;
}

} // namespace

std::vector<CompiledNode> compileNodes(const BoundGraph& graph, const Plan& plan, const Dialect& dialect,
                                       const SqlCompileOptions& options)
{
    const std::vector<std::string> names = relationNames(graph, dialect, options);
    std::vector<CompiledNode> out;
    for (const PlanNode& pn : plan.nodes) {
        const int index = graph.indexOf(pn.id);
        NodeCompiler compiler(graph, dialect, options, names);
        try {
            out.push_back(compiler.compile(index));
        } catch (const Cancelled&) {
            throw;
        } catch (const Error& e) {
            throw Error("node '" + pn.id + "': " + e.what());
        }
    }
    return out;
}

SqlStatement compileGraphSql(const BoundGraph& graph, const Plan& plan, const Dialect& dialect,
                             const SqlCompileOptions& options)
{
    // One readable statement: literals, never placeholders (compileNodes binds per node).
    SqlCompileOptions cte = options;
    cte.tempTableNames = false;
    cte.bindParameters = false;
    std::vector<CompiledNode> nodes = compileNodes(graph, plan, dialect, cte);
    SqlStatement out;
    const Graph& g = *graph.graph;
    out.text = "-- Segment graph \"" + commentText(g.name) + "\" compiled for " + std::string(dialectName(dialect.kind()))
        + ", as of " + formatDate(graph.asOf) + "\n";
    if (dialect.kind() == DialectKind::Sqlite)
        out.text += "-- Needs the functions seg_md5_prefix32, seg_exact_sum and seg_exact_avg that Segment Studio's\n"
                    "-- SQLite connection registers (split, behavior sum/avg).\n";
    if (!dialect.withCtes())
        return scriptWithTables(graph, nodes, dialect, std::move(out.text));
    out.text += nodes.empty() ? "" : "WITH\n";
    for (size_t i = 0; i < nodes.size(); ++i) {
        const BoundNode& bn = graph.nodes[static_cast<size_t>(nodes[i].node)];
        const Node& node = *bn.node;
        out.text += "  " + nodes[i].relation + " AS ( -- " + commentText(node.displayName()) + " ("
            + std::string(nodeTypeName(node.type)) + ")\n    " + nodes[i].select.text + "\n  )"
            + (i + 1 < nodes.size() ? ",\n" : "\n");
    }
    SqlWriter w(dialect, false);
    std::string select;
    for (const auto& n : nodes) {
        const Node& node = *graph.nodes[static_cast<size_t>(n.node)].node;
        if (node.type != NodeType::Segment)
            continue;
        select += std::string(select.empty() ? "" : "UNION ALL\n") + "SELECT " + w.value(Value::ofString(node.id))
            + " AS segment, k FROM " + n.relation + " -- " + commentText(node.name) + "\n";
    }
    if (select.empty())
        select = "SELECT segment, k FROM (SELECT '' AS segment, NULL AS k) AS none WHERE 1 = 0\n";
    out.text += select + "ORDER BY 1, 2;\n";
    return out;
}

std::string compileGraphSql(const Graph& graph, const Dataset& schema, DialectKind dialect, const SqlTables& tables,
                            std::optional<int32_t> asOf)
{
    const int32_t day = asOf ? *asOf : graph.asOf ? *graph.asOf : todayUtc();
    const BoundGraph bound = bindGraph(graph, schema, day);
    if (!bound.diagnostics.empty()) {
        std::string text = "the graph has " + std::to_string(bound.diagnostics.size())
            + (bound.diagnostics.size() == 1 ? " problem:" : " problems:");
        for (const auto& d : bound.diagnostics)
            text += "\n  " + d.toString();
        throw Error(text);
    }
    // Only the nodes some segment needs (issue 16 finding 10): a graph's unused nodes are
    // checked by the binding above but cost no SQL.
    const Plan plan = buildPlan(bound, Strategy::Sequential, 1, false);
    SqlCompileOptions options;
    options.tables = tables;
    const auto d = makeDialect(dialect);
    return compileGraphSql(bound, plan, *d, options).text;
}

} // namespace seg
