#pragma once
// The batch evaluator of one call (evalFilter / evalColumn): per-node morsel buffers, the
// dictionary tables chosen for this row range, and the node order evaluated per morsel.
// Setup and column reading are in batch_eval.cpp, the per-operator dispatch in batch_ops.cpp.
#include "expr/batch_vec.h"
#include "expr/program.h"

#include <string>
#include <vector>

namespace seg::expr {

// A dictionary subtree's value for every code of its column; code nullCode is the NULL row.
struct DictTable {
    const Column* column = nullptr;
    size_t nullCode = 0;
    std::vector<int64_t> i;
    std::vector<double> d;
    std::vector<uint8_t> b;
    std::vector<std::string_view> s;
    std::vector<uint8_t> n;
    // Bytes of the string results that `s` points into. A vector, not a std::string: the table
    // is moved into place, and a moved short string would take its (inline) bytes with it.
    std::vector<char> chars;
};

class BatchEval {
public:
    BatchEval(const CompiledExpr& e, const EvalContext& ctx, size_t begin, size_t end);
    // Evaluates the expression for rows [r0, r0 + count), count <= kMorsel.
    const Vec& run(size_t r0, size_t count);
    // The dictionary table built for node i (a dictionary root), or null when that subtree is
    // evaluated per row. The planned filter (exec/expression_plan) reads its boolean tables.
    const DictTable* tableOf(int i) const
    {
        const int t = tableOf_[static_cast<size_t>(i)];
        return t < 0 ? nullptr : &tables_[static_cast<size_t>(t)];
    }

private:
    const PNode& node(int i) const { return e_.nodes[static_cast<size_t>(i)]; }
    Vec& vec(int i) { return vecs_[static_cast<size_t>(i)]; }
    const Column* stringColumnOf(const std::vector<int>& subtree) const;
    DictTable buildTable(int root, const std::vector<int>& subtree);
    static void lookup(const DictTable& t, DataType type, Vec& o, size_t r0, size_t count);
    void readColumn(int i, Vec& v, size_t r0, size_t count, bool dictMode);
    void fillConstant(const PNode& n, Vec& v);
    void caseMap(const Vec& a, Vec& o, size_t count, char (*map)(char));
    void evalNode(int i, size_t r0, size_t count, bool dictMode);

    const CompiledExpr& e_;
    const EvalContext& ctx_;
    std::vector<Vec> vecs_;
    std::vector<std::vector<const Vec*>> kidVecs_; // operands of each node, for n-ary kernels
    std::vector<const Column*> columns_; // Column node -> its checked column
    std::vector<int> tableOf_;           // node -> index into tables_ (-1: evaluated per row)
    std::vector<DictTable> tables_;
    std::vector<int> order_;             // nodes evaluated per morsel, children first
};

} // namespace seg::expr
