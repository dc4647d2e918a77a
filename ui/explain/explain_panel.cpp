#include "explain/explain_panel.h"

#include "document/document.h"
#include "document/rule_text.h"
#include "document/selection.h"
#include "explain/explain_tree.h"
#include "session/preview_runner.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QCompleter>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace seg::ui {

// The explainer of one preview result, kept while that result is shown: its top ranks are
// computed once, not per customer.
// The graph is the one the preview ran: without the nodes it left out (validation problems).
struct ExplainPanel::CachedExplainer {
    std::shared_ptr<const PreviewResult> result;
    Graph graph;
    std::unique_ptr<Explainer> explainer;
};

// What a worker hands back: the explanation, or why there is none.
struct ExplainPanel::Outcome {
    std::shared_ptr<const PreviewResult> result;
    std::shared_ptr<const CachedExplainer> cache;
    std::optional<SegmentExplanation> explanation;
    QString key;
    QString error;
    bool unknownKey = false;
};

ExplainPanel::ExplainPanel(Document* document, PreviewRunner* runner, Selection* selection, QWidget* parent)
    : QWidget(parent), document_(document), runner_(runner), selection_(selection), segments_(new QComboBox),
      key_(new QLineEdit), button_(new QPushButton(tr("Explain"))), summary_(new QLabel), tree_(new QTreeWidget),
      completer_(new QCompleter(this)), keys_(new QStringListModel(this)),
      watcher_(new QFutureWatcher<std::shared_ptr<Outcome>>(this))
{
    segments_->setObjectName("explainSegment");
    segments_->setToolTip(tr("The segment (or selected node) to explain"));
    segments_->setMinimumContentsLength(18);
    key_->setObjectName("explainKey");
    key_->setPlaceholderText(tr("Customer key"));
    key_->setClearButtonEnabled(true);
    completer_->setModel(keys_);
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setFilterMode(Qt::MatchStartsWith);
    completer_->setCompletionMode(QCompleter::PopupCompletion);
    key_->setCompleter(completer_);
    button_->setToolTip(tr("Show why this customer is or is not in the segment"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);
    summary_->setObjectName("explainSummary");
    tree_->setObjectName("explainTree");
    tree_->setColumnCount(kExplainColumns);
    tree_->setHeaderLabels({tr("Node"), tr("Value read"), tr("Rule"), tr("Verdict")});
    tree_->setAlternatingRowColors(true);
    tree_->header()->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Segment")));
    top->addWidget(segments_, 1);
    top->addWidget(new QLabel(tr("Customer")));
    top->addWidget(key_, 1);
    top->addWidget(button_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(summary_);
    layout->addWidget(tree_, 1);
    summary_->setText(tr("Pick a segment and type a customer key, or right-click a row in Preview > Members."));

    connect(button_, &QPushButton::clicked, this, &ExplainPanel::explainCurrent);
    connect(key_, &QLineEdit::returnPressed, this, &ExplainPanel::explainCurrent);
    connect(completer_, qOverload<const QString&>(&QCompleter::activated), this, [this] { explainCurrent(); });
    connect(segments_, &QComboBox::activated, this, [this] {
        if (!key_->text().trimmed().isEmpty())
            explainCurrent();
    });
    connect(tree_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        while (item && item->parent())
            item = item->parent();
        if (item)
            Q_EMIT nodeActivated(item->data(kExplainNode, Qt::UserRole).toString());
    });
    connect(watcher_, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, [this] {
        const std::shared_ptr<Outcome> outcome = watcher_->result();
        if (outcome && outcome->cache)
            cache_ = outcome->cache;
        if (rerun_) { // asked again (or a new run came) while this one was computed
            rerun_ = false;
            start();
            return;
        }
        if (outcome)
            show(*outcome);
    });
    if (runner_) {
        connect(runner_, &PreviewRunner::runFinished, this, &ExplainPanel::onRunFinished);
        if (runner_->lastResult())
            onRunFinished(runner_->lastResult());
    }
    if (selection_)
        connect(selection_, &Selection::changed, this, &ExplainPanel::refreshSegments);
}

ExplainPanel::~ExplainPanel()
{
    watcher_->waitForFinished();
}

void ExplainPanel::onRunFinished(const std::shared_ptr<const PreviewResult>& result)
{
    result_ = result;
    refreshSegments();
    refreshCompletion();
    // The explanation follows the graph and the data: explain the shown customer again.
    if (shown_ && !key_->text().trimmed().isEmpty())
        start();
}

void ExplainPanel::refreshSegments()
{
    const QString current = segments_->currentData().toString();
    segments_->clear();
    if (!result_)
        return;
    const Graph& g = result_->graph;
    for (const Node& n : g.nodes)
        if (n.type == NodeType::Segment)
            segments_->addItem(nodeCardTitle(n), QString::fromStdString(n.id));
    // The node selected on the canvas (whose members the preview shows) can be explained too.
    const QString selected = selection_ ? selection_->current() : QString();
    const Node* sel = g.find(selected.toStdString());
    if (sel && sel->type != NodeType::Segment && sel->type != NodeType::Derive)
        segments_->addItem(tr("Selected: %1").arg(nodeCardTitle(*sel)), selected);
    const int keep = segments_->findData(current);
    const int pick = sel && sel->type == NodeType::Segment ? segments_->findData(selected) : keep;
    segments_->setCurrentIndex(pick >= 0 ? pick : keep >= 0 ? keep : 0);
}

void ExplainPanel::refreshCompletion()
{
    const Dataset* data = result_ && result_->data ? result_->data.get() : nullptr;
    if (data == completionData_)
        return;
    completionData_ = data;
    QStringList keys;
    if (data && data->customers.rows() <= kCompletionRows) {
        const Column& key = data->customers.key();
        keys.reserve(static_cast<qsizetype>(data->customers.rows()));
        for (size_t r = 0; r < data->customers.rows(); ++r)
            keys << QString::fromStdString(key.textAt(r));
    }
    keys_->setStringList(keys);
}

void ExplainPanel::explain(const QString& key, const QString& nodeId)
{
    if (!nodeId.isEmpty()) {
        int index = segments_->findData(nodeId);
        if (index < 0 && result_) {
            if (const Node* n = result_->graph.find(nodeId.toStdString())) {
                segments_->addItem(tr("Selected: %1").arg(nodeCardTitle(*n)), nodeId);
                index = segments_->count() - 1;
            }
        }
        if (index >= 0)
            segments_->setCurrentIndex(index);
    }
    key_->setText(key);
    explainCurrent();
}

void ExplainPanel::explainCurrent()
{
    if (watcher_->isRunning()) {
        rerun_ = true;
        return;
    }
    start();
}

void ExplainPanel::start()
{
    const QString key = key_->text().trimmed();
    const QString node = segments_->currentData().toString();
    if (key.isEmpty() || node.isEmpty() || !result_ || !result_->run || !result_->data) {
        summary_->setText(!result_ || !result_->run ? tr("Nothing has run yet: import data and build a segment first.")
                                                    : tr("Pick a segment and type a customer key."));
        return;
    }
    summary_->setText(tr("Explaining…"));
    const std::shared_ptr<const PreviewResult> result = result_;
    const std::shared_ptr<const CachedExplainer> cached = cache_ && cache_->result == result ? cache_ : nullptr;
    watcher_->setFuture(QtConcurrent::run([result, cached, key, node]() -> std::shared_ptr<Outcome> {
        auto out = std::make_shared<Outcome>();
        out->result = result;
        out->key = key;
        out->cache = cached;
        try {
            if (!out->cache) {
                auto fresh = std::make_shared<CachedExplainer>();
                fresh->result = result;
                fresh->graph = result->graph;
                std::erase_if(fresh->graph.nodes, [&](const Node& n) { return result->invalid.count(n.id) > 0; });
                fresh->explainer = std::make_unique<Explainer>(fresh->graph, *result->data, *result->run);
                out->cache = fresh;
            }
            const Explainer& explainer = *out->cache->explainer;
            if (auto bad = result->invalid.find(node.toStdString()); bad != result->invalid.end()) {
                out->error = QCoreApplication::translate("seg::ui::ExplainPanel", "'%1' did not run: %2")
                                 .arg(node, QString::fromStdString(bad->second));
                return out;
            }
            const auto row = explainer.rowOfKey(key.toStdString());
            if (!row) {
                out->unknownKey = true;
                return out;
            }
            out->explanation = explainer.explainSegment(*row, node.toStdString());
        } catch (const std::exception& e) {
            out->error = QString::fromStdString(e.what());
        }
        return out;
    }));
}

void ExplainPanel::show(const Outcome& outcome)
{
    if (outcome.unknownKey || !outcome.error.isEmpty() || !outcome.explanation) {
        shown_.reset();
        tree_->clear();
        summary_->setText(outcome.unknownKey ? tr("No customer with key '%1' in the data.").arg(outcome.key)
                                             : tr("Cannot explain: %1").arg(outcome.error));
        summary_->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        Q_EMIT explained();
        return;
    }
    shown_ = outcome.explanation;
    const SegmentExplanation& x = *shown_;
    const Graph& g = outcome.result->graph;
    const Node* target = g.find(x.id);
    const QString name = target ? nodeCardTitle(*target) : QString::fromStdString(x.name);
    fillExplainTree(tree_, x, g);
    summary_->setStyleSheet(QString());
    if (x.member) {
        summary_->setText(tr("Customer %1 is in '%2'.").arg(outcome.key, name));
    } else if (const ExplainStep* e = x.excluding()) {
        const Node* n = g.find(e->node);
        summary_->setText(tr("Customer %1 is not in '%2'. First excluded by '%3': %4")
                              .arg(outcome.key, name, n ? nodeCardTitle(*n) : QString::fromStdString(e->title),
                                   exclusionText(*e, g)));
        Q_EMIT excludingNodeFound(QString::fromStdString(e->node));
    }
    Q_EMIT explained();
}

bool ExplainPanel::waitForIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (watcher_->isRunning() || rerun_) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    QCoreApplication::processEvents();
    return true;
}

} // namespace seg::ui
