// explain: why one customer is (or is not) in each segment, node by node (core/explain).
#include "args.h"
#include "commands.h"
#include "project.h"

#include "exec/runner.h"
#include "explain/explain.h"

#include <iostream>

namespace seg::cli {

int explainCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("explain", args,
                            {{"--key"}, {"--segment"}, {"--json", false}, {"--as-of"}, {"--threads"}, SEG_CLI_LIMIT_FLAGS},
                            1, 1);
    const std::string key = parsed.required("--key");
    RunOptions options;
    options.asOf = parsed.date("--as-of");
    options.threads = static_cast<int>(parsed.count("--threads", 1, 1024).value_or(defaultThreads()));

    std::optional<Graph> graph = loadGraphOrReport(parsed.positionals()[0]);
    if (!graph)
        return kExitInvalidInput;
    const std::optional<std::string> segment = parsed.value("--segment");
    if (segment) {
        const Node* node = graph->find(*segment);
        if (!node || node->type != NodeType::Segment) {
            std::string ids;
            for (const Node& n : graph->nodes)
                if (n.type == NodeType::Segment)
                    ids += (ids.empty() ? "" : ", ") + n.id;
            std::cerr << "error: '" << *segment << "' is not a segment of " << parsed.positionals()[0]
                      << " (segments: " << (ids.empty() ? "none" : ids) << ")\n";
            return kExitInvalidInput;
        }
    }
    const Dataset data = loadGraphData(*graph, parsed.limits());
    // The batch run supplies what one customer cannot tell alone (derived columns, top ranks);
    // a graph that does not validate throws here with every problem listed.
    const RunResult batch = runGraph(*graph, data, options);
    const Explainer explainer(*graph, data, batch);
    if (!explainer.rowOfKey(key)) {
        std::cerr << "error: no customer with key '" << key << "' in " << graph->customers.path << " ("
                  << data.customers.rows() << " customers, key column '" << data.customers.key().name() << "')\n";
        return kExitInvalidInput;
    }
    const Explanation explanation = explainer.explain(key, segment);
    if (parsed.has("--json"))
        std::cout << explanation.toJson().dump(2) << "\n";
    else
        std::cout << explanation.toString();
    return kExitOk;
}

} // namespace seg::cli
