#pragma once
// Binding of each node type against the data's columns (used by bindGraph).
#include "bind/bound_graph.h"

namespace seg {

class NodeBinder {
public:
    explicit NodeBinder(BoundGraph& g) : g_(g) {}

    // Gives every derive node a column slot and a type (derive columns may use each other).
    void bindDerivedColumns();
    void bindNode(size_t index);

private:
    std::optional<ColumnInfo> lookup(std::string_view name) const;
    // Resolves a field for node `index`, adding the implicit edge when it is a derive column.
    std::optional<FieldRef> resolveField(size_t index, const std::string& name, const char* what);
    std::shared_ptr<const CompiledExpr> compile(size_t index, const std::string& text, DataType* type);
    bool bindEvents(size_t index, const EventAggregate& sel, BoundEventSelection& out);
    void error(size_t index, std::string message);

    void bindCondition(size_t index);
    void bindExpression(size_t index);
    void bindBehavior(size_t index);
    void bindTop(size_t index);
    void bindSplit(size_t index);
    void bindSegment(size_t index);
    void checkInputCount(size_t index);

    BoundGraph& g_;
    std::vector<char> derivedTyped_; // per derived slot: type known
    // Derived column name -> slot index (g_.derivedSlots): lookups per node stay O(1).
    std::unordered_map<std::string, size_t> derivedByName_;
};

} // namespace seg
