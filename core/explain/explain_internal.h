#pragma once
// Shared by the explainer's files (internal to core/explain).
#include "bind/bound_graph.h"
#include "explain/explain.h"
#include "exec/event_aggregate.h"

#include <string>

namespace seg::explain_detail {

// A column's value at a row as text ("NULL" for a missing value).
std::string cellText(const Column& column, size_t row);
// A value as text in its type's form ("NULL" when null).
std::string valueText(const Value& v);
// An aggregate of type `type` as text.
std::string aggregateText(const AggregateValue& a, DataType type);

// The customer's events as the node's selection sees them (type, window, where), and the
// aggregate computed by the batch definition (EventAggregator::evaluate).
ExplainEvents explainEvents(const BoundEventSelection& selection, const Node& node, const EventTable& events,
                            uint32_t row, AggregateValue& aggregate);

} // namespace seg::explain_detail
