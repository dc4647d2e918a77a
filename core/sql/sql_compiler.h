#pragma once
// Segment graph -> SQL. One SELECT per node of the plan, in plan order, over the engine's
// customers and events tables:
//   set nodes      -> a relation with one column k (the customer key);
//   split/priority -> columns k, p (p = 0-based port: split part or priority input);
//   derive nodes   -> columns k, v (one row per customer, v the derived value).
// `compileGraphSql` writes them as one readable WITH query (node ids as CTE names, labels in
// comments); `compileNodes` gives them one by one, for engines that run each node as its own
// statement (a temporary table per node, so each node is timed and fetched separately).
//
// Values from the graph (literals, as_of, split seeds and percents) never enter the SQL text
// unescaped: with `bindParameters` they become placeholders with typed parameters, otherwise
// the dialect's escaped literals. Identifiers come only from the schema, quoted.
#include "bind/bound_graph.h"
#include "plan/planner.h"
#include "sql/dialect.h"

#include <string>
#include <vector>

namespace seg {

struct SqlStatement {
    std::string text;
    std::vector<Value> params; // placeholder i (1-based) takes params[i - 1]
};

struct SqlTables {
    std::string customers = "customers";
    std::string events = "events";
};

struct SqlCompileOptions {
    SqlTables tables;
    bool bindParameters = false;
    // Relation names: false: node ids (CTEs); true: "seg_<n>" (temporary tables of a run).
    bool tempTableNames = false;
    std::string tempPrefix = "seg_"; // temporary table names: prefix + node index
};

struct CompiledNode {
    int node = -1;             // index into BoundGraph::nodes
    std::string relation;      // quoted name of the node's CTE or temporary table
    SqlStatement select;       // the node's SELECT
    std::vector<std::string> ports; // empty: a single output
    bool producesSet = true;   // false: derive (columns k, v)
};

// Compiles the nodes of `plan` in plan order. Throws seg::Error naming the node for what the
// dialect cannot express (e.g. split on a double key).
std::vector<CompiledNode> compileNodes(const BoundGraph& graph, const Plan& plan, const Dialect& dialect,
                                       const SqlCompileOptions& options);

// The whole graph as one query: WITH one CTE per node, then the members of every segment
// (columns segment, k), ordered by segment and key.
SqlStatement compileGraphSql(const BoundGraph& graph, const Plan& plan, const Dialect& dialect,
                             const SqlCompileOptions& options);

// Convenience for the CLI and the GUI's Export > SQL: binds `graph` against `schema` (the data
// or a typed, empty dataset describing the engine's tables), plans every node, and writes the
// query with escaped literals. Throws seg::Error listing validation problems.
std::string compileGraphSql(const Graph& graph, const Dataset& schema, DialectKind dialect,
                            const SqlTables& tables = {}, std::optional<int32_t> asOf = std::nullopt);

} // namespace seg
