// URL parsing, the engine tables' schema, `load`, and the shared remote run.
#include "sql/sql_engine.h"

#include "bind/bound_graph.h"
#include "sql/sql_connection.h"
#include "util/error.h"

#include <chrono>
#include <cmath>

namespace seg {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string percentDecode(std::string_view s, const std::string& url)
{
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        auto hex = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; };
        if (i + 2 >= s.size() || hex(s[i + 1]) < 0 || hex(s[i + 2]) < 0)
            throw Error("engine URL '" + url + "': bad percent escape");
        out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
        i += 2;
    }
    return out;
}

// Takes our parameters (table, events) out of the query string; returns the rest.
std::string takeTableParameters(std::string_view query, SqlTables& tables, const std::string& url, bool keepOthers)
{
    std::string rest;
    size_t pos = 0;
    while (pos <= query.size() && !query.empty()) {
        size_t end = query.find('&', pos);
        if (end == std::string_view::npos)
            end = query.size();
        const std::string_view item = query.substr(pos, end - pos);
        const size_t eq = item.find('=');
        const std::string_view name = item.substr(0, eq);
        const std::string value = eq == std::string_view::npos ? "" : percentDecode(item.substr(eq + 1), url);
        if (name == "table" || name == "events") {
            if (value.empty())
                throw Error("engine URL '" + url + "': parameter '" + std::string(name) + "' needs a table name");
            (name == "table" ? tables.customers : tables.events) = value;
        } else if (!item.empty()) {
            if (!keepOthers)
                throw Error("engine URL '" + url + "': unknown parameter '" + std::string(name)
                            + "' (known: table, events)");
            rest += (rest.empty() ? "" : "&") + std::string(item);
        }
        pos = end + 1;
    }
    return rest;
}

// The URL with the password between "user:" and "@" replaced (empty replacement: removed with the ':').
std::string replacePassword(const std::string& url, const std::string& replacement)
{
    const size_t scheme = url.find("://");
    if (scheme == std::string::npos)
        return url;
    const size_t at = url.find('@', scheme + 3);
    const size_t slash = url.find('/', scheme + 3);
    if (at == std::string::npos || (slash != std::string::npos && slash < at))
        return url;
    const size_t colon = url.find(':', scheme + 3);
    if (colon == std::string::npos || colon > at)
        return url;
    return url.substr(0, replacement.empty() ? colon : colon + 1) + replacement + url.substr(at);
}

std::string maskPassword(const std::string& url) { return replacePassword(url, "***"); }

int columnIndex(const std::vector<SqlColumnInfo>& cols, const std::string& name)
{
    for (size_t i = 0; i < cols.size(); ++i)
        if (cols[i].name == name)
            return static_cast<int>(i);
    return -1;
}

Table emptyTable(const std::vector<SqlColumnInfo>& cols)
{
    Table t;
    for (const auto& c : cols)
        t.columns.emplace_back(c.name, c.type);
    return t;
}

} // namespace

// ---- helpers shared by the connections ----

Value valueFromText(std::string_view text, DataType type)
{
    std::optional<Value> v;
    switch (type) {
    case DataType::Int:
        if (auto x = parseInt64(text))
            v = Value::ofInt(*x);
        break;
    case DataType::Double:
        if (auto x = parseDouble(text))
            v = Value::ofDouble(*x + 0.0);
        else if (text == "NaN" || text == "Infinity" || text == "-Infinity")
            v = Value::ofDouble(text == "NaN" ? std::nan("") : text == "Infinity" ? HUGE_VAL : -HUGE_VAL);
        break;
    case DataType::Bool:
        if (text == "1" || text == "t" || text == "true")
            v = Value::ofBool(true);
        else if (text == "0" || text == "f" || text == "false")
            v = Value::ofBool(false);
        break;
    case DataType::Date:
        if (auto x = parseIsoDate(text.substr(0, 10)); x && (text.size() == 10 || text[10] == ' ' || text[10] == 'T'))
            v = Value::ofDate(*x);
        break;
    case DataType::Timestamp:
        if (auto x = parseIsoTimestamp(text))
            v = Value::ofTimestamp(*x);
        else if (auto d = parseIsoDate(text))
            v = Value::ofTimestamp(int64_t{*d} * kMicrosPerDay);
        break;
    case DataType::String: v = Value::ofString(std::string(text)); break;
    }
    if (!v)
        throw Error("the engine returned '" + std::string(text.substr(0, 40)) + "' where a " + std::string(typeName(type))
                    + " was expected");
    return *v;
}

DataType typeFromSqlName(std::string_view declared)
{
    std::string t(declared);
    for (char& c : t)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    auto has = [&](const char* s) { return t.find(s) != std::string::npos; };
    if (has("timestamp") || has("datetime"))
        return DataType::Timestamp;
    if (has("date"))
        return DataType::Date;
    if (has("bool"))
        return DataType::Bool;
    if (has("int"))
        return DataType::Int;
    if (has("double") || has("real") || has("float") || has("numeric") || has("decimal"))
        return DataType::Double;
    return DataType::String;
}

void checkNoNul(std::string_view text, const std::string& table, const std::string& column, size_t row)
{
    if (text.find('\0') != std::string_view::npos)
        throw Error("table " + table + ", column '" + column + "', row " + std::to_string(row)
                    + ": the value contains a NUL character, which SQL engines cannot store in text");
}

// ---- URL ----

std::string urlWithoutPassword(const std::string& url) { return replacePassword(url, ""); }

EngineUrl parseEngineUrl(const std::string& url)
{
    EngineUrl out;
    out.display = maskPassword(url);
    const size_t q = url.find('?');
    const std::string_view base = std::string_view(url).substr(0, q);
    const std::string_view query = q == std::string::npos ? std::string_view() : std::string_view(url).substr(q + 1);
    if (base.starts_with("sqlite:")) {
        out.dialect = DialectKind::Sqlite;
        std::string_view path = base.substr(7);
        if (path.starts_with("//"))
            path.remove_prefix(2);
        if (path.empty())
            throw Error("engine URL '" + url + "': no database file after 'sqlite:'");
        out.location = percentDecode(path, url);
        takeTableParameters(query, out.tables, url, false);
        return out;
    }
    if (base.starts_with("postgres://") || base.starts_with("postgresql://")) {
        out.dialect = DialectKind::Postgres;
        const std::string rest = takeTableParameters(query, out.tables, url, true);
        out.location = std::string(base) + (rest.empty() ? "" : "?" + rest);
        return out;
    }
    if (base.starts_with("clickhouse://")) {
        out.dialect = DialectKind::ClickHouse;
        std::string rest = takeTableParameters(query, out.tables, url, true);
        std::string_view hostAndDb = base.substr(13);
        // user[:password]@ goes into the query string, where the HTTP interface takes it.
        if (const size_t at = hostAndDb.find('@'); at != std::string_view::npos) {
            const std::string_view userInfo = hostAndDb.substr(0, at);
            const size_t colon = userInfo.find(':');
            rest += std::string(rest.empty() ? "" : "&") + "user=" + std::string(userInfo.substr(0, colon));
            if (colon != std::string_view::npos)
                rest += "&password=" + std::string(userInfo.substr(colon + 1));
            hostAndDb.remove_prefix(at + 1);
        }
        if (hostAndDb.empty() || hostAndDb.front() == '/')
            throw Error("engine URL '" + out.display + "': no host:port after 'clickhouse://'");
        out.location = std::string(hostAndDb) + (rest.empty() ? "" : "?" + rest);
        return out;
    }
    throw Error("unknown engine '" + out.display
                + "': expected sqlite:FILE.db, postgres://user@host:port/db?table=customers&events=events or "
                "clickhouse://host:port/db?table=customers&events=events&cluster=NAME");
}

// ---- engine ----

SqlEngine::SqlEngine(const std::string& url) : url_(parseEngineUrl(url))
{
    connection_ = url_.dialect == DialectKind::Sqlite     ? openSqliteConnection(url_.location)
        : url_.dialect == DialectKind::ClickHouse           ? openClickHouseConnection(url_.location)
                                                            : openPostgresConnection(url_.location);
}

SqlEngine::~SqlEngine() = default;

const Dialect& SqlEngine::dialect() const { return connection_->dialect(); }

LoadSummary SqlEngine::load(const Graph& graph, const Dataset& data, const std::atomic<bool>* cancel)
{
    const auto start = Clock::now();
    LoadSummary s;
    const std::string customerKey = data.customers.key().name();
    connection_->setLoadKeys(url_.tables.customers, customerKey, graph.events ? graph.events->key.value_or(customerKey) : "");
    connection_->replaceTable(url_.tables.customers, data.customers.table, cancel);
    s.customers = data.customers.rows();
    if (graph.events && data.events) {
        connection_->replaceTable(url_.tables.events, data.events->table, cancel);
        s.events = data.events->rows();
    }
    s.ms = msSince(start);
    return s;
}

Dataset SqlEngine::schema(const Graph& graph)
{
    Dataset data;
    const auto customers = connection_->describeTable(url_.tables.customers);
    if (customers.empty())
        throw Error("table '" + url_.tables.customers + "' does not exist in " + url_.display
                    + " (load it with: segstudio-cli load --engine URL GRAPH)");
    data.customers.table = emptyTable(customers);
    const std::string keyName = graph.customers.key.value_or("_row");
    data.customers.keyColumn = columnIndex(customers, keyName);
    if (data.customers.keyColumn < 0)
        throw Error("table '" + url_.tables.customers + "' in " + url_.display + " has no key column '" + keyName + "'");
    data.customersReport.path = url_.display + " table " + url_.tables.customers;
    if (!graph.events)
        return data;
    const auto events = connection_->describeTable(url_.tables.events);
    const std::string eventKey = graph.events->key.value_or(keyName);
    auto missing = [&](const std::string& what) {
        data.eventsError = "table '" + url_.tables.events + "' in " + url_.display + " " + what;
    };
    if (events.empty())
        missing("does not exist");
    else if (columnIndex(events, eventKey) < 0)
        missing("has no key column '" + eventKey + "'");
    else if (columnIndex(events, graph.events->time) < 0)
        missing("has no time column '" + graph.events->time + "'");
    else if (!graph.events->type.empty() && columnIndex(events, graph.events->type) < 0)
        missing("has no type column '" + graph.events->type + "'");
    if (!data.eventsError.empty())
        return data;
    EventTable e;
    e.table = emptyTable(events);
    e.offsets.assign(1, 0);
    e.keyColumn = columnIndex(events, eventKey);
    e.timeColumn = columnIndex(events, graph.events->time);
    e.typeColumn = graph.events->type.empty() ? -1 : columnIndex(events, graph.events->type);
    data.events = std::move(e);
    ImportReport report;
    report.path = url_.display + " table " + url_.tables.events;
    report.isEvents = true;
    data.eventsReport = report;
    return data;
}

std::string SqlEngine::compile(const Graph& graph, std::optional<int32_t> asOf)
{
    return compileGraphSql(graph, schema(graph), url_.dialect, url_.tables, asOf);
}

} // namespace seg
