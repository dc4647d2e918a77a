#pragma once
// Order-independent, decimal-exact sums for behavior sum/avg (spec: "computed as if in exact
// arithmetic and rounded once"). Values come from decimal text (CSV), so each double is first
// turned back into the shortest decimal that reads as it (67.22, not 67.2199999…), and those
// decimals are added exactly in a 128-bit integer at a common scale. A customer who spent
// 150.10 + 49.90 has spent exactly 200, and one who spent 412.03 in seven purchases matches
// "le 412.03". Values whose decimal form does not fit (e.g. 1e300) fall back to an exact binary
// sum (Shewchuk partials), which is still order-independent.
#include "util/exact_sum.h"

#include <cstdint>
#include <string>

namespace seg {

// GCC/Clang 128-bit integers; __extension__ keeps -Wpedantic quiet about them.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

class DecimalSum {
public:
    void add(double x);
    // add() without the exact binary sum kept in step, for batch loops that can start a
    // customer over: false when x has no decimal form here (or the sum outgrows 128 bits), and
    // the sum is then unusable until clear() (redo the values with add()). While it returns
    // true, value() and mean() are exactly what add() of the same values would give.
    bool addDecimalOnly(double x) { return addDecimal(x); }
    void clear();
    // The exact sum, rounded once to the nearest double.
    double value() const;
    // The exact sum divided by n, rounded once to the nearest double (n > 0).
    double mean(int64_t n) const;

private:
    bool addDecimal(double x);

    Int128 units_ = 0; // sum * 10^scale_
    int scale_ = 0;
    bool binaryOnly_ = false;
    ExactSum binary_;    // kept in step as the fallback
};

} // namespace seg
