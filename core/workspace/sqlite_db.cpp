#include "workspace/sqlite_db.h"

#include "util/error.h"

#include <sqlite3.h>

namespace seg::ws {

Db::Db(const std::filesystem::path& file, Mode mode, int busyTimeoutMs) : file_(file)
{
    int flags = SQLITE_OPEN_NOMUTEX; // one connection per thread
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
        : mode == Mode::ReadWrite   ? SQLITE_OPEN_READWRITE
                                    : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(file.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK)
        fail("cannot open", rc);
    sqlite3_extended_result_codes(db_, 1);
    if (busyTimeoutMs > 0)
        sqlite3_busy_timeout(db_, busyTimeoutMs);
}

Db::~Db()
{
    sqlite3_close_v2(db_);
}

void Db::fail(std::string_view doing, int rc) const
{
    const int primary = rc & 0xff;
    const std::string reason = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    const std::string name = file_.string();
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        throw Error("workspace " + name + " is locked by another process (SQLite: " + reason +
                    "); try again when that process is done. Nothing was changed.");
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        throw Error("workspace " + name + " is damaged or not a workspace (SQLite: " + reason +
                    "). Nothing was changed.");
    if (primary == SQLITE_FULL)
        throw Error("workspace " + name + ": the disk is full (SQLite: " + reason + ")");
    throw Error("workspace " + name + ": " + std::string(doing) + ": " + reason);
}

void Db::exec(std::string_view sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        fail("cannot run '" + std::string(sql.substr(0, 60)) + "'", rc);
}

std::optional<int64_t> Db::scalar(std::string_view sql)
{
    Stmt s(*this, sql);
    if (!s.step() || s.isNull(0))
        return std::nullopt;
    return s.integer(0);
}

Stmt::Stmt(Db& db, std::string_view sql) : db_(db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK)
        db.fail("cannot prepare '" + std::string(sql.substr(0, 60)) + "'", rc);
}

Stmt::~Stmt()
{
    sqlite3_finalize(stmt_);
}

Stmt& Stmt::bind(int i, int64_t v)
{
    sqlite3_bind_int64(stmt_, i, static_cast<sqlite3_int64>(v));
    return *this;
}

Stmt& Stmt::bind(int i, double v)
{
    sqlite3_bind_double(stmt_, i, v);
    return *this;
}

Stmt& Stmt::bind(int i, std::string_view text)
{
    sqlite3_bind_text64(stmt_, i, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Stmt& Stmt::bindBlob(int i, const void* data, size_t bytes)
{
    static const char kEmpty = 0; // a zero-length blob, not NULL
    sqlite3_bind_blob64(stmt_, i, bytes ? data : &kEmpty, bytes, SQLITE_STATIC);
    return *this;
}

Stmt& Stmt::bindNull(int i)
{
    sqlite3_bind_null(stmt_, i);
    return *this;
}

bool Stmt::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    db_.fail("cannot read or write", rc);
}

void Stmt::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

int64_t Stmt::integer(int col) const { return sqlite3_column_int64(stmt_, col); }
double Stmt::real(int col) const { return sqlite3_column_double(stmt_, col); }
bool Stmt::isNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

std::string Stmt::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}

std::string_view Stmt::blob(int col) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string_view();
}

BlobReader::BlobReader(Db& db, const char* table, const char* column) : db_(db), table_(table), column_(column) {}

BlobReader::~BlobReader()
{
    sqlite3_blob_close(blob_);
}

std::string_view BlobReader::read(int64_t rowid)
{
    const int rc = blob_ ? sqlite3_blob_reopen(blob_, rowid)
                         : sqlite3_blob_open(db_.handle(), "main", table_, column_, rowid, 0, &blob_);
    if (rc != SQLITE_OK)
        db_.fail("cannot read a blob", rc);
    const int size = sqlite3_blob_bytes(blob_);
    if (buffer_.size() < static_cast<size_t>(size))
        buffer_.resize(static_cast<size_t>(size));
    if (size > 0) {
        const int read = sqlite3_blob_read(blob_, buffer_.data(), size, 0);
        if (read != SQLITE_OK)
            db_.fail("cannot read a blob", read);
    }
    return {buffer_.data(), static_cast<size_t>(size)};
}

Transaction::Transaction(Db& db, bool immediate) : db_(db)
{
    db_.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (!done_)
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace seg::ws
