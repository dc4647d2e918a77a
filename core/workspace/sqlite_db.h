#pragma once
// A small RAII layer over SQLite's C API for the workspace file: a connection and prepared
// statements whose failures throw seg::Error naming the workspace file and SQLite's reason.
// Kept private to core/workspace (the SQL push-down has its own connection class).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_blob;

namespace seg::ws {

class Db;

class Stmt {
public:
    Stmt(Db& db, std::string_view sql);
    ~Stmt();
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    // Binding is 1-based, as in SQLite. Blobs are bound without a copy: keep them alive until
    // step() has run.
    Stmt& bind(int i, int64_t v);
    Stmt& bind(int i, double v);
    Stmt& bind(int i, std::string_view text);
    Stmt& bindBlob(int i, const void* data, size_t bytes);
    Stmt& bindNull(int i);

    bool step(); // true: a row is ready; false: done
    void run() { step(); reset(); }
    void reset();

    int64_t integer(int col) const;
    double real(int col) const;
    std::string text(int col) const;
    bool isNull(int col) const;
    // The blob of the current row: valid until the next step()/reset().
    std::string_view blob(int col) const;

private:
    Db& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

class Db {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    // Throws seg::Error "<what> <file>: <reason>" when SQLite cannot open it.
    Db(const std::filesystem::path& file, Mode mode, int busyTimeoutMs = 0);
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    void exec(std::string_view sql);
    // One value of a query (first column of the first row), or nullopt when no row.
    std::optional<int64_t> scalar(std::string_view sql);
    const std::filesystem::path& file() const { return file_; }
    sqlite3* handle() const { return db_; }

    // "<file>: <SQLite message>", and whether the error means the file is locked / damaged.
    [[noreturn]] void fail(std::string_view doing, int rc) const;

private:
    std::filesystem::path file_;
    sqlite3* db_ = nullptr;
};

// Reads whole blobs of one column by rowid into one reused buffer (SQLite's incremental blob
// I/O): no allocation, and no fresh pages to fault in, per blob.
class BlobReader {
public:
    BlobReader(Db& db, const char* table, const char* column);
    ~BlobReader();
    BlobReader(const BlobReader&) = delete;
    BlobReader& operator=(const BlobReader&) = delete;
    // The blob of `rowid`, valid until the next read(). Throws seg::Error (via Db::fail).
    std::string_view read(int64_t rowid);

private:
    Db& db_;
    const char* table_;
    const char* column_;
    struct sqlite3_blob* blob_ = nullptr;
    std::string buffer_;
};

// A transaction rolled back unless commit() was called.
class Transaction {
public:
    explicit Transaction(Db& db, bool immediate = true);
    ~Transaction();
    void commit();

private:
    Db& db_;
    bool done_ = false;
};

} // namespace seg::ws
