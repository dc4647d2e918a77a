#pragma once
// Edits the event selection of behavior and derive-from-events nodes: the event type (picked
// from the values of the events' type column), the time window, `where` conditions on event
// columns, and the aggregate with its field. Emits `edited` once per finished user edit.
#include "graph/graph.h"
#include "properties/node_form.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace seg::ui {

class ComparisonEditor;

class EventAggregateEditor : public QWidget {
    Q_OBJECT
public:
    explicit EventAggregateEditor(QWidget* parent = nullptr);

    void setValue(const EventAggregate& value, const Schema& schema);
    // Where the `where` conditions get the data's values of an event column (value pickers).
    void setStatsProvider(std::function<std::shared_ptr<const ColumnStats>(const QString& column)> provider)
    {
        statsOf_ = std::move(provider);
    }
    EventAggregate value() const;
    QComboBox* eventBox() const { return event_; }
    QComboBox* aggregateBox() const { return aggregate_; }
    QComboBox* fieldBox() const { return field_; }
    QCheckBox* windowCheck() const { return windowOn_; }
    QSpinBox* windowDays() const { return windowDays_; }
    QPushButton* addConditionButton() const { return addWhere_; }
    int conditionCount() const { return static_cast<int>(where_.size()); }
    QComboBox* conditionField(int i) const { return where_[size_t(i)].field; }
    ComparisonEditor* conditionComparison(int i) const { return where_[size_t(i)].comparison; }
    // What the last edit changed ("event", "time window", ...): names the undo step, so edits
    // of different parts are separate steps.
    QString lastEditName() const { return lastEdit_; }

Q_SIGNALS:
    void edited();

private:
    struct WhereRow {
        QWidget* box = nullptr;
        QComboBox* field = nullptr;
        ComparisonEditor* comparison = nullptr;
    };
    void rebuildWhere(size_t count);
    void fillFieldBox(QComboBox* box, bool numericOnly) const;
    std::optional<DataType> eventColumnType(const QString& name) const;
    void finishEdit(const QString& what);

    Schema schema_;
    EventAggregate loaded_;
    bool loading_ = false;
    QString lastEdit_;
    QFormLayout* form_;
    QComboBox* event_;
    QCheckBox* windowOn_;
    QSpinBox* windowDays_;
    QVBoxLayout* whereLayout_;
    std::vector<WhereRow> where_;
    QPushButton* addWhere_;
    QComboBox* aggregate_;
    QComboBox* field_;
    std::function<std::shared_ptr<const ColumnStats>(const QString&)> statsOf_;
};

} // namespace seg::ui
