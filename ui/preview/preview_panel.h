#pragma once
// The preview dock: segment sizes, the overlap matrix, a member sample and a histogram, all
// from the PreviewRunner's last result. The member sample and the histogram follow the
// selected node (Selection::current()), or the intersection of a clicked overlap cell.
// Usage: auto* p = new PreviewPanel(document, session, runner, selection); dock->setWidget(p);
// The panel only listens (runner->runFinished, selection->changed): nothing to connect.
#include "session/preview_runner.h"

#include <QWidget>

#include <map>
#include <memory>
#include <string>
#include <vector>

class QTabWidget;

namespace seg::ui {

class DataSession;
class Document;
class HistogramView;
class MemberSampleView;
class OverlapView;
class SegmentSizeChart;
class Selection;

class PreviewPanel : public QWidget {
    Q_OBJECT
public:
    PreviewPanel(Document* document, DataSession* data, PreviewRunner* runner, Selection* selection,
                 QWidget* parent = nullptr);

    // Shows a result directly (the runner's signal calls this).
    void showResult(std::shared_ptr<const PreviewResult> result);
    // The monitoring alerts of `forResult`'s segments (ui/history SegmentAlerts: empty,
    // outside expected, moved against the recent runs): the size bars show them in amber with
    // the alert in the tooltip. Ignored when `forResult` is not the result shown.
    void setSegmentAlerts(std::shared_ptr<const PreviewResult> forResult,
                          const std::map<std::string, std::vector<std::string>>& alerts);
    // Lists the members of both segments (what a click on an overlap cell does).
    void showIntersection(const QString& idA, const QString& idB);

    QTabWidget* tabs() const { return tabs_; }
    SegmentSizeChart* sizeChart() const { return sizes_; }
    OverlapView* overlapView() const { return overlap_; }
    MemberSampleView* memberView() const { return members_; }
    HistogramView* histogramView() const { return histogram_; }

    // The member set of node `id` in `run` ("id", or the union of its ports); null when none.
    static std::shared_ptr<const Bitset> membersOf(const RunResult& run, const std::string& id);

private:
    void followSelection();
    void showBars();
    void showSet(std::shared_ptr<const Bitset> set, const QString& title);
    void showNote(const QString& text);
    QString nameOf(const QString& id) const;

    Document* document_;
    Selection* selection_;
    std::shared_ptr<const PreviewResult> result_;
    std::shared_ptr<const PreviewResult> alertsFor_;
    std::map<std::string, std::vector<std::string>> alerts_;
    QString pairA_, pairB_; // the overlap cell shown, until the selection changes

    QTabWidget* tabs_;
    SegmentSizeChart* sizes_;
    OverlapView* overlap_;
    MemberSampleView* members_;
    HistogramView* histogram_;
};

} // namespace seg::ui
