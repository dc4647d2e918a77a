// PostgreSQL through libpq. Parameters travel separately from the SQL text (PQexecParams, text
// format); bulk loads use COPY FROM STDIN. The session is set to UTC, ISO dates and shortest
// exact float text, which the dialect and valueFromText rely on.
#include "sql/sql_connection.h"

#include "util/error.h"

#include <libpq-fe.h>

#include <cmath>

namespace seg {

namespace {

struct ResultHolder {
    PGresult* r = nullptr;
    explicit ResultHolder(PGresult* p) : r(p) {}
    ~ResultHolder() { PQclear(r); }
    ResultHolder(const ResultHolder&) = delete;
    ResultHolder& operator=(const ResultHolder&) = delete;
};

std::string paramText(const Value& v)
{
    switch (v.type) {
    case DataType::Int: return std::to_string(v.i);
    case DataType::Double:
        if (std::isnan(v.d))
            return "NaN";
        if (std::isinf(v.d))
            return v.d > 0 ? "Infinity" : "-Infinity";
        return formatDouble(v.d);
    case DataType::Bool: return v.i ? "t" : "f";
    case DataType::Date: return formatDate(static_cast<int32_t>(v.i));
    case DataType::Timestamp: return formatTimestamp(v.i);
    case DataType::String: return v.s;
    }
    return {};
}

// COPY text format: backslash escapes for the characters that separate fields and rows.
void appendCopyText(std::string& out, std::string_view s)
{
    for (char ch : s) {
        switch (ch) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += ch;
        }
    }
}

class PgRow final : public SqlRow {
public:
    explicit PgRow(PGresult* r) : r_(r) {}
    void setRow(int row) { row_ = row; }
    bool isNull(int c) const override { return PQgetisnull(r_, row_, c) != 0; }
    std::string_view text(int c) const override
    {
        return std::string_view(PQgetvalue(r_, row_, c), static_cast<size_t>(PQgetlength(r_, row_, c)));
    }
    Value value(int c, DataType type) const override
    {
        return isNull(c) ? Value::nullOf(type) : valueFromText(text(c), type);
    }
private:
    PGresult* r_;
    int row_ = 0;
};

class PostgresConnection final : public SqlConnection {
public:
    explicit PostgresConnection(const std::string& uri) : dialect_(makeDialect(DialectKind::Postgres))
    {
        conn_ = PQconnectdb(uri.c_str());
        if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
            const std::string why = conn_ ? PQerrorMessage(conn_) : "out of memory";
            PQfinish(conn_);
            conn_ = nullptr;
            throw Error("cannot connect to PostgreSQL: " + trimmed(why));
        }
        execute("SET client_encoding = 'UTF8'", {});
        execute("SET TimeZone = 'UTC'", {});
        execute("SET DateStyle = 'ISO, YMD'", {});
        execute("SET extra_float_digits = 1", {});
        execute("SET client_min_messages = 'warning'", {});
    }
    ~PostgresConnection() override { PQfinish(conn_); }

    const Dialect& dialect() const override { return *dialect_; }

    void execute(const std::string& sql, const std::vector<Value>& params) override
    {
        ResultHolder r(run(sql, params));
    }

    void query(const std::string& sql, const std::vector<Value>& params,
               const std::function<void(const SqlRow&)>& onRow) override
    {
        ResultHolder r(run(sql, params));
        const int rows = PQntuples(r.r);
        PgRow row(r.r);
        for (int i = 0; i < rows; ++i) {
            row.setRow(i);
            onRow(row);
        }
    }

    std::vector<SqlColumnInfo> describeTable(const std::string& table) override
    {
        std::vector<SqlColumnInfo> out;
        query("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() "
              "AND table_name = $1 ORDER BY ordinal_position",
              {Value::ofString(table)},
              [&](const SqlRow& r) { out.push_back({std::string(r.text(0)), typeFromSqlName(r.text(1))}); });
        return out;
    }

    void replaceTable(const std::string& table, const Table& data, const std::atomic<bool>* cancel) override
    {
        const Dialect& d = *dialect_;
        const std::string name = d.quoteIdentifier(table);
        std::string create = "CREATE TABLE " + name + " (";
        for (size_t c = 0; c < data.columns.size(); ++c)
            create += (c ? ", " : "") + d.quoteIdentifier(data.columns[c].name()) + " " + d.columnType(data.columns[c].type());
        execute("BEGIN", {});
        try {
            execute("DROP TABLE IF EXISTS " + name, {});
            execute(create + ")", {});
            {
                ResultHolder copy(PQexec(conn_, ("COPY " + name + " FROM STDIN").c_str()));
                if (PQresultStatus(copy.r) != PGRES_COPY_IN)
                    throw Error("PostgreSQL: " + trimmed(PQerrorMessage(conn_)));
            }
            std::string buffer;
            for (size_t r = 0; r < data.rows; ++r) {
                if (cancel && (r & 0xFFFF) == 0 && cancel->load()) {
                    PQputCopyEnd(conn_, "cancelled");
                    finishCopy(true);
                    throw Cancelled();
                }
                for (size_t c = 0; c < data.columns.size(); ++c) {
                    if (c)
                        buffer += '\t';
                    appendCell(buffer, data.columns[c], r, table);
                }
                buffer += '\n';
                if (buffer.size() > (1u << 20))
                    putCopy(buffer);
            }
            putCopy(buffer);
            if (PQputCopyEnd(conn_, nullptr) != 1)
                throw Error("PostgreSQL: " + trimmed(PQerrorMessage(conn_)));
            finishCopy(false);
            execute("COMMIT", {});
        } catch (...) {
            ResultHolder rollback(PQexec(conn_, "ROLLBACK"));
            throw;
        }
        execute("ANALYZE " + name, {});
    }

private:
    static std::string trimmed(std::string s)
    {
        while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
            s.pop_back();
        return s;
    }

    PGresult* run(const std::string& sql, const std::vector<Value>& params)
    {
        std::vector<std::string> texts;
        std::vector<const char*> values;
        texts.reserve(params.size());
        for (const auto& p : params)
            texts.push_back(p.null ? std::string() : paramText(p));
        for (size_t i = 0; i < params.size(); ++i)
            values.push_back(params[i].null ? nullptr : texts[i].c_str());
        PGresult* r = PQexecParams(conn_, sql.c_str(), static_cast<int>(params.size()), nullptr, values.data(), nullptr,
                                   nullptr, 0);
        const ExecStatusType status = PQresultStatus(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const std::string why = trimmed(r ? PQresultErrorMessage(r) : PQerrorMessage(conn_));
            PQclear(r);
            throw Error("PostgreSQL: " + why);
        }
        return r;
    }

    void putCopy(std::string& buffer)
    {
        if (!buffer.empty() && PQputCopyData(conn_, buffer.data(), static_cast<int>(buffer.size())) != 1)
            throw Error("PostgreSQL: " + trimmed(PQerrorMessage(conn_)));
        buffer.clear();
    }
    void finishCopy(bool quiet)
    {
        while (PGresult* r = PQgetResult(conn_)) {
            ResultHolder h(r);
            if (!quiet && PQresultStatus(r) != PGRES_COMMAND_OK)
                throw Error("PostgreSQL: " + trimmed(PQresultErrorMessage(r)));
        }
    }
    static void appendCell(std::string& out, const Column& col, size_t row, const std::string& table)
    {
        if (col.isNull(row)) {
            out += "\\N";
            return;
        }
        switch (col.type()) {
        case DataType::Int: out += std::to_string(col.intAt(row)); break;
        case DataType::Double: out += paramText(Value::ofDouble(col.doubleAt(row))); break;
        case DataType::Bool: out += col.boolAt(row) ? 't' : 'f'; break;
        case DataType::Date: out += formatDate(col.dateAt(row)); break;
        case DataType::Timestamp: out += formatTimestamp(col.intAt(row)); break;
        case DataType::String:
            checkNoNul(col.stringAt(row), table, col.name(), row + 1);
            appendCopyText(out, col.stringAt(row));
            break;
        }
    }

    PGconn* conn_ = nullptr;
    std::unique_ptr<Dialect> dialect_;
};

} // namespace

std::unique_ptr<SqlConnection> openPostgresConnection(const std::string& uri)
{
    return std::make_unique<PostgresConnection>(uri);
}

} // namespace seg
