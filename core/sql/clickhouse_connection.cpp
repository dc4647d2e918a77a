// ClickHouse through its HTTP interface (http_client.h): statements are POSTed, results read
// as TabSeparated. There are no bind parameters, so statements carry the dialect's escaped
// literals. With `cluster`, `load` creates a MergeTree table `<table>_shard` on every shard
// of the cluster (per shard: ON CLUSTER needs ZooKeeper) and a Distributed table `<table>`
// over them, sharded by a hash of the customer key, and inserts through it synchronously.
//
// Location: host:port/db?cluster=NAME&shards=host:port,host:port&user=U&password=P
//   shards: the HTTP endpoints of the cluster's shards, in shard order; by default each
//   shard's host (from system.clusters) on this server's HTTP port.
#include "sql/clickhouse_shards.h"
#include "sql/http_client.h"
#include "sql/sql_connection.h"
#include "util/error.h"

#include <cmath>
#include <cstring>
#include <utility>

namespace seg {

namespace {

// ClickHouse's TabSeparated escapes: \\ \t \n \' \0 \b \f \r; \N alone is NULL.
std::string unescapeTsv(std::string_view field)
{
    std::string out;
    out.reserve(field.size());
    for (size_t i = 0; i < field.size(); ++i) {
        if (field[i] != '\\' || i + 1 == field.size()) {
            out += field[i];
            continue;
        }
        const char c = field[++i];
        switch (c) {
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case '0': out += '\0'; break;
        default: out += c; break;
        }
    }
    return out;
}

class TsvRow final : public SqlRow {
public:
    std::vector<std::string> fields;
    std::vector<bool> nulls;

    bool isNull(int column) const override { return nulls.at(static_cast<size_t>(column)); }
    std::string_view text(int column) const override { return fields.at(static_cast<size_t>(column)); }
    Value value(int column, DataType type) const override
    {
        if (isNull(column))
            return Value::nullOf(type);
        const std::string& t = fields[static_cast<size_t>(column)];
        // Dates and timestamps are stored as days and microseconds (dialect.h).
        if (type == DataType::Date || type == DataType::Timestamp) {
            const auto x = parseInt64(t);
            if (!x)
                throw Error("the engine returned '" + t.substr(0, 40) + "' where a " + std::string(typeName(type))
                            + " (stored as an integer) was expected");
            return type == DataType::Date ? Value::ofDate(static_cast<int32_t>(*x)) : Value::ofTimestamp(*x);
        }
        if (type == DataType::Double && (t == "inf" || t == "-inf" || t == "nan" || t == "-nan"))
            return Value::ofDouble(t == "inf" ? HUGE_VAL : t == "-inf" ? -HUGE_VAL : std::nan(""));
        return valueFromText(t, type);
    }
};

std::pair<std::string, int> hostPort(std::string_view text, const std::string& what)
{
    const size_t colon = text.rfind(':');
    const auto port = colon == std::string_view::npos ? std::nullopt : parseInt64(text.substr(colon + 1));
    if (!port || *port <= 0 || *port > 65535 || colon == 0)
        throw Error(what + ": expected host:port, got '" + std::string(text) + "'");
    return {std::string(text.substr(0, colon)), static_cast<int>(*port)};
}

class ClickHouseConnection final : public SqlConnection {
public:
    explicit ClickHouseConnection(const std::string& location) : dialect_(makeDialect(DialectKind::ClickHouse))
    {
        const size_t q = location.find('?');
        const std::string base = location.substr(0, q);
        const size_t slash = base.find('/');
        std::tie(endpoint_.host, endpoint_.port) = hostPort(std::string_view(base).substr(0, slash), "ClickHouse URL");
        database_ = slash == std::string::npos ? "" : base.substr(slash + 1);
        if (database_.empty())
            database_ = "default";
        std::string_view query = q == std::string::npos ? std::string_view() : std::string_view(location).substr(q + 1);
        while (!query.empty()) {
            const size_t amp = query.find('&');
            const std::string_view item = query.substr(0, amp);
            query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
            const size_t eq = item.find('=');
            const std::string name(item.substr(0, eq));
            const std::string value(eq == std::string_view::npos ? "" : item.substr(eq + 1));
            if (name == "cluster")
                cluster_ = value;
            else if (name == "shards")
                shardsParameter_ = value;
            else if (name == "user")
                user_ = value;
            else if (name == "password")
                password_ = value;
            else if (!name.empty())
                throw Error("ClickHouse URL: unknown parameter '" + name + "' (known: table, events, cluster, shards)");
        }
        // Fails early with the server's message (unknown database...) or the connection error.
        // The query goes in the URL: a server refusing the request before reading a body
        // resets the connection, and its message would be lost.
        checkConnection();
    }

    const Dialect& dialect() const override { return *dialect_; }

    void execute(const std::string& sql, const std::vector<Value>& params) override
    {
        refuseParams(params);
        post(endpoint_, sql, "");
    }

    void query(const std::string& sql, const std::vector<Value>& params,
               const std::function<void(const SqlRow&)>& onRow) override
    {
        refuseParams(params);
        const std::string body = post(endpoint_, sql + "\nFORMAT TabSeparated", "");
        TsvRow row;
        size_t pos = 0;
        while (pos < body.size()) {
            size_t end = body.find('\n', pos);
            if (end == std::string::npos)
                end = body.size();
            row.fields.clear();
            row.nulls.clear();
            size_t start = pos;
            for (;;) {
                size_t tab = body.find('\t', start);
                if (tab == std::string::npos || tab > end)
                    tab = end;
                const std::string_view field(body.data() + start, tab - start);
                row.nulls.push_back(field == "\\N");
                row.fields.push_back(unescapeTsv(field));
                if (tab == end)
                    break;
                start = tab + 1;
            }
            onRow(row);
            pos = end + 1;
        }
    }

    std::vector<SqlColumnInfo> describeTable(const std::string& table) override
    {
        bool exists = false;
        query("EXISTS TABLE " + dialect_->quoteIdentifier(table), {}, [&](const SqlRow& r) { exists = r.text(0) == "1"; });
        std::vector<SqlColumnInfo> out;
        if (!exists)
            return out;
        // load() writes Segment Studio's type into the column comment: Int64 is an int or a
        // timestamp, Int32 a date (dialect.h).
        query("DESCRIBE TABLE " + dialect_->quoteIdentifier(table), {}, [&](const SqlRow& r) {
            SqlColumnInfo c;
            c.name = std::string(r.text(0));
            const std::string comment = r.isNull(4) ? "" : std::string(r.text(4));
            if (auto t = parseTypeName(comment))
                c.type = *t;
            else
                c.type = typeOfClickHouse(r.text(1));
            out.push_back(std::move(c));
        });
        return out;
    }

    void replaceTable(const std::string& table, const Table& data, const std::atomic<bool>* cancel) override
    {
        const Dialect& d = *dialect_;
        if (data.columns.empty())
            throw Error("table " + table + " has no columns to load");
        // Customers are sorted by their key (never NULL); events have no sort key.
        const int keyColumn = table == customersTable_ ? data.indexOf(customerKey_) : -1;
        const bool customers = keyColumn >= 0;
        std::string columns;
        for (size_t c = 0; c < data.columns.size(); ++c) {
            const Column& col = data.columns[c];
            const bool sortKey = customers && static_cast<int>(c) == keyColumn;
            columns += (c ? ", " : "") + d.quoteIdentifier(col.name()) + " "
                + (sortKey ? d.columnType(col.type()) : "Nullable(" + d.columnType(col.type()) + ")") + " COMMENT "
                + clickHouseStringLiteral(std::string(typeName(col.type())));
        }
        const std::string order = customers ? d.quoteIdentifier(customerKey_) : "tuple()";
        const std::string create = " (" + columns + ") ENGINE = MergeTree ORDER BY " + order;
        if (cluster_.empty()) {
            execute("DROP TABLE IF EXISTS " + d.quoteIdentifier(table), {});
            execute("CREATE TABLE " + d.quoteIdentifier(table) + create, {});
        } else {
            const std::string local = table + "_shard";
            const auto shards = shardEndpoints();
            execute("DROP TABLE IF EXISTS " + d.quoteIdentifier(table), {});
            for (const auto& shard : shards) {
                post(shard, "DROP TABLE IF EXISTS " + d.quoteIdentifier(local), "");
                post(shard, "CREATE TABLE " + d.quoteIdentifier(local) + create, "");
            }
            const std::string shardKey = customers ? customerKey_ : eventKey_;
            if (data.indexOf(shardKey) < 0)
                throw Error("table " + table + " has no customer key column '" + shardKey + "' to shard by");
            const std::string hash = "cityHash64(toString(assumeNotNull(" + d.quoteIdentifier(shardKey) + ")))";
            execute("CREATE TABLE " + d.quoteIdentifier(table) + " AS " + d.quoteIdentifier(local) + " ENGINE = Distributed("
                        + d.quoteIdentifier(cluster_) + ", " + d.quoteIdentifier(database_) + ", " + d.quoteIdentifier(local)
                        + ", " + hash + ")",
                    {});
        }
        // Batches of rows in RowBinary: doubles keep their exact bits (18.16's text parser can
        // round them one ulp off). The distributed insert is synchronous, so the rows are on
        // their shards when load returns.
        const std::string insert = "INSERT INTO " + d.quoteIdentifier(table) + " FORMAT RowBinary";
        std::string batch;
        for (size_t r = 0; r < data.rows; ++r) {
            if (cancel && (r & 0xFFFF) == 0 && cancel->load())
                throw Cancelled();
            for (size_t c = 0; c < data.columns.size(); ++c)
                appendCell(batch, data.columns[c], r, table, !(customers && static_cast<int>(c) == keyColumn));
            if (batch.size() > (8u << 20)) {
                post(endpoint_, insert, batch);
                batch.clear();
            }
        }
        if (!batch.empty())
            post(endpoint_, insert, batch);
    }

    void setLoadKeys(const std::string& customersTable, const std::string& customerKey, const std::string& eventKey) override
    {
        customersTable_ = customersTable;
        customerKey_ = customerKey;
        eventKey_ = eventKey;
    }

private:
    static void refuseParams(const std::vector<Value>& params)
    {
        if (!params.empty())
            throw Error("internal error: ClickHouse statements take no bound parameters");
    }

    static DataType typeOfClickHouse(std::string_view t)
    {
        if (t.starts_with("Nullable("))
            t = t.substr(9, t.size() - 10);
        if (t == "Float64" || t == "Float32" || t.starts_with("Decimal"))
            return DataType::Double;
        if (t == "UInt8")
            return DataType::Bool;
        if (t.find("Int") != std::string_view::npos)
            return DataType::Int;
        return DataType::String; // Date/DateTime columns of other writers are not supported (dialect.h)
    }

    template <class T>
    static void appendLittleEndian(std::string& out, T v)
    {
        unsigned char bytes[sizeof(T)];
        std::memcpy(bytes, &v, sizeof(T)); // x86-64 and AArch64 Linux are little-endian, as RowBinary
        out.append(reinterpret_cast<const char*>(bytes), sizeof(T));
    }

    static void appendCell(std::string& out, const Column& col, size_t row, const std::string& table, bool nullable)
    {
        if (nullable) {
            out += col.isNull(row) ? '\1' : '\0';
            if (col.isNull(row))
                return;
        } else if (col.isNull(row)) {
            throw Error("table " + table + ", column '" + col.name() + "', row " + std::to_string(row + 1)
                        + ": the customer key is empty");
        }
        switch (col.type()) {
        case DataType::Int:
        case DataType::Timestamp: appendLittleEndian<int64_t>(out, col.intAt(row)); break;
        case DataType::Double: appendLittleEndian<double>(out, col.doubleAt(row)); break;
        case DataType::Bool: out += col.boolAt(row) ? '\1' : '\0'; break;
        case DataType::Date: appendLittleEndian<int32_t>(out, col.dateAt(row)); break;
        case DataType::String: {
            const std::string_view s = col.stringAt(row);
            checkNoNul(s, table, col.name(), row + 1);
            uint64_t n = s.size(); // LEB128 length
            do {
                unsigned char b = n & 0x7F;
                n >>= 7;
                out += static_cast<char>(n ? b | 0x80 : b);
            } while (n);
            out.append(s);
            break;
        }
        }
    }

    std::vector<HttpEndpoint> shardEndpoints()
    {
        std::vector<HttpEndpoint> out;
        if (!shardsParameter_.empty()) {
            std::string_view rest = shardsParameter_;
            while (!rest.empty()) {
                const size_t comma = rest.find(',');
                auto [host, port] = hostPort(rest.substr(0, comma), "ClickHouse URL parameter 'shards'");
                out.push_back({host, port});
                rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
            }
            return out;
        }
        std::vector<ClusterShardRow> rows;
        query("SELECT shard_num, host_address, port FROM system.clusters WHERE cluster = "
                  + clickHouseStringLiteral(cluster_) + " ORDER BY shard_num, replica_num",
              {}, [&](const SqlRow& r) {
                  rows.push_back({static_cast<int>(parseInt64(std::string(r.text(0))).value_or(0)), std::string(r.text(1)),
                                  static_cast<int>(parseInt64(std::string(r.text(2))).value_or(0))});
              });
        out = defaultShardEndpoints(cluster_, rows, endpoint_.port);
        if (out.empty())
            throw Error("ClickHouse at " + endpoint_.host + ":" + std::to_string(endpoint_.port) + " has no cluster '"
                        + cluster_ + "' in its remote_servers");
        return out;
    }

    void checkConnection()
    {
        std::string target = "/?database=" + urlEncode(database_) + "&query=SELECT%201";
        if (!user_.empty())
            target += "&user=" + user_ + "&password=" + password_;
        const HttpResponse r = httpPost(endpoint_, target, "");
        if (r.status != 200)
            throw Error("ClickHouse at " + endpoint_.host + ":" + std::to_string(endpoint_.port) + " (HTTP "
                        + std::to_string(r.status) + "): " + trimmed(r.body));
    }
    static std::string trimmed(const std::string& body)
    {
        std::string message = body.substr(0, 2000);
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        return message;
    }

    std::string post(const HttpEndpoint& at, const std::string& sql, const std::string& data)
    {
        std::string target = "/?database=" + urlEncode(database_)
            + "&join_use_nulls=1&insert_distributed_sync=1&wait_end_of_query=1";
        if (!user_.empty())
            target += "&user=" + user_ + "&password=" + password_; // already percent-encoded in the URL
        std::string body = sql;
        if (!data.empty()) {
            target += "&query=" + urlEncode(sql);
            body = data;
        }
        const HttpResponse r = httpPost(at, target, body);
        if (r.status != 200) {
            throw Error("ClickHouse at " + at.host + ":" + std::to_string(at.port) + " (HTTP " + std::to_string(r.status)
                        + "): " + trimmed(r.body));
        }
        return r.body;
    }

    HttpEndpoint endpoint_;
    std::string database_, cluster_, shardsParameter_, user_, password_;
    std::unique_ptr<Dialect> dialect_;
    std::string customersTable_, customerKey_, eventKey_;
};

} // namespace

std::unique_ptr<SqlConnection> openClickHouseConnection(const std::string& location)
{
    return std::make_unique<ClickHouseConnection>(location);
}


} // namespace seg
