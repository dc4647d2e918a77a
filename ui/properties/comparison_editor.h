#pragma once
// Edits a Comparison (op and operands) for a column of a known type: the operator list fits
// the type, and the value editors follow the operator: a number or text field, a date picker
// for dates, a comma-separated list for in/not in, a day count for the relative date
// operators, "ignore case" for text. Problems the engine would report (a value that does not
// fit the column) are shown inline. Emits `edited` once per finished user edit.
#include "graph/graph.h"
#include "data/types.h"
#include "diagnose/column_stats.h"

#include <memory>

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace seg::ui {

class ValueHints;

// Operators offered for a column type (every operator when the type is unknown).
std::vector<CompareOp> operatorsFor(std::optional<DataType> type);
QString operatorDisplayName(CompareOp op, std::optional<DataType> type);

class ComparisonEditor : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonEditor(QWidget* parent = nullptr);

    void setComparison(const Comparison& cmp, std::optional<DataType> type, int32_t asOf);
    Comparison comparison() const;
    // What the data holds in the compared column (null: unknown): the value field completes
    // text values as typed, the picker lists them with counts, numbers and dates show their
    // range and histogram, and the date calendars mark the data's first and last day.
    void setColumnStats(std::shared_ptr<const ColumnStats> stats);
    ValueHints* valueHints() const { return hints_; }
    QCompleter* valueCompleter() const { return completer_; }
    QComboBox* operatorBox() const { return op_; }
    QLineEdit* valueEdit() const { return value_; }
    QDateEdit* dateEdit() const { return date_; }
    QLineEdit* listEdit() const { return list_; }
    QSpinBox* daysBox() const { return days_; }
    QString problem() const; // the inline error shown (empty: none)
    // What the last edit changed ("operator", "value", ...), for the undo step's name: edits of
    // different parts are separate undo steps, repeated edits of one part merge.
    QString lastEditName() const { return lastEdit_; }

Q_SIGNALS:
    void edited();

private:
    void showEditorsFor(CompareOp op);
    void changeOperator();
    void finishEdit(const QString& what);
    Json valueFromText(const QString& text) const;
    void validate();
    void usePicked(const QStringList& values);
    void annotateCalendars();

    std::optional<DataType> type_;
    int32_t asOf_ = 0;
    Comparison loaded_;
    bool loading_ = false;
    QString lastEdit_;

    QFormLayout* form_;
    QComboBox* op_;
    QLineEdit* value_;
    QComboBox* boolValue_;
    QDateEdit* date_;
    QLineEdit* min_;
    QLineEdit* max_;
    QDateEdit* minDate_;
    QDateEdit* maxDate_;
    QLineEdit* list_;
    QSpinBox* days_;
    QCheckBox* ignoreCase_;
    QLabel* error_;
    ValueHints* hints_;
    QCompleter* completer_ = nullptr;
    std::shared_ptr<const ColumnStats> stats_;
};

} // namespace seg::ui
