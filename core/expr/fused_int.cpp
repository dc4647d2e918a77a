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

// A node's value: a linear form over narrow inputs (offset + sum of mult * stored, no step
// yet), a constant (no terms), or a materialised step.
struct Operand {
    int step = -1;
    std::vector<FusedInt::Term> terms;
    uint64_t offset = 0; // modulo 2^64
    Range range;
    bool constant() const { return step < 0 && terms.empty(); }
};

constexpr size_t kMaxTerms = 4; // more inputs in one sum: materialise and add steps

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

void scale(Operand& o, uint64_t c)
{
    o.offset *= c;
    for (auto& t : o.terms)
        t.mult *= c;
}

template <class W>
[[gnu::always_inline]] inline void addTerm(const FusedInt::Term& t, size_t r0, size_t n, bool first, uint64_t offset,
                                           uint64_t* dst)
{
    const W* src = reinterpret_cast<const W*>(t.bytes) + r0;
    const uint64_t m = t.mult;
    if (first) {
        if (m == 1)
            for (size_t k = 0; k < n; ++k)
                dst[k] = offset + src[k];
        else if (m == ~uint64_t{0}) // -1
            for (size_t k = 0; k < n; ++k)
                dst[k] = offset - src[k];
        else
            for (size_t k = 0; k < n; ++k)
                dst[k] = offset + m * src[k];
    } else {
        if (m == 1)
            for (size_t k = 0; k < n; ++k)
                dst[k] += src[k];
        else if (m == ~uint64_t{0})
            for (size_t k = 0; k < n; ++k)
                dst[k] -= src[k];
        else
            for (size_t k = 0; k < n; ++k)
                dst[k] += m * src[k];
    }
}

// dst = f(a, b) with either side a buffer or a constant. Overflow was ruled out at plan time.
template <class F>
[[gnu::always_inline]] inline void binary(const uint64_t* a, uint64_t ca, const uint64_t* b, uint64_t cb, size_t n,
                                          uint64_t* dst, F f)
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
    // Column node `col` as sign * value + shift (days_since(date) = as_of - date).
    auto load = [&](const PNode& col, int64_t sign, int64_t shift, Operand& o) {
        if (col.slot < 0 || col.slot >= ctx.narrowSlots)
            return false;
        const Column& c = boundColumn(col, ctx, rows);
        const Column::NarrowCopy* nc = c.narrowCopy();
        if (!nc || nc->decimals >= 0 || (nc->width != 1 && nc->width != 2 && nc->width != 4))
            return false;
        // value = (stored + base) * unit; NULL rows store 0, a value of this range too.
        const I128 lo = I128{nc->base} * nc->unit;
        const I128 hi = (I128{nc->base} + static_cast<I128>(nc->maxStored)) * nc->unit;
        const Range r = sign > 0 ? Range{lo + shift, hi + shift} : Range{shift - hi, shift - lo};
        if (!Range{lo, hi}.fits() || !r.fits())
            return false;
        o = Operand{};
        o.terms.push_back(Term{nc->bytes.data(), nc->width, static_cast<uint64_t>(sign * nc->unit)});
        o.offset = static_cast<uint64_t>(static_cast<int64_t>(sign * lo + shift));
        o.range = r;
        if (c.hasNulls() && std::find(f.validity_.begin(), f.validity_.end(), c.validity().words()) == f.validity_.end())
            f.validity_.push_back(c.validity().words());
        return true;
    };
    auto constant = [](int64_t v) {
        Operand o;
        o.offset = static_cast<uint64_t>(v);
        o.range = Range{v, v};
        return o;
    };
    // The operand as a step index (a linear form becomes a Linear step).
    auto materialise = [&](const Operand& o) {
        if (o.step >= 0)
            return o.step;
        Step s;
        s.kind = Step::Kind::Linear;
        s.terms = o.terms;
        s.offset = o.offset;
        f.steps_.push_back(std::move(s));
        return static_cast<int>(f.steps_.size() - 1);
    };
    auto stepOperand = [&](Step s, Range r) {
        f.steps_.push_back(std::move(s));
        Operand o;
        o.step = static_cast<int>(f.steps_.size() - 1);
        o.range = r;
        return o;
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
            o = constant(n.ci);
            break;
        case Op::Column:
            if (n.type != DataType::Int || !load(n, 1, 0, o))
                continue;
            break;
        case Op::DaysSince: { // days_since(date) = as_of - date: exact, dates are 32-bit
            const PNode& a = e.nodes[static_cast<size_t>(n.kids[0])];
            if (a.type != DataType::Date)
                continue;
            if (a.op == Op::Const && !a.constNull)
                o = constant(int64_t{ctx.asOfDay} - a.ci);
            else if (a.op != Op::Column || !load(a, -1, ctx.asOfDay, o))
                continue;
            break;
        }
        case Op::Neg:
        case Op::Abs: {
            const Operand* a = kid(0);
            if (!a || n.type != DataType::Int)
                continue;
            const Range ra = a->range;
            const Range r = n.op == Op::Neg ? Range{-ra.hi, -ra.lo}
                            : ra.lo >= 0    ? ra
                            : ra.hi <= 0    ? Range{-ra.hi, -ra.lo}
                                            : Range{0, std::max(-ra.lo, ra.hi)};
            if (!r.fits())
                continue;
            if (n.op == Op::Neg || ra.lo >= 0 || ra.hi <= 0) { // abs of a sign-known value is linear too
                o = *a;
                if (n.op == Op::Neg || ra.hi <= 0)
                    scale(o, ~uint64_t{0});
                o.range = r;
                if (o.step >= 0 && (n.op == Op::Neg || ra.hi <= 0)) { // a step: negate it
                    Step s;
                    s.kind = Step::Kind::Neg;
                    s.a = a->step;
                    o = stepOperand(std::move(s), r);
                }
                break;
            }
            Step s;
            s.kind = Step::Kind::Abs;
            s.a = materialise(*a);
            o = stepOperand(std::move(s), r);
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
            const bool linear = a->step < 0 && b->step < 0;
            if (n.op == Op::Mul && linear && (a->constant() || b->constant())) {
                o = a->constant() ? *b : *a;
                scale(o, a->constant() ? a->offset : b->offset);
            } else if (n.op != Op::Mul && linear && a->terms.size() + b->terms.size() <= kMaxTerms) {
                o = *a;
                Operand other = *b;
                if (n.op == Op::Sub)
                    scale(other, ~uint64_t{0});
                o.offset += other.offset;
                o.terms.insert(o.terms.end(), other.terms.begin(), other.terms.end());
            } else {
                Step s;
                s.kind = n.op == Op::Add ? Step::Kind::Add : n.op == Op::Sub ? Step::Kind::Sub : Step::Kind::Mul;
                s.a = a->constant() ? -1 : materialise(*a);
                s.b = b->constant() ? -1 : materialise(*b);
                s.ca = a->offset;
                s.cb = b->offset;
                o = stepOperand(std::move(s), r);
                break;
            }
            o.range = r;
            break;
        }
        default: continue;
        }
        ok[static_cast<size_t>(i)] = 1;
    }
    const auto root = static_cast<size_t>(e.root);
    // A constant root has no column to read: not worth a fast path.
    if (!ok[root] || at[root].constant())
        return std::nullopt;
    const int last = materialise(at[root]);
    if (last + 1 != static_cast<int>(f.steps_.size()))
        return std::nullopt; // the root is an earlier step (cannot happen: steps follow node order)
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
                                            int64_t* out, uint64_t* words, uint64_t* buffers)
{
    using Kind = FusedInt::Step::Kind;
    for (size_t r0 = begin; r0 < end; r0 += kRows) {
        const size_t n = std::min(kRows, end - r0);
        for (size_t i = 0; i < steps.size(); ++i) {
            const FusedInt::Step& s = steps[i];
            uint64_t* dst = buffers + i * kRows;
            const uint64_t* a = s.a >= 0 ? buffers + static_cast<size_t>(s.a) * kRows : nullptr;
            const uint64_t* b = s.b >= 0 ? buffers + static_cast<size_t>(s.b) * kRows : nullptr;
            switch (s.kind) {
            case Kind::Linear:
                for (size_t t = 0; t < s.terms.size(); ++t) {
                    const FusedInt::Term& term = s.terms[t];
                    if (term.width == 1)
                        addTerm<uint8_t>(term, r0, n, t == 0, s.offset, dst);
                    else if (term.width == 2)
                        addTerm<uint16_t>(term, r0, n, t == 0, s.offset, dst);
                    else
                        addTerm<uint32_t>(term, r0, n, t == 0, s.offset, dst);
                }
                break;
            case Kind::Add: binary(a, s.ca, b, s.cb, n, dst, [](uint64_t x, uint64_t y) { return x + y; }); break;
            case Kind::Sub: binary(a, s.ca, b, s.cb, n, dst, [](uint64_t x, uint64_t y) { return x - y; }); break;
            case Kind::Mul: binary(a, s.ca, b, s.cb, n, dst, [](uint64_t x, uint64_t y) { return x * y; }); break;
            case Kind::Neg:
                for (size_t k = 0; k < n; ++k)
                    dst[k] = 0 - a[k];
                break;
            case Kind::Abs:
                for (size_t k = 0; k < n; ++k)
                    dst[k] = static_cast<int64_t>(a[k]) < 0 ? 0 - a[k] : a[k];
                break;
            }
        }
        // Validity: the AND of the inputs' words; NULL rows store 0, as Column requires.
        uint64_t* result = buffers + (steps.size() - 1) * kRows;
        for (size_t k0 = 0; k0 < n; k0 += 64) {
            const size_t w = (r0 + k0) >> 6;
            const size_t m = std::min<size_t>(64, n - k0);
            const uint64_t mask = m == 64 ? ~uint64_t{0} : (uint64_t{1} << m) - 1;
            uint64_t bits = mask;
            for (const uint64_t* v : validity)
                bits &= v[w];
            if (!validity.empty())
                for (size_t j = 0; j < 64; ++j)
                    result[k0 + j] &= 0 - ((bits >> j) & 1);
            words[w] = (words[w] & ~mask) | bits;
        }
        storeValues(reinterpret_cast<const int64_t*>(result), n, out + r0);
    }
#if defined(__SSE2__)
    _mm_sfence(); // the streamed stores are visible before the column is published
#endif
}

void runDefault(const std::vector<FusedInt::Step>& steps, const std::vector<const uint64_t*>& validity, size_t begin,
                size_t end, int64_t* out, uint64_t* words, uint64_t* buffers)
{
    runSteps(steps, validity, begin, end, out, words, buffers);
}

#if defined(__x86_64__) && defined(__GNUC__)
// AVX2 widens the narrow loads (vpmovzx) and the validity masks (vpsrlvq) four rows at a time.
__attribute__((target("avx2"))) void runAvx2(const std::vector<FusedInt::Step>& steps,
                                             const std::vector<const uint64_t*>& validity, size_t begin, size_t end,
                                             int64_t* out, uint64_t* words, uint64_t* buffers)
{
    runSteps(steps, validity, begin, end, out, words, buffers);
}
#endif

} // namespace

void FusedInt::run(size_t begin, size_t end, int64_t* out, Bitset& valid) const
{
    // One buffer per step (the last one 64 rows longer: the validity loop works in whole words).
    std::vector<uint64_t> buffers(steps_.size() * kRows + 64);
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
