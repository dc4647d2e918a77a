// The preview's run: leave out what cannot run, run the rest. Editing makes graphs invalid
// all the time (a new condition has no field yet), and one unfinished node must not blank
// out the counts of everything else.
#include "session/preview_runner.h"

#include "exec/runner.h"

#include <QCoreApplication>

#include <mutex>
#include <set>

namespace seg::ui {

namespace {

QString trPreview(const char* text) { return QCoreApplication::translate("PreviewRunner", text); }

// Removes `bad` nodes and, transitively, every node that takes one of them as input; records
// why in `invalid`.
void removeWithDependents(Graph& graph, std::set<std::string> bad, std::map<std::string, std::string>& invalid)
{
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Node& n : graph.nodes) {
            if (bad.count(n.id))
                continue;
            for (const std::string& in : n.inputs) {
                const std::string from = splitInputRef(in).first;
                if (bad.count(from)) {
                    bad.insert(n.id);
                    invalid.emplace(n.id, trPreview("waits for '%1', which cannot run")
                                              .arg(QString::fromStdString(from)).toStdString());
                    grew = true;
                    break;
                }
            }
        }
    }
    std::erase_if(graph.nodes, [&](const Node& n) { return bad.count(n.id) > 0; });
}

// The events' last day, scanned once per loaded dataset (the data never changes in place; a
// new import is a new Dataset object), not once per preview run.
std::optional<int32_t> lastEventDayOf(const std::shared_ptr<const Dataset>& data)
{
    static std::mutex mutex;
    static std::weak_ptr<const Dataset> seen;
    static std::optional<int32_t> day;
    std::lock_guard lock(mutex);
    if (seen.lock() != data) {
        day = lastEventDay(*data);
        seen = data;
    }
    return day;
}

std::optional<Diagnosis> checkEventsEnd(const Dataset& data, int32_t asOf, std::optional<int32_t> lastDay)
{
    if (!lastDay)
        return std::nullopt;
    return seg::checkEventsEnd(lastDay, data.events->table.columns[size_t(data.events->timeColumn)].name(), asOf);
}

} // namespace

std::vector<Diagnosis> PreviewResult::diagnosesOf(const std::string& nodeId) const
{
    std::vector<Diagnosis> out;
    for (const Diagnosis& d : diagnoses)
        if (d.nodeId == nodeId)
            out.push_back(d);
    return out;
}

PreviewResult runPreview(const Graph& graph, std::shared_ptr<const Dataset> data, Strategy strategy, int threads,
                         ResultCache* cache, const std::atomic<bool>* cancel,
                         const std::function<void(const NodeRun&)>& onNodeFinished)
{
    PreviewResult result;
    result.graph = graph;
    result.data = data;
    if (!data) {
        result.graphErrors << trPreview("No customer data is loaded: use File > Import customers.");
        return result;
    }
    Graph runnable = graph;
    // Each round removes the nodes with problems; nodes that only broke because a derive
    // column disappeared show up in the next round with their own message.
    for (size_t round = 0; round <= graph.nodes.size(); ++round) {
        const std::vector<Diagnostic> problems = validateGraph(runnable, *data);
        if (problems.empty())
            break;
        std::set<std::string> bad;
        for (const Diagnostic& d : problems) {
            if (d.nodeId.empty() || !runnable.find(d.nodeId)) {
                result.graphErrors << QString::fromStdString(d.toString());
                continue;
            }
            bad.insert(d.nodeId);
            auto [it, inserted] = result.invalid.emplace(d.nodeId, d.message);
            if (!inserted && it->second.find(d.message) == std::string::npos)
                it->second += "; " + d.message;
        }
        if (!result.graphErrors.isEmpty())
            return result; // a graph-wide problem (a cycle, no customers): nothing can run
        removeWithDependents(runnable, bad, result.invalid);
    }
    RunOptions options;
    options.strategy = strategy;
    options.threads = threads;
    options.cancel = cancel;
    options.cache = cache;
    options.allNodes = true;
    options.onNodeFinished = onNodeFinished;
    try {
        result.run = std::make_shared<RunResult>(runGraph(runnable, *data, options));
        if (!result.run->cancelled) {
            // Checks on the data, on this worker thread: they scan columns and events.
            result.diagnoses = diagnoseEmptyNodes(runnable, *data, *result.run);
            result.eventsEnd = checkEventsEnd(*data, result.run->asOf, lastEventDayOf(data));
        }
    } catch (const std::exception& e) {
        result.runError = QString::fromStdString(e.what());
    }
    return result;
}

} // namespace seg::ui
