#pragma once
// CSV export of a segment's members (spec section 4, `segment.export.columns`), and the file
// names the CLI and the GUI give those exports.
//
// File layout (docs/segment-graph.md section 6): UTF-8, optional BOM, a header row, then one
// row per member in ascending key order; RFC 4180 quoting with CRLF line ends; NULL is an
// empty field, an empty (non-NULL) string is written as "" so the two stay distinguishable.
#include "data/bitset.h"
#include "data/column.h"
#include "data/table.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

class DeferredSync;

struct ExportOptions {
    std::vector<std::string> columns; // customer or derived columns; empty: the key column only
    char delimiter = ',';
    bool bom = false;                 // UTF-8 byte order mark first (helps Excel detect UTF-8)
    bool crlf = true;                 // RFC 4180 line ends; false writes LF
    // Text cells of string columns that a spreadsheet would run as a formula (= + - @ tab CR
    // first) get a leading apostrophe (OWASP "CSV injection"). Off by default: it changes data.
    bool spreadsheetSafe = false;
    // Called now and then with member rows written and the member count; may be empty.
    std::function<void(uint64_t done, uint64_t total)> progress;
    const std::atomic<bool>* cancel = nullptr; // when set and true: throws seg::Cancelled
    // Set when `file` lies in an ExportSet's staging folder: the set fsyncs the file and the
    // folder before it puts the set in place (ExportSet::deferredSync()).
    DeferredSync* deferredSync = nullptr;
};

// Writes `members` (a bitset over customer rows) to `file` atomically: the rows go to a
// temporary file in the same directory that is renamed over `file` only when complete, so a
// failed or cancelled export leaves an existing file untouched and no temporary behind.
// Throws seg::Error naming the file (unknown column, unwritable directory, disk full) and
// seg::Cancelled when *options.cancel becomes true.
void exportMembersCsv(const CustomerTable& customers,
                      const std::map<std::string, std::shared_ptr<const Column>, std::less<>>& derived,
                      const Bitset& members, const std::filesystem::path& file, const ExportOptions& options);

// Member rows ordered by the key column: numeric order for int/double/date/timestamp keys,
// byte order for string keys, NULL keys last; equal keys keep row order.
std::vector<uint32_t> membersInKeyOrder(const Column& key, const Bitset& members);

// A file-name-safe slug of a segment name: lowercase ASCII letters and digits (Latin-1 accented
// letters folded to their base letter), every other run of characters becomes one '-', no
// leading/trailing '-', at most kMaxSlugLength characters, "segment" when nothing is left, and
// Windows device names (con, nul, com1, ...) get "-segment" appended.
constexpr size_t kMaxSlugLength = 80;
std::string segmentFileSlug(std::string_view name);

// Slugs for several segments exported into one directory, unique among themselves: a name
// keeps its own slug when it is the first to produce it; later names that produce the same
// slug get the smallest free suffix "-2", "-3", ... (still at most kMaxSlugLength characters).
std::vector<std::string> uniqueSlugs(const std::vector<std::string>& names);

} // namespace seg
