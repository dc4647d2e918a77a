#pragma once
// The segment overlap matrix: a table of |A ∩ B| or the Jaccard index for every pair of
// segments, shaded by value. Clicking a cell emits pairChosen so the preview can show the
// members of that intersection. Usage: view->setMatrix(segmentOverlaps(*result.run)).
#include "preview/preview_stats.h"

#include <QAbstractTableModel>
#include <QWidget>

class QRadioButton;
class QTableView;
class QLabel;

namespace seg::ui {

class OverlapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Mode { Counts, Jaccard };
    using QAbstractTableModel::QAbstractTableModel;

    void setMatrix(OverlapMatrix matrix);
    const OverlapMatrix& matrix() const { return matrix_; }
    void setMode(Mode mode);
    Mode mode() const { return mode_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    double shade(size_t i, size_t j) const; // 0..1 for the colour scale
    OverlapMatrix matrix_;
    Mode mode_ = Mode::Counts;
    size_t largestOverlap_ = 0; // off-diagonal, scales the counts colours
};

class OverlapView : public QWidget {
    Q_OBJECT
public:
    explicit OverlapView(QWidget* parent = nullptr);

    void setMatrix(OverlapMatrix matrix);
    OverlapModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    void setMode(OverlapModel::Mode mode);

Q_SIGNALS:
    // Segment ids of the clicked cell (the same id twice for a diagonal cell).
    void pairChosen(const QString& idA, const QString& idB);

private:
    OverlapModel* model_;
    QTableView* table_;
    QRadioButton* counts_;
    QRadioButton* jaccard_;
    QLabel* hint_;
};

} // namespace seg::ui
