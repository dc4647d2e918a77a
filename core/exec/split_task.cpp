// split: deterministic MD5 buckets (spec section 4), hashed many members at a time.
#include "exec/buffer_pool.h"
#include "exec/node_task.h"
#include "exec/result_cache.h"
#include "exec/split_hash.h"

#include <charconv>
#include <cstring>

#include <algorithm>
#include <bit>
#include <cmath>

namespace seg {

namespace {

class SplitTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    void prepare() override
    {
        input_ = optionalInput();
        members_ = input_ ? input_ : ctx_.universe.get();
        prefix_ = bound_.node->seed + ":";
        starts_ = splitPartStarts(bound_.cumulative);
        for (size_t i = 0; i < bound_.ports.size(); ++i)
            outs_.push_back(buffer_pool::takeBitset(ctx_.rows));
        if (ctx_.cache) {
            memoKey_ = "split|" + std::to_string(ctx_.dataKey) + "|" + bound_.node->seed;
            for (const double c : bound_.cumulative) { // shortest round-trip text: exact
                char text[32];
                memoKey_ += '|';
                memoKey_.append(text, std::to_chars(text, text + sizeof text, c).ptr);
            }
            memo_ = ctx_.cache->takeSplitMemo(memoKey_, ctx_.rows, outs_.size());
        }
    }
    void runWords(size_t fw, size_t lw) override
    {
        if (memo_) // members hashed before take their part a word at a time
            for (size_t w = fw; w < lw; ++w)
                for (size_t p = 0; p < outs_.size(); ++p)
                    outs_[p]->words()[w] = members_->words()[w] & memo_->parts[p].words()[w];
        // Texts "seed:key" (spec section 4): integer keys in plain decimal are written straight
        // into the MD5 blocks many at a time (md5Prefix32DecimalKeys); other keys (strings as
        // they are, NULL as "") are built in place and hashed eight or sixteen at a time.
        const Column& key = ctx_.data.customers.key();
        if (key.type() != DataType::Int) {
            hashTextKeys(fw, lw, nullptr);
            return;
        }
        // Keys are read from the key column's narrow copy where it has one (customer ids:
        // 4 bytes a row instead of 8; the copy is kept with the column, like the filters').
        const Column::NarrowCopy* narrow = key.narrowCopy();
        if (!narrow)
            hashIntKeys(key.ints().data(), 0, 1, fw, lw);
        else if (narrow->width == 1)
            hashIntKeys(narrow->bytes.data(), narrow->base, narrow->unit, fw, lw);
        else if (narrow->width == 2)
            hashIntKeys(reinterpret_cast<const uint16_t*>(narrow->bytes.data()), narrow->base, narrow->unit, fw, lw);
        else
            hashIntKeys(reinterpret_cast<const uint32_t*>(narrow->bytes.data()), narrow->base, narrow->unit, fw, lw);
        if (key.hasNulls())
            hashTextKeys(fw, lw, key.validity().words());
    }
    NodeOutput finish() override
    {
        if (memo_)
            ctx_.cache->returnSplitMemo(memoKey_, std::move(memo_));
        NodeOutput out;
        out.sets.assign(outs_.begin(), outs_.end());
        return out;
    }

    std::vector<const Bitset*> setsFilledByRange() const override { return setsOf(outs_); }

private:
    // Members of word w still to hash: in the input, not known from an earlier run.
    uint64_t toHash(size_t w) const
    {
        return members_->words()[w] & (memo_ ? ~memo_->known.words()[w] : ~uint64_t{0});
    }

    // Members with a present integer key, read as stored value (value = (stored + base) * unit
    // in wrapping arithmetic, as the narrow copy was made; int64 keys: base 0, unit 1).
    template <class Stored> void hashIntKeys(const Stored* stored, int64_t base, int64_t unit, size_t fw, size_t lw)
    {
        const Column& key = ctx_.data.customers.key();
        const uint64_t* valid = key.hasNulls() ? key.validity().words() : nullptr;
        constexpr size_t kBatch = 256;
        uint32_t rows[kBatch], hashes[kBatch];
        int64_t keys[kBatch];
        std::vector<uint64_t> acc(outs_.size());
        size_t n = 0;
        // Hashing a batch leaves the memory bus idle, and the hardware prefetcher stops at each
        // 4 KiB page of keys: the keys of the words 16 ahead are requested in advance.
        constexpr size_t kAheadWords = 128;
        constexpr size_t kBytesPerWord = 64 * sizeof(Stored);
        const char* prefetchBase = reinterpret_cast<const char*>(stored);
        for (size_t w = fw; w < lw; ++w) {
            if (w + kAheadWords < lw)
                for (size_t line = 0; line < kBytesPerWord; line += 64)
                    __builtin_prefetch(prefetchBase + (w + kAheadWords) * kBytesPerWord + line);
            uint64_t bits = toHash(w);
            if (valid)
                bits &= valid[w];
            for (; bits; bits &= bits - 1) {
                const size_t r = w * 64 + static_cast<size_t>(std::countr_zero(bits));
                rows[n] = static_cast<uint32_t>(r);
                keys[n] = static_cast<int64_t>((static_cast<uint64_t>(stored[r]) + static_cast<uint64_t>(base))
                                               * static_cast<uint64_t>(unit));
                if (++n == kBatch) {
                    md5Prefix32DecimalKeys(prefix_, keys, n, hashes);
                    assign(rows, hashes, n, acc.data());
                    n = 0;
                }
            }
        }
        md5Prefix32DecimalKeys(prefix_, keys, n, hashes);
        assign(rows, hashes, n, acc.data());
    }

    // Members whose key is text (string keys, and NULL integer keys: `presentInts` marks the
    // rows hashIntKeys took).
    void hashTextKeys(size_t fw, size_t lw, const uint64_t* presentInts)
    {
        const Column& key = ctx_.data.customers.key();
        constexpr size_t kBatch = 256;
        std::vector<uint32_t> rows(kBatch), hashes(kBatch);
        std::vector<std::string> owned(kBatch); // keep their capacity from batch to batch
        std::vector<std::string_view> texts(kBatch);
        std::vector<uint64_t> acc(outs_.size());
        size_t n = 0;
        for (size_t w = fw; w < lw; ++w)
            for (uint64_t bits = toHash(w) & (presentInts ? ~presentInts[w] : ~uint64_t{0}); bits;
                 bits &= bits - 1) {
                const size_t r = w * 64 + static_cast<size_t>(std::countr_zero(bits));
                owned[n].assign(prefix_);
                if (key.type() == DataType::String)
                    owned[n] += key.stringAt(r);
                else
                    owned[n] += key.textAt(r);
                texts[n] = owned[n];
                rows[n] = static_cast<uint32_t>(r);
                if (++n == kBatch) {
                    md5Prefix32Many(texts.data(), n, hashes.data());
                    assign(rows.data(), hashes.data(), n, acc.data());
                    n = 0;
                }
            }
        md5Prefix32Many(texts.data(), n, hashes.data());
        assign(rows.data(), hashes.data(), n, acc.data());
    }

    // Puts hashed members (rows ascending) into their parts, a word at a time: the bits of one
    // word are gathered in registers and written once, not set one by one.
    // `acc`: room for one word per part (per worker: tasks run word ranges concurrently).
    void assign(const uint32_t* rows, const uint32_t* hashes, size_t n, uint64_t* acc)
    {
        const size_t parts = outs_.size();
        const uint64_t* starts = starts_.data();
        size_t i = 0;
        while (i < n) {
            const size_t w = rows[i] / 64;
            if (parts == 2) { // test/control: both words in registers, no branch on the hash
                uint64_t second = 0, inWord = 0;
                for (; i < n && rows[i] / 64 == w; ++i) {
                    const uint64_t bit = uint64_t{1} << (rows[i] % 64);
                    inWord |= bit;
                    second |= bit & (uint64_t{0} - uint64_t{hashes[i] >= starts[0]});
                }
                acc[0] = inWord & ~second;
                acc[1] = second;
            } else {
                std::fill(acc, acc + parts, uint64_t{0});
                for (; i < n && rows[i] / 64 == w; ++i) {
                    size_t part = 0; // starts ascend: the part is how many of them h reached
                    for (size_t p = 0; p + 1 < parts; ++p)
                        part += hashes[i] >= starts[p];
                    acc[part] |= uint64_t{1} << (rows[i] % 64);
                }
            }
            uint64_t all = 0;
            for (size_t p = 0; p < parts; ++p) {
                outs_[p]->words()[w] |= acc[p];
                if (memo_) // rows of this task's words only: no other worker writes them
                    memo_->parts[p].words()[w] |= acc[p];
                all |= acc[p];
            }
            if (memo_)
                memo_->known.words()[w] |= all;
        }
    }

    const Bitset* input_ = nullptr;
    const Bitset* members_ = nullptr; // the input, or every customer
    std::string prefix_;              // "seed:", the start of every hashed text
    std::vector<std::shared_ptr<Bitset>> outs_;
    std::string memoKey_;
    std::shared_ptr<SplitMemo> memo_; // with a result cache: parts hashed in earlier runs
    std::vector<uint64_t> starts_;    // splitPartStarts(cumulative)
};

} // namespace

std::unique_ptr<NodeTask> makeSplitTask(ExecContext& ctx, int index) { return std::make_unique<SplitTask>(ctx, index); }

} // namespace seg
