#pragma once
// Binding and type checking: syntax tree + column lookup -> CompiledExpr.
#include "expr/program.h"
#include "expr/syntax.h"

#include <memory>
#include <string_view>
#include <vector>

namespace seg::expr {

// Throws ExprFailure with the position of the operator or operand at fault.
std::shared_ptr<CompiledExpr> compileTree(const SyntaxNode& root, const ColumnLookup& lookup, std::string_view text);

// The nodes reachable from `root`, ascending (children before parents).
std::vector<int> reachableFrom(const std::vector<PNode>& nodes, int root);

} // namespace seg::expr
