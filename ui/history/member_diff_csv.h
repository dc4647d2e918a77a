#pragma once
// Who entered and left a segment, written as CSV the way `segstudio-cli diff --export` writes
// it: two files in a folder, "<segment slug>-entered.csv" and "<segment slug>-left.csv", each
// one column (header: the key column's name) with the members' keys in key order, RFC 4180
// quoting, CRLF line ends. Each file is written through AtomicTextFile (a failure leaves an
// existing file as it was) and owner-only (0600): it lists customers.
#include "workspace/run_history.h"

#include <filesystem>
#include <string>
#include <utility>

namespace seg::ui {

void writeMemberKeysCsv(const CustomerTable& keys, const Bitset& members, const std::filesystem::path& file);

// Returns the two files written. Throws seg::Error naming the file or folder.
std::pair<std::filesystem::path, std::filesystem::path> exportMemberDiff(const MemberDiff& diff,
                                                                         const std::string& segmentId,
                                                                         const std::filesystem::path& dir);

} // namespace seg::ui
