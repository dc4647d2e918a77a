#include "document/graph_settings.h"

namespace seg::ui {

GraphSettings GraphSettings::of(const Graph& graph)
{
    return {graph.name, graph.asOf, graph.customers, graph.events, graph.exportSettings};
}

void GraphSettings::applyTo(Graph& graph) const
{
    graph.name = name;
    graph.asOf = asOf;
    graph.customers = customers;
    graph.events = events;
    graph.exportSettings = exportSettings;
}

bool operator==(const GraphSettings& a, const GraphSettings& b)
{
    return a.name == b.name && a.asOf == b.asOf && a.customers == b.customers && a.events == b.events
        && a.exportSettings == b.exportSettings;
}

} // namespace seg::ui
