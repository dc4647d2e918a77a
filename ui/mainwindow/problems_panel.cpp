#include "mainwindow/problems_panel.h"

#include "document/document.h"
#include "document/rule_text.h"
#include "document/selection.h"
#include "session/diagnosis_text.h"
#include "session/preview_runner.h"

#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace seg::ui {

namespace {
enum Column { NodeColumn, KindColumn, MessageColumn, FixColumn };
constexpr int kFixRole = Qt::UserRole + 1; // index into fixes_, or -1
constexpr int kIdRole = Qt::UserRole + 2;  // the node's id (the column shows its title)
} // namespace

ProblemsPanel::ProblemsPanel(Document* document, PreviewRunner* runner, Selection* selection, QWidget* parent)
    : QWidget(parent), document_(document), selection_(selection), tree_(new QTreeWidget(this))
{
    tree_->setHeaderLabels({tr("Node"), tr("Kind"), tr("Message"), tr("Fix")});
    tree_->setRootIsDecorated(false);
    tree_->setAlternatingRowColors(true);
    tree_->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    tree_->header()->setStretchLastSection(false);
    tree_->setToolTip(tr("Double-click a row to select its node; right-click for its fix"));
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree_);
    connect(runner, &PreviewRunner::runFinished, this, &ProblemsPanel::show);
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(NodeColumn, kIdRole).toString();
        if (document_->node(id))
            selection_->set({id});
    });
    connect(tree_, &QWidget::customContextMenuRequested, this, &ProblemsPanel::showMenu);
    if (runner->lastResult())
        show(runner->lastResult());
}

int ProblemsPanel::problemCount() const { return tree_->topLevelItemCount(); }

QStringList ProblemsPanel::problemTexts() const
{
    QStringList texts;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = tree_->topLevelItem(i);
        texts << item->data(NodeColumn, kIdRole).toString() + ": " + item->text(MessageColumn);
    }
    return texts;
}

QString ProblemsPanel::nodeTitle(int row) const
{
    const QTreeWidgetItem* item = tree_->topLevelItem(row);
    return item ? item->text(NodeColumn) : QString();
}

QString ProblemsPanel::nodeToolTip(int row) const
{
    const QTreeWidgetItem* item = tree_->topLevelItem(row);
    return item ? item->toolTip(NodeColumn) : QString();
}

QStringList ProblemsPanel::fixLabels() const
{
    QStringList labels;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        const int fix = tree_->topLevelItem(i)->data(NodeColumn, kFixRole).toInt();
        labels << (fix >= 0 ? DiagnosisText::fixLabel(fixes_[size_t(fix)]) : QString());
    }
    return labels;
}

bool ProblemsPanel::applyFix(int row)
{
    const QTreeWidgetItem* item = tree_->topLevelItem(row);
    const int fix = item ? item->data(NodeColumn, kFixRole).toInt() : -1;
    if (fix < 0)
        return false;
    const Diagnosis d = fixes_[size_t(fix)]; // a copy: the edit re-runs the preview
    if (!applyDiagnosisFix(document_, d))
        return false;
    Q_EMIT fixApplied(DiagnosisText::fixLabel(d));
    return true;
}

QTreeWidgetItem* ProblemsPanel::add(const QString& node, const QString& kind, const QString& message, int fix)
{
    // The node as on its card: its title, and its rule in plain words in the tooltip (issue 12:
    // the same sentence on cards, in the Plan dock and here).
    const Node* definition = document_->node(node);
    const QString title = definition ? nodeCardTitle(*definition) : node;
    auto* item = new QTreeWidgetItem(tree_, {title, kind, message});
    item->setData(NodeColumn, kIdRole, node);
    if (definition)
        item->setToolTip(NodeColumn, ruleSentence(*definition, &document_->graph()) + "\n" + tr("Node id: %1").arg(node));
    item->setToolTip(MessageColumn, message);
    item->setData(NodeColumn, kFixRole, fix);
    if (fix >= 0) {
        auto* button = new QPushButton(DiagnosisText::fixLabel(fixes_[size_t(fix)]), tree_);
        button->setToolTip(tr("Apply this fix (Ctrl+Z undoes it)"));
        const int row = tree_->indexOfTopLevelItem(item);
        connect(button, &QPushButton::clicked, this, [this, row] { applyFix(row); });
        tree_->setItemWidget(item, FixColumn, button);
    }
    return item;
}

void ProblemsPanel::showMenu(const QPoint& pos)
{
    QTreeWidgetItem* item = tree_->itemAt(pos);
    if (!item)
        return;
    QMenu menu(this);
    const int row = tree_->indexOfTopLevelItem(item);
    const int fix = item->data(NodeColumn, kFixRole).toInt();
    if (fix >= 0)
        menu.addAction(DiagnosisText::fixLabel(fixes_[size_t(fix)]), this, [this, row] { applyFix(row); });
    const QString id = item->data(NodeColumn, kIdRole).toString();
    if (document_->node(id))
        menu.addAction(tr("Select node"), this, [this, id] { selection_->set({id}); });
    if (!menu.isEmpty())
        menu.exec(tree_->viewport()->mapToGlobal(pos));
}

void ProblemsPanel::setSegmentAlerts(std::shared_ptr<const PreviewResult> forResult,
                                     const std::map<std::string, std::vector<std::string>>& alerts)
{
    alertsFor_ = std::move(forResult);
    alerts_ = alerts;
    if (last_ && last_ == alertsFor_)
        show(last_);
}

void ProblemsPanel::show(const std::shared_ptr<const PreviewResult>& result)
{
    last_ = result;
    tree_->clear();
    fixes_.clear();
    auto withFix = [this](const Diagnosis& d) {
        if (d.fix == FixKind::None)
            return -1;
        fixes_.push_back(d);
        return static_cast<int>(fixes_.size()) - 1;
    };
    for (const QString& e : result->graphErrors)
        add(QString(), tr("Error"), e);
    if (!result->runError.isEmpty())
        add(QString(), tr("Error"), result->runError);
    eventsEnd_ = result->eventsEnd.has_value();
    if (result->eventsEnd)
        add(QString(), tr("Data"), DiagnosisText::describe(*result->eventsEnd), withFix(*result->eventsEnd));
    for (const auto& [id, message] : result->invalid)
        add(QString::fromStdString(id), tr("Not run"), QString::fromStdString(message));
    if (result->run) {
        for (const NodeRun& n : result->run->nodes)
            if (n.status == NodeStatus::Failed)
                add(QString::fromStdString(n.id), tr("Failed"), QString::fromStdString(n.error));
        for (const Diagnosis& d : result->diagnoses)
            add(QString::fromStdString(d.nodeId), tr("Empty"), DiagnosisText::describe(d), withFix(d));
        const bool alerts = alertsFor_ == result;
        for (const SegmentRun& s : result->run->segments) {
            const auto it = alerts_.find(s.id);
            const std::vector<std::string>& texts =
                !alerts ? s.warnings : it != alerts_.end() ? it->second : std::vector<std::string>{};
            for (const std::string& w : texts)
                add(QString::fromStdString(s.id), alerts ? tr("Alert") : tr("Warning"), QString::fromStdString(w));
        }
    }
    tree_->resizeColumnToContents(NodeColumn);
    tree_->resizeColumnToContents(KindColumn);
    tree_->resizeColumnToContents(FixColumn);
}

} // namespace seg::ui
