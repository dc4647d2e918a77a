#pragma once
// The randomized tests' own PRNG (SplitMix64): deterministic across platforms and standard
// libraries, unlike std::uniform_int_distribution, so a seed printed on failure reproduces
// the same data and graph everywhere.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace seg::oracle {

class Rng {
public:
    // The seed goes through the output mix first: SplitMix64 states of seeds s and s + 1 would
    // otherwise be one step apart, and "different" seeds would give shifted copies of one stream.
    explicit Rng(uint64_t seed) : state_(mix(seed ^ 0x632BE59BD9B4E019ull)) {}

    uint64_t next() { return mix(state_ += 0x9E3779B97F4A7C15ull); }
    // Uniform in [lo, hi] (inclusive). The modulo bias is irrelevant for test data.
    int64_t range(int64_t lo, int64_t hi)
    {
        const uint64_t span = static_cast<uint64_t>(hi - lo) + 1;
        return lo + static_cast<int64_t>(span == 0 ? next() : next() % span);
    }
    size_t index(size_t n) { return static_cast<size_t>(next() % n); }
    bool chance(int percent) { return range(0, 99) < percent; }
    template <class T> const T& pick(const std::vector<T>& items) { return items[index(items.size())]; }
    template <class T> void shuffle(std::vector<T>& items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[index(i)]);
    }

private:
    static uint64_t mix(uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    uint64_t state_;
};

} // namespace seg::oracle
