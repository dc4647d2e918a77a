#include "data/domain_index.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#if defined(__SSE2__) // every x86-64 has SSE2
#include <emmintrin.h>
#endif

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>
#include <string_view>

namespace seg {

namespace {

// Domains are short (about 11 bytes): a word at a time with a multiply, not a byte at a time.
uint32_t domainHash(std::string_view s)
{
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
    uint64_t h = (s.size() + 1) * kMul;
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * kMul;
    }
    if (i < s.size()) {
        uint64_t w = 0;
        std::memcpy(&w, s.data() + i, s.size() - i);
        h = (h ^ w) * kMul;
    }
    return static_cast<uint32_t>(h ^ (h >> 29));
}

// Distinct domains with an open-addressing index (linear probing, load <= 1/2); the views
// point into the column's dictionary, which outlives the build.
class DomainTable {
public:
    explicit DomainTable(size_t slots = 1024) : slots_(slots) {}

    // The domain's code, added when new; -1 once kMaxDomains are held and d is not one.
    int codeOf(std::string_view d)
    {
        const uint32_t h = domainHash(d);
        size_t s = h & (slots_.size() - 1);
        while (slots_[s].code1 != 0) {
            if (slots_[s].hash == h && domains_[slots_[s].code1 - 1] == d)
                return static_cast<int>(slots_[s].code1 - 1);
            s = (s + 1) & (slots_.size() - 1);
        }
        if (domains_.size() == DomainIndex::kMaxDomains)
            return -1;
        domains_.push_back(d);
        slots_[s] = {static_cast<uint32_t>(domains_.size()), h};
        if (domains_.size() * 2 > slots_.size())
            grow();
        return static_cast<int>(domains_.size() - 1);
    }
    const std::vector<std::string_view>& domains() const { return domains_; }

private:
    struct Slot {
        uint32_t code1 = 0; // code + 1; 0 = empty
        uint32_t hash = 0;
    };
    void grow()
    {
        std::vector<Slot> bigger(slots_.size() * 2);
        for (const Slot& old : slots_)
            if (old.code1 != 0) {
                size_t s = old.hash & (bigger.size() - 1);
                while (bigger[s].code1 != 0)
                    s = (s + 1) & (bigger.size() - 1);
                bigger[s] = old;
            }
        slots_.swap(bigger);
    }
    std::vector<Slot> slots_;
    std::vector<std::string_view> domains_;
};

constexpr size_t kChunk = size_t{1} << 16; // entries a worker codes with a table of its own

// In front of a chunk's DomainTable: the codes of domains seen lately, keyed by the domain's
// bytes as two words (no hash of the text, no compare call). Most addresses share a few
// domains, so nearly every entry is decided here (issue 18: the table alone cost ~20 ns an
// entry, 40 ms for 2M unique addresses).
class RecentDomains {
public:
    // The code cached for (w0, w1, length), or -1.
    int find(uint64_t w0, uint64_t w1, uint32_t length) const
    {
        const Entry& e = entries_[slotOf(w0, w1, length)];
        return e.code1 != 0 && e.w0 == w0 && e.w1 == w1 && e.length == length ? static_cast<int>(e.code1 - 1) : -1;
    }
    void remember(uint64_t w0, uint64_t w1, uint32_t length, int code)
    {
        entries_[slotOf(w0, w1, length)] = {w0, w1, length, static_cast<uint32_t>(code + 1)};
    }

private:
    static constexpr size_t kSlots = 256;
    struct Entry {
        uint64_t w0 = 0, w1 = 0;
        uint32_t length = 0;
        uint32_t code1 = 0; // code + 1; 0 = empty
    };
    static size_t slotOf(uint64_t w0, uint64_t w1, uint32_t length)
    {
        const uint64_t h = (w0 * 0x9E3779B97F4A7C15ull) ^ (w1 * 0xC2B2AE3D27D4EB4Full) ^ length;
        return static_cast<size_t>(h >> 56) & (kSlots - 1);
    }
    std::vector<Entry> entries_ = std::vector<Entry>(kSlots);
};

#if defined(__SSE2__)
// For entry i, whose last byte ends 16 or more bytes into the arena: when its last '@' lies in
// its last 16 bytes, the domain's length and its bytes as two words (the 16 bytes up to the
// end with everything up to the '@' zeroed: with the length, equal words mean equal
// domains). False when there is no '@' there (a domain of 16 bytes or more, or none).
inline bool domainInTail(const char* end, size_t length, uint64_t& w0, uint64_t& w1, uint32_t& domainLength)
{
    const __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i*>(end - 16));
    unsigned at = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(tail, _mm_set1_epi8('@'))));
    if (length < 16)
        at &= 0xFFFFu << (16 - length); // the bytes before the entry belong to the one before
    if (at == 0)
        return false;
    const int last = 31 - std::countl_zero(at); // position of the last '@' in the 16 bytes
    domainLength = static_cast<uint32_t>(15 - last);
    alignas(16) static constexpr uint8_t kOnes[32] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                                      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    // Bytes last + 1 .. 15 kept: the 16 bytes of kOnes starting at 15 - last.
    const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kOnes + (15 - last)));
    const __m128i domain = _mm_and_si128(tail, keep);
    w0 = static_cast<uint64_t>(_mm_cvtsi128_si64(domain));
    w1 = static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(domain, domain)));
    return true;
}
#endif

} // namespace

std::unique_ptr<DomainIndex> DomainIndex::build(const StringDict& dict, const int32_t* codes, const Bitset& valid,
                                                size_t rows, size_t minEntries)
{
    // Column::domainIndex() builds inside std::call_once. Isolated, a worker waiting for this
    // build's parallel loops runs only their pieces, never another node's task that could ask
    // for the same index from inside the call_once (a deadlock).
    std::unique_ptr<DomainIndex> index;
    tbb::this_task_arena::isolate([&] { index = buildIsolated(dict, codes, valid, rows, minEntries); });
    return index;
}

std::unique_ptr<DomainIndex> DomainIndex::buildIsolated(const StringDict& dict, const int32_t* codes,
                                                        const Bitset& valid, size_t rows, size_t minEntries)
{
    const size_t n = dict.size();
    if (n == 0 || n < minEntries || dict.byteSize() < n * kMinAverageBytes)
        return nullptr;
    // 1. Each chunk of entries gets codes into a table of its own (in parallel): the domain is
    //    the text after the entry's last '@'.
    const size_t chunks = (n + kChunk - 1) / kChunk;
    std::vector<uint16_t> entryCodes(n);
    std::vector<DomainTable> local(chunks);
    std::atomic<size_t> entriesWithout{0};
    std::atomic<bool> tooMany{false};
    tbb::parallel_for(tbb::blocked_range<size_t>(0, chunks, 1), [&](const tbb::blocked_range<size_t>& r) {
        for (size_t c = r.begin(); c < r.end() && !tooMany.load(std::memory_order_relaxed); ++c) {
            DomainTable& table = local[c];
            RecentDomains recent;
            size_t without = 0;
            for (size_t i = c * kChunk; i < std::min(n, (c + 1) * kChunk); ++i) {
                const std::string_view entry = dict[i]; // 32- or 64-bit offsets: one predictable branch
                const char* begin = entry.data();
                const size_t len = entry.size();
#if defined(__SSE2__)
                uint64_t w0, w1;
                uint32_t domainLength;
                const bool sixteenBytesBefore = static_cast<size_t>(begin + len - dict.bytes()) >= 16; // inside the arena
                if (sixteenBytesBefore && domainInTail(begin + len, len, w0, w1, domainLength)) {
                    int code = recent.find(w0, w1, domainLength);
                    if (code < 0) {
                        code = table.codeOf(std::string_view(begin + len - domainLength, domainLength));
                        if (code < 0) {
                            tooMany = true;
                            break;
                        }
                        recent.remember(w0, w1, domainLength, code);
                    }
                    entryCodes[i] = static_cast<uint16_t>(code);
                    continue;
                }
#endif
                const void* at = len ? memrchr(begin, '@', len) : nullptr;
                if (!at) {
                    entryCodes[i] = kNoDomain;
                    ++without;
                    continue;
                }
                const char* d = static_cast<const char*>(at) + 1;
                const int code = table.codeOf(std::string_view(d, static_cast<size_t>(begin + len - d)));
                if (code < 0) {
                    tooMany = true;
                    break;
                }
                entryCodes[i] = static_cast<uint16_t>(code);
            }
            entriesWithout += without;
        }
    });
    if (tooMany || entriesWithout > n / 64 + 1)
        return nullptr;
    // 2. One table for the column, and each chunk's codes renumbered into it (first seen
    //    first, chunk by chunk).
    auto index = std::make_unique<DomainIndex>();
    DomainTable global(size_t{1} << 12);
    std::vector<std::vector<uint16_t>> renumber(chunks);
    for (size_t c = 0; c < chunks; ++c)
        for (const std::string_view d : local[c].domains()) {
            const int code = global.codeOf(d);
            if (code < 0)
                return nullptr;
            renumber[c].push_back(static_cast<uint16_t>(code));
        }
    for (const std::string_view d : global.domains())
        index->domains.push_back(d);
    // Entry codes renumbered in place (in parallel over chunks), so that the row loop below
    // is a plain gather.
    tbb::parallel_for(tbb::blocked_range<size_t>(0, chunks, 1), [&](const tbb::blocked_range<size_t>& r) {
        for (size_t c = r.begin(); c < r.end(); ++c) {
            const uint16_t* to = renumber[c].data();
            for (size_t i = c * kChunk; i < std::min(n, (c + 1) * kChunk); ++i)
                entryCodes[i] = entryCodes[i] == kNoDomain ? kNoDomain : to[entryCodes[i]];
        }
    });
    // 3. Each row's code (in parallel); a row whose value has no '@' counts unless NULL.
    index->rowCodes.resize(rows);
    uint16_t* rowCodes = index->rowCodes.data();
    const uint16_t* byEntry = entryCodes.data();
    std::atomic<size_t> rowsWithout{0};
    tbb::parallel_for(tbb::blocked_range<size_t>(0, rows, kChunk), [&](const tbb::blocked_range<size_t>& r) {
        size_t without = 0;
        for (size_t row = r.begin(); row < r.end(); ++row) {
            const uint16_t code = byEntry[static_cast<size_t>(codes[row])];
            rowCodes[row] = code;
            without += code == kNoDomain && valid.test(row);
        }
        rowsWithout += without;
    });
    if (rowsWithout > rows / 64 + 1)
        return nullptr;
    index->rowsWithoutDomain = rowsWithout;
    return index;
}

} // namespace seg
