// SQLite through its C API. The connection registers the functions the SQLite dialect needs
// and SQLite lacks: seg_md5_prefix32 (split buckets) and seg_exact_sum / seg_exact_avg (the
// decimal-exact behavior sums, with the in-memory engine's own DecimalSum).
#include "sql/sql_connection.h"

#include "util/decimal_sum.h"
#include "util/error.h"
#include "util/md5.h"

#include <sqlite3.h>

#include <new>

namespace seg {

namespace {

void md5Prefix32Function(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(md5Prefix32(std::string_view(text, static_cast<size_t>(bytes)))));
}

// Aggregate state in SQLite's zeroed aggregate memory: constructed on the first row.
struct ExactSumState {
    bool constructed;
    int64_t count;
    DecimalSum* sum;
};

void exactStep(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    auto* state = static_cast<ExactSumState*>(sqlite3_aggregate_context(ctx, sizeof(ExactSumState)));
    if (!state)
        return sqlite3_result_error_nomem(ctx);
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return;
    if (!state->constructed) {
        state->sum = new (std::nothrow) DecimalSum();
        if (!state->sum)
            return sqlite3_result_error_nomem(ctx);
        state->constructed = true;
    }
    state->sum->add(sqlite3_value_double(argv[0]));
    ++state->count;
}

template <bool Mean> void exactFinal(sqlite3_context* ctx)
{
    auto* state = static_cast<ExactSumState*>(sqlite3_aggregate_context(ctx, 0));
    if (!state || !state->constructed || state->count == 0) {
        sqlite3_result_null(ctx); // no non-NULL value: NULL, as the spec says
    } else {
        sqlite3_result_double(ctx, Mean ? state->sum->mean(state->count) : state->sum->value());
    }
    if (state && state->constructed)
        delete state->sum;
}

class SqliteRow final : public SqlRow {
public:
    explicit SqliteRow(sqlite3_stmt* s) : s_(s) {}
    bool isNull(int c) const override { return sqlite3_column_type(s_, c) == SQLITE_NULL; }
    std::string_view text(int c) const override
    {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s_, c));
        return t ? std::string_view(t, static_cast<size_t>(sqlite3_column_bytes(s_, c))) : std::string_view();
    }
    Value value(int c, DataType type) const override
    {
        if (isNull(c))
            return Value::nullOf(type);
        switch (type) {
        case DataType::Int: return Value::ofInt(sqlite3_column_int64(s_, c));
        case DataType::Double: return Value::ofDouble(sqlite3_column_double(s_, c) + 0.0);
        case DataType::Bool: return Value::ofBool(sqlite3_column_int64(s_, c) != 0);
        default: return valueFromText(text(c), type);
        }
    }

private:
    sqlite3_stmt* s_;
};

class SqliteConnection final : public SqlConnection {
public:
    explicit SqliteConnection(const std::string& path) : dialect_(makeDialect(DialectKind::Sqlite))
    {
        const int rc = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        if (rc != SQLITE_OK) {
            const std::string why = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
            sqlite3_close(db_);
            db_ = nullptr;
            throw Error("cannot open SQLite database " + path + ": " + why);
        }
        sqlite3_busy_timeout(db_, 10000);
        sqlite3_create_function_v2(db_, "seg_md5_prefix32", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   md5Prefix32Function, nullptr, nullptr, nullptr);
        sqlite3_create_function_v2(db_, "seg_exact_sum", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, nullptr,
                                   exactStep, exactFinal<false>, nullptr);
        sqlite3_create_function_v2(db_, "seg_exact_avg", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, nullptr,
                                   exactStep, exactFinal<true>, nullptr);
    }
    ~SqliteConnection() override { sqlite3_close(db_); }

    const Dialect& dialect() const override { return *dialect_; }

    void execute(const std::string& sql, const std::vector<Value>& params) override
    {
        query(sql, params, [](const SqlRow&) {});
    }

    void query(const std::string& sql, const std::vector<Value>& params,
               const std::function<void(const SqlRow&)>& onRow) override
    {
        Statement st(db_, sql);
        for (size_t i = 0; i < params.size(); ++i)
            bind(st.s, static_cast<int>(i + 1), params[i]);
        SqliteRow row(st.s);
        for (;;) {
            const int rc = sqlite3_step(st.s);
            if (rc == SQLITE_ROW) {
                onRow(row);
                continue;
            }
            if (rc == SQLITE_DONE)
                return;
            throw Error(std::string("SQLite: ") + sqlite3_errmsg(db_));
        }
    }

    std::vector<SqlColumnInfo> describeTable(const std::string& table) override
    {
        std::vector<SqlColumnInfo> out;
        query("SELECT name, type FROM pragma_table_info(?1, 'main')", {Value::ofString(table)}, [&](const SqlRow& r) {
            out.push_back({std::string(r.text(0)), typeFromSqlName(r.text(1))});
        });
        return out;
    }

    void setCancelFlag(const std::atomic<bool>* cancel) override
    {
        // Checked every few thousand virtual-machine steps: a long statement stops soon after Cancel.
        sqlite3_progress_handler(db_, cancel ? 4096 : 0, cancel ? progressHandler : nullptr,
                                 const_cast<std::atomic<bool>*>(cancel));
    }

    void replaceTable(const std::string& table, const Table& data, const std::atomic<bool>* cancel) override
    {
        const Dialect& d = *dialect_;
        std::string create = "CREATE TABLE " + d.quoteIdentifier(table) + " (";
        std::string insert = "INSERT INTO " + d.quoteIdentifier(table) + " VALUES (";
        for (size_t c = 0; c < data.columns.size(); ++c) {
            create += (c ? ", " : "") + d.quoteIdentifier(data.columns[c].name()) + " " + d.columnType(data.columns[c].type());
            insert += (c ? ", ?" : "?") + std::to_string(c + 1);
        }
        execute("BEGIN", {});
        try {
            execute("DROP TABLE IF EXISTS " + d.quoteIdentifier(table), {});
            execute(create + ")", {});
            Statement st(db_, insert + ")");
            for (size_t r = 0; r < data.rows; ++r) {
                if (cancel && (r & 0xFFFF) == 0 && cancel->load())
                    throw Cancelled();
                for (size_t c = 0; c < data.columns.size(); ++c)
                    bindCell(st.s, static_cast<int>(c + 1), data.columns[c], r, table);
                if (sqlite3_step(st.s) != SQLITE_DONE)
                    throw Error("SQLite: loading " + table + ": " + sqlite3_errmsg(db_));
                sqlite3_reset(st.s);
            }
            execute("COMMIT", {});
        } catch (...) {
            sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }

private:
    static int progressHandler(void* flag) { return static_cast<std::atomic<bool>*>(flag)->load() ? 1 : 0; }

    struct Statement {
        sqlite3_stmt* s = nullptr;
        Statement(sqlite3* db, const std::string& sql)
        {
            if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &s, nullptr) != SQLITE_OK)
                throw Error(std::string("SQLite: ") + sqlite3_errmsg(db));
        }
        ~Statement() { sqlite3_finalize(s); }
        Statement(const Statement&) = delete;
        Statement& operator=(const Statement&) = delete;
    };

    static void bindText(sqlite3_stmt* s, int i, std::string_view text)
    {
        sqlite3_bind_text(s, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    static void bind(sqlite3_stmt* s, int i, const Value& v)
    {
        if (v.null)
            return void(sqlite3_bind_null(s, i));
        switch (v.type) {
        case DataType::Int:
        case DataType::Bool: sqlite3_bind_int64(s, i, v.i); break;
        case DataType::Double: sqlite3_bind_double(s, i, v.d); break;
        case DataType::Date: bindText(s, i, formatDate(static_cast<int32_t>(v.i))); break;
        case DataType::Timestamp: bindText(s, i, formatTimestamp(v.i)); break;
        case DataType::String: bindText(s, i, v.s); break;
        }
    }
    static void bindCell(sqlite3_stmt* s, int i, const Column& col, size_t row, const std::string& table)
    {
        if (col.isNull(row))
            return void(sqlite3_bind_null(s, i));
        switch (col.type()) {
        case DataType::Int: sqlite3_bind_int64(s, i, col.intAt(row)); break;
        case DataType::Double: sqlite3_bind_double(s, i, col.doubleAt(row)); break;
        case DataType::Bool: sqlite3_bind_int64(s, i, col.boolAt(row) ? 1 : 0); break;
        case DataType::Date: bindText(s, i, formatDate(col.dateAt(row))); break;
        case DataType::Timestamp: bindText(s, i, formatTimestamp(col.intAt(row))); break;
        case DataType::String:
            checkNoNul(col.stringAt(row), table, col.name(), row + 1);
            bindText(s, i, col.stringAt(row));
            break;
        }
    }

    sqlite3* db_ = nullptr;
    std::unique_ptr<Dialect> dialect_;
};

} // namespace

std::unique_ptr<SqlConnection> openSqliteConnection(const std::string& path)
{
    return std::make_unique<SqliteConnection>(path);
}

} // namespace seg
