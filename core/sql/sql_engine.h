#pragma once
// Running a graph where the data lives: an SQL engine reached by a URL.
//   sqlite:path/to/file.db[?table=customers&events=events]
//   postgres://user[:password]@host:port/db?table=customers&events=events   (libpq)
// `load` bulk-loads a graph's datasets into the engine's tables; `run` validates the graph
// against the engine's table schemas, compiles it (sql_compiler.h) and runs one statement per
// node (a temporary table each, so every node is timed on its own), then fetches the members
// of every set and builds the same RunResult an in-memory run gives, plus a Dataset holding
// the customer key and the columns the segment exports need, so reports and CSV exports work
// unchanged.
#include "data/dataset.h"
#include "exec/runner.h"
#include "sql/dialect.h"
#include "sql/sql_compiler.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace seg {

struct EngineUrl {
    DialectKind dialect = DialectKind::Sqlite;
    std::string location;   // SQLite: file path; PostgreSQL: the libpq URI without our parameters
    SqlTables tables;
    std::string display;    // the URL with any password replaced by "***" (for messages and reports)
};

// Throws seg::Error saying what is wrong with the URL.
EngineUrl parseEngineUrl(const std::string& url);
// The URL without its password ("postgres://ann@host/db?..."), for settings that are saved;
// libpq then finds the password in PGPASSWORD or ~/.pgpass.
std::string urlWithoutPassword(const std::string& url);

class SqlConnection; // one open connection (sql_connection.h)

struct RemoteRun {
    RunResult result;
    Dataset data; // customers: the key and every exported column; version/report for the run report
};

struct LoadSummary {
    size_t customers = 0;
    size_t events = 0;
    double ms = 0;
};

// One connection; not thread-safe: a background run (GUI) opens its own SqlEngine on its thread.
// Cancel (RunOptions::cancel) stops SQLite inside a statement, PostgreSQL between statements.
class SqlEngine {
public:
    // Connects (SQLite: opens or creates the file). Throws seg::Error with the engine's message.
    explicit SqlEngine(const std::string& url);
    ~SqlEngine();
    SqlEngine(const SqlEngine&) = delete;
    SqlEngine& operator=(const SqlEngine&) = delete;

    const EngineUrl& url() const { return url_; }
    const Dialect& dialect() const;

    // Replaces the engine's customers (and events) tables with `data`. Strings holding NUL are
    // refused with the column and row. Throws seg::Cancelled when *cancel becomes true.
    LoadSummary load(const Graph& graph, const Dataset& data, const std::atomic<bool>* cancel = nullptr);

    // A typed, empty Dataset with the engine tables' columns (what binding needs). Throws
    // seg::Error when a table or the graph's key/time/type column is missing.
    Dataset schema(const Graph& graph);

    // Runs the graph (options.strategy and threads are ignored; allNodes, asOf and cancel are
    // used). Throws seg::Error listing validation problems; a node whose statement fails is
    // marked failed with the engine's message and its dependents skipped, as in memory.
    RemoteRun run(const Graph& graph, const RunOptions& options);

    // The SQL of the whole graph for this engine's dialect and tables (as `sql` prints it).
    std::string compile(const Graph& graph, std::optional<int32_t> asOf = std::nullopt);

private:
    EngineUrl url_;
    std::unique_ptr<SqlConnection> connection_;
};

} // namespace seg
