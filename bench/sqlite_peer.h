#pragma once
// SQLite as a peer engine: the loaded data copied into an in-memory database (typed as the
// engine imported it: dates and timestamps as ISO text, bools as 0/1), then the standard
// graph's SQL. SQLite runs a query on one thread whatever the thread count.
#include "data/dataset.h"

#include <map>
#include <memory>
#include <string>

struct sqlite3;

namespace seg::bench {

class SqlitePeer {
public:
    // Copies customers and, when withEvents, the events into a new in-memory database.
    SqlitePeer(const Dataset& data, bool withEvents);
    ~SqlitePeer();
    SqlitePeer(const SqlitePeer&) = delete;
    SqlitePeer& operator=(const SqlitePeer&) = delete;

    double loadMs() const { return loadMs_; }
    // Runs a one-row query; returns column name -> integer value.
    std::map<std::string, long long> run(const std::string& sql);

private:
    void exec(const std::string& sql);
    void copyTable(const std::string& name, const Table& table);
    sqlite3* db_ = nullptr;
    double loadMs_ = 0;
};

} // namespace seg::bench
