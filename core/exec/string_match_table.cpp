// stringMatchTable: the verdict of a string predicate for every dictionary entry, so a
// condition on a string column then scans codes. Big dictionaries (unique e-mails) make
// this the cost of the condition, hence the word-at-a-time form below (a condition's
// ends_with on an e-mail column avoids the table altogether: exec/domain_filter.h).
#include "exec/filter_kernels.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace seg {

using Form = BoundPredicate::Form;

namespace {

uint64_t loadWord(const char* p)
{
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

// Case-sensitive prefix / suffix / equality tests of 8+ bytes (e-mail domains, codes) over
// the dictionary's arena: entry i is bytes[off[i], off[i + 1]), so a suffix test reads the end
// offset and the last bytes, front to back through both arrays. Operands of at most 16 bytes
// are two (overlapping) 8-byte words, compared without a branch; longer ones compare the last
// word first and memcmp the rest only when it matched. Same meaning as matchString
// (test_string_dict and test_fast_paths compare them on near misses).
struct WordFirst {
    CompareOp op;
    const char* s;
    size_t n;        // >= 8
    uint64_t head;   // the operand's first 8 bytes
    uint64_t tail;   // its last 8 bytes

    template <CompareOp Op, bool Short, class Offset>
    void run(const char* bytes, const Offset* off, size_t first, size_t last, uint8_t* out) const
    {
        // Locals: stores to `out` (bytes) may alias the members, which would be reloaded.
        const size_t n = this->n;
        const uint64_t head = this->head, tail = this->tail;
        const char* s = this->s;
        uint64_t begin = off[first];
        for (size_t i = first; i < last; ++i) {
            const uint64_t end = off[i + 1];
#if defined(__GNUC__)
            // The arena is read front to back, but the loads wait on the offsets: asking for
            // the bytes 2 KiB ahead cut the loop's time by ~15% (10M e-mails, 340 MB).
            __builtin_prefetch(reinterpret_cast<const void*>(reinterpret_cast<uintptr_t>(bytes) + end + 2048));
#endif
            const size_t len = static_cast<size_t>(end - begin);
            bool match = false;
            if (Op == CompareOp::Eq ? len == n : len >= n) {
                const char* at = bytes + (Op == CompareOp::EndsWith ? end - n : begin);
                if constexpr (Short)
                    match = (loadWord(at) == head) & (loadWord(at + n - 8) == tail);
                else
                    match = loadWord(at + n - 8) == tail && std::memcmp(at, s, n - 8) == 0;
            }
            out[i] = match ? 1 : 0;
            begin = end;
        }
    }

    void operator()(const StringDict& dict, size_t first, size_t last, uint8_t* out) const
    {
        const char* bytes = dict.bytes();
        const bool shortOperand = n <= 16;
        dict.visitOffsets([&](const auto* off) { // 32-bit offsets, or 64-bit past 4 GiB of text
            using Offset = std::remove_cv_t<std::remove_pointer_t<decltype(off)>>;
            switch (op) {
            case CompareOp::EndsWith:
                shortOperand ? run<CompareOp::EndsWith, true, Offset>(bytes, off, first, last, out)
                             : run<CompareOp::EndsWith, false, Offset>(bytes, off, first, last, out);
                return;
            case CompareOp::StartsWith:
                shortOperand ? run<CompareOp::StartsWith, true, Offset>(bytes, off, first, last, out)
                             : run<CompareOp::StartsWith, false, Offset>(bytes, off, first, last, out);
                return;
            default:
                shortOperand ? run<CompareOp::Eq, true, Offset>(bytes, off, first, last, out)
                             : run<CompareOp::Eq, false, Offset>(bytes, off, first, last, out);
                return;
            }
        });
    }
};

} // namespace

std::vector<uint8_t> stringMatchTable(const Column& column, const BoundPredicate& p, bool parallel)
{
    std::vector<uint8_t> table;
    if (column.type() != DataType::String)
        return table;
    const StringDict& dict = column.dict();
    // NULL rows store code 0, so the table needs an entry 0 even for an all-NULL column.
    table.resize(std::max<size_t>(1, dict.size()), 0);
    const std::string& s1 = p.s1;
    const bool wordFirst = p.form == Form::String && !p.ignoreCase && s1.size() >= 8
        && (p.op == CompareOp::EndsWith || p.op == CompareOp::StartsWith || p.op == CompareOp::Eq);
    WordFirst wf{p.op, s1.data(), s1.size(), 0, 0};
    if (wordFirst) {
        wf.head = loadWord(s1.data());
        wf.tail = loadWord(s1.data() + s1.size() - 8);
    }
    uint8_t* out = table.data();
    // Streaming the whole arena is the fastest form found for big dictionaries. A kept word of
    // each entry's last 8 bytes, with the text read only where it matched, measured slower
    // (10M e-mails, ends_with "@example.org", one thread: 45 ms against 34): 15% of the
    // entries still matched the word, and their scattered text reads cost more than the stream.
    auto matchRange = [&](size_t first, size_t last) {
        if (wordFirst)
            wf(dict, first, last, out);
        else
            for (size_t i = first; i < last; ++i)
                out[i] = matchString(p, dict[i]) ? 1 : 0;
    };
    constexpr size_t kChunk = size_t{1} << 16;
    if (parallel && dict.size() > kChunk)
        tbb::parallel_for(tbb::blocked_range<size_t>(0, dict.size(), kChunk),
                          [&](const tbb::blocked_range<size_t>& r) { matchRange(r.begin(), r.end()); });
    else
        matchRange(0, dict.size());
    return table;
}

} // namespace seg
