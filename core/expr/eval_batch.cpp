// evalFilter and evalColumn: run the batch evaluator over morsels and write its results as
// bits of a segment set or as a new column.
#include "expr/batch_eval.h"
#include "expr/fused_int.h"

#include "util/error.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace seg::expr {

namespace {

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
    for (; k < count; ++k) // assigned, not just set: a reused validity set may hold stale bits
        valid.assign(r0 + k, !nulls[k]);
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
    const auto fused = store == expr::Store::I64 ? expr::FusedInt::plan(e, ctx, rows) : std::nullopt;
    if (fused)
        fused->run(0, rows, ints.data(), valid);
    else if (rows > 0) {
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

void evalColumnRange(const CompiledExpr& e, const EvalContext& ctx, size_t begin, size_t end, const ColumnSink& sink)
{
    const expr::Store store = expr::storeOf(e.resultType);
    if (store == expr::Store::Str)
        throw Error("evalColumnRange: string results need evalColumn (one dictionary)");
    if (end <= begin)
        return;
    if (store == expr::Store::I64)
        if (const auto fused = expr::FusedInt::plan(e, ctx, end)) {
            fused->run(begin, end, sink.ints, *sink.valid);
            return;
        }
    BatchEval eval(e, ctx, begin, end);
    for (size_t r0 = begin; r0 < end; r0 += kMorsel) {
        const size_t count = std::min(kMorsel, end - r0);
        const Vec& v = eval.run(r0, count);
        switch (store) {
        case expr::Store::I64: copyValues(v.i, v.n, count, sink.ints + r0); break;
        case expr::Store::F64: copyValues(v.d, v.n, count, sink.doubles + r0); break;
        case expr::Store::U8: copyValues(v.b, v.n, count, sink.bools + r0); break;
        case expr::Store::Str: break;
        }
        writeValidity(v.n, r0, count, *sink.valid);
    }
}

} // namespace seg
