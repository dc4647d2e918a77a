#pragma once
// A loaded dataset: named typed columns of equal length, plus the events grouped per customer.
#include "data/column.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

struct Table {
    size_t rows = 0;
    std::vector<Column> columns;

    int indexOf(std::string_view name) const
    {
        for (size_t i = 0; i < columns.size(); ++i)
            if (columns[i].name() == name)
                return static_cast<int>(i);
        return -1;
    }
    const Column* find(std::string_view name) const
    {
        const int i = indexOf(name);
        return i < 0 ? nullptr : &columns[static_cast<size_t>(i)];
    }
    size_t memoryBytes() const
    {
        size_t b = 0;
        for (const auto& c : columns)
            b += c.memoryBytes();
        return b;
    }
};

// Customers: one row per customer after duplicate handling; row number = position in U.
struct CustomerTable {
    Table table;
    int keyColumn = -1; // index into table.columns (the synthetic "_row" int column when no key)
    const Column& key() const { return table.columns[static_cast<size_t>(keyColumn)]; }
    size_t rows() const { return table.rows; }
};

// Events sorted by (customer row, time): the events of customer r are rows
// [offsets[r], offsets[r+1]) of `table`, so behavior and derive nodes are one pass.
struct EventTable {
    Table table;          // event columns (the key column is kept as read)
    std::vector<uint64_t> offsets; // customers.rows() + 1 entries
    int timeColumn = -1;  // Date or Timestamp column
    int typeColumn = -1;  // event-name column (String)
    int keyColumn = -1;
    size_t rows() const { return table.rows; }
};

} // namespace seg
