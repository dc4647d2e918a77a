// Who entered and left a segment between two recorded runs.
#include "workspace/member_set.h"
#include "workspace/run_history.h"
#include "workspace/workspace_internal.h"

#include "util/error.h"

#include <unordered_set>

namespace seg {

namespace {

struct StoredRun {
    int64_t customersImport = 0;
    Bitset members;
};

StoredRun storedRun(ws::Db& db, int64_t run, const std::string& segment)
{
    ws::Stmt r(db, "SELECT customers_import FROM runs WHERE id = ?");
    r.bind(1, run);
    if (!r.step())
        throw Error("workspace " + db.file().string() + " has no run " + std::to_string(run) + " (see history)");
    StoredRun out;
    out.customersImport = r.integer(0);
    out.members = ws::storedMembers(db, run, segment);
    return out;
}

CustomerTable keysOf(const WorkspaceInfo& info, ws::Db& db, int64_t importId)
{
    const bool current = db.scalar("SELECT import_id FROM datasets WHERE name = 'customers'").value_or(-1) == importId;
    const std::string dataset = current ? "customers" : "keys/" + std::to_string(importId);
    if (!current && !db.scalar("SELECT 1 FROM datasets WHERE name = '" + dataset + "'"))
        throw Error("workspace " + info.file.string() + " no longer holds the customer keys of import " +
                    std::to_string(importId));
    std::vector<ws::TableRead> read = ws::readTables(info.file, {dataset}, 0, true);
    CustomerTable keys;
    keys.table = std::move(read[0].table);
    keys.keyColumn = 0;
    return keys;
}

MemberDiff diffStored(const WorkspaceInfo& info, ws::Db& db, const StoredRun& from, const StoredRun& to)
{
    MemberDiff diff;
    diff.fromSize = from.members.count();
    diff.toSize = to.members.count();
    diff.fromKeys = keysOf(info, db, from.customersImport);
    diff.toKeys = from.customersImport == to.customersImport ? diff.fromKeys : keysOf(info, db, to.customersImport);
    if (from.members.size() != diff.fromKeys.rows() || to.members.size() != diff.toKeys.rows())
        throw Error("workspace " + info.file.string() + " is damaged (a member set does not match its import)");
    if (from.customersImport == to.customersImport) {
        // Same rows on both sides: plain set differences.
        diff.entered = to.members;
        diff.entered.andNot(from.members);
        diff.left = from.members;
        diff.left.andNot(to.members);
        return diff;
    }
    // Different imports (data reloaded in between): match members by their key text.
    const Column& fromKey = diff.fromKeys.key();
    const Column& toKey = diff.toKeys.key();
    std::unordered_set<std::string> fromMembers, toMembers;
    from.members.forEach([&](size_t r) { fromMembers.insert(fromKey.textAt(r)); });
    to.members.forEach([&](size_t r) { toMembers.insert(toKey.textAt(r)); });
    diff.entered = Bitset(diff.toKeys.rows());
    to.members.forEach([&](size_t r) {
        if (!fromMembers.count(toKey.textAt(r)))
            diff.entered.set(r);
    });
    diff.left = Bitset(diff.fromKeys.rows());
    from.members.forEach([&](size_t r) {
        if (!toMembers.count(fromKey.textAt(r)))
            diff.left.set(r);
    });
    return diff;
}

} // namespace

MemberDiff diffRuns(const WorkspaceInfo& info, int64_t fromRun, int64_t toRun, const std::string& segment)
{
    ws::Db db = ws::openChecked(info.file, false);
    return diffStored(info, db, storedRun(db, fromRun, segment), storedRun(db, toRun, segment));
}

MemberDiff diffRunToNow(const WorkspaceInfo& info, int64_t fromRun, const std::string& segment, const Bitset& now)
{
    ws::Db db = ws::openChecked(info.file, false);
    const int64_t current = db.scalar("SELECT import_id FROM datasets WHERE name = 'customers'").value_or(-1);
    return diffStored(info, db, storedRun(db, fromRun, segment), StoredRun{current, now});
}

} // namespace seg
