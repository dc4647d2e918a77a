#include "exec/event_aggregate.h"

#include <algorithm>
#include <bit>

namespace seg {

// With a CountMatch, customer k's bit in bits[] is set (instead of writing counts[k]) when its
// count lies in [lo, lo + span] (outside it, with `outside`); the bits start cleared.
struct CountMatch {
    uint64_t lo = 0, span = 0;
    bool outside = false;
    uint64_t* bits = nullptr;
};

namespace {

// Event words per chunk of the batch path: the masks of one chunk (2 KiB each) stay in L1
// between the scans that fill them and the per-customer pass that reads them.
constexpr size_t kChunkWords = 256;

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
// Without the popcnt instruction (not in the x86-64 baseline) every popcount is a libgcc call.
#define SEG_EVENT_POPCNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define SEG_EVENT_POPCNT_CLONES
#endif

// The count path over one chunk of mask words (bit 0 of mask[0] is event `chunkBit`). The
// pending customers end at ends[0], ends[1], ... (ascending); each one that ends inside the
// chunk gets "set bits before its end" minus "set bits before its start". A table of the set
// bits before each word makes that one popcount per customer, without a branch on how many
// words a customer spans. Returns how many customers it finished; `running` (set bits before
// the chunk) moves to the chunk's end, `atStart` to the last finished customer's end.
SEG_EVENT_POPCNT_CLONES
size_t countChunk(const uint64_t* mask, uint64_t* before, uint64_t chunkBit, size_t words, const uint64_t* ends,
                  size_t pending, uint64_t& running, uint64_t& atStart, int64_t* counts, const CountMatch* match,
                  size_t done)
{
    uint64_t run = running;
    for (size_t i = 0; i < words; ++i) {
        before[i] = run;
        run += static_cast<uint64_t>(__builtin_popcountll(mask[i]));
    }
    const uint64_t limit = chunkBit + words * 64;
    uint64_t start = atStart;
    size_t k = 0;
    for (; k < pending && ends[k] < limit; ++k) {
        const uint64_t rel = ends[k] - chunkBit;
        const size_t w = static_cast<size_t>(rel / 64);
        const uint64_t atEnd = before[w] + static_cast<uint64_t>(__builtin_popcountll(mask[w] & ((uint64_t{1} << (rel % 64)) - 1)));
        if (match) {
            const size_t c = done + k;
            const bool in = (atEnd - start) - match->lo <= match->span;
            match->bits[c / 64] |= uint64_t(in != match->outside) << (c % 64);
        } else {
            counts[k] = static_cast<int64_t>(atEnd - start);
        }
        start = atEnd;
    }
    running = run;
    atStart = start;
    return k;
}

} // namespace

EventAggregator::EventAggregator(const BoundEventSelection& selection, const EventTable& events)
    : sel_(selection), events_(events)
{
    const Table& t = events.table;
    if (!sel_.anyType) {
        const Column& type = t.columns[static_cast<size_t>(events.typeColumn)];
        typeCodes_ = type.codes().data();
        typeValid_ = type.validity().words();
        nothingConsidered_ = sel_.typeCode < 0;
        typePredicate_.form = BoundPredicate::Form::String;
        typePredicate_.type = DataType::String;
        typeTable_.assign(std::max<size_t>(1, type.dict().size()), 0);
        if (sel_.typeCode >= 0)
            typeTable_[static_cast<size_t>(sel_.typeCode)] = 1;
    }
    if (sel_.window)
        window_.emplace(t.columns[static_cast<size_t>(events.timeColumn)], *sel_.window);
    for (const auto& [col, pred] : sel_.where) {
        where_.emplace_back(t.columns[static_cast<size_t>(col)], pred);
        whereTables_.push_back(stringMatchTable(t.columns[static_cast<size_t>(col)], pred));
    }
    if (sel_.fieldColumn >= 0)
        field_ = &t.columns[static_cast<size_t>(sel_.fieldColumn)];
}

bool EventAggregator::considered(size_t e) const
{
    if (typeCodes_) {
        if (sel_.typeCode < 0 || !((typeValid_[e / 64] >> (e % 64)) & 1u) || typeCodes_[e] != sel_.typeCode)
            return false;
    }
    if (window_ && !(*window_)(e))
        return false;
    for (const auto& m : where_)
        if (!m(e))
            return false;
    return true;
}

AggregateValue EventAggregator::evaluate(size_t row, DecimalSum& sum) const
{
    const uint64_t begin = events_.offsets[row], end = events_.offsets[row + 1];
    if (sel_.aggregate == Aggregate::Count) {
        AggregateFold fold(Aggregate::Count, DataType::Int, sum);
        for (uint64_t e = begin; e < end; ++e)
            if (considered(e))
                fold.addCount();
        return fold.finish();
    }
    AggregateFold fold(sel_.aggregate, field_->type(), sum);
    const bool isDouble = field_->type() == DataType::Double;
    const DataType type = field_->type();
    for (uint64_t e = begin; e < end; ++e) {
        if (field_->isNull(e) || !considered(e))
            continue;
        if (isDouble)
            fold.add(0, field_->doubleAt(e));
        else
            fold.add(type == DataType::Date ? field_->dateAt(e)
                     : type == DataType::Bool ? int64_t{field_->boolAt(e)}
                                              : field_->intAt(e),
                     0.0);
    }
    return fold.finish();
}

void EventAggregator::considerWords(size_t fw, size_t lw, EventScratch& s) const
{
    const size_t n = lw - fw;
    if (s.mask.size() < n) {
        s.mask.resize(n);
        s.part.resize(n);
    }
    uint64_t* mask = s.mask.data();
    uint64_t* part = s.part.data();
    // filterWords writes out[w] for the global event word numbers w in [fw, lw), so it gets
    // the chunk buffers as views that start fw words earlier (only [fw, lw) is touched).
    uint64_t* maskView = mask - fw;
    uint64_t* partView = part - fw;
    const Table& t = events_.table;
    bool first = true;
    const auto andInto = [&](const uint64_t* words) {
        for (size_t i = 0; i < n; ++i)
            mask[i] &= words[i];
    };
    const auto scan = [&](const Column& c, const BoundPredicate& p, const std::vector<uint8_t>& table) {
        filterWords(c, p, table, fw, lw, first ? maskView : partView);
        if (!first)
            andInto(part);
        first = false;
    };
    if (typeCodes_)
        scan(t.columns[static_cast<size_t>(events_.typeColumn)], typePredicate_, typeTable_);
    if (sel_.window)
        scan(t.columns[static_cast<size_t>(events_.timeColumn)], *sel_.window, {});
    for (size_t k = 0; k < sel_.where.size(); ++k)
        scan(t.columns[static_cast<size_t>(sel_.where[k].first)], sel_.where[k].second, whereTables_[k]);
    if (sel_.aggregate != Aggregate::Count) { // only events whose field is not NULL count
        const uint64_t* valid = field_->validity().words() + fw;
        if (first)
            std::copy(valid, valid + n, mask);
        else
            andInto(valid);
        first = false;
    }
    if (first) // no condition at all: every event of the range
        std::fill(mask, mask + n, ~uint64_t{0});
}

void EventAggregator::evaluateRange(size_t r0, size_t r1, EventScratch& s, AggregateValue* out) const
{
    if (r0 >= r1)
        return;
    if (sel_.aggregate == Aggregate::Count) {
        s.counts.resize(r1 - r0);
        countRange(r0, r1, s, s.counts.data());
        for (size_t k = 0; k < r1 - r0; ++k) {
            out[k] = AggregateValue{};
            out[k].null = false;
            out[k].i = s.counts[k];
        }
        return;
    }
    const uint64_t* off = events_.offsets.data();
    if (off[r0] == off[r1] || nothingConsidered_) {
        std::fill(out, out + (r1 - r0), AggregateValue{}); // no considered event: NULL
        return;
    }
    valueRange(r0, r1, s, out);
}

namespace {

// Calls visit(e) for each set bit of mask[0, n) in order, e being the global event number.
template <class Visit>
void forEachBit(const uint64_t* mask, size_t n, size_t fw, Visit&& visit)
{
    for (size_t i = 0; i < n; ++i)
        for (uint64_t bits = mask[i]; bits; bits &= bits - 1)
            visit((fw + i) * 64 + static_cast<size_t>(std::countr_zero(bits)));
}

// Clears the bits of chunk words [fw, lw) that lie outside the events [first, last).
void clipToEvents(uint64_t* mask, size_t fw, size_t lw, uint64_t first, uint64_t last)
{
    if (fw == first / 64)
        mask[0] &= ~((uint64_t{1} << (first % 64)) - 1);
    if (lw == (last + 63) / 64 && last % 64)
        mask[lw - fw - 1] &= (uint64_t{1} << (last % 64)) - 1;
}

} // namespace

void EventAggregator::countRange(size_t r0, size_t r1, EventScratch& s, int64_t* counts) const
{
    countImpl(r0, r1, s, counts, nullptr);
}

bool EventAggregator::matchCountRange(size_t r0, size_t r1, EventScratch& s, const BoundPredicate& p,
                                      uint64_t* bits) const
{
    using Form = BoundPredicate::Form;
    if (p.form != Form::IntRange && p.form != Form::IntOutside)
        return false;
    std::fill(bits, bits + (r1 - r0 + 63) / 64, uint64_t{0});
    if (p.ilo > p.ihi) { // an empty range: nothing inside
        if (p.form == Form::IntOutside)
            for (size_t k = 0; k < r1 - r0; ++k)
                bits[k / 64] |= uint64_t{1} << (k % 64);
        return true;
    }
    // One unsigned comparison, count - lo <= hi - lo, exact for any int64 bounds.
    CountMatch m;
    m.lo = static_cast<uint64_t>(p.ilo);
    m.span = static_cast<uint64_t>(p.ihi) - m.lo;
    m.outside = p.form == Form::IntOutside;
    m.bits = bits;
    countImpl(r0, r1, s, nullptr, &m);
    return true;
}

void EventAggregator::countImpl(size_t r0, size_t r1, EventScratch& s, int64_t* counts, const CountMatch* match) const
{
    const uint64_t* off = events_.offsets.data();
    const uint64_t first = off[r0], last = off[r1];
    const auto finishEmpty = [&](size_t from, uint64_t count) {
        for (size_t k = from; k < r1 - r0; ++k) {
            if (match) {
                const bool in = count - match->lo <= match->span;
                match->bits[k / 64] |= uint64_t(in != match->outside) << (k % 64);
            } else {
                counts[k] = static_cast<int64_t>(count);
            }
            count = 0;
        }
    };
    if (first == last || nothingConsidered_) {
        finishEmpty(0, 0);
        return;
    }
    const size_t lastWord = static_cast<size_t>((last + 63) / 64);
    size_t done = 0; // customers r0 + done ... are still open
    uint64_t running = 0, atStart = 0;
    for (size_t fw = static_cast<size_t>(first / 64); fw < lastWord; fw += kChunkWords) {
        const size_t lw = std::min(fw + kChunkWords, lastWord);
        considerWords(fw, lw, s);
        clipToEvents(s.mask.data(), fw, lw, first, last);
        done += countChunk(s.mask.data(), s.part.data(), uint64_t{fw} * 64, lw - fw, off + r0 + 1 + done,
                           (r1 - r0) - done, running, atStart, counts ? counts + done : nullptr, match, done);
    }
    // Customers that end exactly at the last word's end: the first gets the rest of the
    // running count, any later one (no events) zero.
    finishEmpty(done, running - atStart);
}

void EventAggregator::valueRange(size_t r0, size_t r1, EventScratch& s, AggregateValue* out) const
{
    const uint64_t* off = events_.offsets.data();
    const uint64_t first = off[r0], last = off[r1];
    const size_t lastWord = static_cast<size_t>((last + 63) / 64);
    const Aggregate agg = sel_.aggregate;
    const bool sumLike = agg == Aggregate::Sum || agg == Aggregate::Avg;
    const bool isMin = agg == Aggregate::Min;
    const bool isDouble = field_->type() == DataType::Double;
    const bool isDate = field_->type() == DataType::Date;

    // The open customer's state, as evaluate() keeps it.
    size_t row = r0;
    int64_t n = 0;
    bool decimalFailed = false;
    AggregateValue cur;
    s.sum.clear();
    const auto close = [&] {
        AggregateValue& v = out[row - r0];
        if (n == 0) {
            v = AggregateValue{};
        } else {
            if (sumLike && decimalFailed) {
                // A value without a decimal form here: the per-customer definition, with its
                // exact binary fallback, decides (rare: values like 1e300).
                DecimalSum full;
                v = evaluate(row, full);
            } else {
                v = cur;
                v.null = false;
                if (agg == Aggregate::Sum)
                    v.d = s.sum.value();
                else if (agg == Aggregate::Avg)
                    v.d = s.sum.mean(n);
            }
            if (sumLike)
                s.sum.clear();
            n = 0;
            decimalFailed = false;
            cur = AggregateValue{};
        }
        ++row;
    };
    for (size_t fw = static_cast<size_t>(first / 64); fw < lastWord; fw += kChunkWords) {
        const size_t lw = std::min(fw + kChunkWords, lastWord);
        considerWords(fw, lw, s);
        clipToEvents(s.mask.data(), fw, lw, first, last);
        // First the considered events' numbers and values, in a loop with nothing else in it:
        // the values are scattered over the field column, and independent loads let the CPU
        // wait for many cache misses at once instead of one per value.
        const size_t maxEvents = (lw - fw) * 64;
        if (s.events.size() < maxEvents) {
            s.events.resize(maxEvents);
            s.values.resize(maxEvents);
        }
        uint64_t* ev = s.events.data();
        size_t m = 0;
        forEachBit(s.mask.data(), lw - fw, fw, [&](size_t e) { ev[m++] = e; });
        if (isDouble) {
            const double* d = field_->doubles().data();
            for (size_t k = 0; k < m; ++k)
                s.values[k].d = d[ev[k]];
        } else if (isDate) {
            const int32_t* d = field_->codes().data();
            for (size_t k = 0; k < m; ++k)
                s.values[k].i = d[ev[k]];
        } else {
            const int64_t* d = field_->ints().data();
            for (size_t k = 0; k < m; ++k)
                s.values[k].i = d[ev[k]];
        }
        for (size_t k = 0; k < m; ++k) {
            while (off[row + 1] <= ev[k])
                close();
            ++n;
            const EventScratch::Value x = s.values[k];
            if (sumLike) {
                // numericAt(): doubles as they are, integers converted
                if (!decimalFailed && !s.sum.addDecimalOnly(isDouble ? x.d : static_cast<double>(x.i)))
                    decimalFailed = true;
            } else if (isDouble) {
                if (n == 1 || (isMin ? x.d < cur.d : x.d > cur.d))
                    cur.d = x.d;
            } else if (n == 1 || (isMin ? x.i < cur.i : x.i > cur.i)) {
                cur.i = x.i;
            }
        }
    }
    while (row < r1)
        close();
}

} // namespace seg
