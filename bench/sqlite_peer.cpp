#include "sqlite_peer.h"

#include "util/error.h"
#include "util/md5.h"

#include <chrono>
#include <sqlite3.h>

namespace seg::bench {

namespace {

const char* sqlType(DataType t)
{
    switch (t) {
    case DataType::Int:
    case DataType::Bool: return "INTEGER";
    case DataType::Double: return "REAL";
    default: return "TEXT";
    }
}

// md5_prefix32(text): the first 4 bytes of MD5(text) as a big-endian unsigned integer, the
// split bucket of spec section 4 (SQLite has no md5 of its own).
void sqliteMd5Prefix32(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int n = sqlite3_value_bytes(argv[0]);
    sqlite3_result_int64(ctx, seg::md5Prefix32(std::string_view(text ? text : "", static_cast<size_t>(n))));
}

} // namespace

SqlitePeer::SqlitePeer(const Dataset& data, bool withEvents)
{
    const auto t0 = std::chrono::steady_clock::now();
    if (sqlite3_open(":memory:", &db_) != SQLITE_OK)
        throw Error("sqlite: cannot open an in-memory database");
    sqlite3_create_function(db_, "md5_prefix32", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, sqliteMd5Prefix32, nullptr,
                            nullptr);
    exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000");
    copyTable("customers", data.customers.table);
    if (withEvents && data.events)
        copyTable("events", data.events->table);
    loadMs_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

SqlitePeer::~SqlitePeer() { sqlite3_close(db_); }

void SqlitePeer::exec(const std::string& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        throw Error("sqlite: " + text);
    }
}

void SqlitePeer::copyTable(const std::string& name, const Table& table)
{
    std::string create = "CREATE TABLE " + name + " (", insert = "INSERT INTO " + name + " VALUES (";
    for (size_t c = 0; c < table.columns.size(); ++c) {
        create += (c ? ", " : "") + table.columns[c].name() + " " + sqlType(table.columns[c].type());
        insert += c ? ", ?" : "?";
    }
    exec(create + ")");
    exec("BEGIN");
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, (insert + ")").c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        throw Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
    std::string text;
    for (size_t r = 0; r < table.rows; ++r) {
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const Column& col = table.columns[c];
            const int i = static_cast<int>(c) + 1;
            if (col.isNull(r)) {
                sqlite3_bind_null(stmt, i);
                continue;
            }
            switch (col.type()) {
            case DataType::Int: sqlite3_bind_int64(stmt, i, col.intAt(r)); break;
            case DataType::Bool: sqlite3_bind_int64(stmt, i, col.boolAt(r) ? 1 : 0); break;
            case DataType::Double: sqlite3_bind_double(stmt, i, col.doubleAt(r)); break;
            case DataType::Date:
            case DataType::Timestamp:
                text = col.textAt(r);
                sqlite3_bind_text(stmt, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
                break;
            case DataType::String: {
                const std::string_view s = col.stringAt(r);
                sqlite3_bind_text(stmt, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
                break;
            }
            }
        }
        if (sqlite3_step(stmt) != SQLITE_DONE)
            throw Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    exec("COMMIT");
}

std::map<std::string, long long> SqlitePeer::run(const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        throw Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
    std::map<std::string, long long> row;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            row[sqlite3_column_name(stmt, c)] = sqlite3_column_int64(stmt, c);
    const int rc = sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        throw Error(std::string("sqlite: ") + sqlite3_errmsg(db_));
    return row;
}

} // namespace seg::bench
