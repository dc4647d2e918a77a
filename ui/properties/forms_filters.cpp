// Forms of the filter nodes: condition, expression, behavior; and the shared column picker.
#include "properties/comparison_editor.h"
#include "properties/event_aggregate_editor.h"
#include "properties/expression_field.h"
#include "properties/node_forms.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace seg::ui {

QComboBox* makeColumnPicker(QWidget* parent, const QString& toolTip, std::function<void(const QString&)> onCommit)
{
    auto* picker = new QComboBox(parent);
    picker->setEditable(true);
    picker->setInsertPolicy(QComboBox::NoInsert);
    picker->setToolTip(toolTip);
    picker->lineEdit()->setPlaceholderText(QObject::tr("choose a column"));
    auto commit = [picker, onCommit] {
        const QString name = picker->currentText().trimmed();
        if (name == picker->property("seg_loaded").toString())
            return;
        picker->setProperty("seg_loaded", name);
        onCommit(name);
    };
    QObject::connect(picker, &QComboBox::activated, picker, commit);
    QObject::connect(picker->lineEdit(), &QLineEdit::editingFinished, picker, commit);
    return picker;
}

void fillColumnPicker(QComboBox* picker, const Schema& schema, const QString& value,
                      const std::function<bool(const SchemaColumn&)>& accept)
{
    const bool typing = picker->lineEdit()->hasFocus() && picker->lineEdit()->isModified()
                        && picker->property("seg_loaded").toString() == value;
    QStringList names;
    for (const SchemaColumn& c : schema.customers)
        if (!accept || accept(c))
            names << c.name;
    QStringList current;
    for (int i = 0; i < picker->count(); ++i)
        current << picker->itemText(i);
    if (typing)
        return;
    if (current != names) {
        picker->clear();
        for (const SchemaColumn& c : schema.customers)
            if (!accept || accept(c)) {
                picker->addItem(c.name);
                picker->setItemData(picker->count() - 1,
                                    c.derived ? QObject::tr("%1 (derived)").arg(typeDisplayName(c.type))
                                              : typeDisplayName(c.type),
                                    Qt::ToolTipRole);
            }
    }
    picker->setProperty("seg_loaded", value);
    const int index = picker->findText(value);
    if (index >= 0)
        picker->setCurrentIndex(index);
    else
        picker->setEditText(value);
    picker->lineEdit()->setModified(false);
}

namespace {

class ConditionForm : public NodeForm {
    Q_OBJECT
public:
    ConditionForm(const FormContext& context, const QString& id, QWidget* parent) : NodeForm(context, id, parent)
    {
        field_ = makeColumnPicker(this, tr("The customer column (or derived column) to test"), [this](const QString& name) {
            commit(tr("field"), [&](Node& n) { n.condition.field = name.toStdString(); });
        });
        field_->setObjectName(QStringLiteral("field"));
        type_ = makeHint(QString(), this);
        comparison_ = new ComparisonEditor(this);
        comparison_->setObjectName(QStringLiteral("comparison"));
        connect(comparison_, &ComparisonEditor::edited, this, [this] {
            commit(comparison_->lastEditName(), [&](Node& n) { n.condition.cmp = comparison_->comparison(); });
        });
        form()->addRow(tr("Field"), field_);
        addFieldRow(form(), type_);
        form()->addRow(comparison_);
    }

protected:
    void load(const Node& n) override
    {
        const QString field = toQ(n.condition.field);
        fillColumnPicker(field_, schema(), field);
        const SchemaColumn* column = schema().find(field);
        const std::optional<DataType> type = column ? column->type : std::nullopt;
        type_->setText(field.isEmpty() ? tr("Pick the column to filter on.")
                       : column       ? tr("Type: %1").arg(typeDisplayName(type))
                       : schema().hasData ? tr("This column is not in the loaded data.")
                                          : tr("Import customer data to see the columns."));
        comparison_->setComparison(n.condition.cmp, type, schema().asOf);
        comparison_->setColumnStats(column && !column->derived ? columnStats(field) : nullptr);
    }

private:
    QComboBox* field_;
    QLabel* type_;
    ComparisonEditor* comparison_;
};

class ExpressionForm : public NodeForm {
    Q_OBJECT
public:
    ExpressionForm(const FormContext& context, const QString& id, QWidget* parent) : NodeForm(context, id, parent)
    {
        expression_ = new ExpressionField(/*filter=*/true, this);
        expression_->setObjectName(QStringLiteral("expression"));
        connect(expression_, &ExpressionField::committed, this, [this](const QString& text) {
            commit(tr("formula"), [&](Node& n) { n.expr = text.toStdString(); });
        });
        form()->addRow(tr("Formula"), expression_);
        addFieldRow(form(), makeHint(tr("Customers for whom the formula is TRUE are members. Columns: bare "
                                              "names or \"double quoted\"; text in 'single quotes'; "
                                              "dates as DATE '2024-01-31'."),
                                           this));
    }

protected:
    void load(const Node& n) override
    {
        expression_->setSchema(schema());
        expression_->setText(toQ(n.expr));
    }

private:
    ExpressionField* expression_;
};

class BehaviorForm : public NodeForm {
    Q_OBJECT
public:
    BehaviorForm(const FormContext& context, const QString& id, QWidget* parent) : NodeForm(context, id, parent)
    {
        events_ = new EventAggregateEditor(this);
        events_->setObjectName(QStringLiteral("events"));
        events_->setStatsProvider([this](const QString& column) { return columnStats(column, /*events=*/true); });
        connect(events_, &EventAggregateEditor::edited, this, [this] {
            commit(events_->lastEditName(), [&](Node& n) { n.events = events_->value(); });
        });
        comparison_ = new ComparisonEditor(this);
        comparison_->setObjectName(QStringLiteral("comparison"));
        connect(comparison_, &ComparisonEditor::edited, this, [this] {
            commit(comparison_->lastEditName(), [&](Node& n) { n.compare = comparison_->comparison(); });
        });
        noEvents_ = makeHint(tr("Import an events file to pick event types and columns."), this);
        form()->addRow(noEvents_);
        form()->addRow(events_);
        matchHint_ = makeHint(QString(), this);
        form()->addRow(matchHint_);
        form()->addRow(comparison_);
    }

protected:
    void load(const Node& n) override
    {
        noEvents_->setVisible(schema().events.empty());
        events_->setValue(n.events, schema());
        // The aggregate's type: counts are whole numbers, sums and averages numbers, and the
        // smallest/largest value has the type of the column.
        std::optional<DataType> type = DataType::Int;
        if (n.events.aggregate == Aggregate::Sum || n.events.aggregate == Aggregate::Avg)
            type = DataType::Double;
        else if (n.events.aggregate != Aggregate::Count) {
            const SchemaColumn* c = schema().findEvent(toQ(n.events.field));
            type = c ? c->type : std::nullopt;
        }
        comparison_->setComparison(n.compare, type, schema().asOf);
        matchHint_->setText(n.events.aggregate == Aggregate::Count
                                ? tr("A customer is a member when the number of these events:")
                                : tr("A customer is a member when this value:"));
    }

private:
    QLabel* matchHint_;
    QLabel* noEvents_;
    EventAggregateEditor* events_;
    ComparisonEditor* comparison_;
};

} // namespace

NodeForm* createConditionForm(const FormContext& c, const QString& id, QWidget* p) { return new ConditionForm(c, id, p); }
NodeForm* createExpressionForm(const FormContext& c, const QString& id, QWidget* p) { return new ExpressionForm(c, id, p); }
NodeForm* createBehaviorForm(const FormContext& c, const QString& id, QWidget* p) { return new BehaviorForm(c, id, p); }

} // namespace seg::ui

#include "forms_filters.moc"
