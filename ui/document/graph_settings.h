#pragma once
// The graph-wide settings the user edits outside the canvas: name, as_of date, where the
// customers and events come from, and the destination export settings. One value type so one undo command can change them.
#include "graph/graph.h"

namespace seg::ui {

struct GraphSettings {
    std::string name;
    std::optional<int32_t> asOf;
    DatasetSpec customers;
    std::optional<DatasetSpec> events;
    GraphExportSettings exportSettings; // destination, column mapping, suppression lists (issue 17)

    static GraphSettings of(const Graph& graph);
    void applyTo(Graph& graph) const;
};

bool operator==(const GraphSettings& a, const GraphSettings& b);

} // namespace seg::ui
