// segbench-broker-setup: the inputs of bench/broker-latency.sh (issue 14, "Speed"). Writes into
// DIR the generated customers and events (the import), the standard graph with 10 of its 20
// segments on events (standard.segment.json), and MESSAGES events of random customers in the
// last 400 days as NDJSON (messages.ndjson), the stream the load generator sends.
//
// Usage: segbench-broker-setup --out DIR [--customers N] [--import-events N] [--messages N] [--seed S]
// The graph is seglivebench's: the standard graph has 5 event segments; five customer-only
// segments also require one behavior, giving the 10 the issue asks for.
#include "generate/generator.h"
#include "generate/standard_graph.h"
#include "data/types.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace fs = std::filesystem;
using namespace seg;

int main(int argc, char** argv)
{
    size_t customers = 1'000'000, importEvents = 3'000'000, messages = 1'000'000;
    uint64_t seed = 7;
    fs::path out;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--customers") customers = std::stoull(value);
        else if (flag == "--import-events") importEvents = std::stoull(value);
        else if (flag == "--messages") messages = std::stoull(value);
        else if (flag == "--seed") seed = std::stoull(value);
        else if (flag == "--out") out = value;
        else {
            std::cerr << "unknown option " << flag << "\n";
            return 2;
        }
    }
    if (out.empty()) {
        std::cerr << "usage: segbench-broker-setup --out DIR [--customers N] [--import-events N] [--messages N] [--seed S]\n";
        return 2;
    }
    GenerateOptions g;
    g.customers = customers;
    g.events = importEvents;
    g.seed = seed;
    g.outDir = out;
    generateDataset(g);

    Json doc = standardGraph(StandardGraphOptions{}).graph;
    const char* customerOnly[] = {"s03", "s04", "s08", "s09", "s13"};
    const char* behaviors[] = {"b01", "b02", "b03", "b04", "b05"};
    for (int i = 0; i < 5; ++i)
        for (auto& node : doc["nodes"])
            if (node["id"] == customerOnly[i]) {
                const std::string gate = std::string("live_") + customerOnly[i];
                doc["nodes"].push_back(Json{{"id", gate}, {"type", "and"}, {"inputs", Json::array({node["input"], behaviors[i]})}});
                node["input"] = gate;
                break;
            }
    std::ofstream(out / "standard.segment.json") << doc.dump(2) << "\n";

    // Keys: the generator numbers customers from 100001 (customer_model.cpp).
    const char* types[] = {"view", "view", "view", "view", "view", "cart", "cart", "email_open", "email_open", "purchase"};
    const char* categories[] = {"apparel", "beauty", "electronics", "home", "sports"};
    uint64_t s = seed * 2654435761u + 1;
    auto below = [&s](uint64_t n) {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s % n;
    };
    std::ofstream m(out / "messages.ndjson", std::ios::binary);
    const int32_t asOf = g.asOf;
    for (size_t i = 0; i < messages; ++i) {
        const int32_t day = asOf - static_cast<int32_t>(below(400));
        const int64_t micros = int64_t{day} * kMicrosPerDay + static_cast<int64_t>(below(86'400)) * kMicrosPerSecond;
        const std::string type = types[below(10)];
        m << "{\"event_id\":\"m" << i << "\",\"customer_id\":" << 100001 + below(customers) << ",\"ts\":\""
          << formatTimestamp(micros) << "\",\"event_type\":\"" << type << "\"";
        if (type == "purchase") {
            const uint64_t cents = 500 + below(30000);
            m << ",\"amount\":" << cents / 100 << "." << (cents % 100) / 10 << cents % 10 << ",\"product_category\":\""
              << categories[below(5)] << "\"";
        } else {
            m << ",\"amount\":null,\"product_category\":null";
        }
        m << "}\n";
    }
    if (!m)
        return 1;
    std::printf("wrote %s: %zu customers, %zu imported events, standard graph (10 of 20 segments on events), %zu messages\n",
                out.c_str(), customers, importEvents, messages);
    return 0;
}
