// SqlEngine::run: one temporary table per node, in plan order, each timed; then the members
// of its sets (or its derived column) are fetched and mapped to customer rows.
#include "bind/bound_graph.h"
#include "exec/runner.h"
#include "sql/sql_connection.h"
#include "sql/sql_engine.h"
#include "util/error.h"

#include <chrono>
#include <set>
#include <unordered_map>

namespace seg {

namespace {

using Clock = std::chrono::steady_clock;

void appendValue(Column& col, const Value& v)
{
    if (v.null)
        return col.appendNull();
    switch (col.type()) {
    case DataType::Int:
    case DataType::Timestamp: col.appendInt(v.i); break;
    case DataType::Double: col.appendDouble(v.d); break;
    case DataType::Bool: col.appendBool(v.i != 0); break;
    case DataType::Date: col.appendDate(static_cast<int32_t>(v.i)); break;
    case DataType::String: col.appendString(v.s); break;
    }
}

class RemoteRunner {
public:
    RemoteRunner(SqlConnection& c, const EngineUrl& url, const Graph& graph, Dataset schema, const RunOptions& options)
        : c_(c), d_(c.dialect()), url_(url), graph_(graph), schema_(std::move(schema)), options_(options)
    {
    }

    RemoteRun run()
    {
        start_ = Clock::now();
        const int32_t asOf = options_.asOf ? *options_.asOf : graph_.asOf ? *graph_.asOf : todayUtc();
        const BoundGraph bound = bindGraph(graph_, schema_, asOf);
        if (!bound.diagnostics.empty())
            throw Error(describeProblems(bound.diagnostics));
        const Plan plan = buildPlan(bound, Strategy::Sequential, 1, options_.allNodes);
        SqlCompileOptions co;
        co.tables = url_.tables;
        co.bindParameters = d_.bindsParameters();
        co.tempTableNames = true;
        co.tempPrefix = d_.runTablePrefix();
        const std::vector<CompiledNode> compiled = compileNodes(bound, plan, d_, co);

        RemoteRun out;
        fetchUniverse(out.data);
        RunResult& r = out.result;
        r.rows = rows_;
        r.strategy = Strategy::Sequential;
        r.strategyReason = "remote run on " + url_.display + " (one query per node)";
        r.threads = 1;
        r.asOf = asOf;
        if (schema_.events)
            r.events = count(url_.tables.events);
        out.data.eventsError = schema_.eventsError;

        std::vector<NodeRun> runs(bound.nodes.size());
        c_.setCancelFlag(options_.cancel);
        try {
            for (const CompiledNode& node : compiled)
                runNode(bound, node, runs, r);
        } catch (...) {
            c_.setCancelFlag(nullptr);
            dropTables(compiled);
            throw;
        }
        c_.setCancelFlag(nullptr);
        dropTables(compiled);
        for (const CompiledNode& node : compiled) {
            r.nodes.push_back(runs[static_cast<size_t>(node.node)]);
            r.cancelled |= r.nodes.back().status == NodeStatus::Cancelled;
        }
        for (const Node& node : graph_.nodes) {
            if (node.type != NodeType::Segment)
                continue;
            const NodeRun* run = r.node(node.id);
            if (!run)
                continue;
            SegmentRun s{node.id, node.name, run->size.value_or(0), {}};
            if (run->status == NodeStatus::Ok)
                s.warnings = segmentWarnings(node, s.size);
            else
                s.warnings.push_back("not computed: " + run->error);
            r.segments.push_back(std::move(s));
        }
        r.totalMs = ms();
        out.data.customersReport.path = schema_.customersReport.path;
        out.data.customersReport.rows = rows_;
        out.data.customersReport.dataRows = rows_;
        if (schema_.eventsReport) {
            out.data.eventsReport = *schema_.eventsReport;
            out.data.eventsReport->rows = r.events;
        }
        return out;
    }

private:
    double ms() const { return std::chrono::duration<double, std::milli>(Clock::now() - start_).count(); }

    size_t count(const std::string& table)
    {
        size_t n = 0;
        c_.query("SELECT count(*) FROM " + d_.quoteIdentifier(table), {},
                 [&](const SqlRow& row) { n = static_cast<size_t>(row.value(0, DataType::Int).i); });
        return n;
    }

    // The customer keys (and the columns segment exports need), and a key -> row map.
    void fetchUniverse(Dataset& data)
    {
        const Table& schemaTable = schema_.customers.table;
        std::vector<int> columns{schema_.customers.keyColumn};
        for (const Node& node : graph_.nodes)
            for (const auto& name : node.exportColumns) {
                const int i = schemaTable.indexOf(name);
                if (i >= 0 && std::find(columns.begin(), columns.end(), i) == columns.end())
                    columns.push_back(i);
            }
        std::string select = "SELECT ";
        for (size_t k = 0; k < columns.size(); ++k) {
            data.customers.table.columns.emplace_back(schemaTable.columns[static_cast<size_t>(columns[k])].name(),
                                                      schemaTable.columns[static_cast<size_t>(columns[k])].type());
            select += (k ? ", " : "") + d_.quoteIdentifier(data.customers.table.columns.back().name());
        }
        data.customers.keyColumn = 0;
        c_.query(select + " FROM " + d_.quoteIdentifier(url_.tables.customers), {}, [&](const SqlRow& row) {
            rowOfKey_.emplace(std::string(row.text(0)), static_cast<uint32_t>(rows_));
            for (size_t k = 0; k < columns.size(); ++k) {
                Column& col = data.customers.table.columns[k];
                appendValue(col, row.value(static_cast<int>(k), col.type()));
            }
            ++rows_;
        });
        for (auto& col : data.customers.table.columns)
            col.finish();
        data.customers.table.rows = rows_;
        if (rowOfKey_.size() != rows_)
            throw Error("table '" + url_.tables.customers + "' in " + url_.display + " has duplicate keys");
    }

    bool blocked(const BoundGraph& g, int i, NodeRun& run, const std::vector<NodeRun>& runs) const
    {
        for (int d : g.nodes[static_cast<size_t>(i)].deps) {
            const NodeRun& dep = runs[static_cast<size_t>(d)];
            if (dep.status == NodeStatus::Ok)
                continue;
            run.status = dep.status == NodeStatus::Cancelled ? NodeStatus::Cancelled : NodeStatus::Skipped;
            run.error = dep.status == NodeStatus::Cancelled ? "run cancelled"
                : dep.status == NodeStatus::Failed        ? "input '" + dep.id + "' failed"
                                                          : "input '" + dep.id + "' was skipped";
            return true;
        }
        if (options_.cancel && options_.cancel->load()) {
            run.status = NodeStatus::Cancelled;
            run.error = "run cancelled";
            return true;
        }
        return false;
    }

    void runNode(const BoundGraph& g, const CompiledNode& node, std::vector<NodeRun>& runs, RunResult& r)
    {
        const BoundNode& bn = g.nodes[static_cast<size_t>(node.node)];
        NodeRun& run = runs[static_cast<size_t>(node.node)];
        run.id = bn.node->id;
        run.type = bn.node->type;
        run.worker = 1;
        run.startMs = run.endMs = ms();
        if (blocked(g, node.node, run, runs))
            return;
        if (!bn.runtimeError.empty()) {
            run.status = NodeStatus::Failed;
            run.error = bn.runtimeError;
            return;
        }
        try {
            c_.execute(d_.createTableAs(node.relation, node.select.text), node.select.params);
            if (node.producesSet)
                fetchSets(bn, node, run, r);
            else
                fetchDerived(bn, node, r);
            run.status = NodeStatus::Ok;
        } catch (const Error& e) {
            const bool cancelled = options_.cancel && options_.cancel->load();
            run.status = cancelled ? NodeStatus::Cancelled : NodeStatus::Failed;
            run.error = cancelled ? "run cancelled" : e.what();
        }
        run.endMs = ms();
    }

    void fetchSets(const BoundNode& bn, const CompiledNode& node, NodeRun& run, RunResult& r)
    {
        const size_t ports = std::max<size_t>(1, node.ports.size());
        std::vector<std::shared_ptr<Bitset>> sets;
        for (size_t p = 0; p < ports; ++p)
            sets.push_back(std::make_shared<Bitset>(rows_));
        const bool multi = !node.ports.empty();
        size_t members = 0;
        c_.query(std::string("SELECT k") + (multi ? ", p" : "") + " FROM " + node.relation, {}, [&](const SqlRow& row) {
            auto it = rowOfKey_.find(std::string(row.text(0)));
            if (it == rowOfKey_.end())
                throw Error("node '" + bn.node->id + "': the engine returned key '" + std::string(row.text(0))
                            + "', which is not a customer");
            const size_t port = multi ? static_cast<size_t>(row.value(1, DataType::Int).i) : 0;
            if (port >= ports)
                throw Error("node '" + bn.node->id + "': the engine returned port " + std::to_string(port));
            if (!sets[port]->test(it->second))
                ++members;
            sets[port]->set(it->second);
        });
        run.size = members;
        if (!multi)
            r.sets[run.id] = sets[0];
        for (size_t p = 0; p < node.ports.size(); ++p)
            r.sets[run.id + ":" + node.ports[p]] = sets[p];
    }

    void fetchDerived(const BoundNode& bn, const CompiledNode& node, RunResult& r)
    {
        const DataType type = bn.derivedType;
        std::vector<Value> values(rows_, Value::nullOf(type));
        c_.query("SELECT k, v FROM " + node.relation, {}, [&](const SqlRow& row) {
            auto it = rowOfKey_.find(std::string(row.text(0)));
            if (it != rowOfKey_.end())
                values[it->second] = row.value(1, type);
        });
        auto col = std::make_shared<Column>(bn.node->name, type);
        col->reserve(rows_);
        for (const Value& v : values)
            appendValue(*col, v);
        col->finish();
        r.derived[bn.node->name] = std::move(col);
    }

    void dropTables(const std::vector<CompiledNode>& compiled)
    {
        for (auto it = compiled.rbegin(); it != compiled.rend(); ++it) {
            try {
                c_.execute("DROP TABLE IF EXISTS " + it->relation);
            } catch (const Error&) {
                // Temporary tables go with the connection anyway.
            }
        }
    }

    SqlConnection& c_;
    const Dialect& d_;
    const EngineUrl& url_;
    const Graph& graph_;
    Dataset schema_;
    const RunOptions& options_;
    Clock::time_point start_;
    size_t rows_ = 0;
    std::unordered_map<std::string, uint32_t> rowOfKey_;
};

} // namespace

RemoteRun SqlEngine::run(const Graph& graph, const RunOptions& options)
{
    RemoteRunner runner(*connection_, url_, graph, schema(graph), options);
    return runner.run();
}

} // namespace seg
