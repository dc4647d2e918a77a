#include "properties/value_hints.h"

#include "preview/qcp.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace seg::ui {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString count(size_t n) { return QLocale().toString(static_cast<qulonglong>(n)); }

// A comparison literal in the column's numeric unit (days for dates, microseconds for timestamps).
std::optional<double> numericLiteral(const Json& v, DataType type)
{
    if (v.is_number())
        return v.get<double>();
    if (!v.is_string())
        return std::nullopt;
    const std::string s = v.get<std::string>();
    if (type == DataType::Date)
        if (const auto d = parseIsoDate(s))
            return double(*d);
    if (type == DataType::Timestamp) {
        if (const auto t = parseIsoTimestamp(s))
            return double(*t);
        if (const auto d = parseIsoDate(s))
            return double(*d) * double(kMicrosPerDay);
    }
    return std::nullopt;
}

} // namespace

// ---- ValuePickerPopup ----

ValuePickerPopup::ValuePickerPopup(const ColumnStats& stats, const QStringList& selected, bool multi, QWidget* parent)
    : QFrame(parent, Qt::Popup), multi_(multi), search_(new QLineEdit(this)), list_(new QTreeWidget(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    search_->setPlaceholderText(tr("Search values"));
    search_->setClearButtonEnabled(true);
    list_->setHeaderLabels({tr("Value"), tr("Count")});
    list_->setRootIsDecorated(false);
    list_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list_->header()->setStretchLastSection(false);
    for (const ValueCount& v : stats.values) {
        auto* item = new QTreeWidgetItem(list_, {q(v.value), count(v.count)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (multi_)
            item->setCheckState(0, selected.contains(q(v.value)) ? Qt::Checked : Qt::Unchecked);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(search_);
    layout->addWidget(list_);
    if (stats.truncated())
        layout->addWidget(new QLabel(tr("The %1 most frequent of %2 values").arg(count(stats.values.size()),
                                                                               count(stats.distinct)), this));
    if (multi_) {
        auto* apply = new QPushButton(tr("Use the checked values"), this);
        connect(apply, &QPushButton::clicked, this, &ValuePickerPopup::applyChecked);
        layout->addWidget(apply);
    } else {
        connect(list_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
            Q_EMIT picked({item->text(0)});
            close();
        });
    }
    connect(search_, &QLineEdit::textChanged, this, &ValuePickerPopup::filter);
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        for (int i = 0; i < list_->topLevelItemCount(); ++i)
            if (QTreeWidgetItem* item = list_->topLevelItem(i); !item->isHidden() && !multi_) {
                Q_EMIT picked({item->text(0)});
                close();
                return;
            }
    });
    resize(320, 300);
    search_->setFocus();
}

void ValuePickerPopup::filter(const QString& text)
{
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list_->topLevelItem(i);
        item->setHidden(!item->text(0).contains(text, Qt::CaseInsensitive));
    }
}

QStringList ValuePickerPopup::checkedValues() const
{
    QStringList values;
    for (int i = 0; i < list_->topLevelItemCount(); ++i)
        if (list_->topLevelItem(i)->checkState(0) == Qt::Checked)
            values << list_->topLevelItem(i)->text(0);
    return values;
}

void ValuePickerPopup::applyChecked()
{
    Q_EMIT picked(checkedValues());
    close();
}

// ---- ValueHints ----

ValueHints::ValueHints(QWidget* parent) : QWidget(parent), summary_(new QLabel(this)), pick_(new QToolButton(this)),
                                          plot_(new QCustomPlot(this))
{
    summary_->setWordWrap(true);
    summary_->setStyleSheet(QStringLiteral("color: #6b7280;"));
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pick_->setText(tr("Pick…"));
    pick_->setToolTip(tr("Choose from the values in the data (with how many customers have each)"));
    connect(pick_, &QToolButton::clicked, this, [this] { openPicker(); });
    plot_->setFixedHeight(70);
    plot_->xAxis->setTicks(false);
    plot_->yAxis->setVisible(false);
    plot_->xAxis->setTickLabels(false);
    plot_->axisRect()->setAutoMargins(QCP::msNone);
    plot_->axisRect()->setMargins(QMargins(2, 2, 2, 2));
    plot_->setToolTip(tr("How the column's values are spread; the red line is the value you compare with"));
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(summary_, 1);
    top->addWidget(pick_, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(plot_);
    hide();
}

QString ValueHints::summaryText(const ColumnStats& s)
{
    QString text;
    if (s.type == DataType::String || s.type == DataType::Bool) {
        QStringList top;
        for (size_t i = 0; i < s.values.size() && i < 3; ++i)
            top << tr("%1 (%2)").arg(q(s.values[i].value), count(s.values[i].count));
        text = s.distinct == 1 ? tr("1 value in the data: %1").arg(top.join(QString()))
                               : tr("%1 values in the data: %2").arg(count(s.distinct), top.join(QStringLiteral(", ")));
        if (s.distinct > 3)
            text += QStringLiteral(", …");
    } else if (s.hasRange) {
        text = tr("In the data: %1 … %2").arg(q(s.minText()), q(s.maxText()));
    } else {
        text = tr("No values in the data");
    }
    if (s.nulls > 0)
        text += tr(" · %1 empty").arg(count(s.nulls));
    return text;
}

void ValueHints::setStats(std::shared_ptr<const ColumnStats> stats)
{
    stats_ = std::move(stats);
    setVisible(stats_ != nullptr);
    if (!stats_)
        return;
    summary_->setText(summaryText(*stats_));
    const bool text = stats_->type == DataType::String;
    pick_->setVisible(text && !stats_->values.empty());
    plot_->setVisible(!text && stats_->type != DataType::Bool && !stats_->bins.empty());
    redraw();
}

void ValueHints::setComparison(const Comparison& cmp, int32_t asOf)
{
    cmp_ = cmp;
    asOf_ = asOf;
    redraw();
}

ValuePickerPopup* ValueHints::openPicker()
{
    if (!stats_)
        return nullptr;
    const bool multi = cmp_.op == CompareOp::In || cmp_.op == CompareOp::NotIn;
    QStringList selected;
    for (const Json& v : cmp_.values)
        if (v.is_string())
            selected << q(v.get<std::string>());
    auto* popup = new ValuePickerPopup(*stats_, selected, multi, this);
    connect(popup, &ValuePickerPopup::picked, this, &ValueHints::picked);
    popup->move(pick_->mapToGlobal(QPoint(pick_->width() - popup->width(), pick_->height())));
    popup->show();
    return popup;
}

void ValueHints::redraw()
{
    cuts_.clear();
    plot_->clearPlottables();
    plot_->clearItems();
    if (!stats_ || stats_->bins.empty() || !plot_->isVisibleTo(this))
        return;
    const ColumnStats& s = *stats_;
    auto* bars = new QCPBars(plot_->xAxis, plot_->yAxis);
    const double width = s.binEdge(1) - s.binEdge(0);
    QVector<double> keys, values;
    double highest = 0;
    for (size_t i = 0; i < s.bins.size(); ++i) {
        keys << s.binEdge(i) + width / 2;
        values << double(s.bins[i]);
        highest = std::max(highest, double(s.bins[i]));
    }
    bars->setData(keys, values, true);
    bars->setWidth(width > 0 ? width : 1);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(0x3b, 0x82, 0xc4, 170));
    const double pad = width > 0 ? width : 1;
    plot_->yAxis->setRange(0, highest * 1.1 + 1);
    // The cut: the compared values in the column's unit.
    const double dayUnit = s.type == DataType::Timestamp ? double(kMicrosPerDay) : 1.0;
    auto literal = [&](const Json& v) { return numericLiteral(v, s.type); };
    switch (cmp_.op) {
    case CompareOp::Between:
        for (const Json* v : {&cmp_.min, &cmp_.max})
            if (auto x = literal(*v))
                cuts_.push_back(*x);
        break;
    case CompareOp::In:
    case CompareOp::NotIn:
        for (const Json& v : cmp_.values)
            if (auto x = literal(v))
                cuts_.push_back(*x);
        break;
    case CompareOp::WithinLastDays:
        cuts_.push_back(double(asOf_ - cmp_.days) * dayUnit);
        cuts_.push_back(double(asOf_) * dayUnit);
        break;
    case CompareOp::BeforeDaysAgo: cuts_.push_back(double(asOf_ - cmp_.days) * dayUnit); break;
    default:
        if (auto x = literal(cmp_.value))
            cuts_.push_back(*x);
    }
    double lo = s.min - pad, hi = s.max + pad;
    for (double x : cuts_) { // a cut outside the data still shows, at the edge of the view
        lo = std::min(lo, x - pad);
        hi = std::max(hi, x + pad);
    }
    plot_->xAxis->setRange(lo, hi);
    for (double x : cuts_) {
        auto* line = new QCPItemStraightLine(plot_);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(QColor(0xd9, 0x48, 0x2b), 2));
    }
    plot_->replot();
}

} // namespace seg::ui
