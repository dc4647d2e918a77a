#pragma once
// The compiled form of an expression: typed nodes in post-order (children before parents,
// so evaluation is a loop over the node list, never a recursion in the batch path). Nodes may
// be shared (BETWEEN and non-constant IN lists reuse the tested operand), so it is a DAG.
#include "data/types.h"
#include "expr/expr.h"
#include "expr/ops.h"

#include <memory>
#include <string>
#include <vector>

namespace seg::expr {

enum class Op : uint8_t {
    Const, Column,
    Neg, Abs, Not, IsNull, IsNotNull, IntToDouble, DateToTimestamp,
    Add, Sub, Mul, Div,
    Eq, Ne, Lt, Le, Gt, Ge,
    And, Or, In, Like, Lower, Upper, Length, Coalesce, DaysSince,
};

inline bool isComparison(Op op) { return op >= Op::Eq && op <= Op::Ge; }

// How a value of each type sits in memory while being evaluated.
enum class Store : uint8_t { I64, F64, U8, Str };
inline Store storeOf(DataType t)
{
    switch (t) {
    case DataType::Double: return Store::F64;
    case DataType::Bool: return Store::U8;
    case DataType::String: return Store::Str;
    default: return Store::I64; // Int, Date (days), Timestamp (micros)
    }
}

struct PNode {
    Op op = Op::Const;
    DataType type = DataType::Bool;
    bool unknownType = false;      // the NULL literal: no type of its own yet
    std::vector<int> kids;
    // Const
    bool constNull = true;
    int64_t ci = 0;                // Int, Date, Timestamp, Bool
    double cd = 0;
    std::string cs;
    // Column
    int slot = -1;
    std::string name;
    // In
    std::shared_ptr<const InSet> set;
    // Like
    int escape = -1;
    // Dictionary evaluation (see eval_batch.cpp): the one String column slot this subtree
    // reads (-1: several columns or a non-string column; -2: no column at all).
    int dictSlot = -2;
    bool dictRoot = false;
};

} // namespace seg::expr

namespace seg {

class CompiledExpr {
public:
    std::vector<expr::PNode> nodes;
    int root = 0;
    std::vector<int> order;            // reachable nodes, ascending (= children first)
    std::vector<int> dictRoots;        // nodes worth evaluating once per dictionary entry
    std::vector<std::vector<int>> dictSubtrees; // their reachable nodes, ascending
    DataType resultType = DataType::Bool;
    bool resultIsNull = false;
    std::string text;                  // the source, for runtime messages
};

} // namespace seg
