// split: deterministic MD5 buckets (spec section 4), hashed many members at a time.
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

constexpr size_t kKeyTextBytes = 24; // an int64 in decimal, with sign

class SplitTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    void prepare() override
    {
        input_ = optionalInput();
        for (size_t i = 0; i < bound_.ports.size(); ++i)
            outs_.push_back(std::make_shared<Bitset>(ctx_.rows));
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
        // Texts "seed:key" are built in place (no allocation per member) and hashed eight at
        // a time; integer keys are plain decimal, strings as they are (spec section 4).
        constexpr size_t kBatch = 64;
        std::vector<char> buffer(kBatch * (seed.size() + 1 + kKeyTextBytes));
        std::string_view texts[kBatch];
        uint32_t rows[kBatch], hashes[kBatch];
        std::vector<std::string> owned(kBatch); // keys that are neither int nor string
        size_t n = 0;
        auto flush = [&] {
            md5Prefix32Many(texts, n, hashes);
            for (size_t i = 0; i < n; ++i) {
                // 100·u is exact in double: h·100 < 2^39 and the division is by a power of two.
                const double u100 = 100.0 * static_cast<double>(hashes[i]) / 4294967296.0;
                size_t part = 0;
                while (part + 1 < bound_.cumulative.size() && !(u100 < bound_.cumulative[part]))
                    ++part;
                outs_[part]->set(rows[i]);
                if (memo_) { // rows of this task's words only: no other worker writes them
                    memo_->parts[part].set(rows[i]);
                    memo_->known.set(rows[i]);
                }
            }
            n = 0;
        };
        const size_t slot = seed.size() + 1 + kKeyTextBytes;
        auto hash = [&](size_t r) {
            if (key.type() == DataType::String) {
                owned[n].assign(seed); // keeps its capacity from earlier batches
                owned[n] += ':';
                owned[n] += key.stringAt(r);
                texts[n] = owned[n];
            } else if (key.type() == DataType::Int && !key.isNull(r)) {
                char* start = buffer.data() + n * slot;
                std::memcpy(start, seed.data(), seed.size());
                start[seed.size()] = ':';
                char* digits = start + seed.size() + 1;
                const auto written = std::to_chars(digits, digits + kKeyTextBytes, key.intAt(r)).ptr;
                texts[n] = std::string_view(start, static_cast<size_t>(written - start));
            } else {
                owned[n] = seed + ":" + key.textAt(r);
                texts[n] = owned[n];
            }
            rows[n++] = static_cast<uint32_t>(r);
            if (n == kBatch)
                flush();
        };
        for (size_t w = fw; w < lw; ++w) {
            uint64_t bits = members.words()[w] & (memo_ ? ~memo_->known.words()[w] : ~uint64_t{0});
            for (; bits; bits &= bits - 1)
                hash(w * 64 + static_cast<size_t>(std::countr_zero(bits)));
        }
        flush();
    }
    NodeOutput finish() override
    {
        if (memo_)
            ctx_.cache->returnSplitMemo(memoKey_, std::move(memo_));
        NodeOutput out;
        out.sets.assign(outs_.begin(), outs_.end());
        return out;
    }

private:
    const Bitset* input_ = nullptr;
    std::vector<std::shared_ptr<Bitset>> outs_;
    std::string memoKey_;
    std::shared_ptr<SplitMemo> memo_; // with a result cache: parts hashed in earlier runs
};

} // namespace

std::unique_ptr<NodeTask> makeSplitTask(ExecContext& ctx, int index) { return std::make_unique<SplitTask>(ctx, index); }

} // namespace seg
