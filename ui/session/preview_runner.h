#pragma once
// Re-runs the graph in the background after every edit (debounced) so the canvas and the
// preview show live counts. Results of unchanged nodes come from the result cache, so a run
// after one edit only computes the edited node and what depends on it. Nodes that do not
// validate (a condition without a field, an unknown column) are left out of the run together
// with what depends on them, and reported per node, so the rest of the graph still previews.
#include "data/dataset.h"
#include "diagnose/diagnosis.h"
#include "exec/run_result.h"
#include "graph/graph.h"
#include "plan/strategy.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>

namespace seg {
class ResultCache;
}

namespace seg::ui {

class DataSession;
class Document;

struct PreviewResult {
    Graph graph;                                // the graph as it was run
    std::shared_ptr<const Dataset> data;        // the data it ran on
    std::shared_ptr<const RunResult> run;       // null when nothing could run
    std::map<std::string, std::string> invalid; // node id -> why it was left out (validation)
    QStringList graphErrors;                    // problems not tied to one node
    QString runError;                           // the run itself failed (message)
    // Why nodes with 0 members are empty (core/diagnose), found on the worker thread after the
    // run; and whether the events end long before as-of (graph-wide, with its fix).
    std::vector<Diagnosis> diagnoses;
    std::optional<Diagnosis> eventsEnd;
    std::vector<Diagnosis> diagnosesOf(const std::string& nodeId) const;
};

class PreviewRunner : public QObject {
    Q_OBJECT
public:
    PreviewRunner(Document* document, DataSession* data, QObject* parent = nullptr);
    ~PreviewRunner() override;

    // Auto-run after edits (on by default).
    void setAutoRun(bool on) { autoRun_ = on; }
    void setStrategy(Strategy strategy) { strategy_ = strategy; }
    Strategy strategy() const { return strategy_; }
    void setThreads(int threads) { threads_ = threads; }
    int threads() const { return threads_; }

    void runNow();  // starts a run now (cancelling one in flight)
    void cancel();
    bool isRunning() const { return running_; }
    // Blocks until no run is in flight or queued (tests).
    bool waitForIdle(int timeoutMs = 30000);

    std::shared_ptr<const PreviewResult> lastResult() const { return last_; }
    // Nodes edited since the last finished run started (their shown counts are out of date).
    bool isStale(const QString& id) const { return stale_.contains(id); }

Q_SIGNALS:
    void runStarted();
    void nodeFinished(const QString& id); // a node of the running run finished (live status)
    void runFinished(std::shared_ptr<const seg::ui::PreviewResult> result);
    void staleChanged();

private:
    void schedule();
    void startRun();
    void finishRun(std::shared_ptr<const PreviewResult> result);

    Document* document_;
    DataSession* data_;
    std::unique_ptr<ResultCache> cache_;
    QFutureWatcher<std::shared_ptr<const PreviewResult>>* watcher_ = nullptr; // the run in flight
    QTimer debounce_;
    QElapsedTimer lastStart_; // when the last run started (leading-edge debounce)
    bool autoRun_ = true;
    bool running_ = false;
    bool rerunQueued_ = false;
    Strategy strategy_ = Strategy::Auto;
    int threads_ = 0;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<const PreviewResult> last_;
    QSet<QString> stale_;
    QSet<QString> staleAtStart_;
};

// The preview's run, usable without the runner (tests, the CLI-equivalence check): validates,
// leaves out invalid nodes and their dependents, runs the rest with every node evaluated.
PreviewResult runPreview(const Graph& graph, std::shared_ptr<const Dataset> data, Strategy strategy, int threads,
                         ResultCache* cache, const std::atomic<bool>* cancel,
                         const std::function<void(const NodeRun&)>& onNodeFinished = {});

} // namespace seg::ui

Q_DECLARE_METATYPE(std::shared_ptr<const seg::ui::PreviewResult>)
