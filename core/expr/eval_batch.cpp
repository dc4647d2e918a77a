// Batch evaluation: column-at-a-time over morsels of kMorsel rows. Each node is one typed
// loop per morsel (batch_vec.h); there are no per-row virtual calls or allocations.
//
// Strings: a subtree that reads one string column and constants only (`country IN (...)`,
// `lower(city) = 'paris'`, `name LIKE 'A%'`) is evaluated once per dictionary entry (plus once
// for NULL) into a table, and the rows then just look up their code. This is chosen per call
// when the dictionary is not larger than the row range, so it never costs more than per row.
#include "expr/batch_vec.h"
#include "expr/eval_row.h"
#include "expr/program.h"

#include "util/error.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace seg::expr {

alignas(64) const uint8_t kNoNulls[kMorsel] = {};

namespace {

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

class BatchEval {
public:
    BatchEval(const CompiledExpr& e, const EvalContext& ctx, size_t begin, size_t end)
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
    const Vec& run(size_t r0, size_t count)
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

private:
    const PNode& node(int i) const { return e_.nodes[static_cast<size_t>(i)]; }
    Vec& vec(int i) { return vecs_[static_cast<size_t>(i)]; }

    const Column* stringColumnOf(const std::vector<int>& subtree) const
    {
        for (int i : subtree)
            if (node(i).op == Op::Column)
                return columns_[static_cast<size_t>(i)];
        return nullptr;
    }

    DictTable buildTable(int root, const std::vector<int>& subtree)
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

    static void lookup(const DictTable& t, DataType type, Vec& o, size_t r0, size_t count)
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

    void readColumn(int i, Vec& v, size_t r0, size_t count, bool dictMode)
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

    void fillConstant(const PNode& n, Vec& v)
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

    void caseMap(const Vec& a, Vec& o, size_t count, char (*map)(char))
    {
        size_t total = 0;
        for (size_t k = 0; k < count; ++k)
            total += a.s[k].size();
        o.arena.resize(total);
        std::string_view* rv = out<std::string_view>(o);
        std::memcpy(outNulls(o), a.n, count);
        char* base = o.arena.data();
        size_t at = 0;
        for (size_t k = 0; k < count; ++k) {
            const std::string_view src = a.s[k];
            for (size_t j = 0; j < src.size(); ++j)
                base[at + j] = map(src[j]);
            rv[k] = std::string_view(base + at, src.size());
            at += src.size();
        }
    }

    void evalNode(int i, size_t r0, size_t count, bool dictMode)
    {
        const PNode& n = node(i);
        Vec& o = vec(i);
        const Store store = storeOf(n.type);
        auto kid = [&](size_t k) -> const Vec& { return vec(n.kids[k]); };
        auto kidStore = [&](size_t k) { return storeOf(node(n.kids[k]).type); };
        auto kids = [&]() -> const std::vector<const Vec*>& { return kidVecs_[static_cast<size_t>(i)]; };
        switch (n.op) {
        case Op::Const: fillConstant(n, o); return;
        case Op::Column: readColumn(i, o, r0, count, dictMode); return;
        case Op::Neg: signedUnaryKernel<NegOp>(store, kid(0), o, count); return;
        case Op::Abs: signedUnaryKernel<AbsOp>(store, kid(0), o, count); return;
        case Op::IntToDouble:
            unaryKernel<int64_t, double, false>(kid(0), o, count,
                                               [](int64_t a, double& r) { return IntToDoubleOp::apply(a, r); });
            return;
        case Op::DateToTimestamp:
            unaryKernel<int64_t, int64_t, false>(kid(0), o, count,
                                                 [](int64_t a, int64_t& r) { return DateToTimestampOp::apply(a, r); });
            return;
        case Op::DaysSince: {
            const int32_t asOf = ctx_.asOfDay;
            if (node(n.kids[0]).type == DataType::Date)
                unaryKernel<int64_t, int64_t, false>(kid(0), o, count, [asOf](int64_t a, int64_t& r) {
                    r = DaysSinceOp::fromDate(a, asOf);
                    return true;
                });
            else
                unaryKernel<int64_t, int64_t, false>(kid(0), o, count, [asOf](int64_t a, int64_t& r) {
                    r = DaysSinceOp::fromTimestamp(a, asOf);
                    return true;
                });
            return;
        }
        case Op::Not: {
            const Vec& a = kid(0);
            uint8_t* rv = out<uint8_t>(o);
            uint8_t* rn = outNulls(o);
            for (size_t k = 0; k < count; ++k)
                not3(a.b[k], a.n[k], rv[k], rn[k]);
            return;
        }
        case Op::IsNull:
        case Op::IsNotNull: {
            const uint8_t flip = n.op == Op::IsNotNull;
            const uint8_t* an = kid(0).n;
            uint8_t* rv = out<uint8_t>(o);
            for (size_t k = 0; k < count; ++k)
                rv[k] = static_cast<uint8_t>(an[k] ^ flip);
            o.n = kNoNulls;
            return;
        }
        case Op::Add: arithKernel<AddOp>(store, kid(0), kid(1), o, count); return;
        case Op::Sub: arithKernel<SubOp>(store, kid(0), kid(1), o, count); return;
        case Op::Mul: arithKernel<MulOp>(store, kid(0), kid(1), o, count); return;
        case Op::Div:
            binaryKernel<double, double, double>(kid(0), kid(1), o, count,
                                                 [](double a, double b, double& r) { return DivOp::apply(a, b, r); });
            return;
        case Op::Eq: compareKernel<CmpEq>(kid(0), kidStore(0), kid(1), kidStore(1), o, count); return;
        case Op::Ne: compareKernel<CmpNe>(kid(0), kidStore(0), kid(1), kidStore(1), o, count); return;
        case Op::Lt: compareKernel<CmpLt>(kid(0), kidStore(0), kid(1), kidStore(1), o, count); return;
        case Op::Le: compareKernel<CmpLe>(kid(0), kidStore(0), kid(1), kidStore(1), o, count); return;
        case Op::Gt: compareKernel<CmpGt>(kid(0), kidStore(0), kid(1), kidStore(1), o, count); return;
        case Op::Ge: compareKernel<CmpGe>(kid(0), kidStore(0), kid(1), kidStore(1), o, count); return;
        case Op::And: // lambdas, not function references, so that and3/or3 inline into the loop
            logicKernel(kids(), o, count, true, [](uint8_t av, uint8_t an, uint8_t bv, uint8_t bn, uint8_t& rv, uint8_t& rn) {
                and3(av, an, bv, bn, rv, rn);
            });
            return;
        case Op::Or:
            logicKernel(kids(), o, count, false, [](uint8_t av, uint8_t an, uint8_t bv, uint8_t bn, uint8_t& rv, uint8_t& rn) {
                or3(av, an, bv, bn, rv, rn);
            });
            return;
        case Op::In:
            switch (kidStore(0)) {
            case Store::I64: inKernel<int64_t>(*n.set, kid(0), o, count); return;
            case Store::F64: inKernel<double>(*n.set, kid(0), o, count); return;
            case Store::U8: inKernel<uint8_t>(*n.set, kid(0), o, count); return;
            case Store::Str: inKernel<std::string_view>(*n.set, kid(0), o, count); return;
            }
            return;
        case Op::Like: {
            const int escape = n.escape;
            binaryKernel<std::string_view, std::string_view, uint8_t, false>(
                kid(0), kid(1), o, count, [escape](std::string_view t, std::string_view p, uint8_t& r) {
                    r = likeMatch(t, p, escape);
                    return true;
                });
            return;
        }
        case Op::Lower: caseMap(kid(0), o, count, asciiLower); return;
        case Op::Upper: caseMap(kid(0), o, count, asciiUpper); return;
        case Op::Length:
            unaryKernel<std::string_view, int64_t, false>(kid(0), o, count, [](std::string_view s, int64_t& r) {
                r = utf8Length(s);
                return true;
            });
            return;
        case Op::Coalesce:
            switch (store) {
            case Store::I64: coalesceKernel<int64_t>(kids(), o, count); return;
            case Store::F64: coalesceKernel<double>(kids(), o, count); return;
            case Store::U8: coalesceKernel<uint8_t>(kids(), o, count); return;
            case Store::Str: coalesceKernel<std::string_view>(kids(), o, count); return;
            }
            return;
        }
    }

    const CompiledExpr& e_;
    const EvalContext& ctx_;
    std::vector<Vec> vecs_;
    std::vector<std::vector<const Vec*>> kidVecs_; // operands of each node, for n-ary kernels
    std::vector<const Column*> columns_; // Column node -> its checked column
    std::vector<int> tableOf_;           // node -> index into tables_ (-1: evaluated per row)
    std::vector<DictTable> tables_;
    std::vector<int> order_;             // nodes evaluated per morsel, children first
};

// 64 rows of 0/1 bytes (value, and NULL mask unless it is kNoNulls) -> one word of TRUE bits.
inline uint64_t packWord(const uint8_t* v, const uint8_t* n, bool hasNulls)
{
    uint64_t bits = 0;
#if defined(__SSE2__)
    for (int g = 0; g < 4; ++g) {
        __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v + 16 * g));
        if (hasNulls)
            x = _mm_andnot_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(n + 16 * g)), x);
        // Bit 0 of each byte to bit 7, where movemask picks it up.
        const auto mask = static_cast<uint32_t>(_mm_movemask_epi8(_mm_slli_epi16(x, 7)));
        bits |= static_cast<uint64_t>(mask & 0xFFFF) << (16 * g);
    }
#else
    for (int k = 0; k < 64; ++k)
        bits |= static_cast<uint64_t>(v[k] & (hasNulls ? n[k] ^ 1 : 1) & 1) << k;
#endif
    return bits;
}

// Writes the TRUE rows of [r0, r0 + count) into `out`, touching only the bits of that range.
void writeBits(const Vec& v, size_t r0, size_t count, Bitset& out)
{
    uint64_t* words = out.words();
    const size_t end = r0 + count;
    const bool hasNulls = v.n != kNoNulls;
    for (size_t w = r0 >> 6; w <= (end - 1) >> 6; ++w) {
        const size_t lo = std::max(r0, w * 64), hi = std::min(end, w * 64 + 64);
        const uint8_t* vb = v.b + (lo - r0);
        const uint8_t* nb = v.n + (lo - r0);
        if (lo == w * 64 && hi == lo + 64) {
            words[w] = packWord(vb, nb, hasNulls);
            continue;
        }
        uint64_t bits = 0;
        for (size_t r = lo; r < hi; ++r)
            bits |= static_cast<uint64_t>(vb[r - lo] & (nb[r - lo] ^ 1) & 1) << (r & 63);
        const uint64_t mask = ((uint64_t{1} << (hi - lo)) - 1) << (lo & 63);
        words[w] = (words[w] & ~mask) | (bits & mask);
    }
}

} // namespace
} // namespace seg::expr

namespace seg {

using expr::BatchEval;
using expr::kMorsel;
using expr::Vec;

void evalFilter(const CompiledExpr& e, const EvalContext& ctx, size_t begin, size_t end, Bitset& out)
{
    if (e.resultType != DataType::Bool)
        throw Error("expression: a filter must be boolean but this expression is "
                    + std::string(typeName(e.resultType)));
    if (end > out.size())
        throw Error("expression: row range ends at " + std::to_string(end) + " but the result set has "
                    + std::to_string(out.size()) + " rows");
    if (end <= begin)
        return;
    BatchEval eval(e, ctx, begin, end);
    for (size_t r0 = begin; r0 < end; r0 += kMorsel) {
        const size_t count = std::min(kMorsel, end - r0);
        expr::writeBits(eval.run(r0, count), r0, count, out);
    }
}

namespace {

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Builds the dictionary of a string result in order of first appearance.
class StringColumnBuilder {
public:
    explicit StringColumnBuilder(size_t rows) : codes_(rows, 0) {}

    void add(const Vec& v, size_t r0, size_t count)
    {
        if (v.codes && remap_.size() != v.codeSpace)
            remap_.assign(v.codeSpace, -1);
        for (size_t k = 0; k < count; ++k) {
            if (v.n[k])
                continue;
            int32_t* known = v.codes ? &remap_[static_cast<size_t>(v.codes[k])] : nullptr;
            if (known && *known >= 0) {
                codes_[r0 + k] = *known;
                continue;
            }
            auto it = index_.find(v.s[k]);
            if (it == index_.end()) {
                it = index_.emplace(std::string(v.s[k]), static_cast<int32_t>(dict_.size())).first;
                dict_.emplace_back(v.s[k]);
            }
            codes_[r0 + k] = it->second;
            if (known)
                *known = it->second;
        }
    }
    Column finish(const std::string& name, Bitset valid)
    {
        return Column::fromStrings(name, std::move(codes_), std::move(dict_), std::move(valid));
    }

private:
    std::vector<int32_t> codes_;
    std::vector<std::string> dict_;
    std::vector<int32_t> remap_; // source code -> result code (-1: not seen yet)
    std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>> index_;
};

template <class T> void copyValues(const T* src, const uint8_t* nulls, size_t count, T* dst)
{
    for (size_t k = 0; k < count; ++k)
        dst[k] = nulls[k] ? T{} : src[k];
}

// Validity bits of rows [r0, r0 + count) (r0 is a multiple of 64 here) from NULL bytes.
void writeValidity(const uint8_t* nulls, size_t r0, size_t count, Bitset& valid)
{
    static const std::vector<uint8_t> ones(kMorsel, 1);
    uint64_t* words = valid.words();
    size_t k = 0;
    for (; k + 64 <= count; k += 64)
        words[(r0 + k) >> 6] = expr::packWord(ones.data(), nulls + k, nulls != expr::kNoNulls);
    for (; k < count; ++k)
        if (!nulls[k])
            valid.set(r0 + k);
}

} // namespace

Column evalColumn(const CompiledExpr& e, const EvalContext& ctx, size_t rows, const std::string& name)
{
    const DataType type = e.resultType;
    const expr::Store store = expr::storeOf(type);
    Bitset valid(rows);
    std::vector<int64_t> ints(store == expr::Store::I64 ? rows : 0);
    std::vector<double> doubles(store == expr::Store::F64 ? rows : 0);
    std::vector<uint8_t> bools(store == expr::Store::U8 ? rows : 0);
    StringColumnBuilder strings(store == expr::Store::Str ? rows : 0);
    if (rows > 0) {
        BatchEval eval(e, ctx, 0, rows);
        for (size_t r0 = 0; r0 < rows; r0 += kMorsel) {
            const size_t count = std::min(kMorsel, rows - r0);
            const Vec& v = eval.run(r0, count);
            // NULL rows store 0, as Column requires.
            switch (store) {
            case expr::Store::I64: copyValues(v.i, v.n, count, ints.data() + r0); break;
            case expr::Store::F64: copyValues(v.d, v.n, count, doubles.data() + r0); break;
            case expr::Store::U8: copyValues(v.b, v.n, count, bools.data() + r0); break;
            case expr::Store::Str: strings.add(v, r0, count); break;
            }
            writeValidity(v.n, r0, count, valid);
        }
    }
    switch (type) {
    case DataType::Int:
    case DataType::Timestamp: return Column::fromInts(name, type, std::move(ints), std::move(valid));
    case DataType::Double: return Column::fromDoubles(name, std::move(doubles), std::move(valid));
    case DataType::Bool: return Column::fromBools(name, std::move(bools), std::move(valid));
    case DataType::Date: {
        std::vector<int32_t> days(ints.begin(), ints.end());
        return Column::fromDates(name, std::move(days), std::move(valid));
    }
    case DataType::String: return strings.finish(name, std::move(valid));
    }
    return Column(name, type);
}

} // namespace seg
