// top: a rank cut (spec section 4). The exact definition is the sort of all candidates by
// value (descending, or ascending with "order":"asc"), ties by key ascending, first k kept.
//
// Large inputs avoid that sort: a sample of the candidates gives two thresholds around the
// k-th value; one partitioned pass then marks everything better than the upper threshold
// directly (like a filter) and collects only the rows between the thresholds, and finish()
// ranks those few with the exact order. When the sample misjudged (fewer than k above plus
// between, or more than k above) the exact full selection runs instead, so the sample
// changes speed only, never members.
#include "exec/buffer_pool.h"
#include "exec/node_task.h"
#include "exec/scan_simd.h"
#include "plan/planner.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>

namespace seg {

// Orders customer rows by key ascending: numeric for numeric keys, bytes for strings.
bool keyLess(const Column& key, uint32_t a, uint32_t b)
{
    switch (key.type()) {
    case DataType::String: return key.stringAt(a) < key.stringAt(b);
    case DataType::Double: return key.doubleAt(a) < key.doubleAt(b);
    case DataType::Int:
    case DataType::Timestamp: return key.intAt(a) < key.intAt(b);
    case DataType::Date: return key.dateAt(a) < key.dateAt(b);
    case DataType::Bool: return key.boolAt(a) < key.boolAt(b);
    }
    return a < b;
}

// k = ceil(n * percent / 100). A product within 1e-9 (relative) of a whole number counts as
// that number, so "33.3 % of 1000" is 333 as in decimal arithmetic, not 334.
size_t topCount(size_t n, const Node& node)
{
    if (node.count)
        return std::min(static_cast<size_t>(std::max<int64_t>(0, *node.count)), n);
    const double q = static_cast<double>(n) * *node.percent / 100.0;
    const double r = std::nearbyint(q);
    const double k = std::fabs(q - r) <= 1e-9 * std::max(1.0, q) ? r : std::ceil(q);
    return std::min(n, static_cast<size_t>(k));
}

namespace {

template <class V> struct Ranked {
    V value;
    uint32_t row;
};

// The exact selection over all candidates (small inputs, strings, and the fallback).
template <class V, class Get>
void selectTop(const Bitset& candidates, const Column& key, size_t k, bool asc, Get get, Bitset& out)
{
    std::vector<Ranked<V>> items;
    items.reserve(candidates.count());
    candidates.forEach([&](size_t r) { items.push_back({get(r), static_cast<uint32_t>(r)}); });
    auto before = [&](const Ranked<V>& a, const Ranked<V>& b) {
        if (a.value != b.value)
            return asc ? a.value < b.value : b.value < a.value;
        return keyLess(key, a.row, b.row);
    };
    if (k < items.size())
        std::nth_element(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(k), items.end(), before);
    for (size_t i = 0; i < k && i < items.size(); ++i)
        out.set(items[i].row);
}

constexpr size_t kSampleSize = 16384;
constexpr size_t kSampledFrom = size_t{1} << 18; // smaller inputs take the exact path directly

class TopTask final : public NodeTask {
public:
    using NodeTask::NodeTask;

    void prepare() override
    {
        field_ = &ctx_.column(bound_.field);
        out_ = buffer_pool::takeBitset(ctx_.rows);
        candidates_ = field_->validity();
        if (const Bitset* in = optionalInput())
            candidates_ &= *in;
        const size_t n = candidates_.count();
        k_ = topCount(n, *bound_.node);
        asc_ = bound_.node->ascending;
        sampled_ = field_->type() != DataType::String && n >= kSampledFrom && k_ > 0 && k_ < n;
        // An imported column's narrow copy (kept with the data) is read instead of the values:
        // its stored values order and tie exactly as the values do (value = (stored + base) *
        // unit, or / 10^decimals for money), so the sample, the thresholds and the ranking all
        // work on stored values, in 1, 2 or 4 bytes a row instead of 8. The exact fallback
        // reads the values themselves.
        const bool imported = bound_.field.slot < static_cast<int>(ctx_.data.customers.table.columns.size());
        narrow_ = sampled_ && imported && field_->type() != DataType::Bool ? field_->narrowCopy() : nullptr;
        if (sampled_ && field_->type() == DataType::Double && !narrow_)
            pickThresholds<double>(n);
        else if (sampled_)
            pickThresholds<int64_t>(n);
        const size_t partWords = kPartitionRows / 64;
        betweenD_.assign(ctx_.words / partWords + 1, {});
        betweenI_.assign(ctx_.words / partWords + 1, {});
    }

    void runWords(size_t fw, size_t lw) override
    {
        if (!sampled_)
            return;
        const size_t part = fw / (kPartitionRows / 64);
        if (narrow_) {
            const uint8_t* bytes = narrow_->bytes.data();
            switch (narrow_->width) {
            case 1: mark<int64_t>(bytes, fw, lw, betweenI_[part]); break;
            case 2: mark<int64_t>(reinterpret_cast<const uint16_t*>(bytes), fw, lw, betweenI_[part]); break;
            default: mark<int64_t>(reinterpret_cast<const uint32_t*>(bytes), fw, lw, betweenI_[part]); break;
            }
            return;
        }
        switch (field_->type()) {
        case DataType::Double: mark<double>(field_->doubles().data(), fw, lw, betweenD_[part]); break;
        case DataType::Date: mark<int64_t>(field_->codes().data(), fw, lw, betweenI_[part]); break;
        case DataType::Bool: mark<int64_t>(field_->bools().data(), fw, lw, betweenI_[part]); break;
        default: mark<int64_t>(field_->ints().data(), fw, lw, betweenI_[part]); break;
        }
    }

    NodeOutput finish() override
    {
        const bool done = sampled_
            && (field_->type() == DataType::Double && !narrow_ ? rankBetween<double>() : rankBetween<int64_t>());
        if (!done) {
            std::fill(out_->words(), out_->words() + out_->wordCount(), uint64_t{0});
            exactSelect();
        }
        return NodeOutput{{out_}, nullptr};
    }

private:
    // Thresholds in the value domain (doubles for double fields, int64 otherwise).
    struct Bounds {
        double hiD = 0, loD = 0;
        int64_t hiI = 0, loI = 0;
    };

    template <class V> V valueAt(size_t r) const
    {
        if constexpr (std::is_same_v<V, double>)
            return field_->doubles()[r];
        else if (narrow_)
            switch (narrow_->width) {
            case 1: return narrow_->bytes[r];
            case 2: return reinterpret_cast<const uint16_t*>(narrow_->bytes.data())[r];
            default: return reinterpret_cast<const uint32_t*>(narrow_->bytes.data())[r];
            }
        else
            switch (field_->type()) {
            case DataType::Date: return field_->codes()[r];
            case DataType::Bool: return field_->bools()[r];
            default: return field_->ints()[r];
            }
    }
    template <class V> bool better(V a, V b) const { return asc_ ? a < b : a > b; }
    template <class V> V hi() const
    {
        if constexpr (std::is_same_v<V, double>) return bounds_.hiD; else return bounds_.hiI;
    }
    template <class V> V lo() const
    {
        if constexpr (std::is_same_v<V, double>) return bounds_.loD; else return bounds_.loI;
    }

    // Every (n / kSampleSize)-th candidate; the sample's order statistics around rank k
    // bound the k-th value with a margin of several standard deviations.
    template <class V> void pickThresholds(size_t n)
    {
        std::vector<V> sample;
        sample.reserve(kSampleSize + 1);
        const size_t stride = std::max<size_t>(1, n / kSampleSize);
        size_t seen = 0, next = stride / 2;
        const uint64_t* words = candidates_.words();
        for (size_t w = 0; w < candidates_.wordCount(); ++w) {
            const uint64_t bits = words[w];
            const size_t c = static_cast<size_t>(std::popcount(bits));
            while (next < seen + c) {
                uint64_t b = bits;
                for (size_t skip = next - seen; skip > 0; --skip)
                    b &= b - 1;
                sample.push_back(valueAt<V>(w * 64 + static_cast<size_t>(std::countr_zero(b))));
                next += stride;
            }
            seen += c;
        }
        std::sort(sample.begin(), sample.end(), [&](V a, V b) { return better(a, b); });
        const double m = static_cast<double>(sample.size());
        const double q = static_cast<double>(k_) / static_cast<double>(n);
        const double p = q * m;
        const double margin = 5 * std::sqrt(m * q * (1 - q)) + 16;
        const double hiIdx = std::floor(p - margin), loIdx = std::ceil(p + margin);
        // No upper threshold: nothing is "better" than the best possible value; no lower
        // one: everything not above is between.
        const V best = asc_ ? std::numeric_limits<V>::lowest() : std::numeric_limits<V>::max();
        const V worst = asc_ ? std::numeric_limits<V>::max() : std::numeric_limits<V>::lowest();
        const V h = hiIdx < 0 ? best : sample[static_cast<size_t>(hiIdx)];
        const V l = loIdx >= m ? worst : sample[static_cast<size_t>(loIdx)];
        if constexpr (std::is_same_v<V, double>) {
            bounds_.hiD = h;
            bounds_.loD = l;
        } else {
            bounds_.hiI = h;
            bounds_.loI = l;
        }
    }

    // Per word: "better than hi" bits go straight to the output, rows between the thresholds
    // are collected for finish() with their values, read here while they are in cache. Doubles and 64-bit ints take the vector range scans for
    // full words; the rest (and the partial last word) the plain loop.
    template <class V, class T> void mark(const T* values, size_t fw, size_t lw, std::vector<Ranked<V>>& between) const
    {
        uint64_t* out = out_->words();
        const uint64_t* cand = candidates_.words();
        const V h = hi<V>(), l = lo<V>();
        const size_t rows = ctx_.rows;
        std::vector<uint64_t> notBelow(lw - fw);
        size_t next = fw;
        if constexpr (std::is_same_v<T, double> || std::is_same_v<T, int64_t>)
            next = markVector(values, fw, lw, notBelow.data() - fw);
        else if constexpr (std::is_unsigned_v<T>)
            if (narrow_) // (bool columns are uint8_t too, and take the plain loop)
                next = markVector(values, fw, lw, notBelow.data() - fw);
        for (size_t w = fw; w < next; ++w)
            collect<V>(w, notBelow[w - fw] & ~out[w] & cand[w], values, between);
        for (size_t w = next; w < lw; ++w) {
            const size_t base = w * 64, n = std::min<size_t>(64, rows - base);
            uint64_t above = 0, notBelowBits = 0;
            for (size_t j = 0; j < n; ++j) {
                const V v = static_cast<V>(values[base + j]);
                above |= uint64_t(better(v, h)) << j;
                notBelowBits |= uint64_t(!better(l, v)) << j;
            }
            above &= cand[w];
            out[w] = above;
            collect<V>(w, notBelowBits & ~above & cand[w], values, between);
        }
    }

    template <class V, class T> static void collect(size_t w, uint64_t mid, const T* values, std::vector<Ranked<V>>& between)
    {
        for (; mid; mid &= mid - 1) {
            const size_t r = w * 64 + static_cast<size_t>(std::countr_zero(mid));
            between.push_back({static_cast<V>(values[r]), static_cast<uint32_t>(r)});
        }
    }

    // out = candidates better than hi, notBelow = candidates not worse than lo, as range scans
    // with the same comparisons as better() (NaN is never better, and never worse).
    size_t markVector(const double* values, size_t fw, size_t lw, uint64_t* notBelow) const
    {
        const double inf = std::numeric_limits<double>::infinity(), h = bounds_.hiD, l = bounds_.loD;
        const uint64_t* cand = candidates_.words();
        const size_t rows = ctx_.rows;
        uint64_t* out = out_->words();
        if (!asc_) { // above: v > h; not below: !(l > v), the outside of [-inf, l)
            const size_t e = simd::doubleRangeWords(values, h, inf, false, true, false, cand, rows, fw, lw, out);
            return std::min(e, simd::doubleRangeWords(values, -inf, l, true, false, true, cand, rows, fw, lw, notBelow));
        }
        // above: v < h; not below: !(l < v), the outside of (l, inf]
        const size_t e = simd::doubleRangeWords(values, -inf, h, true, false, false, cand, rows, fw, lw, out);
        return std::min(e, simd::doubleRangeWords(values, l, inf, false, true, true, cand, rows, fw, lw, notBelow));
    }

    size_t markVector(const int64_t* values, size_t fw, size_t lw, uint64_t* notBelow) const
    {
        constexpr int64_t kMin = std::numeric_limits<int64_t>::min(), kMax = std::numeric_limits<int64_t>::max();
        const int64_t h = bounds_.hiI, l = bounds_.loI;
        const auto* v = reinterpret_cast<const uint64_t*>(values);
        const uint64_t* cand = candidates_.words();
        const size_t rows = ctx_.rows;
        uint64_t* out = out_->words();
        // [a, b] as an unsigned range; "none" as the outside of everything.
        auto range = [&](int64_t a, int64_t b, bool none, uint64_t* dest) {
            if (none)
                return simd::rangeWordsU64(v, 0, ~uint64_t{0}, true, cand, rows, fw, lw, dest);
            return simd::rangeWordsU64(v, static_cast<uint64_t>(a), static_cast<uint64_t>(b) - static_cast<uint64_t>(a),
                                       false, cand, rows, fw, lw, dest);
        };
        if (!asc_) // above: v > h; not below: v >= l
            return std::min(range(h == kMax ? 0 : h + 1, kMax, h == kMax, out), range(l, kMax, false, notBelow));
        return std::min(range(kMin, h == kMin ? 0 : h - 1, h == kMin, out), range(kMin, l, false, notBelow));
    }

    // The same over a narrow copy's stored values (0 .. max of T), thresholds clipped to it.
    template <class T>
        requires std::is_unsigned_v<T>
    size_t markVector(const T* values, size_t fw, size_t lw, uint64_t* notBelow) const
    {
        constexpr int64_t kMin = std::numeric_limits<int64_t>::min(), kMax = std::numeric_limits<int64_t>::max();
        constexpr int64_t kTop = std::numeric_limits<T>::max();
        const int64_t h = bounds_.hiI, l = bounds_.loI;
        const uint64_t* cand = candidates_.words();
        const size_t rows = ctx_.rows;
        uint64_t* out = out_->words();
        auto range = [&](int64_t a, int64_t b, uint64_t* dest) { // rows with a <= v <= b
            a = std::max<int64_t>(a, 0);
            b = std::min(b, kTop);
            const bool none = a > b;
            const T lo = none ? T{0} : static_cast<T>(a);
            const T span = none ? static_cast<T>(kTop) : static_cast<T>(b - a);
            if constexpr (sizeof(T) == 1)
                return simd::rangeWordsU8(values, lo, span, none, cand, rows, fw, lw, dest);
            else if constexpr (sizeof(T) == 2)
                return simd::rangeWordsU16(values, lo, span, none, cand, rows, fw, lw, dest);
            else
                return simd::rangeWordsU32(values, lo, span, none, cand, rows, fw, lw, dest);
        };
        if (!asc_) // above: v > h; not below: v >= l
            return std::min(range(h == kMax ? kMax : h + 1, kMax, out), range(l, kMax, notBelow));
        return std::min(range(kMin, h == kMin ? -1 : h - 1, out), range(kMin, l, notBelow));
    }

    // Adds the best (k - above) of the rows between the thresholds; false when the sample
    // misjudged and the exact path must run.
    template <class V> bool rankBetween()
    {
        const size_t above = out_->count();
        auto& parts = betweenOf<V>();
        size_t between = 0;
        for (const auto& b : parts)
            between += b.size();
        if (above > k_ || above + between < k_)
            return false;
        std::vector<Ranked<V>> items;
        items.reserve(between);
        for (const auto& b : parts)
            items.insert(items.end(), b.begin(), b.end());
        // Select by value alone (cheap compares), then order only the rows tied at the cut
        // value by key: the key lookups of a full (value, key) selection were most of its time.
        const Column& key = ctx_.data.customers.key();
        const size_t need = k_ - above;
        if (need == 0)
            return true;
        if (need >= items.size()) {
            for (const auto& it : items)
                out_->set(it.row);
            return true;
        }
        std::nth_element(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(need - 1), items.end(),
                         [&](const Ranked<V>& a, const Ranked<V>& b) { return better(a.value, b.value); });
        const V cut = items[need - 1].value;
        std::vector<uint32_t> tied;
        size_t taken = 0;
        for (const auto& it : items)
            if (better(it.value, cut))
                ++taken;
            else if (it.value == cut)
                tied.push_back(it.row);
        if (taken > need || tied.size() < need - taken) // only with values that do not order (NaN)
            return false;
        for (const auto& it : items)
            if (better(it.value, cut))
                out_->set(it.row);
        const size_t rest = need - taken;
        std::nth_element(tied.begin(), tied.begin() + static_cast<std::ptrdiff_t>(rest), tied.end(),
                         [&](uint32_t a, uint32_t b) { return keyLess(key, a, b); });
        for (size_t i = 0; i < rest; ++i)
            out_->set(tied[i]);
        return true;
    }

    void exactSelect()
    {
        const Column& f = *field_;
        const Column& key = ctx_.data.customers.key();
        switch (f.type()) {
        case DataType::Double:
            selectTop<double>(candidates_, key, k_, asc_, [&](size_t r) { return f.doubleAt(r); }, *out_);
            break;
        case DataType::String:
            selectTop<std::string_view>(candidates_, key, k_, asc_, [&](size_t r) { return f.stringAt(r); }, *out_);
            break;
        case DataType::Date:
            selectTop<int64_t>(candidates_, key, k_, asc_, [&](size_t r) { return int64_t{f.dateAt(r)}; }, *out_);
            break;
        case DataType::Bool:
            selectTop<int64_t>(candidates_, key, k_, asc_, [&](size_t r) { return int64_t{f.boolAt(r)}; }, *out_);
            break;
        default:
            selectTop<int64_t>(candidates_, key, k_, asc_, [&](size_t r) { return f.intAt(r); }, *out_);
            break;
        }
    }

    const Column* field_ = nullptr;
    Bitset candidates_;
    size_t k_ = 0;
    bool asc_ = false, sampled_ = false;
    const Column::NarrowCopy* narrow_ = nullptr; // sampled over stored values (see prepare)
    Bounds bounds_;
    // per partition: rows between the thresholds, with their values
    std::vector<std::vector<Ranked<double>>> betweenD_;
    std::vector<std::vector<Ranked<int64_t>>> betweenI_;
    template <class V> std::vector<std::vector<Ranked<V>>>& betweenOf()
    {
        if constexpr (std::is_same_v<V, double>) return betweenD_; else return betweenI_;
    }
    std::shared_ptr<Bitset> out_;
};

} // namespace

std::unique_ptr<NodeTask> makeTopTask(ExecContext& ctx, int index) { return std::make_unique<TopTask>(ctx, index); }

} // namespace seg
