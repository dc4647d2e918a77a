#include "data/domain_index.h"

#include <cstring>
#include <string_view>

namespace seg {

namespace {

// FNV-1a over the domain: domains are short (about 11 bytes) and few, so the table stays in
// cache and the hash is not the cost; reading each entry's tail from memory is.
uint32_t domainHash(std::string_view s)
{
    uint32_t h = 2166136261u;
    for (const char c : s)
        h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
    return h;
}

} // namespace

std::unique_ptr<DomainIndex> DomainIndex::build(const StringDict& dict, const int32_t* codes, const Bitset& valid,
                                                size_t rows, size_t minEntries)
{
    const size_t n = dict.size();
    if (n == 0 || n < minEntries || dict.byteSize() < n * kMinAverageBytes)
        return nullptr;
    auto index = std::make_unique<DomainIndex>();
    // First each distinct value's domain, then each row's.
    std::vector<uint16_t> entryCodes(n);
    // Open addressing with linear probing at load <= 1/2: slot = domain code + 1, 0 = empty.
    constexpr size_t kSlots = size_t{1} << 17;
    std::vector<uint16_t> slots(kSlots, 0);
    std::vector<uint32_t> slotHash(kSlots, 0);
    size_t entriesWithout = 0;
    const size_t maxEntriesWithout = n / 64 + 1;
    const char* bytes = dict.bytes();
    const StringDict::Offset* off = dict.offsets();
    // Consecutive entries often share a domain: one compare skips the table.
    std::string_view lastDomain;
    uint16_t lastCode = kNoDomain;
    for (size_t i = 0; i < n; ++i) {
        const char* begin = bytes + off[i];
        const char* end = bytes + off[i + 1];
        const char* at = end;
        while (at > begin && at[-1] != '@')
            --at;
        if (at == begin) { // no '@' at all
            entryCodes[i] = kNoDomain;
            if (++entriesWithout > maxEntriesWithout)
                return nullptr;
            continue;
        }
        const std::string_view domain(at, static_cast<size_t>(end - at));
        if (lastCode != kNoDomain && domain == lastDomain) {
            entryCodes[i] = lastCode;
            continue;
        }
        const uint32_t h = domainHash(domain);
        size_t s = h & (kSlots - 1);
        while (slots[s] != 0 && (slotHash[s] != h || index->domains[slots[s] - 1u] != domain))
            s = (s + 1) & (kSlots - 1);
        if (slots[s] == 0) {
            if (index->domains.size() == kMaxDomains)
                return nullptr;
            index->domains.push_back(domain);
            slots[s] = static_cast<uint16_t>(index->domains.size()); // code + 1
            slotHash[s] = h;
        }
        lastCode = static_cast<uint16_t>(slots[s] - 1u);
        lastDomain = index->domains[lastCode]; // valid until the next push_back, which resets it
        entryCodes[i] = lastCode;
    }
    index->rowCodes.resize(rows);
    uint16_t* rowCodes = index->rowCodes.data();
    size_t without = 0;
    for (size_t r = 0; r < rows; ++r) {
        rowCodes[r] = entryCodes[static_cast<size_t>(codes[r])];
        without += rowCodes[r] == kNoDomain;
    }
    if (entriesWithout > 0) // NULL rows (code 0) are not rows without a domain
        for (size_t r = 0; r < rows; ++r)
            without -= rowCodes[r] == kNoDomain && !valid.test(r);
    if (without > rows / 64 + 1)
        return nullptr;
    index->rowsWithoutDomain = without;
    return index;
}

} // namespace seg
