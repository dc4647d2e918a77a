#include "history/member_diff_csv.h"

#include "export/atomic_text_file.h"
#include "export/csv_export.h"
#include "util/error.h"

namespace seg::ui {

namespace fs = std::filesystem;

namespace {

void appendCell(AtomicTextFile& out, const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        out.append(text);
        return;
    }
    out.put('"');
    for (const char c : text) {
        if (c == '"')
            out.put('"');
        out.put(c);
    }
    out.put('"');
}

} // namespace

void writeMemberKeysCsv(const CustomerTable& keys, const Bitset& members, const fs::path& file)
{
    AtomicTextFile out(file);
    std::error_code ec;
    fs::permissions(out.tempPath(), fs::perms::owner_read | fs::perms::owner_write, ec);
    if (ec)
        throw Error("cannot write " + file.string() + ": " + ec.message());
    const Column& key = keys.key();
    appendCell(out, key.name());
    out.append("\r\n");
    for (const uint32_t row : membersInKeyOrder(key, members)) {
        appendCell(out, key.textAt(row));
        out.append("\r\n");
    }
    out.commit();
}

std::pair<fs::path, fs::path> exportMemberDiff(const MemberDiff& diff, const std::string& segmentId, const fs::path& dir)
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw Error("cannot create " + dir.string() + ": " + ec.message());
    const std::string slug = segmentFileSlug(segmentId);
    const fs::path entered = dir / (slug + "-entered.csv"), left = dir / (slug + "-left.csv");
    writeMemberKeysCsv(diff.toKeys, diff.entered, entered);
    writeMemberKeysCsv(diff.fromKeys, diff.left, left);
    return {entered, left};
}

} // namespace seg::ui
