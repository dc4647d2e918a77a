#pragma once
// Internal to core/sql: what SqlEngine needs from a client library. One implementation per
// engine (sqlite_connection.cpp, postgres_connection.cpp); the run logic is shared.
#include "data/table.h"
#include "data/value.h"
#include "sql/dialect.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

struct SqlColumnInfo {
    std::string name;
    DataType type = DataType::String;
};

// One result row. text() is the engine's text form (integers in decimal, dates YYYY-MM-DD);
// value() converts to the typed value the in-memory engine would hold.
class SqlRow {
public:
    virtual ~SqlRow() = default;
    virtual bool isNull(int column) const = 0;
    virtual std::string_view text(int column) const = 0;
    virtual Value value(int column, DataType type) const = 0;
};

class SqlConnection {
public:
    virtual ~SqlConnection() = default;
    virtual const Dialect& dialect() const = 0;
    // Throws seg::Error with the engine's message.
    virtual void execute(const std::string& sql, const std::vector<Value>& params = {}) = 0;
    virtual void query(const std::string& sql, const std::vector<Value>& params,
                       const std::function<void(const SqlRow&)>& onRow) = 0;
    // Columns of `table` in table order; empty when there is no such table.
    virtual std::vector<SqlColumnInfo> describeTable(const std::string& table) = 0;
    // While set and true, a running statement is interrupted where the client allows (SQLite);
    // others only stop between statements.
    virtual void setCancelFlag(const std::atomic<bool>* cancel) { (void)cancel; }
    // Drops and re-creates `table` with the columns of `data` and inserts every row.
    virtual void replaceTable(const std::string& table, const Table& data, const std::atomic<bool>* cancel) = 0;
    // Called by load before replaceTable: the customer key columns, for engines that shard or
    // sort by them (ClickHouse).
    virtual void setLoadKeys(const std::string& customersTable, const std::string& customerKey, const std::string& eventKey)
    {
        (void)customersTable, (void)customerKey, (void)eventKey;
    }
};

std::unique_ptr<SqlConnection> openSqliteConnection(const std::string& path);
std::unique_ptr<SqlConnection> openPostgresConnection(const std::string& uri);
// host:port/db?cluster=NAME&shards=host:port,... (clickhouse_connection.cpp)
std::unique_ptr<SqlConnection> openClickHouseConnection(const std::string& location);

// Shared by the connections: the typed value of a text form (bool: 1/0, t/f, true/false).
Value valueFromText(std::string_view text, DataType type);
// The type of an engine's declared column type name (BIGINT, double precision, TEXT...).
DataType typeFromSqlName(std::string_view declared);
// Refuses a string with NUL, naming the table, column and 1-based row.
void checkNoNul(std::string_view text, const std::string& table, const std::string& column, size_t row);

} // namespace seg
