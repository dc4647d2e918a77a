// FusedInt: planning (which expressions fit, and the overflow proof) and the morsel loops.
#include "expr/fused_int.h"

#include "expr/eval_row.h"

#include <algorithm>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace seg::expr {

namespace {

__extension__ typedef __int128 I128; // __extension__: -Wpedantic knows no 128-bit ints
constexpr I128 kMin = std::numeric_limits<int64_t>::min();
constexpr I128 kMax = std::numeric_limits<int64_t>::max();
constexpr size_t kRows = 1024; // rows per morsel: 16 words, every step's buffer stays in L1

// The values a node can take on any row, NULL rows included (their stored 0 is a value of the
// copy's range, so even the arithmetic on them stays inside these bounds).
struct Range {
    I128 lo = 0, hi = 0;
    bool fits() const { return lo >= kMin && hi <= kMax; }
};

struct Operand {
    int step = -1; // -1: the constant
    int64_t value = 0;
    Range range;
};

Range combine(Op op, Range a, Range b)
{
    switch (op) {
    case Op::Add: return {a.lo + b.lo, a.hi + b.hi};
    case Op::Sub: return {a.lo - b.hi, a.hi - b.lo};
    default: { // Mul: |bounds| <= 2^63, so every product fits 127 bits
        const I128 p[] = {a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi};
        return {*std::min_element(p, p + 4), *std::max_element(p, p + 4)};
    }
    }
}

template <class W>
[[gnu::always_inline]] inline void loadWidth(const uint8_t* bytes, size_t r0, size_t n, int64_t offset, int64_t mult, int64_t* dst)
{
    const W* src = reinterpret_cast<const W*>(bytes) + r0;
    if (mult == 1)
        for (size_t k = 0; k < n; ++k)
            dst[k] = offset + static_cast<int64_t>(src[k]);
    else if (mult == -1)
        for (size_t k = 0; k < n; ++k)
            dst[k] = offset - static_cast<int64_t>(src[k]);
    else
        for (size_t k = 0; k < n; ++k)
            dst[k] = offset + mult * static_cast<int64_t>(src[k]);
}

// dst = f(a, b) with either side a buffer or a constant. Overflow was ruled out at plan time.
template <class F>
[[gnu::always_inline]] inline void binary(const int64_t* a, int64_t ca, const int64_t* b, int64_t cb, size_t n, int64_t* dst, F f)
{
    if (a && b)
        for (size_t k = 0; k < n; ++k)
            dst[k] = f(a[k], b[k]);
    else if (a)
        for (size_t k = 0; k < n; ++k)
            dst[k] = f(a[k], cb);
    else
        for (size_t k = 0; k < n; ++k)
            dst[k] = f(ca, b[k]);
}

} // namespace

std::optional<FusedInt> FusedInt::plan(const CompiledExpr& e, const EvalContext& ctx, size_t rows)
{
    if (e.resultType != DataType::Int || e.resultIsNull || rows == 0)
        return std::nullopt;
    FusedInt f;
    std::vector<Operand> at(e.nodes.size());
    std::vector<uint8_t> ok(e.nodes.size(), 0);
    // A Load step of column node `col`: value = sign * ((stored + base) * unit) + shift.
    auto load = [&](const PNode& col, int64_t sign, int64_t shift, Operand& o) {
        if (col.slot < 0 || col.slot >= ctx.narrowSlots)
            return false;
        const Column& c = boundColumn(col, ctx, rows);
        const Column::NarrowCopy* nc = c.narrowCopy();
        if (!nc || nc->decimals >= 0 || (nc->width != 1 && nc->width != 2 && nc->width != 4))
            return false;
        const I128 lo = I128{nc->base} * nc->unit;
        const I128 hi = (I128{nc->base} + static_cast<I128>(nc->maxStored)) * nc->unit;
        const Range r = sign > 0 ? Range{lo + shift, hi + shift} : Range{shift - hi, shift - lo};
        if (!Range{lo, hi}.fits() || !r.fits())
            return false;
        Step s;
        s.kind = Step::Kind::Load;
        s.bytes = nc->bytes.data();
        s.width = nc->width;
        s.offset = static_cast<int64_t>(sign * lo + shift); // the value of stored 0
        s.mult = sign * nc->unit;
        o = Operand{static_cast<int>(f.steps_.size()), 0, r};
        f.steps_.push_back(s);
        if (c.hasNulls())
            f.validity_.push_back(c.validity().words());
        return true;
    };
    for (int i : e.order) {
        const PNode& n = e.nodes[static_cast<size_t>(i)];
        Operand& o = at[static_cast<size_t>(i)];
        auto kid = [&](size_t k) -> const Operand* {
            const int j = n.kids[k];
            return ok[static_cast<size_t>(j)] ? &at[static_cast<size_t>(j)] : nullptr;
        };
        switch (n.op) {
        case Op::Const:
            if (n.constNull || n.type != DataType::Int)
                continue; // a Date constant is only usable under days_since, handled there
            o = Operand{-1, n.ci, Range{n.ci, n.ci}};
            break;
        case Op::Column:
            if (n.type != DataType::Int || !load(n, 1, 0, o))
                continue;
            break;
        case Op::DaysSince: { // days_since(date) = as_of - date: exact, dates are 32-bit
            const PNode& a = e.nodes[static_cast<size_t>(n.kids[0])];
            if (a.type != DataType::Date)
                continue;
            if (a.op == Op::Const && !a.constNull) {
                const int64_t v = int64_t{ctx.asOfDay} - a.ci;
                o = Operand{-1, v, Range{v, v}};
            } else if (a.op != Op::Column || !load(a, -1, ctx.asOfDay, o)) {
                continue;
            }
            break;
        }
        case Op::Neg:
        case Op::Abs: {
            const Operand* a = kid(0);
            if (!a || n.type != DataType::Int)
                continue;
            Range r = n.op == Op::Neg ? Range{-a->range.hi, -a->range.lo}
                      : a->range.lo >= 0 ? a->range
                      : a->range.hi <= 0 ? Range{-a->range.hi, -a->range.lo}
                                         : Range{0, std::max(-a->range.lo, a->range.hi)};
            if (!r.fits())
                continue;
            if (a->step < 0) {
                const int64_t v = static_cast<int64_t>(n.op == Op::Neg ? -I128{a->value} : a->value < 0 ? -I128{a->value} : I128{a->value});
                o = Operand{-1, v, Range{v, v}};
                break;
            }
            Step s;
            s.kind = n.op == Op::Neg ? Step::Kind::Neg : Step::Kind::Abs;
            s.a = a->step;
            o = Operand{static_cast<int>(f.steps_.size()), 0, r};
            f.steps_.push_back(s);
            break;
        }
        case Op::Add:
        case Op::Sub:
        case Op::Mul: {
            const Operand* a = kid(0);
            const Operand* b = kid(1);
            if (!a || !b || n.type != DataType::Int)
                continue;
            const Range r = combine(n.op, a->range, b->range);
            if (!r.fits())
                continue; // may overflow on some row: the interpreter gives that row NULL
            if (a->step < 0 && b->step < 0) { // days_since('...') + 1: both known now
                o = Operand{-1, static_cast<int64_t>(r.lo), r};
                break;
            }
            Step s;
            s.kind = n.op == Op::Add ? Step::Kind::Add : n.op == Op::Sub ? Step::Kind::Sub : Step::Kind::Mul;
            s.a = a->step;
            s.b = b->step;
            s.ca = a->value;
            s.cb = b->value;
            o = Operand{static_cast<int>(f.steps_.size()), 0, r};
            f.steps_.push_back(s);
            break;
        }
        default: continue;
        }
        ok[static_cast<size_t>(i)] = 1;
    }
    const auto root = static_cast<size_t>(e.root);
    // The root must be the last step (a constant root has no column to read: not worth it).
    if (!ok[root] || at[root].step < 0 || at[root].step + 1 != static_cast<int>(f.steps_.size()))
        return std::nullopt;
    return f;
}

namespace {

// Moves a finished morsel from the L1 buffer to the column. The column (80 MB at 10M rows) is
// far larger than the caches, so non-temporal stores skip reading each line before writing it.
void storeValues(const int64_t* src, size_t n, int64_t* dst)
{
#if defined(__SSE2__)
    if (reinterpret_cast<uintptr_t>(dst) % 16 == 0) {
        size_t k = 0;
        for (; k + 2 <= n; k += 2)
            _mm_stream_si128(reinterpret_cast<__m128i*>(dst + k), _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + k)));
        for (; k < n; ++k)
            dst[k] = src[k];
        return;
    }
#endif
    std::copy(src, src + n, dst);
}

// The steps over rows [begin, end): compiled once per instruction set (see runMorsels).
[[gnu::always_inline]] inline void runSteps(const std::vector<FusedInt::Step>& steps,
                                            const std::vector<const uint64_t*>& validity, size_t begin, size_t end,
                                            int64_t* out, uint64_t* words, int64_t* buffers)
{
    using Kind = FusedInt::Step::Kind;
    for (size_t r0 = begin; r0 < end; r0 += kRows) {
        const size_t n = std::min(kRows, end - r0);
        for (size_t i = 0; i < steps.size(); ++i) {
            const FusedInt::Step& s = steps[i];
            int64_t* dst = buffers + i * kRows;
            const int64_t* a = s.a >= 0 ? buffers + static_cast<size_t>(s.a) * kRows : nullptr;
            const int64_t* b = s.b >= 0 ? buffers + static_cast<size_t>(s.b) * kRows : nullptr;
            switch (s.kind) {
            case Kind::Load:
                if (s.width == 1)
                    loadWidth<uint8_t>(s.bytes, r0, n, s.offset, s.mult, dst);
                else if (s.width == 2)
                    loadWidth<uint16_t>(s.bytes, r0, n, s.offset, s.mult, dst);
                else
                    loadWidth<uint32_t>(s.bytes, r0, n, s.offset, s.mult, dst);
                break;
            case Kind::Add: binary(a, s.ca, b, s.cb, n, dst, [](int64_t x, int64_t y) { return x + y; }); break;
            case Kind::Sub: binary(a, s.ca, b, s.cb, n, dst, [](int64_t x, int64_t y) { return x - y; }); break;
            case Kind::Mul: binary(a, s.ca, b, s.cb, n, dst, [](int64_t x, int64_t y) { return x * y; }); break;
            case Kind::Neg:
                for (size_t k = 0; k < n; ++k)
                    dst[k] = -a[k];
                break;
            case Kind::Abs:
                for (size_t k = 0; k < n; ++k)
                    dst[k] = a[k] < 0 ? -a[k] : a[k];
                break;
            }
        }
        // Validity: the AND of the inputs' words; NULL rows store 0, as Column requires.
        int64_t* result = buffers + (steps.size() - 1) * kRows;
        for (size_t k0 = 0; k0 < n; k0 += 64) {
            const size_t w = (r0 + k0) >> 6;
            const size_t m = std::min<size_t>(64, n - k0);
            const uint64_t mask = m == 64 ? ~uint64_t{0} : (uint64_t{1} << m) - 1;
            uint64_t bits = mask;
            for (const uint64_t* v : validity)
                bits &= v[w];
            if (!validity.empty())
                for (size_t j = 0; j < 64; ++j)
                    result[k0 + j] &= -static_cast<int64_t>((bits >> j) & 1);
            words[w] = (words[w] & ~mask) | bits;
        }
        storeValues(result, n, out + r0);
    }
#if defined(__SSE2__)
    _mm_sfence(); // the streamed stores are visible before the column is published
#endif
}

void runDefault(const std::vector<FusedInt::Step>& steps, const std::vector<const uint64_t*>& validity, size_t begin,
                size_t end, int64_t* out, uint64_t* words, int64_t* buffers)
{
    runSteps(steps, validity, begin, end, out, words, buffers);
}

#if defined(__x86_64__) && defined(__GNUC__)
// AVX2 widens the narrow loads (vpmovzx) and the validity masks (vpsrlvq) four rows at a time.
__attribute__((target("avx2"))) void runAvx2(const std::vector<FusedInt::Step>& steps,
                                             const std::vector<const uint64_t*>& validity, size_t begin, size_t end,
                                             int64_t* out, uint64_t* words, int64_t* buffers)
{
    runSteps(steps, validity, begin, end, out, words, buffers);
}
#endif

} // namespace

void FusedInt::run(size_t begin, size_t end, int64_t* out, Bitset& valid) const
{
    // One buffer per step (the last one 64 rows longer: the validity loop works in whole words).
    std::vector<int64_t> buffers(steps_.size() * kRows + 64);
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2) {
        runAvx2(steps_, validity_, begin, end, out, valid.words(), buffers.data());
        return;
    }
#endif
    runDefault(steps_, validity_, begin, end, out, valid.words(), buffers.data());
}

} // namespace seg::expr
