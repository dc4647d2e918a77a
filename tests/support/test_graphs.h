#pragma once
// Builders the engine tests share: a graph over customers keyed by "id" (as_of 2024-12-31)
// from its node list, a string predicate bound as a condition's would be, and the check that
// a segment has the expected rows in sequential and parallel runs. A graph or predicate that
// does not load aborts the test with the loader's message.
#include "bind/predicate.h"
#include "exec/runner.h"
#include "graph/graph_io.h"

#include <QtTest/QtTest>

#include <cstdint>
#include <vector>

#include <string>

namespace seg::test {

inline Graph customersGraph(const std::string& nodes, const std::string& source = "test.segment.json")
{
    const std::string text = R"({"format":"segment-studio/graph","format_version":1,"as_of":"2024-12-31",
      "datasets":{"customers":{"path":"customers.csv","key":"id"}},"nodes":[)" + nodes + "]}";
    GraphLoadResult loaded = parseGraph(text, source, {});
    if (!loaded.ok())
        qFatal("graph does not load: %s", loaded.diagnostics.front().toString().c_str());
    return *loaded.graph;
}

inline BoundPredicate bindString(const char* op, const std::string& operand, bool ignoreCase = false)
{
    Comparison cmp;
    cmp.op = *parseCompareOp(op);
    cmp.value = operand;
    cmp.ignoreCase = ignoreCase;
    BoundPredicate p;
    if (const auto error = bindPredicate(cmp, DataType::String, 0, p))
        qFatal("%s", error->c_str());
    return p;
}

// Fails the current test (QCOMPARE) when a run differs; sequential, then parallel on 2 threads.
inline void expectSegmentRows(const Graph& g, const Dataset& d, const char* segment,
                              const std::vector<uint32_t>& expected)
{
    for (const Strategy s : {Strategy::Sequential, Strategy::Parallel}) {
        RunOptions o;
        o.strategy = s;
        o.threads = 2;
        QCOMPARE(runGraph(g, d, o).members(segment)->toRows(), expected);
    }
}

} // namespace seg::test
