#pragma once
// The "Why?" panel: pick a segment (or the node whose members the preview shows), type a
// customer key (completed from the key column) and see the path that decides membership, node
// by node: the value each read, its rule in plain words and its verdict (core/explain). The
// explanation is computed on a worker thread from the preview's last run and follows new runs;
// the first node that excludes the customer is announced so the window can show it on the canvas.
//
// Usage: panel->explain("100001", "s_vip");
#include "explain/explain.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTreeWidget;

namespace seg::ui {

class Document;
class PreviewRunner;
class Selection;
struct PreviewResult;

class ExplainPanel : public QWidget {
    Q_OBJECT
public:
    ExplainPanel(Document* document, PreviewRunner* runner, Selection* selection, QWidget* parent = nullptr);
    ~ExplainPanel() override;

    // Sets the key (and the node, when given) and explains it.
    void explain(const QString& key, const QString& nodeId = {});
    // Explains the key in the field for the chosen segment (the Explain button, Enter).
    void explainCurrent();

    QComboBox* segmentBox() const { return segments_; }
    QLineEdit* keyEdit() const { return key_; }
    QTreeWidget* tree() const { return tree_; }
    QLabel* summaryLabel() const { return summary_; }
    QCompleter* completer() const { return completer_; }
    // The explanation shown (none before the first, or after an error).
    const std::optional<SegmentExplanation>& explanation() const { return shown_; }
    // Blocks until no explanation is being computed (tests).
    bool waitForIdle(int timeoutMs = 30000);
    // Keys offered for completion only up to this many customers (a longer list costs more
    // memory than it helps; typing the whole key still works).
    static constexpr size_t kCompletionRows = 200'000;

Q_SIGNALS:
    // The first node that excludes the customer (after each explanation that has one).
    void excludingNodeFound(const QString& id);
    // The user clicked a node of the path.
    void nodeActivated(const QString& id);
    void explained();

private:
    struct Outcome;
    struct CachedExplainer;
    void onRunFinished(const std::shared_ptr<const PreviewResult>& result);
    void refreshSegments();
    void refreshCompletion();
    void start();
    void show(const Outcome& outcome);

    Document* document_;
    PreviewRunner* runner_;
    Selection* selection_;
    std::shared_ptr<const PreviewResult> result_;
    std::shared_ptr<const CachedExplainer> cache_; // the explainer of result_, once made
    const void* completionData_ = nullptr; // the dataset the completion list was made from
    QComboBox* segments_;
    QLineEdit* key_;
    QPushButton* button_;
    QLabel* summary_;
    QTreeWidget* tree_;
    QCompleter* completer_;
    QStringListModel* keys_;
    QFutureWatcher<std::shared_ptr<Outcome>>* watcher_;
    bool rerun_ = false;
    std::optional<SegmentExplanation> shown_;
};

} // namespace seg::ui
