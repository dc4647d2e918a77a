#pragma once
// Random segment graphs (every node type) together with an independent SQL query for every
// set they produce. The SQL is written from the spec's semantics, never from the engine's code:
// each set lives in its own SQLite table, built from the tables of its inputs.
#include "oracle_data.h"
#include "oracle_sql.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace seg::oracle {

// Values an SQL expression takes over all customers (non-NULL, in customer order). The
// generator picks comparison literals from them so that edges (equal values) are hit. Empty
// function: literals are drawn at random.
using ValueSampler = std::function<std::vector<SqlValue>(const Sql& expressionOverCustomers)>;

// How to build the SQLite table of one set reference ("n4", "sp3:a", "p5:n4").
struct OracleStep {
    std::string ref;
    std::string nodeId;
    std::string table;  // SQLite table that will hold the member ids
    Sql select;         // SELECT id ... (a plain set), or the candidates of a top node
    // top: rank cut of `select` (candidates) by `orderKey`; k is computed by the oracle.
    bool isTop = false;
    Sql orderKey;
    bool ascending = false;
    std::optional<int64_t> count;
    int64_t percentTenths = 0; // percent × 10 (percents have at most one decimal)
};

struct GeneratedGraph {
    Json json;                      // the whole .segment.json document
    std::vector<OracleStep> steps;  // in dependency order
    std::vector<std::string> setRefs; // every set reference the engine must produce
};

struct GraphOptions {
    int minNodes = 10;
    int maxNodes = 30;
};

GeneratedGraph generateGraph(const RandomData& data, const GraphOptions& options, uint64_t seed,
                             const ValueSampler& sampler);

// ---- the expression generator (oracle_expr.cpp) ----

// A column an expression, condition or top may use.
struct FieldInfo {
    std::string name;
    DataType type = DataType::Int;
    SqlOperand operand;     // how SQL reads it
    bool inExpressions = true; // false for money sums/averages (exact cents have no expression form)
    bool rankable = true;      // usable by top
};

struct GenExpr {
    std::string text; // engine syntax
    Sql sql;          // SQLite
    DataType type = DataType::Bool;
};

class ExpressionGenerator {
public:
    ExpressionGenerator(Rng& rng, const std::vector<FieldInfo>& fields, const std::string& asOfIso, int32_t asOf)
        : rng_(rng), fields_(fields), asOfIso_(asOfIso), asOf_(asOf) {}

    GenExpr boolean(int depth);
    GenExpr ofType(DataType type, int depth);
    // A non-boolean value for a derive node (numeric mostly, sometimes string or date).
    GenExpr value(int depth);

private:
    GenExpr numeric(int depth, bool wantDouble);
    GenExpr text(int depth);
    GenExpr temporal(DataType type);
    GenExpr comparison(int depth);
    GenExpr column(DataType type);
    std::optional<GenExpr> tryColumn(DataType type);
    GenExpr intLiteral();
    GenExpr doubleLiteral();
    GenExpr stringLiteral();
    GenExpr dateLiteral();

    Rng& rng_;
    const std::vector<FieldInfo>& fields_;
    std::string asOfIso_;
    int32_t asOf_;
};

} // namespace seg::oracle
