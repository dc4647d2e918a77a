// publish: NDJSON messages (a file or stdin) sent to a broker, split into partitions by the
// customer key, so that several `stream` workers each read one partition. The producer side
// of a live deployment, and the load generator of the tests.
#include "args.h"
#include "commands.h"

#include "connectors/publisher.h"
#include "util/error.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <thread>

namespace seg::cli {

int publishCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("publish", args, {{"--to"}, {"--partitions"}, {"--key"}, {"--rate"}, {"--quiet", false}},
                            1, 1);
    const std::string to = parsed.required("--to");
    const auto partitions = static_cast<uint32_t>(parsed.count("--partitions", 1, 1024).value_or(1));
    const std::string keyField = parsed.value("--key").value_or("customer_id");
    // --rate N: a steady N messages per second (a load generator), each sent when it is due.
    const auto rate = parsed.count("--rate", 1, 100'000'000);
    const std::string& path = parsed.positionals()[0];
    std::ifstream file;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file)
            throw Error("cannot read " + path);
    }
    std::istream& in = path == "-" ? std::cin : file;

    const std::unique_ptr<MessagePublisher> publisher = openPublisher(to, partitions);
    std::vector<uint64_t> perPartition(partitions, 0);
    uint64_t withoutKey = 0;
    uint64_t refused = 0; // no key, and the broker routes by the key: not sent
    std::string line;
    uint64_t lineNumber = 0;
    uint64_t sent = 0;
    const auto start = std::chrono::steady_clock::now();
    while (std::getline(in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue; // blank lines are no messages
        bool found = false;
        const std::string key = messageKey(line, keyField, found);
        if (!found && publisher->routesByKey()) {
            // A consistent-hash exchange would route a missing header somewhere arbitrary
            // (the same queue for all of them): such a message is refused here, never sent.
            std::cerr << "publish: " << path << " line " << lineNumber << ": refused, no '" << keyField
                      << "' (a string or number) to route it by\n";
            ++refused;
            continue;
        }
        const uint32_t p = found ? partitionOfKey(key, partitions) : 0;
        withoutKey += found ? 0 : 1;
        if (rate) {
            const auto due = start + std::chrono::nanoseconds(static_cast<int64_t>(sent * 1'000'000'000ull / *rate));
            if (std::chrono::steady_clock::now() < due) {
                publisher->flush(); // what is due goes out before waiting
                std::this_thread::sleep_until(due);
            }
        }
        publisher->add(p, line, key);
        ++perPartition[p];
        ++sent;
    }
    publisher->flush();
    if (!parsed.has("--quiet")) {
        uint64_t total = 0;
        std::string parts;
        for (uint32_t p = 0; p < partitions; ++p) {
            total += perPartition[p];
            parts += (p ? ", " : "") + publisher->partitionName(p) + ": " + std::to_string(perPartition[p]);
        }
        std::cerr << "publish: " << total << " messages (" << parts << ")";
        if (withoutKey)
            std::cerr << "; " << withoutKey << " without a '" << keyField
                      << "' went to the first partition, where the stream dead-letters them";
        if (refused)
            std::cerr << "; " << refused << " refused (no '" << keyField << "')";
        std::cerr << "\n";
    }
    return refused ? kExitInvalidInput : kExitOk;
}

} // namespace seg::cli
