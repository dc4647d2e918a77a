#pragma once
// The cold path (issue 18): everything the scan kernels would otherwise build lazily inside
// the first run after an import, built once right after the import, in parallel.
//
// What is built, per column of the customer table (all thread-safe, kept with the column and
// dropped with it; see data/column.h):
//  - Column::narrowCopy() of every Int, Double, Date, Timestamp and String column: 1, 2 or 4
//    bytes a row (null where the values do not fit, or string/date codes need 4 bytes);
//  - Column::dayCopy() of every Timestamp column: 1, 2 or 4 bytes a row;
//  - Column::domainIndex() of e-mail-like String columns (2 bytes a row plus the distinct
//    domains; null where it would not pay, e.g. fewer than 65,536 distinct values).
// Building them costs about one scan of each column (the domain index: one pass over the
// distinct values). Without this the first run paid for them inside its nodes (issue 18:
// 67-101 ms first run against 8 ms warm).
#include "data/table.h"

namespace seg {

// Builds the helpers above for every column of `table` (in parallel over columns, on the
// calling thread's task arena). Safe to call more than once: built helpers are kept.
void prepareForRun(const Table& table);

// prepareForRun, timed: its wall time and the CPU time of the whole process meanwhile (all
// threads), both in ms (`run --timings`).
struct PrepareTime {
    double ms = 0;
    double cpuMs = 0;
};
PrepareTime prepareForRunTimed(const Table& table);

} // namespace seg
