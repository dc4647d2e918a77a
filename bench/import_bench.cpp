// segbench-import: times the CSV import of a customers file and an events file (issue 18) and
// prints the values DuckDB's peer script (bench/duckdb_import.mjs) prints for the same files,
// so that equal imports can be checked by eye or by a script.
// usage: segbench-import CUSTOMERS.csv [EVENTS.csv] [--threads N] [--runs R] [--key COL]
//        [--time COL] [--type COL] [--merge-after-scan]
// --merge-after-scan merges the chunks after pass 1 (the strategy before issue 18) instead of
// during it, for a before/after comparison in one run.
// Prints "customers: <median ms> ms", "events: <median ms> ms", the memory held against the
// raw typed bytes, and per file the row count, null counts, sums (numbers, dates as days,
// bools as 0/1) and distinct counts (text).
#include "bench_support.h"
#include "targets.h"

#include "data/importer.h"
#include "util/error.h"

#include <tbb/global_control.h>
#include <tbb/task_arena.h>

#include <cstdio>
#include <sys/resource.h>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <utility>
#include <string>
#include <unordered_set>

using namespace seg;
using namespace seg::bench;

namespace {

const char* duckdbTypeName(DataType t)
{
    switch (t) {
    case DataType::Int: return "BIGINT";
    case DataType::Double: return "DOUBLE";
    case DataType::Bool: return "BOOLEAN";
    case DataType::Date: return "DATE";
    case DataType::Timestamp: return "TIMESTAMP";
    case DataType::String: return "VARCHAR";
    }
    return "?";
}

// The check line in bench/duckdb_import.mjs's order: rows, then per column nulls and a sum or
// a distinct count.
void printChecks(const Table& table, const std::string& skip)
{
    std::string types = "  types", values = "  check rows=" + std::to_string(table.rows);
    for (const Column& c : table.columns) {
        if (c.name() == skip)
            continue;
        types += " " + c.name() + ":" + duckdbTypeName(c.type());
        values += " nulls:" + c.name() + "=" + std::to_string(c.nullCount());
        char buf[64];
        if (c.type() == DataType::String) {
            std::unordered_set<int32_t> codes;
            for (size_t r = 0; r < c.size(); ++r)
                if (!c.isNull(r))
                    codes.insert(c.codes()[r]);
            values += " distinct:" + c.name() + "=" + std::to_string(codes.size());
        } else if (c.type() != DataType::Timestamp) {
            double sum = 0;
            for (size_t r = 0; r < c.size(); ++r)
                if (!c.isNull(r))
                    sum += c.numericAt(r);
            std::snprintf(buf, sizeof buf, "%.17g", sum);
            values += " sum:" + c.name() + "=" + buf;
        }
    }
    std::printf("%s\n%s\n", types.c_str(), values.c_str());
}

void printMemory(const char* what, const Table& table)
{
    const size_t held = table.memoryBytes(), raw = rawTypedBytes(table);
    std::printf("  memory %s: %.1f MiB held, %.1f MiB raw typed, ratio %.2f\n", what, held / 1048576.0,
                raw / 1048576.0, static_cast<double>(held) / static_cast<double>(raw));
}

// CPU time of the process (user + system) in ms: on a shared machine a steadier measure of
// the work done than the wall clock.
double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// Median wall time of `runs` runs after a warm-up, and the mean CPU time of the timed runs.
std::pair<double, double> timeImport(int runs, const std::function<void()>& f)
{
    f();
    const double cpu0 = cpuMs();
    const double wall = median(timeRuns(runs, f, false));
    return {wall, (cpuMs() - cpu0) / runs};
}

} // namespace

int main(int argc, char** argv)
{
    std::string customers, events, key = "customer_id", time = "ts", type = "event_type";
    int threads = 2, runs = 3;
    bool mergeDuringScan = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\n", a.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--threads") threads = std::atoi(value().c_str());
        else if (a == "--runs") runs = std::atoi(value().c_str());
        else if (a == "--key") key = value();
        else if (a == "--time") time = value();
        else if (a == "--type") type = value();
        else if (a == "--merge-after-scan") mergeDuringScan = false;
        else if (customers.empty()) customers = a;
        else events = a;
    }
    if (customers.empty() || threads < 1 || runs < 1) {
        std::fprintf(stderr, "usage: segbench-import CUSTOMERS.csv [EVENTS.csv] [--threads N] [--runs R] "
                             "[--key COL] [--time COL] [--type COL] [--merge-after-scan]\n");
        return 2;
    }
    try {
        tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(threads));
        tbb::task_arena arena(threads);
        ImportOptions co;
        co.spec.path = customers;
        co.spec.key = key;
        co.mergeDuringScan = mergeDuringScan;
        CustomerTable table;
        const auto [customersMs, customersCpu] = timeImport(runs, [&] {
            arena.execute([&] {
                ImportReport report;
                table = CustomerTable{};
                table = importCustomers(customers, co, report);
            });
        });
        std::printf("customers: %.1f ms (median of %d, %d threads; %.0f ms CPU) %s\n", customersMs, runs, threads,
                    customersCpu, customers.c_str());
        printMemory("customers", table.table);
        printChecks(table.table, "");
        if (!events.empty()) {
            ImportOptions eo;
            eo.spec.path = events;
            eo.spec.key = key;
            eo.spec.time = time;
            eo.spec.type = type;
            eo.mergeDuringScan = mergeDuringScan;
            EventTable ev;
            const auto [eventsMs, eventsCpu] = timeImport(runs, [&] {
                arena.execute([&] {
                    ImportReport report;
                    ev = EventTable{};
                    ev = importEvents(events, eo, table, report);
                });
            });
            std::printf("events: %.1f ms (median of %d, %d threads; %.0f ms CPU) %s\n", eventsMs, runs, threads,
                        eventsCpu, events.c_str());
            printMemory("events", ev.table);
            printChecks(ev.table, "");
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
