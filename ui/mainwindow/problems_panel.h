#pragma once
// The Problems dock: every node the last preview left out (with why), graph-wide problems,
// failed nodes, segment warnings, and why nodes have 0 members (checked on the data), each
// with its one-click fix where there is one ("Use 'Month-to-month'", "Set as-of to
// 2011-12-09"): a normal document edit, undone with Ctrl+Z. Double-click selects the node.
#include "diagnose/diagnosis.h"

#include <QWidget>

#include <map>
#include <memory>
#include <string>
#include <vector>

class QTreeWidget;
class QTreeWidgetItem;

namespace seg::ui {

class Document;
class PreviewRunner;
class Selection;
struct PreviewResult;

class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    ProblemsPanel(Document* document, PreviewRunner* runner, Selection* selection, QWidget* parent = nullptr);
    int problemCount() const;
    QStringList problemTexts() const; // "node id: message" per row (tests)
    // What a row shows for its node: the card's title, and the rule sentence as tooltip (tests).
    QString nodeTitle(int row) const;
    QString nodeToolTip(int row) const;
    // The fix offered on each row ("" when none), in row order (tests).
    QStringList fixLabels() const;
    // Applies the fix of `row` (what its button does); false when it has none or it no longer applies.
    bool applyFix(int row);
    // The monitoring alerts of `forResult`'s segments (ui/history SegmentAlerts): one "Alert"
    // row per alert in place of the run's own segment warnings. Ignored for another result.
    void setSegmentAlerts(std::shared_ptr<const PreviewResult> forResult,
                          const std::map<std::string, std::vector<std::string>>& alerts);
    // Whether the last result says the events end long before as-of (the open-project warning).
    bool hasEventsEndWarning() const { return eventsEnd_; }

Q_SIGNALS:
    void fixApplied(const QString& text);

private:
    void show(const std::shared_ptr<const PreviewResult>& result);
    QTreeWidgetItem* add(const QString& node, const QString& kind, const QString& message, int fix = -1);
    void showMenu(const QPoint& pos);

    Document* document_;
    Selection* selection_;
    QTreeWidget* tree_;
    std::vector<Diagnosis> fixes_; // rows with a fix keep an index into this
    bool eventsEnd_ = false;
    std::shared_ptr<const PreviewResult> last_;
    std::shared_ptr<const PreviewResult> alertsFor_;
    std::map<std::string, std::vector<std::string>> alerts_;
};

} // namespace seg::ui
