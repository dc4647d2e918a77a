// Batch evaluation setup: column checks, the choice of dictionary tables, and reading
// column storage into morsels.
//
// Strings: a subtree that reads one string column and constants only (`country IN (...)`,
// `lower(city) = 'paris'`, `name LIKE 'A%'`) is evaluated once per dictionary entry (plus once
// for NULL) into a table, and the rows then just look up their code. This is chosen per call
// when the dictionary is not larger than the row range, so it never costs more than per row.
#include "expr/batch_eval.h"
#include "expr/eval_row.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace seg::expr {

alignas(64) const uint8_t kNoNulls[kMorsel] = {};

namespace {

// Codes of rows [r0, r0 + count) of a string column, with NULL and out-of-range codes (never
// produced by Column, but never trusted either) mapped to dictSize.
void readCodes(const Column& c, size_t r0, size_t count, int32_t* codes)
{
    const auto dictSize = static_cast<int32_t>(c.dict().size());
    const int32_t* src = c.codes().data() + r0;
    for (size_t k = 0; k < count; ++k)
        codes[k] = static_cast<uint32_t>(src[k]) < static_cast<uint32_t>(dictSize) ? src[k] : dictSize;
    if (!c.hasNulls())
        return;
    const uint64_t* valid = c.validity().words();
    for (size_t k = 0; k < count; ++k) {
        const size_t r = r0 + k;
        codes[k] = ((valid[r >> 6] >> (r & 63)) & 1) ? codes[k] : dictSize;
    }
}

// byte j of kSpreadBits[x] is bit j of x: expands a validity byte into eight mask bytes.
constexpr auto kSpreadBits = [] {
    std::array<uint64_t, 256> table{};
    for (size_t x = 0; x < 256; ++x)
        for (size_t j = 0; j < 8; ++j)
            table[x] |= static_cast<uint64_t>((x >> j) & 1) << (8 * j);
    return table;
}();

// NULL bytes (1 = NULL) of rows [r0, r0 + count) from a validity bitmap.
void expandNulls(const uint64_t* validWords, size_t r0, size_t count, uint8_t* nulls)
{
    size_t k = 0;
    if (r0 % 8 == 0) // whole validity bytes at a time
        for (; k + 8 <= count; k += 8) {
            const size_t r = r0 + k;
            const auto invalid = static_cast<uint8_t>(~(validWords[r >> 6] >> (r & 63)));
            std::memcpy(nulls + k, &kSpreadBits[invalid], 8);
        }
    for (; k < count; ++k) {
        const size_t r = r0 + k;
        nulls[k] = static_cast<uint8_t>(((validWords[r >> 6] >> (r & 63)) & 1) ^ 1);
    }
}

} // namespace

BatchEval::BatchEval(const CompiledExpr& e, const EvalContext& ctx, size_t begin, size_t end)
    : e_(e), ctx_(ctx), vecs_(e.nodes.size()), kidVecs_(e.nodes.size()), columns_(e.nodes.size(), nullptr),
      tableOf_(e.nodes.size(), -1)
{
    for (int i : e.order)
        for (int k : node(i).kids)
            kidVecs_[static_cast<size_t>(i)].push_back(&vec(k));
    for (int i : e.order)
        if (node(i).op == Op::Column)
            columns_[static_cast<size_t>(i)] = &boundColumn(node(i), ctx, end);
    // Use dictionary tables where the dictionary is no larger than the rows to evaluate.
    std::vector<uint8_t> useTable(e.nodes.size(), 0);
    for (size_t r = 0; r < e.dictRoots.size(); ++r) {
        const Column* col = stringColumnOf(e.dictSubtrees[r]);
        if (col && col->dict().size() + 1 <= end - begin)
            useTable[static_cast<size_t>(e.dictRoots[r])] = 1;
    }
    std::vector<uint8_t> live(e.nodes.size(), 0);
    std::vector<int> stack{e.root};
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        if (live[static_cast<size_t>(i)])
            continue;
        live[static_cast<size_t>(i)] = 1;
        if (!useTable[static_cast<size_t>(i)])
            for (int k : node(i).kids)
                stack.push_back(k);
    }
    for (int i : e.order)
        if (live[static_cast<size_t>(i)])
            order_.push_back(i);
    for (size_t r = 0; r < e.dictRoots.size(); ++r) {
        const int root = e.dictRoots[r];
        if (live[static_cast<size_t>(root)] && useTable[static_cast<size_t>(root)]) {
            tableOf_[static_cast<size_t>(root)] = static_cast<int>(tables_.size());
            tables_.push_back(buildTable(root, e.dictSubtrees[r]));
        }
    }
}

// Evaluates the expression for rows [r0, r0 + count), count <= kMorsel.
const Vec& BatchEval::run(size_t r0, size_t count)
{
    for (int i : order_) {
        const int t = tableOf_[static_cast<size_t>(i)];
        if (t >= 0)
            lookup(tables_[static_cast<size_t>(t)], node(i).type, vec(i), r0, count);
        else
            evalNode(i, r0, count, false);
    }
    return vec(e_.root);
}

const Column* BatchEval::stringColumnOf(const std::vector<int>& subtree) const
{
    for (int i : subtree)
        if (node(i).op == Op::Column)
            return columns_[static_cast<size_t>(i)];
    return nullptr;
}

DictTable BatchEval::buildTable(int root, const std::vector<int>& subtree)
{
    DictTable t;
    t.column = stringColumnOf(subtree);
    t.nullCode = t.column->dict().size();
    const size_t total = t.nullCode + 1;
    const Store store = storeOf(node(root).type);
    t.n.resize(total);
    std::vector<size_t> offsets;
    switch (store) {
    case Store::I64: t.i.resize(total); break;
    case Store::F64: t.d.resize(total); break;
    case Store::U8: t.b.resize(total); break;
    case Store::Str: t.s.resize(total); offsets.resize(total + 1); break;
    }
    for (size_t r0 = 0; r0 < total; r0 += kMorsel) {
        const size_t count = std::min(kMorsel, total - r0);
        for (int i : subtree)
            evalNode(i, r0, count, true);
        const Vec& v = vec(root);
        std::memcpy(t.n.data() + r0, v.n, count);
        switch (store) {
        case Store::I64: std::copy(v.i, v.i + count, t.i.begin() + static_cast<ptrdiff_t>(r0)); break;
        case Store::F64: std::copy(v.d, v.d + count, t.d.begin() + static_cast<ptrdiff_t>(r0)); break;
        case Store::U8: std::copy(v.b, v.b + count, t.b.begin() + static_cast<ptrdiff_t>(r0)); break;
        case Store::Str:
            for (size_t k = 0; k < count; ++k) {
                offsets[r0 + k] = t.chars.size();
                t.chars.insert(t.chars.end(), v.s[k].begin(), v.s[k].end());
            }
            break;
        }
    }
    if (store == Store::Str) {
        offsets[total] = t.chars.size();
        for (size_t k = 0; k < total; ++k)
            t.s[k] = std::string_view(t.chars.data() + offsets[k], offsets[k + 1] - offsets[k]);
    }
    return t;
}

void BatchEval::lookup(const DictTable& t, DataType type, Vec& o, size_t r0, size_t count)
{
    o.ownCodes.resize(kMorsel);
    int32_t* codes = o.ownCodes.data();
    readCodes(*t.column, r0, count, codes);
    uint8_t* rn = outNulls(o);
    for (size_t k = 0; k < count; ++k)
        rn[k] = t.n[static_cast<size_t>(codes[k])];
    auto gather = [&](auto* dst, const auto& src) {
        for (size_t k = 0; k < count; ++k)
            dst[k] = src[static_cast<size_t>(codes[k])];
    };
    switch (storeOf(type)) {
    case Store::I64: gather(out<int64_t>(o), t.i); break;
    case Store::F64: gather(out<double>(o), t.d); break;
    case Store::U8: gather(out<uint8_t>(o), t.b); break;
    case Store::Str:
        gather(out<std::string_view>(o), t.s);
        o.codes = codes;
        o.codeSpace = t.nullCode + 1;
        break;
    }
}

void BatchEval::readColumn(int i, Vec& v, size_t r0, size_t count, bool dictMode)
{
    const PNode& n = node(i);
    const Column& c = *columns_[static_cast<size_t>(i)];
    if (n.type == DataType::String) {
        const auto dictSize = static_cast<int32_t>(c.dict().size());
        std::string_view* sv = out<std::string_view>(v);
        uint8_t* nn = outNulls(v);
        if (dictMode) { // row k of the dictionary pass is dictionary entry k; the last is NULL
            for (size_t k = 0; k < count; ++k) {
                const size_t code = r0 + k;
                nn[k] = code >= static_cast<size_t>(dictSize);
                sv[k] = nn[k] ? std::string_view() : std::string_view(c.dict()[code]);
            }
            return;
        }
        v.ownCodes.resize(kMorsel);
        int32_t* codes = v.ownCodes.data();
        readCodes(c, r0, count, codes);
        for (size_t k = 0; k < count; ++k) {
            const int32_t code = codes[k];
            nn[k] = code == dictSize;
            sv[k] = code == dictSize ? std::string_view() : std::string_view(c.dict()[static_cast<size_t>(code)]);
        }
        v.codes = codes;
        v.codeSpace = static_cast<size_t>(dictSize) + 1;
        return;
    }
    switch (n.type) {
    case DataType::Int:
    case DataType::Timestamp: v.i = c.ints().data() + r0; break;
    case DataType::Double: v.d = c.doubles().data() + r0; break;
    case DataType::Bool: v.b = c.bools().data() + r0; break;
    case DataType::Date: {
        int64_t* dst = out<int64_t>(v);
        const int32_t* src = c.codes().data() + r0;
        for (size_t k = 0; k < count; ++k)
            dst[k] = src[k];
        break;
    }
    case DataType::String: break;
    }
    if (!c.hasNulls()) {
        v.n = kNoNulls;
        return;
    }
    expandNulls(c.validity().words(), r0, count, outNulls(v));
}

void BatchEval::fillConstant(const PNode& n, Vec& v)
{
    if (v.constReady)
        return;
    v.constReady = true;
    switch (storeOf(n.type)) {
    case Store::I64: std::fill_n(out<int64_t>(v), kMorsel, n.ci); break;
    case Store::F64: std::fill_n(out<double>(v), kMorsel, n.cd); break;
    case Store::U8: std::fill_n(out<uint8_t>(v), kMorsel, static_cast<uint8_t>(n.ci)); break;
    case Store::Str: std::fill_n(out<std::string_view>(v), kMorsel, std::string_view(n.cs)); break;
    }
    if (n.constNull)
        std::fill_n(outNulls(v), kMorsel, uint8_t{1});
    else
        v.n = kNoNulls;
}

} // namespace seg::expr
