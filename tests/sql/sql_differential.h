#pragma once
// Differential check of the SQL push-down: random data and random graphs (the oracle's
// generators, tests/exec/oracle_*), run in memory and on an SQL engine, with every set (and
// every derived column) required to have identical members / values per customer key.
// Only the generators are shared with the SQLite oracle; the SQL under test is core/sql's.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace seg::sqltest {

struct DifferentialOutcome {
    std::vector<std::string> problems; // one line each
    std::string detail;                // the first problems in full, with their graphs
    std::map<std::string, int> coverage; // "type behavior", "op between", "sets proper" ...
    int graphs = 0;
    int sets = 0;
};

// Graph seeds [first, last]; 10 graphs per random dataset (loaded once into the engine).
DifferentialOutcome runDifferential(const std::string& engineUrl, uint64_t first, uint64_t last);

} // namespace seg::sqltest
