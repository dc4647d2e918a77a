#pragma once
// The oracle database: the random data loaded into an in-memory SQLite database (dates and
// timestamps as ISO text, money as REAL), an md5_prefix32() SQL function built on the test's
// own MD5, and the evaluation of a generated graph's OracleSteps into member rows.
#include "oracle_graph.h"

#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace seg::oracle {

class OracleDb {
public:
    explicit OracleDb(const RandomData& data);
    ~OracleDb();
    OracleDb(const OracleDb&) = delete;
    OracleDb& operator=(const OracleDb&) = delete;

    // Non-NULL values of the first column of `select`, in result order.
    std::vector<SqlValue> values(const Sql& select);
    // Evaluates the steps in order. `check` gets each step's member rows (customer row numbers,
    // ascending) and returns the rows later steps should see: the engine's own set when they
    // differ, so that every later node is checked on the same inputs and each mismatch found is
    // a problem of its own node. Throws std::runtime_error with the SQL on an SQLite error.
    using StepCheck = std::function<std::vector<uint32_t>(const OracleStep& step, const std::vector<uint32_t>& rows)>;
    void evaluate(const GeneratedGraph& graph, const StepCheck& check);
    // k of a top node over n candidates: ceil(n·percent/100) in integers, or min(count, n).
    static int64_t topK(const OracleStep& step, int64_t n);

    void exec(const std::string& sql);

private:
    struct Statement;
    int64_t scalar(const Sql& select);
    std::vector<uint32_t> rowsOf(const std::string& table);
    void replaceRows(const std::string& table, const std::vector<uint32_t>& rows);
    void load();

    const RandomData& data_;
    sqlite3* db_ = nullptr;
    std::unordered_map<int64_t, uint32_t> rowOfInt_;
    std::unordered_map<std::string, uint32_t> rowOfText_;
};

} // namespace seg::oracle
