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
        const Column& key = ctx_.data.customers.key();
        const Bitset& members = input_ ? *input_ : *ctx_.universe;
        if (memo_) // members hashed before take their part a word at a time
            for (size_t w = fw; w < lw; ++w)
                for (size_t p = 0; p < outs_.size(); ++p)
                    outs_[p]->words()[w] = members.words()[w] & memo_->parts[p].words()[w];
        const std::string& seed = bound_.node->seed;
        const std::string prefix = seed + ":";
        // Texts "seed:key" (spec section 4): integer keys in plain decimal are written straight
        // into the MD5 blocks many at a time (md5Prefix32DecimalKeys); other keys (strings as
        // they are, NULL as "") are built in place and hashed eight or sixteen at a time.
        constexpr size_t kBatch = 256;
        std::vector<uint32_t> intRows(kBatch), textRows(kBatch), hashes(kBatch);
        std::vector<int64_t> intKeys(kBatch);
        std::vector<std::string> owned(kBatch); // keep their capacity from batch to batch
        std::vector<std::string_view> texts(kBatch);
        size_t ni = 0, nt = 0;
        auto flushInts = [&] {
            md5Prefix32DecimalKeys(prefix, intKeys.data(), ni, hashes.data());
            assign(intRows.data(), hashes.data(), ni);
            ni = 0;
        };
        auto flushTexts = [&] {
            md5Prefix32Many(texts.data(), nt, hashes.data());
            assign(textRows.data(), hashes.data(), nt);
            nt = 0;
        };
        const bool decimalKeys = key.type() == DataType::Int;
        // Keys are read from the key column's narrow copy where it has one (customer ids:
        // 4 bytes a row instead of 8; the copy is kept with the column, like the filters').
        const Column::NarrowCopy* narrow = decimalKeys ? key.narrowCopy() : nullptr;
        const uint8_t* keyBytes = narrow ? narrow->bytes.data() : nullptr;
        const unsigned keyWidth = narrow ? narrow->width : 8;
        const int64_t* keyInts = decimalKeys ? key.ints().data() : nullptr;
        auto keyAt = [&](size_t r) -> int64_t {
            if (!narrow)
                return keyInts[r];
            uint64_t stored = 0;
            switch (keyWidth) {
            case 1: stored = keyBytes[r]; break;
            case 2: stored = reinterpret_cast<const uint16_t*>(keyBytes)[r]; break;
            default: stored = reinterpret_cast<const uint32_t*>(keyBytes)[r]; break;
            }
            // value = (stored + base) * unit, in wrapping arithmetic as the copy was made
            return static_cast<int64_t>((stored + static_cast<uint64_t>(narrow->base)) * static_cast<uint64_t>(narrow->unit));
        };
        const char* prefetchBase = narrow ? reinterpret_cast<const char*>(keyBytes) : reinterpret_cast<const char*>(keyInts);
        auto hash = [&](size_t r) {
            if (decimalKeys && !key.isNull(r)) {
                intRows[ni] = static_cast<uint32_t>(r);
                intKeys[ni] = keyAt(r);
                if (++ni == kBatch)
                    flushInts();
                return;
            }
            owned[nt].assign(prefix);
            if (key.type() == DataType::String)
                owned[nt] += key.stringAt(r);
            else
                owned[nt] += key.textAt(r);
            texts[nt] = owned[nt];
            textRows[nt] = static_cast<uint32_t>(r);
            if (++nt == kBatch)
                flushTexts();
        };
        // Hashing a batch leaves the memory bus idle, and the hardware prefetcher stops at each
        // 4 KiB page of keys: the keys of the words 16 ahead are requested in advance.
        constexpr size_t kAheadWords = 16;
        const size_t bytesPerWord = 64 * keyWidth;
        for (size_t w = fw; w < lw; ++w) {
            if (decimalKeys && w + kAheadWords < lw)
                for (size_t line = 0; line < bytesPerWord; line += 64)
                    __builtin_prefetch(prefetchBase + (w + kAheadWords) * bytesPerWord + line);
            uint64_t bits = members.words()[w] & (memo_ ? ~memo_->known.words()[w] : ~uint64_t{0});
            for (; bits; bits &= bits - 1)
                hash(w * 64 + static_cast<size_t>(std::countr_zero(bits)));
        }
        flushInts();
        flushTexts();
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
    // Puts each hashed member into its part: the first part p with 100·u < cumulative[p], for
    // u = h / 2^32. Both sides times 2^32 are exact in double (100·h < 2^39), so the test is
    // 100·h < cumulative[p]·2^32.
    void assign(const uint32_t* rows, const uint32_t* hashes, size_t n)
    {
        const std::vector<double>& cumulative = bound_.cumulative;
        for (size_t i = 0; i < n; ++i) {
            const double scaled = static_cast<double>(uint64_t{hashes[i]} * 100);
            size_t part = 0;
            while (part + 1 < cumulative.size() && !(scaled < cumulative[part] * 4294967296.0))
                ++part;
            outs_[part]->set(rows[i]);
            if (memo_) { // rows of this task's words only: no other worker writes them
                memo_->parts[part].set(rows[i]);
                memo_->known.set(rows[i]);
            }
        }
    }

    const Bitset* input_ = nullptr;
    std::vector<std::shared_ptr<Bitset>> outs_;
    std::string memoKey_;
    std::shared_ptr<SplitMemo> memo_; // with a result cache: parts hashed in earlier runs
};

} // namespace

std::unique_ptr<NodeTask> makeSplitTask(ExecContext& ctx, int index) { return std::make_unique<SplitTask>(ctx, index); }

} // namespace seg
