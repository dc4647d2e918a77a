#include "oracle_sqlite.h"

#include "oracle_md5.h"

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>

namespace seg::oracle {

struct OracleDb::Statement {
    sqlite3_stmt* stmt = nullptr;
    std::string text;

    Statement(sqlite3* db, const Sql& sql) : text(sql.text)
    {
        if (sqlite3_prepare_v2(db, sql.text.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string("oracle SQL does not prepare: ") + sqlite3_errmsg(db) + "\n" + sql.text);
        if (static_cast<size_t>(sqlite3_bind_parameter_count(stmt)) != sql.params.size())
            throw std::runtime_error("oracle SQL has " + std::to_string(sqlite3_bind_parameter_count(stmt))
                                     + " placeholders for " + std::to_string(sql.params.size()) + " values\n" + sql.text);
        for (size_t k = 0; k < sql.params.size(); ++k) {
            const SqlValue& v = sql.params[k];
            const int at = static_cast<int>(k + 1);
            switch (v.kind) {
            case SqlValue::Kind::Null: sqlite3_bind_null(stmt, at); break;
            case SqlValue::Kind::Int: sqlite3_bind_int64(stmt, at, v.i); break;
            case SqlValue::Kind::Real: sqlite3_bind_double(stmt, at, v.d); break;
            case SqlValue::Kind::Text:
                sqlite3_bind_text(stmt, at, v.s.data(), static_cast<int>(v.s.size()), SQLITE_TRANSIENT);
                break;
            }
        }
    }
    ~Statement() { sqlite3_finalize(stmt); }
    bool step(sqlite3* db)
    {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw std::runtime_error(std::string("oracle SQL failed: ") + sqlite3_errmsg(db) + "\n" + text);
        return false;
    }
};

namespace {

// md5_prefix32(text): the first 4 bytes of MD5(text), big-endian, as an integer in [0, 2^32).
void md5Prefix32Function(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const auto digest = referenceMd5(std::string_view(text, static_cast<size_t>(sqlite3_value_bytes(argv[0]))));
    const int64_t value = (int64_t{digest[0]} << 24) | (int64_t{digest[1]} << 16) | (int64_t{digest[2]} << 8) | digest[3];
    sqlite3_result_int64(ctx, value);
}

SqlValue optionalInt(const std::optional<int64_t>& v) { return v ? SqlValue::ofInt(*v) : SqlValue{}; }
SqlValue optionalText(const std::optional<std::string>& v) { return v ? SqlValue::ofText(*v) : SqlValue{}; }

} // namespace

OracleDb::OracleDb(const RandomData& data) : data_(data)
{
    if (sqlite3_open(":memory:", &db_) != SQLITE_OK)
        throw std::runtime_error("cannot open an in-memory SQLite database");
    sqlite3_create_function(db_, "md5_prefix32", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, md5Prefix32Function,
                            nullptr, nullptr);
    exec("PRAGMA case_sensitive_like = ON"); // the spec's LIKE is case-sensitive
    load();
}

OracleDb::~OracleDb() { sqlite3_close(db_); }

void OracleDb::exec(const std::string& sql)
{
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : "?";
        sqlite3_free(error);
        throw std::runtime_error("oracle SQL failed: " + message + "\n" + sql);
    }
}

void OracleDb::load()
{
    const bool str = data_.options.stringKeys;
    const std::string keyType = str ? "TEXT" : "INTEGER";
    exec("CREATE TABLE customers(id " + keyType
         + " PRIMARY KEY, age INTEGER, visits INTEGER, score REAL, vip INTEGER, joined TEXT, last_seen TEXT, country TEXT, "
           "email TEXT)");
    exec("CREATE TABLE events(customer_id " + keyType + ", ts TEXT, event_type TEXT, amount REAL, channel TEXT)");
    exec("BEGIN");
    const CustomerModel& c = data_.customers;
    for (size_t r = 0; r < data_.rows(); ++r) {
        Sql insert("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.params = {str ? SqlValue::ofText(c.strKey[r]) : SqlValue::ofInt(c.intKey[r]),
                         optionalInt(c.age[r]),
                         optionalInt(c.visits[r]),
                         c.score[r] ? SqlValue::ofReal(*c.score[r]) : SqlValue{},
                         c.vip[r] ? SqlValue::ofInt(*c.vip[r] ? 1 : 0) : SqlValue{},
                         c.joined[r] ? SqlValue::ofText(isoDate(*c.joined[r])) : SqlValue{},
                         c.lastSeen[r] ? SqlValue::ofText(isoTimestamp(*c.lastSeen[r])) : SqlValue{},
                         optionalText(c.country[r]),
                         optionalText(c.email[r])};
        Statement(db_, insert).step(db_);
        if (str)
            rowOfText_[c.strKey[r]] = static_cast<uint32_t>(r);
        else
            rowOfInt_[c.intKey[r]] = static_cast<uint32_t>(r);
    }
    const EventModel& e = data_.events;
    for (size_t k = 0; k < e.customerRow.size(); ++k) {
        const uint32_t r = e.customerRow[k];
        Sql insert("INSERT INTO events VALUES (?, ?, ?, ?, ?)");
        insert.params = {str ? SqlValue::ofText(c.strKey[r]) : SqlValue::ofInt(c.intKey[r]),
                         SqlValue::ofText(data_.options.timeIsDate ? isoDate(static_cast<int32_t>(e.time[k])) : isoTimestamp(e.time[k])),
                         optionalText(e.type[k]),
                         e.cents[k] ? SqlValue::ofReal(static_cast<double>(*e.cents[k]) / 100.0) : SqlValue{},
                         optionalText(e.channel[k])};
        Statement(db_, insert).step(db_);
    }
    exec("COMMIT");
    exec("CREATE INDEX events_by_customer ON events(customer_id)");
}

std::vector<SqlValue> OracleDb::values(const Sql& select)
{
    Statement s(db_, select);
    std::vector<SqlValue> out;
    while (s.step(db_)) {
        switch (sqlite3_column_type(s.stmt, 0)) {
        case SQLITE_INTEGER: out.push_back(SqlValue::ofInt(sqlite3_column_int64(s.stmt, 0))); break;
        case SQLITE_FLOAT: out.push_back(SqlValue::ofReal(sqlite3_column_double(s.stmt, 0))); break;
        case SQLITE_TEXT:
            out.push_back(SqlValue::ofText(std::string(reinterpret_cast<const char*>(sqlite3_column_text(s.stmt, 0)),
                                                       static_cast<size_t>(sqlite3_column_bytes(s.stmt, 0)))));
            break;
        default: break; // NULL
        }
    }
    return out;
}

int64_t OracleDb::scalar(const Sql& select)
{
    Statement s(db_, select);
    if (!s.step(db_))
        throw std::runtime_error("oracle SQL returned no row\n" + select.text);
    return sqlite3_column_int64(s.stmt, 0);
}

int64_t OracleDb::topK(const OracleStep& step, int64_t n)
{
    if (step.count)
        return std::min(*step.count, n);
    return (n * step.percentTenths + 999) / 1000; // ceil(n · tenths / 1000)
}

std::vector<uint32_t> OracleDb::rowsOf(const std::string& table)
{
    std::vector<uint32_t> rows;
    Statement s(db_, Sql("SELECT id FROM " + table));
    while (s.step(db_)) {
        if (data_.options.stringKeys)
            rows.push_back(rowOfText_.at(reinterpret_cast<const char*>(sqlite3_column_text(s.stmt, 0))));
        else
            rows.push_back(rowOfInt_.at(sqlite3_column_int64(s.stmt, 0)));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void OracleDb::replaceRows(const std::string& table, const std::vector<uint32_t>& rows)
{
    exec("DELETE FROM " + table);
    for (uint32_t r : rows) {
        Sql insert("INSERT INTO " + table + " VALUES (?)");
        insert.params.push_back(data_.options.stringKeys ? SqlValue::ofText(data_.customers.strKey[r])
                                                         : SqlValue::ofInt(data_.customers.intKey[r]));
        Statement(db_, insert).step(db_);
    }
}

void OracleDb::evaluate(const GeneratedGraph& graph, const StepCheck& check)
{
    for (const auto& step : graph.steps)
        exec("DROP TABLE IF EXISTS " + step.table);
    for (const auto& step : graph.steps) {
        exec("CREATE TABLE " + step.table + "(id)");
        Sql select = step.select;
        if (step.isTop) {
            const int64_t n = scalar(Sql("SELECT COUNT(*) FROM (") + step.select + Sql(")"));
            // Ordered by the field, ties by the key ascending (numeric for int keys, bytes for text).
            select = step.select + Sql(" ORDER BY ") + step.orderKey + Sql(step.ascending ? " ASC" : " DESC")
                + Sql(", c.id ASC LIMIT " + std::to_string(topK(step, n)));
        }
        Statement(db_, Sql("INSERT INTO " + step.table + " ") + select).step(db_);
        const std::vector<uint32_t> rows = rowsOf(step.table);
        const std::vector<uint32_t> keep = check(step, rows);
        if (keep != rows)
            replaceRows(step.table, keep);
    }
}

} // namespace seg::oracle
