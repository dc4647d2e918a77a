#pragma once
// What the data holds, under a comparison's value fields: for text columns the distinct values
// with their counts (a searchable picker, several at once for "is one of"), for numbers and
// dates the range and a small histogram with the comparison's cut drawn on it.
#include "diagnose/column_stats.h"
#include "graph/graph.h"

#include <QFrame>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace seg::ui {

// The picker's popup: a search field over the values (with counts); a click picks one value,
// or, with `multi`, the checked values are applied with the button.
class ValuePickerPopup : public QFrame {
    Q_OBJECT
public:
    ValuePickerPopup(const ColumnStats& stats, const QStringList& selected, bool multi, QWidget* parent = nullptr);
    QLineEdit* searchField() const { return search_; }
    QTreeWidget* list() const { return list_; }
    QStringList checkedValues() const;
    void applyChecked(); // what the button does (multi)

Q_SIGNALS:
    void picked(const QStringList& values);

private:
    void filter(const QString& text);
    bool multi_;
    QLineEdit* search_;
    QTreeWidget* list_;
};

class ValueHints : public QWidget {
    Q_OBJECT
public:
    explicit ValueHints(QWidget* parent = nullptr);

    // The statistics of the compared column (null: no data known, the widget hides).
    void setStats(std::shared_ptr<const ColumnStats> stats);
    const ColumnStats* stats() const { return stats_.get(); }
    // Draws the comparison's cut on the histogram; `multi` and `selected` configure the picker.
    void setComparison(const Comparison& cmp, int32_t asOf);
    QLabel* summary() const { return summary_; }
    QCustomPlot* histogram() const { return plot_; }
    QToolButton* pickButton() const { return pick_; }
    // The x positions of the cut lines drawn (tests): values in the column's numeric unit.
    std::vector<double> cutPositions() const { return cuts_; }
    // Opens the picker (the button does this); the popup is returned for tests.
    ValuePickerPopup* openPicker();
    static QString summaryText(const ColumnStats& stats);

Q_SIGNALS:
    void picked(const QStringList& values);

private:
    void redraw();

    std::shared_ptr<const ColumnStats> stats_;
    Comparison cmp_;
    int32_t asOf_ = 0;
    std::vector<double> cuts_;
    QLabel* summary_;
    QToolButton* pick_;
    QCustomPlot* plot_;
};

} // namespace seg::ui
