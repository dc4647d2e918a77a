#include "dag/dag_view.h"

#include "bind/bound_graph.h"
#include "dag/dag_scene.h"
#include "document/document.h"
#include "document/selection.h"
#include "session/data_session.h"
#include "session/preview_runner.h"
#include "util/error.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace seg::ui {

namespace {
constexpr int kReplanDelayMs = 120;
}

DagView::DagView(Document* document, DataSession* data, PreviewRunner* runner, Selection* selection, QWidget* parent)
    : QWidget(parent), document_(document), data_(data), runner_(runner), selection_(selection),
      strategy_(new QComboBox), threads_(new QSpinBox), view_(new QGraphicsView), scene_(new DagScene(this)),
      summary_(new QLabel), reason_(new QLabel)
{
    strategy_->addItem(tr("Auto"), int(Strategy::Auto));
    strategy_->addItem(tr("Sequential"), int(Strategy::Sequential));
    strategy_->addItem(tr("Parallel"), int(Strategy::Parallel));
    strategy_->addItem(tr("Hybrid"), int(Strategy::Hybrid));
    strategy_->setToolTip(tr("How the run is scheduled. Sequential: one node after another on one thread. "
                             "Parallel: one node at a time, its rows split over all threads. Hybrid: independent "
                             "nodes run at the same time. Auto: the planner picks from its cost estimate."));
    threads_->setRange(0, 256);
    threads_->setSpecialValueText(tr("All (%1)").arg(QThread::idealThreadCount()));
    threads_->setToolTip(tr("Worker threads for parallel and hybrid runs"));
    auto* copyText = new QPushButton(tr("Copy as text"));
    copyText->setToolTip(tr("Copy the plan as readable text (the same as segstudio-cli plan)"));
    auto* copyDot = new QPushButton(tr("Copy as DOT"));
    copyDot->setToolTip(tr("Copy the DAG in Graphviz DOT format, e.g. for dot -Tsvg"));
    auto* fit = new QPushButton(tr("Fit"));
    fit->setToolTip(tr("Zoom so the whole DAG is visible (the mouse wheel zooms in and out)"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Strategy:")));
    bar->addWidget(strategy_);
    bar->addSpacing(8);
    bar->addWidget(new QLabel(tr("Threads:")));
    bar->addWidget(threads_);
    bar->addStretch();
    bar->addWidget(fit);
    bar->addWidget(copyText);
    bar->addWidget(copyDot);

    view_->setScene(scene_);
    view_->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    view_->setDragMode(QGraphicsView::ScrollHandDrag);
    view_->setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    view_->setMinimumSize(320, 200);
    view_->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    view_->viewport()->installEventFilter(this); // wheel zoom
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reason_->setWordWrap(true);
    reason_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reason_->setStyleSheet(QStringLiteral("color: #4b5563;"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
    layout->addWidget(summary_);
    layout->addWidget(reason_);

    if (runner_) {
        strategy_->setCurrentIndex(strategy_->findData(int(runner_->strategy())));
        threads_->setValue(std::max(0, runner_->threads()));
    }
    debounce_.setSingleShot(true);
    debounce_.setInterval(kReplanDelayMs);
    connect(&debounce_, &QTimer::timeout, this, &DagView::replan);
    connect(strategy_, &QComboBox::currentIndexChanged, this, [this] {
        if (runner_)
            runner_->setStrategy(strategy());
        replan();
    });
    connect(threads_, &QSpinBox::valueChanged, this, [this] {
        if (runner_)
            runner_->setThreads(threads());
        replan();
    });
    connect(copyText, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(planText()); });
    connect(copyDot, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(planDot()); });
    connect(fit, &QPushButton::clicked, this, &DagView::fitToView);
    if (document_) {
        connect(document_, &Document::contentChanged, this, &DagView::scheduleReplan);
        connect(document_, &Document::reset, this, &DagView::scheduleReplan);
    }
    if (data_)
        connect(data_, &DataSession::datasetChanged, this, &DagView::scheduleReplan);
    connect(scene_, &QGraphicsScene::selectionChanged, this, [this] {
        if (!selection_)
            return;
        QStringList ids;
        for (QGraphicsItem* item : scene_->selectedItems())
            if (auto* node = dynamic_cast<DagNodeItem*>(item))
                ids << node->id();
        if (!ids.isEmpty())
            selection_->set(ids);
    });
    replan();
}

DagView::~DagView()
{
    // The scene and the viewport are deleted by ~QWidget, after this object stopped being a
    // DagView: their last signals and events must not reach it.
    scene_->disconnect(this);
    view_->viewport()->removeEventFilter(this);
}

void DagView::setStrategy(Strategy strategy)
{
    strategy_->setCurrentIndex(strategy_->findData(int(strategy)));
}

Strategy DagView::strategy() const
{
    return static_cast<Strategy>(strategy_->currentData().toInt());
}

void DagView::setThreads(int threads)
{
    threads_->setValue(std::max(0, threads));
}

int DagView::threads() const
{
    return threads_->value();
}

QString DagView::message() const
{
    return message_;
}

QString DagView::planText() const
{
    return plan_ ? QString::fromStdString(planToText(*plan_)) : message_;
}

QString DagView::planDot() const
{
    return plan_ ? QString::fromStdString(planToDot(*plan_)) : QString();
}

void DagView::scheduleReplan()
{
    debounce_.start();
}

void DagView::replan()
{
    debounce_.stop();
    plan_.reset();
    message_.clear();
    const std::shared_ptr<const Dataset> data = data_ ? data_->dataset() : nullptr;
    if (!document_ || document_->graph().nodes.empty()) {
        message_ = tr("The graph is empty. Add rules on the canvas to see how they will run.");
    } else if (!data) {
        message_ = tr("Import customers to see the execution plan: the planner needs the columns and the row count.");
    } else {
        QElapsedTimer timer;
        timer.start();
        const Graph& graph = document_->graph();
        // Every node, not only those segments need: the editor shows unfinished work too
        // (like the preview, which runs every node).
        const BoundGraph bound = bindGraph(graph, *data, graph.asOf.value_or(0));
        if (bound.diagnostics.empty()) {
            try {
                plan_ = buildPlan(bound, strategy(), threads(), /*allNodes=*/true);
            } catch (const Error& e) {
                message_ = QString::fromStdString(e.what());
            }
        } else {
            QStringList problems;
            for (const Diagnostic& d : bound.diagnostics)
                problems << QStringLiteral("• ") + QString::fromStdString(d.toString());
            message_ = tr("The graph cannot be planned yet:\n%1").arg(problems.join(QLatin1Char('\n')));
        }
        planningMs_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    if (plan_)
        scene_->showPlan(*plan_, &document_->graph());
    else
        scene_->showMessage(message_);
    showSummary();
    fitToView();
    Q_EMIT planChanged();
}

void DagView::showSummary()
{
    if (!plan_) {
        summary_->clear();
        reason_->clear();
        return;
    }
    const Plan& p = *plan_;
    size_t together = 0;
    for (const PlanStage& s : p.stages)
        together = std::max(together, s.nodes.size());
    QStringList path;
    for (const auto& id : p.criticalPath)
        path << QString::fromStdString(id);
    const QString concurrency = together > 1 ? tr("up to %1 nodes at once").arg(together) : tr("one node at a time");
    summary_->setText(
        tr("<b>%1</b> on %n thread(s): %2 steps, %3; estimated %4 ms. "
           "<span style='color:#d9482b'>Critical path</span>: %5. Planned in %6 ms.",
           nullptr, p.threads)
            .arg(QString::fromUtf8(strategyName(p.strategy).data()))
            .arg(p.stages.size())
            .arg(concurrency)
            .arg(QLocale().toString(p.estimatedMs, 'f', 1))
            .arg(path.join(QStringLiteral(" → ")).toHtmlEscaped())
            .arg(QLocale().toString(planningMs_, 'f', 2)));
    summary_->setToolTip(tr("Numbered badges: the step of the schedule in which a node runs; dark badges mark "
                            "steps where several nodes run together. Dashed arrows: a node uses a derived column."));
    QString why = tr("Why: %1").arg(QString::fromStdString(p.reason));
    QStringList groups;
    for (const ScanGroup& g : p.scanGroups) {
        QStringList ids;
        for (const auto& id : g.nodes)
            ids << QString::fromStdString(id);
        groups << QStringLiteral("%1 (%2)").arg(QString::fromStdString(g.column), ids.join(QStringLiteral(", ")));
    }
    if (!groups.isEmpty())
        why += QLatin1Char('\n') + tr("Read together, one pass over the column: %1").arg(groups.join(QStringLiteral("; ")));
    reason_->setText(why);
}

bool DagView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == view_->viewport() && event->type() == QEvent::Wheel) {
        const int steps = static_cast<QWheelEvent*>(event)->angleDelta().y();
        const double factor = std::pow(1.0015, steps);
        const double scale = view_->transform().m11() * factor;
        if (scale > 0.1 && scale < 4)
            view_->scale(factor, factor);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DagView::fitToView()
{
    const QRectF r = scene_->sceneRect();
    if (r.isEmpty())
        return;
    view_->resetTransform();
    // Fit, but never blow small graphs up beyond their natural size, nor shrink large ones
    // below readable text: those start at their sources (left) and scroll for the rest.
    constexpr double kReadable = 0.6;
    view_->fitInView(r, Qt::KeepAspectRatio);
    if (view_->transform().m11() > 1.0) {
        view_->resetTransform();
    } else if (view_->transform().m11() < kReadable) {
        view_->resetTransform();
        view_->scale(kReadable, kReadable);
        const QSizeF seen = QSizeF(view_->viewport()->size()) / kReadable;
        view_->centerOn(r.left() + seen.width() / 2,
                        r.height() <= seen.height() ? r.center().y() : r.top() + seen.height() / 2);
    }
}

} // namespace seg::ui
