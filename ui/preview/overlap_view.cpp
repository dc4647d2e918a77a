#include "preview/overlap_view.h"

#include "preview/chart_style.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace seg::ui {

void OverlapModel::setMatrix(OverlapMatrix matrix)
{
    beginResetModel();
    matrix_ = std::move(matrix);
    largestOverlap_ = 0;
    for (size_t i = 0; i < matrix_.size(); ++i)
        for (size_t j = 0; j < matrix_.size(); ++j)
            if (i != j)
                largestOverlap_ = std::max(largestOverlap_, matrix_.counts[i][j]);
    endResetModel();
}

void OverlapModel::setMode(Mode mode)
{
    if (mode == mode_)
        return;
    mode_ = mode;
    if (!matrix_.ids.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int OverlapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(matrix_.size());
}

int OverlapModel::columnCount(const QModelIndex& parent) const
{
    return rowCount(parent);
}

double OverlapModel::shade(size_t i, size_t j) const
{
    if (mode_ == Mode::Jaccard)
        return matrix_.jaccard(i, j);
    return largestOverlap_ ? static_cast<double>(matrix_.counts[i][j]) / static_cast<double>(largestOverlap_) : 0.0;
}

QVariant OverlapModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto i = static_cast<size_t>(index.row()), j = static_cast<size_t>(index.column());
    const size_t both = matrix_.counts[i][j];
    switch (role) {
    case Qt::DisplayRole:
        if (mode_ == Mode::Jaccard)
            return QLocale().toString(matrix_.jaccard(i, j), 'f', 2);
        return QLocale().toString(static_cast<qulonglong>(both));
    case Qt::UserRole: // the raw value, for sorting and tests
        return mode_ == Mode::Jaccard ? QVariant(matrix_.jaccard(i, j)) : QVariant(static_cast<qulonglong>(both));
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        if (i == j)
            return QColor(0xf0, 0xf2, 0xf5);
        const double t = std::clamp(shade(i, j), 0.0, 1.0);
        const QColor hi = kSegmentColor;
        return QColor::fromRgbF(1.0 + (hi.redF() - 1.0) * t * 0.85, 1.0 + (hi.greenF() - 1.0) * t * 0.85,
                                1.0 + (hi.blueF() - 1.0) * t * 0.85);
    }
    case Qt::ForegroundRole:
        return (i != j && shade(i, j) > 0.6) ? QColor(Qt::white) : kTextColor;
    case Qt::ToolTipRole: {
        const QString a = QString::fromStdString(matrix_.names[i]), b = QString::fromStdString(matrix_.names[j]);
        if (i == j)
            return tr("%1: %2 members. Click to list them.").arg(a, QLocale().toString(static_cast<qulonglong>(both)));
        auto pct = [&](size_t of) {
            return of ? QLocale().toString(100.0 * static_cast<double>(both) / static_cast<double>(of), 'f', 1)
                      : QStringLiteral("0");
        };
        return tr("In both %1 and %2: %3 members\n%4 % of %1, %5 % of %2\nJaccard index: %6\nClick to list them.")
            .arg(a, b, QLocale().toString(static_cast<qulonglong>(both)), pct(matrix_.counts[i][i]),
                 pct(matrix_.counts[j][j]), QLocale().toString(matrix_.jaccard(i, j), 'f', 3));
    }
    default: return {};
    }
}

QVariant OverlapModel::headerData(int section, Qt::Orientation, int role) const
{
    if (section < 0 || section >= rowCount())
        return {};
    const auto s = static_cast<size_t>(section);
    if (role == Qt::DisplayRole)
        return QString::fromStdString(matrix_.names[s]);
    if (role == Qt::ToolTipRole)
        return tr("Segment %1 (node %2): %3 members")
            .arg(QString::fromStdString(matrix_.names[s]), QString::fromStdString(matrix_.ids[s]),
                 QLocale().toString(static_cast<qulonglong>(matrix_.counts[s][s])));
    return {};
}

OverlapView::OverlapView(QWidget* parent)
    : QWidget(parent), model_(new OverlapModel(this)), table_(new QTableView), counts_(new QRadioButton(tr("Counts"))),
      jaccard_(new QRadioButton(tr("Jaccard index"))), hint_(new QLabel(tr("Click a cell to see who is in both segments.")))
{
    counts_->setToolTip(tr("Number of customers in both segments"));
    jaccard_->setToolTip(tr("Similarity of two segments: members in both divided by members in either (0 to 1)"));
    counts_->setChecked(true);
    hint_->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:")));
    top->addWidget(counts_);
    top->addWidget(jaccard_);
    top->addStretch();
    top->addWidget(hint_);

    table_->setModel(model_);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setMinimumSectionSize(70);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setToolTip(tr("Members shared by each pair of segments"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);

    connect(counts_, &QRadioButton::toggled, this, [this](bool on) {
        model_->setMode(on ? OverlapModel::Mode::Counts : OverlapModel::Mode::Jaccard);
    });
    connect(table_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const auto& ids = model_->matrix().ids;
        Q_EMIT pairChosen(QString::fromStdString(ids[static_cast<size_t>(index.row())]),
                          QString::fromStdString(ids[static_cast<size_t>(index.column())]));
    });
}

void OverlapView::setMatrix(OverlapMatrix matrix)
{
    model_->setMatrix(std::move(matrix));
}

void OverlapView::setMode(OverlapModel::Mode mode)
{
    (mode == OverlapModel::Mode::Counts ? counts_ : jaccard_)->setChecked(true);
}

} // namespace seg::ui
