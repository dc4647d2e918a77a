#include "diagnose/closest_value.h"

#include <algorithm>

namespace seg {

namespace {
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equalIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}
} // namespace

size_t editDistanceIgnoringCase(std::string_view a, std::string_view b, size_t limit)
{
    const size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (gap > limit)
        return limit + 1;
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        size_t rowMin = cur[0];
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t substitute = prev[j - 1] + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return limit + 1; // every path is already too long
        std::swap(prev, cur);
    }
    return std::min(prev[b.size()], limit + 1);
}

size_t typoLimit(std::string_view wanted) { return std::max<size_t>(1, wanted.size() / 3); }

std::optional<size_t> closestEntry(const StringDict& entries, const std::vector<size_t>& counts,
                                   std::string_view wanted, size_t maxEditScan)
{
    std::optional<size_t> best;
    size_t bestDistance = typoLimit(wanted) + 1;
    const bool editScan = entries.size() <= maxEditScan;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (counts[i] == 0)
            continue;
        const std::string_view entry = entries[i];
        size_t d = bestDistance;
        if (equalIgnoringCase(entry, wanted))
            d = 0;
        else if (editScan)
            d = editDistanceIgnoringCase(entry, wanted, bestDistance);
        const bool better = d < bestDistance || (best && d == bestDistance && counts[i] > counts[*best]);
        if (d <= typoLimit(wanted) && better) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace seg
