#pragma once
// Small in-memory datasets and node builders shared by the bind and planner tests.
#include "data/dataset.h"
#include "graph/graph.h"

namespace seg::test {

// Six customers:            id spend  country joined      vip
//                            1  120.5  US      2024-12-01  true
//                            2  NULL   FR      2023-05-10  false
//                            3  800    US      NULL        true
//                            4  35     DE      2024-12-31  NULL
//                            5  500    us      2024-11-30  false
//                            6  999.99 NULL    2022-01-01  true
inline Dataset sixCustomers()
{
    Dataset d;
    Column id("id", DataType::Int), spend("spend", DataType::Double), country("country", DataType::String),
        joined("joined", DataType::Date), vip("vip", DataType::Bool);
    const double spends[] = {120.5, -1, 800, 35, 500, 999.99};
    const char* countries[] = {"US", "FR", "US", "DE", "us", nullptr};
    const char* dates[] = {"2024-12-01", "2023-05-10", nullptr, "2024-12-31", "2024-11-30", "2022-01-01"};
    const int vips[] = {1, 0, 1, -1, 0, 1};
    for (int i = 0; i < 6; ++i) {
        id.appendInt(i + 1);
        spends[i] < 0 ? spend.appendNull() : spend.appendDouble(spends[i]);
        countries[i] ? country.appendString(countries[i]) : country.appendNull();
        dates[i] ? joined.appendDate(*parseIsoDate(dates[i])) : joined.appendNull();
        vips[i] < 0 ? vip.appendNull() : vip.appendBool(vips[i] == 1);
    }
    for (Column* c : {&id, &spend, &country, &joined, &vip}) {
        c->finish();
        d.customers.table.columns.push_back(std::move(*c));
    }
    d.customers.table.rows = 6;
    d.customers.keyColumn = 0;
    return d;
}

inline Node node(std::string id, NodeType type, std::vector<std::string> inputs = {})
{
    Node n;
    n.id = std::move(id);
    n.type = type;
    n.inputs = std::move(inputs);
    return n;
}

inline Node condition(std::string id, std::string field, CompareOp op, Json value, std::vector<std::string> inputs = {})
{
    Node n = node(std::move(id), NodeType::Condition, std::move(inputs));
    n.condition.field = std::move(field);
    n.condition.cmp.op = op;
    n.condition.cmp.value = std::move(value);
    return n;
}

inline Node segment(std::string id, std::string name, std::string input)
{
    Node n = node(std::move(id), NodeType::Segment, {std::move(input)});
    n.name = std::move(name);
    return n;
}

inline Graph graphOf(std::vector<Node> nodes)
{
    Graph g;
    g.name = "test";
    g.asOf = *parseIsoDate("2024-12-31");
    g.customers.path = "customers.csv";
    g.customers.key = "id";
    g.nodes = std::move(nodes);
    return g;
}

} // namespace seg::test
