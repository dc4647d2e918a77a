#pragma once
// Order-independent summation of doubles (Shewchuk's exact partials, as in Python's math.fsum).
// The spec requires behavior sums and averages "computed as if in exact arithmetic and rounded
// once", so the result cannot depend on event order or on how many threads ran.
#include <cmath>
#include <vector>

namespace seg {

class ExactSum {
public:
    void add(double x)
    {
        size_t i = 0;
        for (double y : partials_) {
            if (std::fabs(x) < std::fabs(y))
                std::swap(x, y);
            const double hi = x + y;
            const double lo = y - (hi - x);
            if (lo != 0.0)
                partials_[i++] = lo;
            x = hi;
        }
        partials_.resize(i);
        partials_.push_back(x);
    }
    void clear() { partials_.clear(); }

    // The exact sum rounded once to the nearest double (ties to even).
    double value() const
    {
        if (partials_.empty())
            return 0.0;
        size_t n = partials_.size();
        double hi = partials_[--n];
        double lo = 0.0;
        while (n > 0) {
            const double x = hi;
            const double y = partials_[--n];
            hi = x + y;
            const double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        // Correct a half-way rounding: same rule as fsum.
        if (n > 0 && ((lo < 0.0 && partials_[n - 1] < 0.0) || (lo > 0.0 && partials_[n - 1] > 0.0))) {
            const double y = lo * 2.0;
            const double x = hi + y;
            if (y == x - hi)
                hi = x;
        }
        return hi;
    }

private:
    std::vector<double> partials_;
};

} // namespace seg
