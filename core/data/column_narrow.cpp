// Column::narrowCopy: the scan copy of small-range values (see column.h).
#include "data/column.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace seg {

namespace {

template <class W, class Get> void fill(std::vector<uint8_t>& bytes, size_t n, const Bitset& valid, bool hasNulls,
                                        Get stored)
{
    bytes.assign(n * sizeof(W), 0);
    W* out = reinterpret_cast<W*>(bytes.data());
    for (size_t r = 0; r < n; ++r)
        out[r] = hasNulls && !valid.test(r) ? W{0} : static_cast<W>(stored(r));
}

} // namespace

const Column::NarrowCopy* Column::narrowCopy() const
{
    std::shared_ptr<NarrowCache> cache = narrow_; // a concurrent drop cannot free it under us
    if (!cache) // moved-from column
        return nullptr;
    std::call_once(cache->once, [&] {
        if (size_ == 0)
            return;
        auto copy = std::make_unique<NarrowCopy>();
        int64_t lo = std::numeric_limits<int64_t>::max(), hi = std::numeric_limits<int64_t>::min();
        std::vector<int64_t> scratch;
        auto valueAt = [&](size_t r) -> int64_t {
            switch (type_) {
            case DataType::Int:
            case DataType::Timestamp: return ints_[r];
            case DataType::Date:
            case DataType::String: return codes_[r];
            default: return 0;
            }
        };
        if (type_ == DataType::Double || type_ == DataType::Bool)
            return;
        bool wholeSeconds = type_ == DataType::Timestamp;
        for (size_t r = 0; r < size_; ++r) {
            if (hasNulls_ && !valid_.test(r))
                continue;
            const int64_t v = valueAt(r);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            wholeSeconds = wholeSeconds && v % 1'000'000 == 0;
        }
        if (lo > hi) // all NULL
            lo = hi = 0;
        if (type_ == DataType::String)
            lo = 0; // stored codes stay dictionary indexes
        copy->unit = wholeSeconds ? 1'000'000 : 1;
        copy->base = lo / copy->unit;
        const uint64_t span = static_cast<uint64_t>(hi / copy->unit) - static_cast<uint64_t>(copy->base);
        copy->maxStored = span;
        const int64_t base = copy->base, unit = copy->unit;
        auto stored = [&](size_t r) { return static_cast<uint64_t>(valueAt(r) / unit - base); };
        if (span <= 0xFF) {
            copy->width = 1;
            fill<uint8_t>(copy->bytes, size_, valid_, hasNulls_, stored);
        } else if (span <= 0xFFFF) {
            copy->width = 2;
            fill<uint16_t>(copy->bytes, size_, valid_, hasNulls_, stored);
        } else if (span <= 0xFFFFFFFFu && type_ != DataType::Date && type_ != DataType::String) {
            copy->width = 4; // dates and codes are 4 bytes already
            fill<uint32_t>(copy->bytes, size_, valid_, hasNulls_, stored);
        } else {
            return;
        }
        cache->copy = std::move(copy);
    });
    return cache->copy.get();
}

} // namespace seg
