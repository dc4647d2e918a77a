#include "workspace/member_set.h"

#include "util/error.h"
#include "workspace/sqlite_db.h"

#include <algorithm>
#include <cstring>

namespace seg::ws {

namespace {

constexpr size_t kBlockRows = 65536;
constexpr size_t kBlockWords = kBlockRows / 64;
enum BlockKind : uint8_t { kEmpty = 0, kFull = 1, kArray = 2, kBitmap = 3, kRuns = 4 };

void putU16(std::string& out, size_t v)
{
    const uint16_t x = static_cast<uint16_t>(v);
    out.append(reinterpret_cast<const char*>(&x), 2);
}

[[noreturn]] void bad() { throw Error("a stored member set is damaged"); }

struct Reader {
    std::string_view bytes;
    size_t at = 0;
    const char* take(size_t n)
    {
        if (bytes.size() - at < n)
            bad();
        const char* p = bytes.data() + at;
        at += n;
        return p;
    }
    size_t u16()
    {
        uint16_t x;
        std::memcpy(&x, take(2), 2);
        return x;
    }
};

} // namespace

std::string encodeMemberSet(const Bitset& members)
{
    std::string out;
    const uint64_t universe = members.size();
    out.append(reinterpret_cast<const char*>(&universe), 8);
    const uint64_t* words = members.words();
    for (size_t first = 0; first < members.wordCount(); first += kBlockWords) {
        const size_t last = std::min(members.wordCount(), first + kBlockWords);
        const size_t blockRows = std::min<size_t>(kBlockRows, members.size() - first * 64);
        const size_t count = members.countWords(first, last);
        if (count == 0) {
            out.push_back(static_cast<char>(kEmpty));
            continue;
        }
        if (count == blockRows) {
            out.push_back(static_cast<char>(kFull));
            continue;
        }
        std::vector<std::pair<size_t, size_t>> runs; // [start, end) within the block
        for (size_t r = 0; r < blockRows;) {
            const size_t row = first * 64 + r;
            if (!members.test(row)) {
                ++r;
                continue;
            }
            size_t e = r;
            while (e < blockRows && members.test(first * 64 + e))
                ++e;
            runs.emplace_back(r, e);
            r = e;
        }
        const size_t arrayBytes = 2 + 2 * count, runBytes = 2 + 4 * runs.size(), bitmapBytes = kBlockWords * 8;
        if (runBytes <= arrayBytes && runBytes <= bitmapBytes) {
            out.push_back(static_cast<char>(kRuns));
            putU16(out, runs.size() - 1);
            for (const auto& [s, e] : runs) {
                putU16(out, s);
                putU16(out, e - s - 1);
            }
        } else if (arrayBytes <= bitmapBytes) {
            out.push_back(static_cast<char>(kArray));
            putU16(out, count - 1);
            for (const auto& [s, e] : runs)
                for (size_t r = s; r < e; ++r)
                    putU16(out, r);
        } else {
            out.push_back(static_cast<char>(kBitmap));
            std::string block(bitmapBytes, '\0');
            std::memcpy(block.data(), words + first, (last - first) * 8);
            out += block;
        }
    }
    return out;
}

Bitset decodeMemberSet(std::string_view bytes)
{
    Reader in{bytes};
    uint64_t universe;
    std::memcpy(&universe, in.take(8), 8);
    if (universe > (uint64_t{1} << 40))
        bad();
    Bitset set(universe);
    for (size_t first = 0; first < set.wordCount(); first += kBlockWords) {
        const size_t base = first * 64;
        const size_t blockRows = std::min<size_t>(kBlockRows, universe - base);
        const auto kind = static_cast<uint8_t>(*in.take(1));
        if (kind == kEmpty)
            continue;
        if (kind == kFull) {
            for (size_t r = 0; r < blockRows; ++r)
                set.set(base + r);
        } else if (kind == kArray) {
            const size_t n = in.u16() + 1;
            for (size_t i = 0; i < n; ++i) {
                const size_t r = in.u16();
                if (r >= blockRows)
                    bad();
                set.set(base + r);
            }
        } else if (kind == kRuns) {
            const size_t n = in.u16() + 1;
            for (size_t i = 0; i < n; ++i) {
                const size_t s = in.u16(), len = in.u16() + 1;
                if (s + len > blockRows)
                    bad();
                for (size_t r = s; r < s + len; ++r)
                    set.set(base + r);
            }
        } else if (kind == kBitmap) {
            const char* p = in.take(kBlockWords * 8);
            std::memcpy(set.words() + first, p, std::min(kBlockWords, set.wordCount() - first) * 8);
        } else {
            bad();
        }
    }
    if (in.at != bytes.size())
        bad();
    set.clearTail();
    return set;
}

Bitset xorOf(const Bitset& a, const Bitset& b)
{
    if (a.size() != b.size())
        bad();
    Bitset out = a;
    for (size_t w = 0; w < out.wordCount(); ++w)
        out.words()[w] ^= b.words()[w];
    return out;
}

Bitset storedMembers(Db& db, int64_t run, const std::string& segment)
{
    Stmt s(db, "SELECT members, members_base FROM run_segments WHERE run_id = ? AND segment_id = ?");
    s.bind(1, run).bind(2, segment);
    if (!s.step())
        throw Error("run " + std::to_string(run) + " has no segment '" + segment + "'");
    if (s.isNull(0))
        throw Error("run " + std::to_string(run) + " kept no members of segment '" + segment +
                    "' (it was not computed, or keep_member_sets was off)");
    Bitset members = decodeMemberSet(s.blob(0));
    if (s.isNull(1))
        return members;
    const int64_t base = s.integer(1);
    if (base >= run) // chains point back in time: a loop is damage, not recursion
        bad();
    return xorOf(storedMembers(db, base, segment), members);
}

} // namespace seg::ws
