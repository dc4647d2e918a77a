#pragma once
// Morsel buffers of the batch evaluator and the generic loops that apply an ops.h operator
// to them. One Vec per node holds that node's values for the current morsel (up to kMorsel
// rows) as a typed array plus a NULL byte mask. Column leaves point straight into column
// storage when the layout matches, so reading an int or double column copies nothing.
#include "expr/program.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace seg::expr {

constexpr size_t kMorsel = 1024;
extern const uint8_t kNoNulls[kMorsel]; // all zero: "no row is NULL"

struct Vec {
    const int64_t* i = nullptr;
    const double* d = nullptr;
    const uint8_t* b = nullptr;
    const std::string_view* s = nullptr;
    const uint8_t* n = kNoNulls;    // 1 = NULL
    const int32_t* codes = nullptr; // String results read from a dictionary: the code per row
    size_t codeSpace = 0;           // number of codes; code codeSpace-1 stands for NULL

    std::vector<int64_t> ownI;
    std::vector<double> ownD;
    std::vector<uint8_t> ownB;
    std::vector<std::string_view> ownS;
    std::vector<uint8_t> ownN;
    std::vector<int32_t> ownCodes;
    std::string arena;              // bytes of computed strings (lower/upper)
    bool constReady = false;
};

template <class T> const T* in(const Vec& v);
template <> inline const int64_t* in<int64_t>(const Vec& v) { return v.i; }
template <> inline const double* in<double>(const Vec& v) { return v.d; }
template <> inline const uint8_t* in<uint8_t>(const Vec& v) { return v.b; }
template <> inline const std::string_view* in<std::string_view>(const Vec& v) { return v.s; }

template <class T> T* out(Vec& v);
template <> inline int64_t* out<int64_t>(Vec& v)
{
    v.ownI.resize(kMorsel);
    v.i = v.ownI.data();
    return v.ownI.data();
}
template <> inline double* out<double>(Vec& v)
{
    v.ownD.resize(kMorsel);
    v.d = v.ownD.data();
    return v.ownD.data();
}
template <> inline uint8_t* out<uint8_t>(Vec& v)
{
    v.ownB.resize(kMorsel);
    v.b = v.ownB.data();
    return v.ownB.data();
}
template <> inline std::string_view* out<std::string_view>(Vec& v)
{
    v.ownS.resize(kMorsel);
    v.s = v.ownS.data();
    return v.ownS.data();
}
inline uint8_t* outNulls(Vec& v)
{
    v.ownN.resize(kMorsel);
    v.n = v.ownN.data();
    return v.ownN.data();
}

// r = f(a) for every row; NULL in, or f returning false, gives NULL. Operators that cannot
// produce NULL (kCanFail false) on NULL-free input skip the mask entirely.
template <class A, class R, bool kCanFail = true, class F> void unaryKernel(const Vec& a, Vec& o, size_t n, F&& f)
{
    const A* av = in<A>(a);
    const uint8_t* an = a.n;
    R* rv = out<R>(o);
    if (!kCanFail && an == kNoNulls) {
        for (size_t k = 0; k < n; ++k)
            f(av[k], rv[k]);
        o.n = kNoNulls;
        return;
    }
    uint8_t* rn = outNulls(o);
    for (size_t k = 0; k < n; ++k) {
        R r{};
        const bool ok = f(av[k], r);
        rv[k] = r;
        rn[k] = static_cast<uint8_t>(an[k] | !ok);
    }
}

template <class A, class B, class R, bool kCanFail = true, class F>
void binaryKernel(const Vec& a, const Vec& b, Vec& o, size_t n, F&& f)
{
    const A* av = in<A>(a);
    const B* bv = in<B>(b);
    const uint8_t* an = a.n;
    const uint8_t* bn = b.n;
    R* rv = out<R>(o);
    if (!kCanFail && an == kNoNulls && bn == kNoNulls) {
        for (size_t k = 0; k < n; ++k)
            f(av[k], bv[k], rv[k]);
        o.n = kNoNulls;
        return;
    }
    uint8_t* rn = outNulls(o);
    for (size_t k = 0; k < n; ++k) {
        R r{};
        const bool ok = f(av[k], bv[k], r);
        rv[k] = r;
        rn[k] = static_cast<uint8_t>(an[k] | bn[k] | !ok);
    }
}

template <class Cmp> void compareKernel(const Vec& a, Store sa, const Vec& b, Store sb, Vec& o, size_t n)
{
    auto f = [](auto x, auto y, uint8_t& r) {
        r = Cmp::apply(x, y);
        return true;
    };
    if (sa == Store::Str)
        binaryKernel<std::string_view, std::string_view, uint8_t, false>(a, b, o, n, f);
    else if (sa == Store::U8)
        binaryKernel<uint8_t, uint8_t, uint8_t, false>(a, b, o, n, f);
    else if (sa == Store::F64 && sb == Store::F64)
        binaryKernel<double, double, uint8_t, false>(a, b, o, n, f);
    else if (sa == Store::F64)
        binaryKernel<double, int64_t, uint8_t, false>(a, b, o, n, f);
    else if (sb == Store::F64)
        binaryKernel<int64_t, double, uint8_t, false>(a, b, o, n, f);
    else
        binaryKernel<int64_t, int64_t, uint8_t, false>(a, b, o, n, f);
}

template <class OpT> void arithKernel(Store store, const Vec& a, const Vec& b, Vec& o, size_t n)
{
    auto f = [](auto x, auto y, auto& r) { return OpT::apply(x, y, r); };
    if (store == Store::F64)
        binaryKernel<double, double, double>(a, b, o, n, f);
    else
        binaryKernel<int64_t, int64_t, int64_t>(a, b, o, n, f);
}

template <class OpT> void signedUnaryKernel(Store store, const Vec& a, Vec& o, size_t n)
{
    auto f = [](auto x, auto& r) { return OpT::apply(x, r); };
    if (store == Store::F64)
        unaryKernel<double, double>(a, o, n, f);
    else
        unaryKernel<int64_t, int64_t>(a, o, n, f);
}

// AND / OR over 2+ operands, folded left to right in place. Without NULLs anywhere the
// three-valued tables reduce to plain byte AND / OR.
template <class Combine>
void logicKernel(const std::vector<const Vec*>& kids, Vec& o, size_t n, bool isAnd, Combine&& combine)
{
    uint8_t* rv = out<uint8_t>(o);
    bool anyNulls = false;
    for (const Vec* k : kids)
        anyNulls |= k->n != kNoNulls;
    if (!anyNulls) {
        std::copy(kids[0]->b, kids[0]->b + n, rv);
        for (size_t j = 1; j < kids.size(); ++j) {
            const uint8_t* bv = kids[j]->b;
            if (isAnd)
                for (size_t k = 0; k < n; ++k)
                    rv[k] &= bv[k];
            else
                for (size_t k = 0; k < n; ++k)
                    rv[k] |= bv[k];
        }
        o.n = kNoNulls;
        return;
    }
    uint8_t* rn = outNulls(o);
    std::copy(kids[0]->b, kids[0]->b + n, rv);
    std::copy(kids[0]->n, kids[0]->n + n, rn);
    for (size_t j = 1; j < kids.size(); ++j) {
        const uint8_t* bv = kids[j]->b;
        const uint8_t* bn = kids[j]->n;
        for (size_t k = 0; k < n; ++k)
            combine(rv[k], rn[k], bv[k], bn[k], rv[k], rn[k]);
    }
}

template <class T> void coalesceKernel(const std::vector<const Vec*>& kids, Vec& o, size_t n)
{
    T* rv = out<T>(o);
    uint8_t* rn = outNulls(o);
    std::copy(in<T>(*kids[0]), in<T>(*kids[0]) + n, rv);
    std::copy(kids[0]->n, kids[0]->n + n, rn);
    for (size_t j = 1; j < kids.size(); ++j) {
        const T* bv = in<T>(*kids[j]);
        const uint8_t* bn = kids[j]->n;
        for (size_t k = 0; k < n; ++k) {
            rv[k] = rn[k] ? bv[k] : rv[k];
            rn[k] = static_cast<uint8_t>(rn[k] & bn[k]);
        }
    }
}

template <class T> void inKernel(const InSet& set, const Vec& a, Vec& o, size_t n)
{
    const T* av = in<T>(a);
    const uint8_t* an = a.n;
    uint8_t* rv = out<uint8_t>(o);
    uint8_t* rn = outNulls(o);
    for (size_t k = 0; k < n; ++k) {
        uint8_t v, nn;
        inList3(set.contains(av[k]), set.hasNull, v, nn);
        rv[k] = static_cast<uint8_t>(v & (an[k] ^ 1));
        rn[k] = static_cast<uint8_t>(nn | an[k]);
    }
}

} // namespace seg::expr
