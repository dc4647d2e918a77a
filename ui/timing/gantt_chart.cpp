#include "timing/gantt_chart.h"

#include "preview/chart_style.h"
#include "preview/qcp.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

#include <set>

namespace seg::ui {

namespace {
constexpr double kBarHalfHeight = 0.32;
// A cached or very fast node still gets a sliver the eye (and the mouse) can find.
constexpr double kMinVisibleShare = 0.006;

QString ms(double v)
{
    return QLocale().toString(v, 'f', v < 10 ? 2 : 1);
}
} // namespace

std::vector<GanttBar> ganttBars(const RunResult& run, const Graph* graph)
{
    std::vector<GanttBar> bars;
    for (const NodeRun& n : run.nodes) {
        if (n.worker <= 0 || n.status == NodeStatus::Skipped)
            continue; // never started
        GanttBar b;
        b.id = n.id;
        const Node* node = graph ? graph->find(n.id) : nullptr;
        b.label = QString::fromStdString(node ? node->displayName() : n.id);
        b.type = n.type;
        b.status = n.status;
        b.worker = n.worker;
        b.startMs = n.startMs;
        b.endMs = n.endMs;
        b.cached = n.cached;
        bars.push_back(std::move(b));
    }
    return bars;
}

GanttChart::GanttChart(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot), message_(new QLabel), legend_(new QLabel)
{
    applyChartStyle(plot_);
    plot_->xAxis->setLabel(tr("Milliseconds since the run started"));
    plot_->yAxis->setRangeReversed(true); // worker 1 on top
    plot_->setMouseTracking(true);
    plot_->installEventFilter(this);
    connect(plot_, &QCustomPlot::beforeReplot, this, &GanttChart::fitBarLabels);
    message_->setAlignment(Qt::AlignCenter);
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #6b7280;"));
    legend_->setWordWrap(true);

    QStringList entries;
    const std::pair<NodeType, const char*> groups[] = {
        {NodeType::Condition, QT_TR_NOOP("conditions")}, {NodeType::And, QT_TR_NOOP("set logic")},
        {NodeType::Behavior, QT_TR_NOOP("behavior")},    {NodeType::Derive, QT_TR_NOOP("derive")},
        {NodeType::Top, QT_TR_NOOP("top / split / priority")}, {NodeType::Segment, QT_TR_NOOP("segments")}};
    for (const auto& [type, name] : groups)
        entries << QStringLiteral("<span style='color:%1'>&#9632;</span> %2").arg(nodeTypeColor(type).name(), tr(name));
    entries << tr("hatched: result from the cache");
    legend_->setText(entries.join(QStringLiteral("&nbsp;&nbsp; ")));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(message_);
    layout->addWidget(plot_, 1);
    layout->addWidget(legend_);
    showMessage(tr("No run yet. The timing of the last preview run appears here."));
}

GanttChart::~GanttChart()
{
    plot_->removeEventFilter(this); // the plot outlives this part of the object (deleted by ~QWidget)
}

void GanttChart::showMessage(const QString& text)
{
    run_.reset();
    bars_.clear();
    items_.clear();
    labels_.clear();
    plot_->clearItems();
    plot_->hide();
    legend_->hide();
    message_->setText(text);
    message_->show();
}

QString GanttChart::barToolTip(size_t index) const
{
    const GanttBar& b = bars_.at(index);
    QString text = tr("%1 (%2, %3)\nWorker %4: %5 → %6 ms (%7 ms)")
                       .arg(b.label, QString::fromStdString(b.id), QString::fromUtf8(nodeTypeName(b.type).data()))
                       .arg(b.worker)
                       .arg(ms(b.startMs), ms(b.endMs), ms(b.endMs - b.startMs));
    if (b.cached)
        text += tr("\nResult taken from the cache (unchanged since an earlier run)");
    if (b.status != NodeStatus::Ok)
        text += tr("\nStatus: %1").arg(QString::fromUtf8(nodeStatusName(b.status).data()));
    return text;
}

void GanttChart::setRun(std::shared_ptr<const RunResult> run, const Graph* graph)
{
    if (!run) {
        showMessage(tr("No run yet. The timing of the last preview run appears here."));
        return;
    }
    std::vector<GanttBar> bars = ganttBars(*run, graph);
    if (bars.empty()) {
        showMessage(tr("The last run had no nodes to time."));
        return;
    }
    run_ = std::move(run);
    bars_ = std::move(bars);
    message_->hide();
    plot_->show();
    legend_->show();
    plot_->clearItems();
    items_.clear();
    labels_.clear();

    double end = run_->totalMs;
    std::set<int> workers;
    for (const GanttBar& b : bars_) {
        end = std::max(end, b.endMs);
        workers.insert(b.worker);
    }
    const int lastWorker = *workers.rbegin();
    const double sliver = std::max(end, 1e-3) * kMinVisibleShare;
    for (const GanttBar& b : bars_) {
        auto* rect = new QCPItemRect(plot_);
        rect->topLeft->setCoords(b.startMs, b.worker - kBarHalfHeight);
        rect->bottomRight->setCoords(std::max(b.endMs, b.startMs + sliver), b.worker + kBarHalfHeight);
        QColor color = nodeTypeColor(b.type);
        if (b.status == NodeStatus::Failed)
            color = kCriticalColor;
        rect->setPen(QPen(color.darker(130), 1));
        rect->setBrush(b.cached ? QBrush(color, Qt::BDiagPattern) : QBrush(color));
        rect->setSelectable(false);
        items_.push_back(rect);
        auto* text = new QCPItemText(plot_);
        text->position->setCoords((b.startMs + std::max(b.endMs, b.startMs + sliver)) / 2, b.worker);
        text->setPositionAlignment(Qt::AlignCenter);
        text->setClipToAxisRect(true);
        text->setSelectable(false);
        // Dark text on light type colours, white on dark ones (and on hatching, the pen colour).
        text->setColor(b.cached ? color.darker(180) : color.lightnessF() > 0.6 ? QColor(0x1f, 0x29, 0x37) : Qt::white);
        labels_.push_back(text);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int w = 1; w <= lastWorker; ++w)
        ticker->addTick(w, tr("Worker %1").arg(w));
    plot_->yAxis->setTicker(ticker);
    // At least three rows of room, so a run on one worker is not one giant bar.
    plot_->yAxis->setRange(0.4, std::max(lastWorker, 3) + 0.6);
    plot_->xAxis->setRange(0, std::max(end, 1e-3) * 1.02);
    plot_->setMinimumHeight(std::min(90 + 36 * lastWorker, 420));
    plot_->replot();
}

QString GanttChart::barText(size_t index) const
{
    return labels_.at(index)->text();
}

void GanttChart::fitBarLabels()
{
    const QFontMetrics metrics(plot_->font());
    for (size_t i = 0; i < labels_.size() && i < items_.size(); ++i) {
        const QCPItemRect* r = items_[i];
        const double width = plot_->xAxis->coordToPixel(r->bottomRight->coords().x())
                             - plot_->xAxis->coordToPixel(r->topLeft->coords().x());
        const int room = static_cast<int>(width) - 8; // a little padding inside the bar
        QString text = room >= metrics.horizontalAdvance(QStringLiteral("W…"))
                           ? metrics.elidedText(bars_[i].label, Qt::ElideRight, room)
                           : QString();
        if (text == QStringLiteral("…"))
            text.clear();
        labels_[i]->setFont(plot_->font());
        labels_[i]->setText(text);
    }
}

bool GanttChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot_ && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const double x = plot_->xAxis->pixelToCoord(help->pos().x());
        const double y = plot_->yAxis->pixelToCoord(help->pos().y());
        for (size_t i = 0; i < items_.size(); ++i) {
            const QCPItemRect* r = items_[i];
            if (x >= r->topLeft->coords().x() && x <= r->bottomRight->coords().x() && y >= r->topLeft->coords().y()
                && y <= r->bottomRight->coords().y()) {
                QToolTip::showText(help->globalPos(), barToolTip(i), plot_);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace seg::ui
