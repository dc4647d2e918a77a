#include "preview/segment_size_chart.h"

#include "preview/chart_style.h"

#include <QLabel>
#include <QLocale>
#include <QStackedLayout>
#include <QVBoxLayout>

#include "preview/qcp.h"

namespace seg::ui {

SegmentSizeChart::SegmentSizeChart(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot), message_(new QLabel)
{
    auto* stack = new QStackedLayout(this);
    message_->setAlignment(Qt::AlignCenter);
    message_->setWordWrap(true);
    message_->setContentsMargins(24, 24, 24, 24);
    stack->addWidget(message_);
    stack->addWidget(plot_);
    applyChartStyle(plot_);
    plot_->xAxis->setLabel(tr("Members"));
    ok_ = new QCPBars(plot_->yAxis, plot_->xAxis);
    ok_->setName(tr("Segment"));
    ok_->setBrush(kSegmentColor);
    ok_->setPen(Qt::NoPen);
    ok_->setWidth(0.65);
    warned_ = new QCPBars(plot_->yAxis, plot_->xAxis);
    warned_->setName(tr("Segment with a warning"));
    warned_->setBrush(kWarningColor);
    warned_->setPen(Qt::NoPen);
    warned_->setWidth(0.65);
    setToolTip(baseToolTip());
    setMessage(tr("Import customers and add a segment to see segment sizes."));
}

QString SegmentSizeChart::baseToolTip()
{
    return tr("Members per segment in the last preview run; amber bars have warnings (size outside the expected range)");
}

void SegmentSizeChart::setMessage(const QString& text)
{
    bars_.clear();
    message_->setText(text);
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(message_);
}

QString SegmentSizeChart::labelText(size_t index) const
{
    const SegmentBar& b = bars_.at(index);
    return tr("%1 (%2 %)").arg(QLocale().toString(static_cast<qulonglong>(b.size)),
                               QLocale().toString(b.share * 100.0, 'f', 1));
}

void SegmentSizeChart::setBars(std::vector<SegmentBar> bars)
{
    bars_ = std::move(bars);
    if (bars_.empty()) {
        setMessage(tr("No segment has a result yet. Connect a rule to a segment node."));
        return;
    }
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(plot_);
    rebuild();
}

void SegmentSizeChart::rebuild()
{
    plot_->clearItems();
    // The tooltip lists each alert in words (the bars only show that there is one).
    QString tip = baseToolTip();
    for (const SegmentBar& b : bars_)
        for (const std::string& w : b.warnings)
            tip += QStringLiteral("\n\u26A0 ") + tr("%1: %2").arg(QString::fromStdString(b.name), QString::fromStdString(w));
    setToolTip(tip);
    QVector<double> okKeys, okValues, warnKeys, warnValues;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int n = static_cast<int>(bars_.size());
    double largest = 0;
    for (int i = 0; i < n; ++i) {
        const SegmentBar& b = bars_[static_cast<size_t>(i)];
        const double key = n - i; // first segment on top
        const double value = static_cast<double>(b.size);
        largest = std::max(largest, value);
        QString name = QString::fromStdString(b.name);
        if (!b.warnings.empty()) {
            name = QStringLiteral("\u26A0 ") + name;
            warnKeys << key;
            warnValues << value;
        } else {
            okKeys << key;
            okValues << value;
        }
        ticker->addTick(key, name);

        auto* label = new QCPItemText(plot_);
        label->setClipToAxisRect(false);
        label->position->setAxes(plot_->xAxis, plot_->yAxis);
        label->position->setCoords(value, key);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(6, 0, 0, 0));
        label->setText(labelText(static_cast<size_t>(i)));
        label->setColor(kTextColor);
    }
    ok_->setData(okKeys, okValues, true);
    warned_->setData(warnKeys, warnValues, true);
    plot_->yAxis->setTicker(ticker);
    plot_->yAxis->setRange(0.4, n + 0.6);
    // Room right of the longest bar for its label.
    plot_->xAxis->setRange(0, largest > 0 ? largest * 1.3 : 1);
    plot_->setMinimumHeight(std::min(60 + 28 * n, 400));
    plot_->replot();
}

} // namespace seg::ui
