#include "workspace_test_util.h"

#include "generate/generator.h"
#include "graph/graph_io.h"

#include <cstring>
#include <fstream>
#include <sstream>

namespace seg::test {

Project makeProject(const std::filesystem::path& dir, size_t customers, size_t events, uint64_t seed)
{
    GenerateOptions g;
    g.customers = customers;
    g.events = events;
    g.seed = seed;
    g.outDir = dir;
    generateDataset(g);
    Project p;
    p.dir = dir;
    p.graphFile = dir / "demo.segment.json";
    p.graphText = readBytes(p.graphFile);
    GraphLoadResult loaded = loadGraphFile(p.graphFile);
    if (!loaded.ok())
        throw std::runtime_error("generated graph does not load");
    p.graph = std::move(*loaded.graph);
    p.data = importProject(p);
    return p;
}

Dataset importProject(const Project& p)
{
    std::optional<std::filesystem::path> eventsPath;
    if (p.graph.events)
        eventsPath = p.graph.resolve(p.graph.events->path);
    return loadDataset(p.graph.customers, p.graph.resolve(p.graph.customers.path), p.graph.events, eventsPath);
}

std::string compareTables(const Table& a, const Table& b, const std::string& what)
{
    if (a.rows != b.rows)
        return what + ": " + std::to_string(a.rows) + " rows vs " + std::to_string(b.rows);
    if (a.columns.size() != b.columns.size())
        return what + ": column counts differ";
    for (size_t c = 0; c < a.columns.size(); ++c) {
        const Column& x = a.columns[c];
        const Column& y = b.columns[c];
        const std::string where = what + " column '" + x.name() + "'";
        if (x.name() != y.name() || x.type() != y.type() || x.size() != y.size() || x.nullCount() != y.nullCount())
            return where + ": name, type, size or NULL count differ";
        if (x.type() == DataType::String && !(x.dict() == y.dict()))
            return where + ": dictionaries differ";
        for (size_t r = 0; r < x.size(); ++r) {
            if (x.isNull(r) != y.isNull(r) || x.textAt(r) != y.textAt(r))
                return where + " row " + std::to_string(r) + ": '" + x.textAt(r) + "' vs '" + y.textAt(r) + "'";
            // Bit-exact storage, not only the text form.
            const bool same = x.type() == DataType::Double ? std::memcmp(&x.doubles()[r], &y.doubles()[r], 8) == 0
                : x.type() == DataType::Int || x.type() == DataType::Timestamp ? x.ints()[r] == y.ints()[r]
                : x.type() == DataType::Bool ? x.bools()[r] == y.bools()[r]
                                              : x.codes()[r] == y.codes()[r];
            if (!same)
                return where + " row " + std::to_string(r) + ": stored values differ";
        }
    }
    return "";
}

std::string compareDatasets(const Dataset& a, const Dataset& b)
{
    if (a.customers.keyColumn != b.customers.keyColumn)
        return "customer key columns differ";
    std::string d = compareTables(a.customers.table, b.customers.table, "customers");
    if (!d.empty())
        return d;
    if (a.events.has_value() != b.events.has_value())
        return "one has events, the other not";
    if (a.events) {
        if (a.events->offsets != b.events->offsets || a.events->timeColumn != b.events->timeColumn ||
            a.events->typeColumn != b.events->typeColumn || a.events->keyColumn != b.events->keyColumn)
            return "event layout differs";
        d = compareTables(a.events->table, b.events->table, "events");
        if (!d.empty())
            return d;
    }
    if (a.customersReport.rows != b.customersReport.rows || a.customersReport.rejected != b.customersReport.rejected ||
        a.customersReport.duplicateKeys != b.customersReport.duplicateKeys ||
        a.customersReport.columns.size() != b.customersReport.columns.size())
        return "customer import reports differ";
    return "";
}

std::string readBytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeBytes(const std::filesystem::path& file, const std::string& bytes)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

} // namespace seg::test
