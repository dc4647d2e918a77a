#include "mainwindow/problems_panel.h"

#include "document/document.h"
#include "document/selection.h"
#include "session/preview_runner.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace seg::ui {

namespace {
enum Column { NodeColumn, KindColumn, MessageColumn };
}

ProblemsPanel::ProblemsPanel(Document* document, PreviewRunner* runner, Selection* selection, QWidget* parent)
    : QWidget(parent), document_(document), selection_(selection), tree_(new QTreeWidget(this))
{
    tree_->setHeaderLabels({tr("Node"), tr("Kind"), tr("Message")});
    tree_->setRootIsDecorated(false);
    tree_->setAlternatingRowColors(true);
    tree_->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    tree_->setToolTip(tr("Double-click a row to select its node"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree_);
    connect(runner, &PreviewRunner::runFinished, this, &ProblemsPanel::show);
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QString id = item->text(NodeColumn);
        if (document_->node(id))
            selection_->set({id});
    });
}

int ProblemsPanel::problemCount() const { return tree_->topLevelItemCount(); }

QStringList ProblemsPanel::problemTexts() const
{
    QStringList texts;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = tree_->topLevelItem(i);
        texts << item->text(NodeColumn) + ": " + item->text(MessageColumn);
    }
    return texts;
}

void ProblemsPanel::show(const std::shared_ptr<const PreviewResult>& result)
{
    tree_->clear();
    auto add = [this](const QString& node, const QString& kind, const QString& message) {
        auto* item = new QTreeWidgetItem(tree_, {node, kind, message});
        item->setToolTip(MessageColumn, message);
    };
    for (const QString& e : result->graphErrors)
        add(QString(), tr("Error"), e);
    if (!result->runError.isEmpty())
        add(QString(), tr("Error"), result->runError);
    for (const auto& [id, message] : result->invalid)
        add(QString::fromStdString(id), tr("Not run"), QString::fromStdString(message));
    if (result->run) {
        for (const NodeRun& n : result->run->nodes)
            if (n.status == NodeStatus::Failed)
                add(QString::fromStdString(n.id), tr("Failed"), QString::fromStdString(n.error));
        for (const SegmentRun& s : result->run->segments)
            for (const std::string& w : s.warnings)
                add(QString::fromStdString(s.id), tr("Warning"), QString::fromStdString(w));
    }
    tree_->resizeColumnToContents(NodeColumn);
    tree_->resizeColumnToContents(KindColumn);
}

} // namespace seg::ui
