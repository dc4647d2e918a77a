#pragma once
// Shared by the workspace tests: a generated project (graph + CSVs) in a temporary folder, and
// column-by-column comparison of two datasets.
#include "data/dataset.h"
#include "graph/graph.h"

#include <QString>
#include <filesystem>
#include <string>

namespace seg::test {

struct Project {
    std::filesystem::path dir, graphFile;
    Graph graph;
    Dataset data;
    std::string graphText;
};

// Writes customers.csv / events.csv and demo.segment.json with the generator into `dir` and
// imports them as the CLI does.
Project makeProject(const std::filesystem::path& dir, size_t customers, size_t events, uint64_t seed = 7);
Dataset importProject(const Project& p);

// "" when equal, else where they differ ("customers column 'age' row 17: '' vs '31'").
std::string compareTables(const Table& a, const Table& b, const std::string& what);
std::string compareDatasets(const Dataset& a, const Dataset& b);

std::string readBytes(const std::filesystem::path& file);
void writeBytes(const std::filesystem::path& file, const std::string& bytes);

} // namespace seg::test
