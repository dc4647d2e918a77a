#pragma once
// The benchmark's standard graph over generated data (issue 4): 50 rule nodes (42 conditions
// with numeric comparisons, string IN lists, date windows; 1 expression; 5 behavior nodes;
// 2 derive nodes), 20 segments combining them with and/or/not/except, 3 of them built on
// other segments, 1 top 10 % and 1 split. Next to the graph it writes the same segments as
// hand-written SQL for the peer engines (DuckDB, SQLite), built from the same rule list so the
// two cannot drift apart; the benchmark checks that every engine returns the same sizes.
#include "util/json.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace seg {

struct StandardGraphOptions {
    // true: 5 behavior nodes and one derive node over events. false: the same shape with
    // customer conditions in their place (the "customer rules and segments only" graph).
    bool events = true;
    int32_t asOf = 20088; // 2024-12-31, the generator's default
    std::string customersPath = "customers.csv";
    std::string eventsPath = "events.csv";
};

enum class SqlDialect { DuckDB, SQLite };

struct StandardGraph {
    Json graph;                        // a complete .segment.json document
    std::vector<std::string> segments; // the 20 segment node ids, in graph order
    // One query returning one row with one column per segment (named after its id): its size.
    // Expects tables `customers` and (with events) `events` with the generated columns; dates
    // and timestamps as DATE/TIMESTAMP (DuckDB) or ISO text (SQLite); bools as BOOLEAN or 0/1.
    // SQLite needs the function md5_prefix32(text) (first 4 bytes of MD5, big-endian).
    std::string sql(SqlDialect dialect) const;
    // The rule layer alone: customer_id and one boolean column per rule (named after its node),
    // one pass over the table; and a segment's membership as SQL over those columns (not for
    // split parts). The cold-path benchmark's DuckDB job exports each segment's keys with them.
    std::string ruleLayerSql(SqlDialect dialect) const;
    std::string segmentPredicate(const std::string& segmentId) const;

    struct SqlParts; // built with the graph; shared so copies stay cheap
    std::shared_ptr<const SqlParts> parts;
};

StandardGraph standardGraph(const StandardGraphOptions& options);

// The honest-peer graph (issue 18, core/generate/honest_graph.cpp): 36 conditions, 2
// expressions and 30 and/or/not/except nodes over the columns honestGraphColumns() of the
// generated customers, 18 segments (3 built on other segments), no top, no split. Its sql()
// is one pass with a boolean column per rule and one filtered count per segment. Events are
// never used (options.events is ignored).
StandardGraph honestGraph(const StandardGraphOptions& options);
// The generated customer columns the honest graph reads, in the generator's file order: the
// cold-path benchmark's 10-column customers file (id, e-mail, ints, text, dates, money, bool).
const std::vector<std::string>& honestGraphColumns();

} // namespace seg
