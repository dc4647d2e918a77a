#pragma once
// The rule builder behind the generated benchmark graphs (standard_graph.cpp, honest_graph.cpp):
// every rule is declared once, its node JSON goes into the graph and its SQL predicate is
// derived from the same fields, so the engines compared by the benchmark answer the same
// question. Internal to core/generate.
#include "generate/standard_graph.h"

#include "data/types.h"

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace seg {

struct StandardGraph::SqlParts {
    std::vector<std::string> eventAggregates;   // "count(*) FILTER (WHERE ...) AS b01"
    std::vector<std::pair<std::string, std::string>> derivedDuck, derivedSqlite; // name -> expression
    std::vector<std::pair<std::string, std::string>> rules; // rule id -> boolean SQL over columns
    std::map<std::string, std::string> sets;                // set node id -> boolean SQL over rule ids
    std::vector<std::pair<std::string, std::string>> segments; // segment id -> input id (or port)
    std::string splitInput, splitSeed;
    int splitTestPercent = 90;
    int topPercent = 10;
    std::string topField;
};

namespace graphgen {

// Column type of a generated customers/events column: i int, d double, s string, b bool,
// D date, T timestamp. Throws seg::Error for an unknown column.
char columnKind(const std::string& field);
std::string quoted(const std::string& s);
std::string literal(const Json& v);
std::string dayText(int32_t day);
// The SQL form of a condition (or a behavior's where / window), for a value that may be NULL:
// the caller wraps it in coalesce(..., false) so NULL never matches, as in the spec.
std::string comparisonSql(const std::string& column, const Json& n, int32_t asOf);

class Builder {
public:
    Builder(const StandardGraphOptions& o, StandardGraph::SqlParts& parts) : o_(o), p_(parts) {}

    Json nodes = Json::array();
    std::vector<std::string> segmentIds;

    void condition(const std::string& id, const std::string& label, const std::string& field, const std::string& op,
                   Json extra = Json::object())
    {
        Json n{{"id", id}, {"type", "condition"}, {"label", label}, {"field", field}, {"op", op}};
        n.update(extra);
        p_.rules.emplace_back(id, comparisonSql(field, n, o_.asOf));
        nodes.push_back(std::move(n));
    }

    // A behavior node (or, without events, the customer condition standing in for it).
    void behavior(const std::string& id, const std::string& label, Json selection, const std::string& op, Json value,
                  const std::function<void()>& withoutEvents)
    {
        if (!o_.events) {
            withoutEvents();
            return;
        }
        Json n{{"id", id}, {"type", "behavior"}, {"label", label}};
        n.update(selection);
        n["op"] = op;
        n["value"] = value;
        const std::string agg = n.at("aggregate").get<std::string>();
        p_.eventAggregates.push_back(aggregateSql(n) + " AS " + id);
        const std::string column = agg == "count" ? "coalesce(" + id + ", 0)" : id;
        p_.rules.emplace_back(id, comparisonSql(column, Json{{"field", agg == "count" ? "orders" : "amount"},
                                                             {"op", op}, {"value", value}}, o_.asOf));
        nodes.push_back(std::move(n));
    }

    void deriveEvents(const std::string& id, const std::string& label, const std::string& name, Json selection)
    {
        Json n{{"id", id}, {"type", "derive"}, {"label", label}, {"name", name}, {"from", "events"}};
        n.update(selection);
        p_.eventAggregates.push_back(aggregateSql(n) + " AS " + name);
        nodes.push_back(std::move(n));
    }

    void deriveExpr(const std::string& id, const std::string& label, const std::string& name, const std::string& expr,
                    const std::string& duckSql, const std::string& sqliteSql)
    {
        nodes.push_back(Json{{"id", id}, {"type", "derive"}, {"label", label}, {"name", name}, {"expr", expr}});
        p_.derivedDuck.emplace_back(name, duckSql);
        p_.derivedSqlite.emplace_back(name, sqliteSql);
    }

    void expression(const std::string& id, const std::string& label, const std::string& expr, const std::string& sql)
    {
        nodes.push_back(Json{{"id", id}, {"type", "expression"}, {"label", label}, {"expr", expr}});
        p_.rules.emplace_back(id, sql);
    }

    // and / or / except over inputs; returns the new node's id.
    std::string combine(const std::string& type, std::vector<std::string> inputs)
    {
        const std::string id = type.substr(0, 1) + std::to_string(++setCounter_);
        std::string sql;
        const std::string glue = type == "and" ? " AND " : " OR ";
        if (type == "except") {
            sql = "(" + ref(inputs[0]) + " AND NOT " + ref(inputs[1]) + ")";
        } else {
            for (const std::string& in : inputs)
                sql += (sql.empty() ? "(" : glue) + ref(in);
            sql += ")";
        }
        p_.sets[id] = sql;
        nodes.push_back(Json{{"id", id}, {"type", type}, {"inputs", inputs}});
        return id;
    }
    std::string negate(const std::string& input)
    {
        const std::string id = "n" + std::to_string(++setCounter_);
        p_.sets[id] = "(NOT " + ref(input) + ")";
        nodes.push_back(Json{{"id", id}, {"type", "not"}, {"input", input}});
        return id;
    }

    void segment(const std::string& id, const std::string& name, const std::string& input)
    {
        nodes.push_back(Json{{"id", id}, {"type", "segment"}, {"name", name}, {"input", input}});
        segmentIds.push_back(id);
        p_.segments.emplace_back(id, input);
        // A segment used as an input means its input's set.
        if (input.find(':') == std::string::npos)
            p_.sets[id] = ref(input);
    }

private:
    // SQL for a set reference: rule ids are columns of the rule layer, set nodes expand inline.
    std::string ref(const std::string& id) const
    {
        const auto it = p_.sets.find(id);
        return it != p_.sets.end() ? it->second : id;
    }

    std::string aggregateSql(const Json& n) const
    {
        std::string where = "event_type = " + quoted(n.at("event").get<std::string>());
        if (n.contains("within_last_days"))
            where += " AND " + comparisonSql("ts", Json{{"field", "ts"}, {"op", "within_last_days"},
                                                        {"days", n.at("within_last_days")}}, o_.asOf);
        if (n.contains("where"))
            for (const Json& w : n.at("where"))
                where += " AND " + comparisonSql(w.at("field").get<std::string>(), w, o_.asOf);
        const std::string agg = n.at("aggregate").get<std::string>();
        const std::string arg = agg == "count" ? "*" : n.at("field").get<std::string>();
        return agg + "(" + arg + ") FILTER (WHERE " + where + ")";
    }

    const StandardGraphOptions& o_;
    StandardGraph::SqlParts& p_;
    int setCounter_ = 0;
};

} // namespace graphgen
} // namespace seg
