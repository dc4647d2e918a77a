#pragma once
// A small hand-checked project for the zero-member explanations: five customers, four events
// (the last one on 2011-12-09), as-of 2026-12-07 unless a test says otherwise.
//
//  id contract        tenure signup      email          events: customer day        type     amount category
//   1 Month-to-month       5 2011-01-10  a@x.org                 1        2011-12-09 purchase 20     shoes
//   2 Month-to-month      30 2011-06-01  b@x.org                 2        2011-11-01 purchase 5      shoes
//   3 One year            12 2010-12-31  c@y.com                 3        2011-01-05 visit
//   4 Two year            72 2011-03-15  d@Y.COM                 1        2011-12-01 visit
//   5 Month-to-month       0 2011-12-01  (NULL)
#include "data/dataset.h"
#include "exec/runner.h"
#include "graph/graph_io.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>

namespace seg::test {

struct DiagnoseProject {
    QTemporaryDir dir;
    Graph graph;
    Dataset data;

    explicit DiagnoseProject(const std::string& nodes, const std::string& asOf = "2026-12-07")
    {
        const std::filesystem::path base = dir.path().toStdString();
        std::ofstream(base / "customers.csv") << "id,contract,tenure,signup,email\n"
                                                 "1,Month-to-month,5,2011-01-10,a@x.org\n"
                                                 "2,Month-to-month,30,2011-06-01,b@x.org\n"
                                                 "3,One year,12,2010-12-31,c@y.com\n"
                                                 "4,Two year,72,2011-03-15,d@Y.COM\n"
                                                 "5,Month-to-month,0,2011-12-01,\n";
        std::ofstream(base / "events.csv") << "customer,day,type,amount,category\n"
                                              "1,2011-12-09,purchase,20,shoes\n"
                                              "2,2011-11-01,purchase,5,shoes\n"
                                              "3,2011-01-05,visit,,\n"
                                              "1,2011-12-01,visit,,\n";
        const std::string text = R"({"format":"segment-studio/graph","format_version":1,"as_of":")" + asOf + R"(",
          "datasets":{"customers":{"path":"customers.csv","key":"id"},
                      "events":{"path":"events.csv","key":"customer","time":"day","type":"type"}},
          "nodes":[)" + nodes + "]}";
        GraphLoadResult loaded = parseGraph(text, (base / "t.segment.json").string(), {});
        if (!loaded.ok())
            qFatal("graph does not load: %s", loaded.diagnostics.front().toString().c_str());
        graph = *loaded.graph;
        graph.baseDir = base;
        data = loadDataset(graph.customers, graph.resolve(graph.customers.path), graph.events,
                           graph.resolve(graph.events->path));
    }

    RunResult run() const
    {
        RunOptions options;
        options.allNodes = true;
        options.threads = 2;
        return runGraph(graph, data, options);
    }
};

} // namespace seg::test
