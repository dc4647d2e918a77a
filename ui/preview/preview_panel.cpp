#include "preview/preview_panel.h"

#include "document/document.h"
#include "document/selection.h"
#include "preview/histogram_view.h"
#include "preview/member_sample_view.h"
#include "preview/overlap_view.h"
#include "preview/preview_stats.h"
#include "preview/segment_size_chart.h"
#include "session/data_session.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace seg::ui {

PreviewPanel::PreviewPanel(Document* document, DataSession* /*data: the runner follows it*/, PreviewRunner* runner, Selection* selection,
                           QWidget* parent)
    : QWidget(parent), document_(document), selection_(selection), tabs_(new QTabWidget),
      sizes_(new SegmentSizeChart), overlap_(new OverlapView), members_(new MemberSampleView),
      histogram_(new HistogramView)
{
    tabs_->setDocumentMode(true);
    tabs_->addTab(sizes_, tr("Sizes"));
    tabs_->setTabToolTip(0, tr("Members per segment"));
    tabs_->addTab(overlap_, tr("Overlap"));
    tabs_->setTabToolTip(1, tr("Customers shared by pairs of segments"));
    tabs_->addTab(members_, tr("Members"));
    tabs_->setTabToolTip(2, tr("A sample of the members of the selected node"));
    tabs_->addTab(histogram_, tr("Histogram"));
    tabs_->setTabToolTip(3, tr("A column's distribution inside the selected node versus all customers"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
    setMinimumSize(360, 240);

    if (runner) {
        connect(runner, &PreviewRunner::runFinished, this,
                [this](std::shared_ptr<const PreviewResult> result) { showResult(std::move(result)); });
        if (runner->lastResult())
            showResult(runner->lastResult());
    }
    if (selection_)
        connect(selection_, &Selection::changed, this, [this] {
            pairA_.clear();
            pairB_.clear();
            followSelection();
        });
    connect(overlap_, &OverlapView::pairChosen, this, [this](const QString& a, const QString& b) {
        showIntersection(a, b);
        tabs_->setCurrentWidget(members_);
    });
    if (document_)
        connect(document_, &Document::reset, this, [this] { showResult(nullptr); });
}

std::shared_ptr<const Bitset> PreviewPanel::membersOf(const RunResult& run, const std::string& id)
{
    if (auto it = run.sets.find(id); it != run.sets.end())
        return it->second;
    // Split and priority: their members are those of all ports together.
    std::shared_ptr<Bitset> all;
    const std::string prefix = id + ":";
    for (auto it = run.sets.lower_bound(prefix); it != run.sets.end() && it->first.starts_with(prefix); ++it) {
        if (!it->second)
            continue;
        if (!all)
            all = std::make_shared<Bitset>(*it->second);
        else
            *all |= *it->second;
    }
    return all;
}

QString PreviewPanel::nameOf(const QString& id) const
{
    const Node* n = result_ ? result_->graph.find(id.toStdString()) : nullptr;
    return n ? QString::fromStdString(n->displayName()) : id;
}

void PreviewPanel::showResult(std::shared_ptr<const PreviewResult> result)
{
    result_ = std::move(result);
    if (!result_ || !result_->data || !result_->run) {
        QString why = tr("Import customers to see the preview.");
        if (result_ && !result_->runError.isEmpty())
            why = tr("The preview run failed: %1").arg(result_->runError);
        else if (result_ && result_->data)
            why = tr("Nothing to preview yet: add rules and connect them to a segment.");
        sizes_->setMessage(why);
        overlap_->setMatrix({});
        showNote(why);
        return;
    }
    showBars();
    overlap_->setMatrix(segmentOverlaps(*result_->run));
    if (!pairA_.isEmpty())
        showIntersection(pairA_, pairB_);
    else
        followSelection();
}

void PreviewPanel::setSegmentAlerts(std::shared_ptr<const PreviewResult> forResult,
                                    const std::map<std::string, std::vector<std::string>>& alerts)
{
    alertsFor_ = std::move(forResult);
    alerts_ = alerts;
    if (result_ && result_ == alertsFor_ && result_->run)
        showBars();
}

void PreviewPanel::showBars()
{
    std::vector<SegmentBar> bars = segmentBars(*result_->run);
    if (result_ == alertsFor_)
        for (SegmentBar& b : bars) {
            const auto it = alerts_.find(b.id);
            b.warnings = it == alerts_.end() ? std::vector<std::string>{} : it->second;
        }
    sizes_->setBars(std::move(bars));
}

void PreviewPanel::showIntersection(const QString& idA, const QString& idB)
{
    if (!result_ || !result_->run)
        return;
    const auto a = membersOf(*result_->run, idA.toStdString());
    const auto b = membersOf(*result_->run, idB.toStdString());
    if (!a || !b) {
        showNote(tr("The segments of this cell have no result in the last run."));
        return;
    }
    pairA_ = idA;
    pairB_ = idB;
    if (idA == idB) {
        showSet(a, nameOf(idA));
        return;
    }
    auto both = std::make_shared<Bitset>(*a);
    *both &= *b;
    showSet(std::move(both), tr("In both %1 and %2").arg(nameOf(idA), nameOf(idB)));
}

void PreviewPanel::followSelection()
{
    if (!result_ || !result_->run)
        return;
    const QString id = selection_ ? selection_->current() : QString();
    if (id.isEmpty()) {
        showNote(tr("Select a rule or segment on the canvas (or click a cell of the overlap matrix) to see its members."));
        return;
    }
    const std::string sid = id.toStdString();
    if (auto it = result_->invalid.find(sid); it != result_->invalid.end()) {
        showNote(tr("Node %1 did not run: %2").arg(nameOf(id), QString::fromStdString(it->second)));
        return;
    }
    const Node* node = result_->graph.find(sid);
    if (node && node->type == NodeType::Derive) {
        showNote(tr("%1 makes the column '%2', not a set of customers: pick it as a column of another node's members.")
                     .arg(nameOf(id), QString::fromStdString(node->name)));
        return;
    }
    if (const NodeRun* run = result_->run->node(sid); run && run->status != NodeStatus::Ok) {
        showNote(tr("Node %1 did not run: %2").arg(nameOf(id), QString::fromStdString(run->error)));
        return;
    }
    auto set = membersOf(*result_->run, sid);
    if (!set) {
        showNote(tr("%1 has no result yet; it runs after the next edit settles.").arg(nameOf(id)));
        return;
    }
    showSet(std::move(set), nameOf(id));
}

void PreviewPanel::showSet(std::shared_ptr<const Bitset> set, const QString& title)
{
    members_->showMembers(result_, set, title);
    histogram_->setSource(result_, std::move(set), title);
}

void PreviewPanel::showNote(const QString& text)
{
    members_->showMessage(text);
    histogram_->showMessage(text);
}

} // namespace seg::ui
