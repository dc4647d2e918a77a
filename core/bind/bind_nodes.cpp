#include "bind/bind_nodes.h"

#include <algorithm>
#include <cmath>

namespace seg {

void NodeBinder::error(size_t index, std::string message)
{
    g_.diagnostics.push_back(Diagnostic{g_.nodes[index].node->id, {}, std::move(message)});
}

std::optional<ColumnInfo> NodeBinder::lookup(std::string_view name) const
{
    const Table& t = g_.data->customers.table;
    const int c = t.indexOf(name);
    if (c >= 0)
        return ColumnInfo{c, t.columns[static_cast<size_t>(c)].type()};
    const auto it = derivedByName_.find(std::string(name));
    if (it != derivedByName_.end() && derivedTyped_[it->second])
        return ColumnInfo{g_.derivedSlots[it->second].slot, g_.derivedSlots[it->second].type};
    return std::nullopt;
}

std::optional<FieldRef> NodeBinder::resolveField(size_t index, const std::string& name, const char* what)
{
    auto info = lookup(name);
    if (!info) {
        error(index, std::string(what) + " '" + name + "' is not a customer column or a derived column");
        return std::nullopt;
    }
    if (info->slot >= g_.customerColumns) {
        const int owner = g_.derivedSlotNode[static_cast<size_t>(info->slot - g_.customerColumns)];
        g_.nodes[index].deps.push_back(owner);
        g_.nodes[index].implicitDeps.push_back(owner);
    }
    return FieldRef{name, info->type, info->slot};
}

std::shared_ptr<const CompiledExpr> NodeBinder::compile(size_t index, const std::string& text, DataType* type)
{
    auto result = compileExpression(text, [this](std::string_view n) { return lookup(n); });
    if (result.error) {
        error(index, "expression: " + result.error->toString());
        return nullptr;
    }
    for (const auto& col : result.columns)
        resolveField(index, col, "column");
    *type = result.resultType;
    return result.expr;
}

void NodeBinder::bindDerivedColumns()
{
    const Table& customers = g_.data->customers.table;
    std::vector<size_t> pending; // derive-from-expression nodes still to type
    for (size_t i = 0; i < g_.nodes.size(); ++i) {
        BoundNode& bn = g_.nodes[i];
        if (bn.node->type != NodeType::Derive)
            continue;
        bn.producesSet = false;
        const std::string& name = bn.node->name;
        if (customers.indexOf(name) >= 0) {
            error(i, "derived column '" + name + "' clashes with a customer column of the same name");
            continue;
        }
        if (derivedByName_.count(name)) {
            error(i, "derived column '" + name + "' is made by another derive node too");
            continue;
        }
        derivedByName_.emplace(name, g_.derivedSlots.size());
        bn.derivedSlot = g_.customerColumns + static_cast<int>(g_.derivedSlots.size());
        g_.derivedSlots.push_back(FieldRef{name, DataType::Int, bn.derivedSlot});
        g_.derivedSlotNode.push_back(static_cast<int>(i));
        derivedTyped_.push_back(0);
        if (bn.node->fromEvents) {
            if (bindEvents(i, bn.node->events, bn.events))
                bn.derivedType = bn.events.resultType;
            derivedTyped_.back() = 1;
            g_.derivedSlots.back().type = bn.derivedType;
        } else {
            pending.push_back(i);
        }
    }
    // Derive columns may be built on other derive columns: type them in dependency order.
    // Whatever cannot be typed after that sits on a cycle, which the cycle check reports.
    bool progress = true;
    while (!pending.empty() && progress) {
        progress = false;
        for (auto it = pending.begin(); it != pending.end();) {
            BoundNode& bn = g_.nodes[*it];
            auto info = parseExpressionColumns(bn.node->expr);
            bool ready = !info.error;
            for (const auto& col : info.columns)
                ready &= lookup(col).has_value() || g_.data->customers.table.indexOf(col) >= 0
                    || derivedByName_.count(col) == 0;
            if (!ready && !info.error) {
                ++it;
                continue;
            }
            DataType type = DataType::Int;
            bn.expr = compile(*it, bn.node->expr, &type);
            const size_t k = static_cast<size_t>(bn.derivedSlot - g_.customerColumns);
            bn.derivedType = type;
            g_.derivedSlots[k].type = type;
            derivedTyped_[k] = 1;
            it = pending.erase(it);
            progress = true;
        }
    }
    for (size_t i : pending) {
        // Record the edges so the cycle check can name the loop.
        for (const auto& col : parseExpressionColumns(g_.nodes[i].node->expr).columns)
            for (size_t k = 0; k < g_.derivedSlots.size(); ++k)
                if (g_.derivedSlots[k].name == col) {
                    g_.nodes[i].deps.push_back(g_.derivedSlotNode[k]);
                    g_.nodes[i].implicitDeps.push_back(g_.derivedSlotNode[k]);
                }
    }
}

bool NodeBinder::bindEvents(size_t index, const EventAggregate& sel, BoundEventSelection& out)
{
    BoundNode& bn = g_.nodes[index];
    bn.usesEvents = true;
    out.aggregate = sel.aggregate;
    out.resultType = sel.aggregate == Aggregate::Count ? DataType::Int : DataType::Double;
    if (!g_.graph->events) {
        error(index, "needs the events dataset: add datasets.events to the graph");
        return false;
    }
    if (!g_.data->events) {
        bn.runtimeError = "events dataset not available: "
            + (g_.data->eventsError.empty() ? std::string("not loaded") : g_.data->eventsError);
        return false;
    }
    const EventTable& ev = *g_.data->events;
    const Table& t = ev.table;
    bool ok = true;
    if (sel.event) {
        out.anyType = false;
        const auto& dict = t.columns[static_cast<size_t>(ev.typeColumn)].dict();
        auto it = std::find(dict.begin(), dict.end(), *sel.event);
        out.typeCode = it == dict.end() ? -1 : static_cast<int32_t>(it - dict.begin());
    }
    if (sel.withinLastDays) {
        Comparison c;
        c.op = CompareOp::WithinLastDays;
        c.days = *sel.withinLastDays;
        BoundPredicate p;
        if (auto e = bindPredicate(c, t.columns[static_cast<size_t>(ev.timeColumn)].type(), g_.asOf, p)) {
            error(index, "within_last_days: " + *e);
            ok = false;
        }
        out.window = p;
    }
    for (const auto& w : sel.where) {
        const int col = t.indexOf(w.field);
        if (col < 0) {
            error(index, "where: '" + w.field + "' is not a column of the events dataset");
            ok = false;
            continue;
        }
        BoundPredicate p;
        if (auto e = bindPredicate(w.cmp, t.columns[static_cast<size_t>(col)].type(), g_.asOf, p)) {
            error(index, "where '" + w.field + "': " + *e);
            ok = false;
            continue;
        }
        out.where.emplace_back(col, std::move(p));
    }
    if (sel.aggregate != Aggregate::Count) {
        const int col = t.indexOf(sel.field);
        if (col < 0) {
            error(index, "aggregate field '" + sel.field + "' is not a column of the events dataset");
            return false;
        }
        const DataType ft = t.columns[static_cast<size_t>(col)].type();
        const bool sumLike = sel.aggregate == Aggregate::Sum || sel.aggregate == Aggregate::Avg;
        if (sumLike ? !isNumeric(ft) : !(isNumeric(ft) || isTemporal(ft))) {
            error(index, std::string(aggregateName(sel.aggregate)) + " needs a numeric"
                      + (sumLike ? "" : ", date or timestamp") + " field, but '" + sel.field + "' is "
                      + std::string(typeName(ft)));
            return false;
        }
        out.fieldColumn = col;
        out.resultType = sumLike ? DataType::Double : ft;
    }
    return ok;
}

void NodeBinder::checkInputCount(size_t index)
{
    const Node& n = *g_.nodes[index].node;
    const size_t k = n.inputs.size();
    auto need = [&](bool ok, const char* what) {
        if (!ok)
            error(index, std::string(nodeTypeName(n.type)) + " needs " + what + ", but has "
                      + std::to_string(k));
    };
    switch (n.type) {
    case NodeType::And:
    case NodeType::Or: need(k >= 2, "2 or more inputs"); break;
    case NodeType::Except: need(k == 2, "exactly 2 inputs"); break;
    case NodeType::Not:
    case NodeType::Segment: need(k == 1, "exactly 1 input"); break;
    case NodeType::Priority: need(k >= 1, "1 or more inputs"); break;
    case NodeType::Derive: need(k == 0, "no input"); break;
    default: need(k <= 1, "at most 1 input"); break;
    }
}

void NodeBinder::bindNode(size_t index)
{
    checkInputCount(index);
    if (g_.nodes[index].node->incomplete)
        return;
    switch (g_.nodes[index].node->type) {
    case NodeType::Condition: bindCondition(index); break;
    case NodeType::Expression: bindExpression(index); break;
    case NodeType::Behavior: bindBehavior(index); break;
    case NodeType::Top: bindTop(index); break;
    case NodeType::Split: bindSplit(index); break;
    case NodeType::Segment: bindSegment(index); break;
    case NodeType::Priority: g_.nodes[index].ports = g_.nodes[index].node->inputs; break;
    case NodeType::Derive: // bound in bindDerivedColumns
    case NodeType::And:
    case NodeType::Or:
    case NodeType::Except:
    case NodeType::Not: break;
    }
}

void NodeBinder::bindCondition(size_t index)
{
    BoundNode& bn = g_.nodes[index];
    auto f = resolveField(index, bn.node->condition.field, "field");
    if (!f)
        return;
    bn.field = *f;
    if (auto e = bindPredicate(bn.node->condition.cmp, f->type, g_.asOf, bn.predicate))
        error(index, "field '" + f->name + "': " + *e);
}

void NodeBinder::bindExpression(size_t index)
{
    BoundNode& bn = g_.nodes[index];
    DataType type = DataType::Bool;
    bn.expr = compile(index, bn.node->expr, &type);
    if (bn.expr && type != DataType::Bool)
        error(index, "expression must be true or false, but gives a " + std::string(typeName(type)) + " value");
}

void NodeBinder::bindBehavior(size_t index)
{
    BoundNode& bn = g_.nodes[index];
    if (!bindEvents(index, bn.node->events, bn.events))
        return;
    if (auto e = bindPredicate(bn.node->compare, bn.events.resultType, g_.asOf, bn.predicate))
        error(index, std::string(aggregateName(bn.events.aggregate)) + ": " + *e);
}

void NodeBinder::bindTop(size_t index)
{
    BoundNode& bn = g_.nodes[index];
    if (auto f = resolveField(index, bn.node->field, "field"))
        bn.field = *f;
    const bool hasPercent = bn.node->percent.has_value(), hasCount = bn.node->count.has_value();
    if (hasPercent == hasCount)
        error(index, "top needs exactly one of 'percent' or 'count'");
    else if (hasPercent && !(*bn.node->percent > 0 && *bn.node->percent <= 100))
        error(index, "percent must be more than 0 and at most 100");
    else if (hasCount && *bn.node->count < 0)
        error(index, "count must be 0 or more");
}

void NodeBinder::bindSplit(size_t index)
{
    BoundNode& bn = g_.nodes[index];
    double total = 0;
    for (const auto& part : bn.node->parts) {
        if (!(part.percent > 0))
            error(index, "part '" + part.name + "' needs a percent above 0");
        if (std::find(bn.ports.begin(), bn.ports.end(), part.name) != bn.ports.end())
            error(index, "part name '" + part.name + "' is used twice");
        bn.ports.push_back(part.name);
        total += part.percent;
        bn.cumulative.push_back(total);
    }
    if (bn.ports.empty())
        error(index, "split needs at least one part");
    else if (std::fabs(total - 100.0) > 1e-9)
        error(index, "part percents add up to " + formatDouble(total) + ", not 100");
    else
        bn.cumulative.back() = 100.0; // rounding in the sum must not leave customers unassigned
}

void NodeBinder::bindSegment(size_t index)
{
    BoundNode& bn = g_.nodes[index];
    for (const auto& col : bn.node->exportColumns)
        if (auto f = resolveField(index, col, "export column"))
            bn.exportColumns.push_back(*f);
}

} // namespace seg
