#pragma once
// Random customers and events for the randomized engine tests, kept twice: as plain values
// (the model, which the SQLite oracle loads) and as the engine's in-memory Dataset.
//
// Customers: id (int or string key, in random order so that key order is not row order),
//   age int, visits int (no NULLs), score double, vip bool, joined date, last_seen timestamp,
//   country string (low cardinality, mixed case, non-ASCII), email string.
// Events: customer_id, ts (timestamp, or date when timeIsDate), event_type string,
//   amount double with 2 decimals (held as integer cents in the model), channel string.
// Many dates and times sit on the edges of the day windows the graphs use.
#include "data/dataset.h"
#include "oracle_random.h"

#include <optional>
#include <string>
#include <vector>

namespace seg::oracle {

// Day counts the graphs use for within_last_days / before_days_ago; data clusters on their edges.
inline const std::vector<int64_t> kWindowDays{0, 1, 7, 30, 90, 365};

struct DataOptions {
    size_t customers = 1000;
    int maxEventsPerCustomer = 8;
    bool stringKeys = false;
    bool timeIsDate = false; // events' time column is a date instead of a timestamp
    int32_t asOf = 0;        // days since epoch
};

struct CustomerModel {
    std::vector<int64_t> intKey;      // when !stringKeys
    std::vector<std::string> strKey;  // when stringKeys
    std::vector<std::optional<int64_t>> age, visits;
    std::vector<std::optional<double>> score;
    std::vector<std::optional<bool>> vip;
    std::vector<std::optional<int32_t>> joined;   // days
    std::vector<std::optional<int64_t>> lastSeen; // micros
    std::vector<std::optional<std::string>> country, email;
};

struct EventModel {
    std::vector<uint32_t> customerRow; // sorted by (customer row, time)
    std::vector<int64_t> time;         // micros, or days when timeIsDate
    std::vector<std::optional<std::string>> type, channel;
    std::vector<std::optional<int64_t>> cents;
};

struct RandomData {
    DataOptions options;
    CustomerModel customers;
    EventModel events;
    Dataset dataset;

    size_t rows() const { return options.stringKeys ? customers.strKey.size() : customers.intKey.size(); }
    std::string keyText(size_t row) const
    {
        return options.stringKeys ? customers.strKey[row] : std::to_string(customers.intKey[row]);
    }
};

RandomData makeRandomData(const DataOptions& options, uint64_t seed);

// Writes customers.csv and events.csv (NULL as an empty field) into `dir` and imports them with
// loadDataset, so that a run also goes through CSV parsing and type inference. The rows come
// back in the model's order.
Dataset importThroughCsv(const RandomData& data, const std::string& dir);

// The customer column names with their types, in table order (key first).
struct ColumnDef {
    std::string name;
    DataType type;
};
std::vector<ColumnDef> customerColumns(const DataOptions& options);
std::vector<ColumnDef> eventColumns(const DataOptions& options);

// ISO text as the SQL side stores it: "YYYY-MM-DD" and "YYYY-MM-DD HH:MM:SS".
std::string isoDate(int32_t days);
std::string isoTimestamp(int64_t micros);
int32_t daysOfIso(const std::string& isoDate);       // "YYYY-MM-DD..." (the date part)
int64_t microsOfIso(const std::string& isoTimestamp); // "YYYY-MM-DD HH:MM:SS" (or a date: midnight)

} // namespace seg::oracle
