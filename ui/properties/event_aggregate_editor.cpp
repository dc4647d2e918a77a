#include "properties/event_aggregate_editor.h"

#include "properties/comparison_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace seg::ui {

EventAggregateEditor::EventAggregateEditor(QWidget* parent) : QWidget(parent), form_(new QFormLayout(this))
{
    form_->setContentsMargins(0, 0, 0, 0);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    event_ = new QComboBox(this);
    event_->setEditable(true); // event names not in the loaded data can still be typed
    event_->setInsertPolicy(QComboBox::NoInsert);
    event_->setToolTip(tr("Which events count: one event type, or any event"));
    connect(event_, &QComboBox::activated, this, [this] { finishEdit(tr("event")); });
    connect(event_->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (event_->currentText() != (loaded_.event ? toQ(*loaded_.event) : event_->itemText(0)))
            finishEdit(tr("event"));
    });

    auto* window = new QWidget(this);
    auto* windowLayout = new QHBoxLayout(window);
    windowLayout->setContentsMargins(0, 0, 0, 0);
    windowOn_ = new QCheckBox(tr("Only the last"), window);
    windowOn_->setToolTip(tr("Count only events within this many days before the as-of date"));
    windowDays_ = new QSpinBox(window);
    windowDays_->setRange(0, 100000);
    windowDays_->setSuffix(tr(" days"));
    windowDays_->setKeyboardTracking(false);
    windowDays_->setToolTip(windowOn_->toolTip());
    windowLayout->addWidget(windowOn_);
    windowLayout->addWidget(windowDays_, 1);
    connect(windowOn_, &QCheckBox::clicked, this, [this](bool on) {
        windowDays_->setEnabled(on);
        finishEdit(tr("time window"));
    });
    connect(windowDays_, &QSpinBox::valueChanged, this, [this] { finishEdit(tr("time window")); });

    auto* whereBox = new QWidget(this);
    whereLayout_ = new QVBoxLayout(whereBox);
    whereLayout_->setContentsMargins(0, 0, 0, 0);
    addWhere_ = new QPushButton(tr("Add condition"), whereBox);
    addWhere_->setToolTip(tr("Only count events whose column matches a comparison (e.g. amount at least 20)"));
    whereLayout_->addWidget(addWhere_, 0, Qt::AlignLeft);
    connect(addWhere_, &QPushButton::clicked, this, [this] {
        FieldCondition fresh;
        fresh.cmp.op = CompareOp::NotNull;
        for (const SchemaColumn& c : schema_.events)
            if (c.name != schema_.eventsKey && c.name != schema_.eventsTime && c.name != schema_.eventsType) {
                fresh.field = c.name.toStdString();
                break;
            }
        EventAggregate v = value();
        v.where.push_back(fresh);
        loaded_ = v;
        rebuildWhere(v.where.size());
        setValue(v, schema_);
        lastEdit_ = tr("where conditions");
        Q_EMIT edited();
    });

    aggregate_ = new QComboBox(this);
    aggregate_->addItem(tr("Number of events"), static_cast<int>(Aggregate::Count));
    aggregate_->addItem(tr("Sum of"), static_cast<int>(Aggregate::Sum));
    aggregate_->addItem(tr("Average of"), static_cast<int>(Aggregate::Avg));
    aggregate_->addItem(tr("Smallest"), static_cast<int>(Aggregate::Min));
    aggregate_->addItem(tr("Largest"), static_cast<int>(Aggregate::Max));
    aggregate_->setToolTip(tr("What is computed over the matching events of each customer"));
    connect(aggregate_, &QComboBox::activated, this, [this] { finishEdit(tr("measure")); });
    field_ = new QComboBox(this);
    field_->setToolTip(tr("The event column that is summed, averaged, or compared"));
    connect(field_, &QComboBox::activated, this, [this] { finishEdit(tr("measured column")); });

    form_->addRow(tr("Event"), event_);
    form_->addRow(tr("Time window"), window);
    form_->addRow(tr("Where"), whereBox);
    form_->addRow(tr("Measure"), aggregate_);
    form_->addRow(tr("Of column"), field_);
}

std::optional<DataType> EventAggregateEditor::eventColumnType(const QString& name) const
{
    const SchemaColumn* c = schema_.findEvent(name);
    return c ? c->type : std::nullopt;
}

void EventAggregateEditor::fillFieldBox(QComboBox* box, bool numericOnly) const
{
    const QString keep = box->currentText();
    box->clear();
    for (const SchemaColumn& c : schema_.events) {
        if (c.name == schema_.eventsKey)
            continue;
        if (numericOnly && c.type && !isNumeric(*c.type) && !isTemporal(*c.type))
            continue;
        box->addItem(QStringLiteral("%1").arg(c.name), c.name);
        box->setItemData(box->count() - 1, typeDisplayName(c.type), Qt::ToolTipRole);
    }
    syncCombo(box, keep);
}

void EventAggregateEditor::rebuildWhere(size_t count)
{
    while (where_.size() > count) {
        delete where_.back().box;
        where_.pop_back();
    }
    while (where_.size() < count) {
        WhereRow row;
        row.box = new QFrame(this);
        static_cast<QFrame*>(row.box)->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(row.box);
        layout->setContentsMargins(6, 6, 6, 6);
        auto* top = new QHBoxLayout;
        row.field = new QComboBox(row.box);
        row.field->setToolTip(tr("The event column to check"));
        auto* remove = new QToolButton(row.box);
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Remove this condition"));
        top->addWidget(row.field, 1);
        top->addWidget(remove);
        layout->addLayout(top);
        row.comparison = new ComparisonEditor(row.box);
        layout->addWidget(row.comparison);
        const size_t index = where_.size();
        connect(row.field, &QComboBox::activated, this, [this] { finishEdit(tr("where field")); });
        connect(row.comparison, &ComparisonEditor::edited, this,
                [this, c = row.comparison] { finishEdit(tr("where %1").arg(c->lastEditName())); });
        connect(remove, &QToolButton::clicked, this, [this, index] {
            EventAggregate v = value();
            if (index < v.where.size())
                v.where.erase(v.where.begin() + static_cast<long>(index));
            loaded_ = v;
            rebuildWhere(v.where.size());
            setValue(v, schema_);
            lastEdit_ = tr("where conditions");
            Q_EMIT edited();
        });
        whereLayout_->insertWidget(static_cast<int>(where_.size()), row.box);
        row.box->show(); // added to a visible form: show now, not after the next event loop pass
        where_.push_back(row);
    }
}

void EventAggregateEditor::setValue(const EventAggregate& v, const Schema& schema)
{
    loading_ = true;
    schema_ = schema;
    const bool sameEvent = loaded_.event == v.event;
    loaded_ = v;
    const QString anyEvent = tr("(any event)");
    const QStringList items = QStringList{anyEvent} + schema.eventTypes;
    QStringList current;
    for (int i = 0; i < event_->count(); ++i)
        current << event_->itemText(i);
    const bool typing = event_->lineEdit()->hasFocus() && event_->lineEdit()->isModified() && sameEvent;
    if (!typing) { // keep an event name the user is still typing
        if (current != items) {
            event_->clear();
            event_->addItems(items);
        }
        syncCombo(event_, v.event ? toQ(*v.event) : anyEvent);
        event_->lineEdit()->setModified(false);
    }
    windowOn_->setChecked(v.withinLastDays.has_value());
    windowDays_->setEnabled(v.withinLastDays.has_value());
    windowDays_->setValue(static_cast<int>(v.withinLastDays.value_or(30)));
    rebuildWhere(v.where.size());
    for (size_t i = 0; i < v.where.size(); ++i) {
        fillFieldBox(where_[i].field, false);
        syncCombo(where_[i].field, toQ(v.where[i].field));
        where_[i].comparison->setComparison(v.where[i].cmp, eventColumnType(toQ(v.where[i].field)), schema.asOf);
        if (statsOf_)
            where_[i].comparison->setColumnStats(statsOf_(toQ(v.where[i].field)));
    }
    aggregate_->setCurrentIndex(aggregate_->findData(static_cast<int>(v.aggregate)));
    fillFieldBox(field_, true);
    syncCombo(field_, toQ(v.field));
    field_->setEnabled(v.aggregate != Aggregate::Count);
    form_->setRowVisible(4, v.aggregate != Aggregate::Count);
    loading_ = false;
}

EventAggregate EventAggregateEditor::value() const
{
    EventAggregate v = loaded_;
    const QString event = event_->currentText().trimmed();
    if (event.isEmpty() || event == event_->itemText(0))
        v.event.reset();
    else
        v.event = event.toStdString();
    if (windowOn_->isChecked())
        v.withinLastDays = windowDays_->value();
    else
        v.withinLastDays.reset();
    v.where.resize(where_.size());
    for (size_t i = 0; i < where_.size(); ++i) {
        v.where[i].field = where_[i].field->currentText().toStdString();
        v.where[i].cmp = where_[i].comparison->comparison();
    }
    v.aggregate = static_cast<Aggregate>(aggregate_->currentData().toInt());
    v.field = v.aggregate == Aggregate::Count ? std::string() : field_->currentText().toStdString();
    return v;
}

void EventAggregateEditor::finishEdit(const QString& what)
{
    if (loading_)
        return;
    lastEdit_ = what;
    Q_EMIT edited();
}

} // namespace seg::ui
