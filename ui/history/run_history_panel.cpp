#include "history/run_history_panel.h"

#include "document/document.h"
#include "document/selection.h"
#include "history/run_diff_dialog.h"
#include "history/run_history_chart.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <set>

#include <filesystem>

namespace seg::ui {

namespace {

QString toQ(const std::string& s) { return QString::fromStdString(s); }

// "+12 (+4.1 %)", "-3 (-0.5 %)", "0"; the percent is left out when the earlier size was 0.
QString changeText(size_t before, size_t now)
{
    const long long delta = static_cast<long long>(now) - static_cast<long long>(before);
    if (delta == 0)
        return QStringLiteral("0");
    const QLocale locale;
    QString text = (delta > 0 ? QStringLiteral("+") : QString()) + locale.toString(delta);
    if (before > 0)
        text += QStringLiteral(" (%1%2 %)")
                    .arg(delta > 0 ? QStringLiteral("+") : QString())
                    .arg(locale.toString(100.0 * double(delta) / double(before), 'f', 1));
    return text;
}

QString graphChangeText(const RunRecord& run, bool first)
{
    if (first)
        return RunHistoryPanel::tr("first run");
    QStringList parts;
    auto ids = [](const std::vector<std::string>& v) {
        QStringList out;
        for (const std::string& id : v)
            out << toQ(id);
        return out.join(QStringLiteral(", "));
    };
    if (!run.nodesAdded.empty())
        parts << RunHistoryPanel::tr("added %1").arg(ids(run.nodesAdded));
    if (!run.nodesRemoved.empty())
        parts << RunHistoryPanel::tr("removed %1").arg(ids(run.nodesRemoved));
    if (!run.nodesChanged.empty())
        parts << RunHistoryPanel::tr("changed %1").arg(ids(run.nodesChanged));
    return parts.isEmpty() ? RunHistoryPanel::tr("no change") : parts.join(QStringLiteral("; "));
}

double epochSeconds(const std::string& utc)
{
    QDateTime t = QDateTime::fromString(toQ(utc), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeSpec(Qt::UTC);
    return t.isValid() ? double(t.toSecsSinceEpoch()) : 0.0;
}

} // namespace

RunHistoryPanel::RunHistoryPanel(Document* document, Selection* selection, QWidget* parent)
    : QWidget(parent), document_(document), selection_(selection), summary_(new QLabel(this)),
      alerts_(new QLabel(this)), chart_(new RunHistoryChart(this)), table_(new QTableWidget(this)),
      threshold_(new QDoubleSpinBox(this)), diffButton_(new QPushButton(tr("Who Entered and Left…"), this))
{
    summary_->setWordWrap(true);
    alerts_->setWordWrap(true);
    alerts_->setStyleSheet(QStringLiteral("color: #b35c00;"));
    table_->setColumnCount(6);
    table_->setHorizontalHeaderLabels(
        {tr("Run"), tr("Time (UTC)"), tr("Size"), tr("Change"), tr("Graph changes"), tr("Warnings")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection); // two runs to compare
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setMinimumHeight(60);
    threshold_->setObjectName("alertThreshold");
    threshold_->setRange(0, 1000);
    threshold_->setDecimals(0);
    threshold_->setSuffix(QStringLiteral(" %"));
    threshold_->setToolTip(tr("A segment whose size differs from the median of its recent runs by more than this "
                              "gets an alert. Kept in the workspace; segstudio-cli uses the same setting."));
    diffButton_->setObjectName("runDiffButton");
    diffButton_->setToolTip(tr("Pick two runs in the list (or one, to compare with now or the latest run) and see who "
                               "entered and who left the segment"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Alert when the size moves more than"), this));
    controls->addWidget(threshold_);
    controls->addStretch(1);
    controls->addWidget(diffButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(summary_);
    layout->addWidget(alerts_);
    // Side by side: the bottom dock is wide and short.
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(chart_);
    split->addWidget(table_);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    connect(threshold_, &QDoubleSpinBox::editingFinished, this, [this] {
        if (!workspace_.isEmpty() && threshold_->value() != storedThreshold_)
            setAlertThreshold(threshold_->value());
    });
    connect(diffButton_, &QPushButton::clicked, this, [this] { openDiff(); });
    connect(selection_, &Selection::changed, this, &RunHistoryPanel::followSelection);
    connect(document_, &Document::reset, this, &RunHistoryPanel::followSelection);
    showRuns();
}

void RunHistoryPanel::setWorkspace(const QString& path)
{
    workspace_ = path;
    readThreshold();
    refresh();
}

void RunHistoryPanel::readThreshold()
{
    const QSignalBlocker block(threshold_);
    threshold_->setEnabled(!workspace_.isEmpty());
    double percent = defaultWorkspaceSettings().value("alert_change_percent", 20.0);
    if (!workspace_.isEmpty()) {
        try {
            percent = workspaceSettings(std::filesystem::path(workspace_.toStdString())).value("alert_change_percent", percent);
        } catch (const std::exception&) {
            // The history's own message says why the workspace cannot be read.
        }
    }
    threshold_->setValue(percent);
    storedThreshold_ = percent;
}

double RunHistoryPanel::alertThreshold() const { return threshold_->value(); }

void RunHistoryPanel::setAlertThreshold(double percent)
{
    {
        const QSignalBlocker block(threshold_);
        threshold_->setValue(percent);
    }
    if (workspace_.isEmpty())
        return;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, percent] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty())
            storedThreshold_ = percent;
        else
            readThreshold(); // the stored value stays
        Q_EMIT alertSettingChanged(error.isEmpty(), error.isEmpty() ? tr("Alerts now at ±%1 %").arg(percent)
                                                                    : tr("The threshold was not saved: %1").arg(error));
    });
    const std::filesystem::path file = workspace_.toStdString();
    watcher->setFuture(QtConcurrent::run([file, percent]() -> QString {
        try {
            setWorkspaceSetting(file, "alert_change_percent", Json(percent));
            return {};
        } catch (const std::exception& e) {
            return QString::fromStdString(e.what());
        }
    }));
}

RunDiffDialog* RunHistoryPanel::openDiff()
{
    if (workspace_.isEmpty() || runs_.empty())
        return nullptr;
    std::set<int> rows;
    for (const QTableWidgetItem* item : table_->selectedItems())
        rows.insert(item->row());
    // Table rows are newest first: row r is runs_[size - 1 - r].
    auto runAt = [this](int row) { return runs_[runs_.size() - 1 - size_t(row)].id; };
    std::shared_ptr<const Bitset> now = nowMembers_ ? nowMembers_(segmentId_) : nullptr;
    int64_t from = runs_.size() > 1 ? runs_[runs_.size() - 2].id : runs_.back().id;
    std::optional<int64_t> to = runs_.back().id;
    if (rows.size() >= 2) {
        from = runAt(*rows.rbegin());
        to = runAt(*rows.begin());
    } else if (rows.size() == 1) {
        from = runAt(*rows.begin());
        if (now)
            to.reset(); // that run against now
    }
    const Node* node = document_->node(segmentId_);
    const QString name = node && !node->name.empty() ? toQ(node->name) : segmentId_;
    auto* dialog = new RunDiffDialog(workspace_, segmentId_, name, runs_, now, data_ ? data_() : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->compare(from, to);
    return dialog;
}

void RunHistoryPanel::followSelection()
{
    // The selected segment; a selection that is not a segment keeps the segment shown before.
    const Node* node = document_->node(selection_->current());
    if (node && node->type == NodeType::Segment && toQ(node->id) != segmentId_) {
        segmentId_ = toQ(node->id);
        refresh();
    } else if (segmentId_.isEmpty() || !document_->node(segmentId_)) {
        // Nothing chosen yet (or the segment is gone from the graph): its history may still
        // exist, so only pick the graph's first segment when none was chosen.
        if (segmentId_.isEmpty())
            for (const Node& n : document_->graph().nodes)
                if (n.type == NodeType::Segment) {
                    segmentId_ = toQ(n.id);
                    break;
                }
        refresh();
    }
}

void RunHistoryPanel::refresh()
{
    runs_.clear();
    summary_->setText(QString());
    if (!workspace_.isEmpty() && !segmentId_.isEmpty()) {
        try {
            runs_ = runHistory(std::filesystem::path(workspace_.toStdString()), segmentId_.toStdString());
        } catch (const std::exception& e) {
            summary_->setText(tr("The history cannot be read: %1").arg(toQ(e.what())));
        }
    }
    showRuns();
}

QString RunHistoryPanel::summaryText() const { return summary_->text(); }
QString RunHistoryPanel::alertsText() const { return alerts_->text(); }

void RunHistoryPanel::showRuns()
{
    table_->setRowCount(0);
    alerts_->clear();
    diffButton_->setEnabled(!runs_.empty());
    std::vector<RunHistoryChart::Point> points;
    const Node* node = document_->node(segmentId_);
    const QString name = node && !node->name.empty() ? toQ(node->name) : segmentId_;
    if (workspace_.isEmpty()) {
        summary_->setText(tr("Run history is kept in workspaces: File > Save Workspace, then Run > Run Now."));
    } else if (segmentId_.isEmpty()) {
        summary_->setText(tr("Select a segment to see its history."));
    } else if (runs_.empty() && summary_->text().isEmpty()) {
        summary_->setText(tr("%1: no recorded runs yet (Run > Run Now records one).").arg(name));
    }
    const QLocale locale;
    table_->setRowCount(static_cast<int>(runs_.size()));
    for (size_t i = 0; i < runs_.size(); ++i) {
        const RunRecord& run = runs_[i];
        const RunRecord::Segment* seg = run.segment(segmentId_.toStdString());
        const size_t size = seg ? seg->size : 0;
        points.push_back({epochSeconds(run.at), double(size)});
        // Newest first in the table: the latest run is what one checks in the morning.
        const int row = static_cast<int>(runs_.size() - 1 - i);
        const RunRecord::Segment* before = i > 0 ? runs_[i - 1].segment(segmentId_.toStdString()) : nullptr;
        QStringList warnings;
        if (seg)
            for (const std::string& w : seg->warnings)
                warnings << toQ(w);
        const QStringList cells{QString::number(run.id), toQ(run.at), locale.toString(qulonglong(size)),
                                before ? changeText(before->size, size) : QStringLiteral("—"),
                                graphChangeText(run, i == 0), warnings.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c)
            table_->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    table_->resizeColumnsToContents();
    if (!runs_.empty()) {
        const RunRecord::Segment* last = runs_.back().segment(segmentId_.toStdString());
        const size_t size = last ? last->size : 0;
        QString text = tr("%1: %2 members in run %3 (%4 UTC)")
                           .arg(name, locale.toString(qulonglong(size)), QString::number(runs_.back().id),
                                toQ(runs_.back().at));
        if (runs_.size() > 1) {
            const RunRecord::Segment* prev = runs_[runs_.size() - 2].segment(segmentId_.toStdString());
            text += tr(", %1 since the run before").arg(changeText(prev ? prev->size : 0, size));
        }
        summary_->setText(text);
        if (last && !last->warnings.empty()) {
            QStringList lines;
            for (const std::string& w : last->warnings)
                lines << QStringLiteral("⚠ ") + toQ(w);
            alerts_->setText(lines.join(QStringLiteral("\n")));
        }
    }
    std::optional<double> low, high;
    if (node && node->expectedMin)
        low = double(*node->expectedMin);
    if (node && node->expectedMax)
        high = double(*node->expectedMax);
    chart_->setData(points, low, high);
}

} // namespace seg::ui
