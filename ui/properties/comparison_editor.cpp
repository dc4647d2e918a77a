#include "properties/comparison_editor.h"

#include "bind/predicate.h"
#include "properties/date_field.h"
#include "properties/node_form.h"
#include "properties/value_hints.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QTextCharFormat>
#include <QTreeView>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace seg::ui {

namespace {

using Op = CompareOp;

bool isSingleValue(Op op)
{
    switch (op) {
    case Op::Eq: case Op::Ne: case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge:
    case Op::Contains: case Op::StartsWith: case Op::EndsWith: return true;
    default: return false;
    }
}
bool isTextOp(Op op) { return op == Op::Contains || op == Op::StartsWith || op == Op::EndsWith; }

QString jsonText(const Json& v)
{
    if (v.is_string())
        return toQ(v.get<std::string>());
    if (v.is_number_integer())
        return QString::number(v.get<int64_t>());
    if (v.is_number())
        return toQ(formatDouble(v.get<double>()));
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QDate qdateOf(const Json& v, int32_t fallback)
{
    std::optional<int32_t> days;
    if (v.is_string())
        days = parseIsoDate(v.get<std::string>());
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days.value_or(fallback), y, m, d);
    return QDate(y, int(m), int(d));
}

QDateEdit* makeDateEdit(QWidget* parent) { return new DateField(parent); }

} // namespace

std::vector<CompareOp> operatorsFor(std::optional<DataType> type)
{
    if (!type)
        return {Op::Eq, Op::Ne, Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Between, Op::In, Op::NotIn,
                Op::Contains, Op::StartsWith, Op::EndsWith, Op::IsTrue, Op::IsFalse,
                Op::WithinLastDays, Op::BeforeDaysAgo, Op::IsNull, Op::NotNull};
    switch (*type) {
    case DataType::Int:
    case DataType::Double:
        return {Op::Eq, Op::Ne, Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Between, Op::In, Op::NotIn, Op::IsNull, Op::NotNull};
    case DataType::String:
        return {Op::Eq, Op::Ne, Op::In, Op::NotIn, Op::Contains, Op::StartsWith, Op::EndsWith,
                Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Between, Op::IsNull, Op::NotNull};
    case DataType::Bool: return {Op::IsTrue, Op::IsFalse, Op::Eq, Op::Ne, Op::IsNull, Op::NotNull};
    case DataType::Date:
    case DataType::Timestamp:
        return {Op::WithinLastDays, Op::BeforeDaysAgo, Op::Eq, Op::Ne, Op::Lt, Op::Le, Op::Gt, Op::Ge,
                Op::Between, Op::IsNull, Op::NotNull};
    }
    return {};
}

QString operatorDisplayName(CompareOp op, std::optional<DataType> type)
{
    const bool temporal = type && isTemporal(*type);
    switch (op) {
    case Op::Eq: return ComparisonEditor::tr("is equal to");
    case Op::Ne: return ComparisonEditor::tr("is not equal to");
    case Op::Lt: return temporal ? ComparisonEditor::tr("is before") : ComparisonEditor::tr("is less than");
    case Op::Le: return temporal ? ComparisonEditor::tr("is on or before") : ComparisonEditor::tr("is at most");
    case Op::Gt: return temporal ? ComparisonEditor::tr("is after") : ComparisonEditor::tr("is greater than");
    case Op::Ge: return temporal ? ComparisonEditor::tr("is on or after") : ComparisonEditor::tr("is at least");
    case Op::Between: return ComparisonEditor::tr("is between");
    case Op::In: return ComparisonEditor::tr("is one of");
    case Op::NotIn: return ComparisonEditor::tr("is none of");
    case Op::IsNull: return ComparisonEditor::tr("is empty (NULL)");
    case Op::NotNull: return ComparisonEditor::tr("has a value");
    case Op::Contains: return ComparisonEditor::tr("contains");
    case Op::StartsWith: return ComparisonEditor::tr("starts with");
    case Op::EndsWith: return ComparisonEditor::tr("ends with");
    case Op::IsTrue: return ComparisonEditor::tr("is true");
    case Op::IsFalse: return ComparisonEditor::tr("is false");
    case Op::WithinLastDays: return ComparisonEditor::tr("is within the last … days");
    case Op::BeforeDaysAgo: return ComparisonEditor::tr("is more than … days ago");
    }
    return {};
}

ComparisonEditor::ComparisonEditor(QWidget* parent) : QWidget(parent), form_(new QFormLayout(this))
{
    form_->setContentsMargins(0, 0, 0, 0);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto finishValue = [this](const QString&) { finishEdit(tr("value")); };
    auto finishRange = [this](const QString&) { finishEdit(tr("range")); };
    auto finishList = [this](const QString&) { finishEdit(tr("values")); };

    op_ = new QComboBox(this);
    op_->setToolTip(tr("How the value is compared. The list fits the column's type."));
    connect(op_, &QComboBox::activated, this, &ComparisonEditor::changeOperator);

    value_ = makeLineEdit(this, tr("The value to compare with (press Enter or leave the field to apply)"), finishValue);
    boolValue_ = new QComboBox(this);
    boolValue_->addItems({tr("true"), tr("false")});
    boolValue_->setToolTip(tr("The yes/no value to compare with"));
    connect(boolValue_, &QComboBox::activated, this, [this] { finishEdit(tr("value")); });
    date_ = makeDateEdit(this);
    date_->setToolTip(tr("The date to compare with"));
    auto* valueRow = new QWidget(this);
    auto* valueLayout = new QHBoxLayout(valueRow);
    valueLayout->setContentsMargins(0, 0, 0, 0);
    valueLayout->addWidget(value_);
    valueLayout->addWidget(boolValue_);
    valueLayout->addWidget(date_);

    min_ = makeLineEdit(this, tr("Lowest value (inclusive)"), finishRange);
    minDate_ = makeDateEdit(this);
    minDate_->setToolTip(tr("First day (inclusive)"));
    max_ = makeLineEdit(this, tr("Highest value (inclusive)"), finishRange);
    maxDate_ = makeDateEdit(this);
    maxDate_->setToolTip(tr("Last day (inclusive)"));
    auto* minRow = new QWidget(this);
    auto* minLayout = new QHBoxLayout(minRow);
    minLayout->setContentsMargins(0, 0, 0, 0);
    minLayout->addWidget(min_);
    minLayout->addWidget(minDate_);
    auto* maxRow = new QWidget(this);
    auto* maxLayout = new QHBoxLayout(maxRow);
    maxLayout->setContentsMargins(0, 0, 0, 0);
    maxLayout->addWidget(max_);
    maxLayout->addWidget(maxDate_);
    connect(date_, &QDateEdit::dateChanged, this, [this] { finishEdit(tr("value")); });
    for (QDateEdit* d : {minDate_, maxDate_})
        connect(d, &QDateEdit::dateChanged, this, [this] { finishEdit(tr("range")); });

    list_ = makeLineEdit(this, tr("Values separated by commas, e.g. US, CA, MX"), finishList);
    list_->setPlaceholderText(tr("e.g. US, CA, MX"));
    days_ = new QSpinBox(this);
    days_->setRange(0, 100000);
    days_->setSuffix(tr(" days"));
    days_->setKeyboardTracking(false);
    days_->setToolTip(tr("Number of days counted back from the as-of date"));
    connect(days_, &QSpinBox::valueChanged, this, [this] { finishEdit(tr("days")); });
    ignoreCase_ = new QCheckBox(tr("Ignore upper/lower case"), this);
    ignoreCase_->setToolTip(tr("Compare letters A–Z without regard to case"));
    connect(ignoreCase_, &QCheckBox::clicked, this, [this] { finishEdit(tr("ignore case")); });
    error_ = makeErrorLabel(this);
    hints_ = new ValueHints(this);
    hints_->setObjectName(QStringLiteral("valueHints"));
    connect(hints_, &ValueHints::picked, this, &ComparisonEditor::usePicked);

    form_->addRow(tr("Operator"), op_);
    form_->addRow(tr("Value"), valueRow);
    form_->addRow(tr("From"), minRow);
    form_->addRow(tr("To"), maxRow);
    form_->addRow(tr("Values"), list_);
    form_->addRow(tr("Days"), days_);
    addFieldRow(form_, ignoreCase_);
    addFieldRow(form_, error_);
    addFieldRow(form_, hints_);
}

void ComparisonEditor::setColumnStats(std::shared_ptr<const ColumnStats> stats)
{
    if (stats == stats_)
        return;
    stats_ = std::move(stats);
    hints_->setStats(stats_);
    hints_->setComparison(comparison(), asOf_);
    // Type-ahead over the text values, most frequent first, matching anywhere in the value.
    const bool text = stats_ && stats_->type == DataType::String && !stats_->values.empty();
    if (!text) {
        value_->setCompleter(nullptr);
        completer_ = nullptr;
    } else {
        auto* model = new QStandardItemModel(0, 2, this);
        for (const ValueCount& v : stats_->values) {
            auto* count = new QStandardItem(QLocale().toString(static_cast<qulonglong>(v.count)));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            model->appendRow({new QStandardItem(toQ(v.value)), count});
        }
        completer_ = new QCompleter(model, this);
        completer_->setCaseSensitivity(Qt::CaseInsensitive);
        completer_->setFilterMode(Qt::MatchContains);
        completer_->setCompletionColumn(0);
        auto* popup = new QTreeView;
        popup->setRootIsDecorated(false);
        completer_->setPopup(popup); // gives the view its model: the header has sections from here on
        popup->header()->hide();
        popup->header()->setStretchLastSection(false);
        popup->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        value_->setCompleter(completer_);
        // A value chosen from the list is a finished edit.
        connect(completer_, qOverload<const QString&>(&QCompleter::activated), value_, [this](const QString& chosen) {
            value_->setText(chosen);
            Q_EMIT value_->editingFinished();
        });
    }
    annotateCalendars();
}

void ComparisonEditor::annotateCalendars()
{
    const bool dates = stats_ && stats_->type == DataType::Date && stats_->hasRange;
    for (QDateEdit* edit : {date_, minDate_, maxDate_}) {
        QCalendarWidget* calendar = edit->calendarWidget();
        calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears earlier marks
        if (!edit->property("seg_tip").isValid())
            edit->setProperty("seg_tip", edit->toolTip());
        const QString tip = edit->property("seg_tip").toString();
        if (!dates) {
            edit->setToolTip(tip);
            continue;
        }
        QTextCharFormat mark;
        mark.setFontWeight(QFont::Bold);
        mark.setBackground(QColor(0xfd, 0xe6, 0x8a));
        int y = 0;
        unsigned m = 0, d = 0;
        for (const double day : {stats_->min, stats_->max}) {
            civilFromDays(static_cast<int32_t>(day), y, m, d);
            calendar->setDateTextFormat(QDate(y, int(m), int(d)), mark);
        }
        edit->setToolTip(tip + QLatin1Char('\n') + tr("The data runs from %1 to %2 (marked in the calendar)")
                                                      .arg(toQ(stats_->minText()), toQ(stats_->maxText())));
    }
}

void ComparisonEditor::usePicked(const QStringList& values)
{
    if (values.isEmpty())
        return;
    const auto op = static_cast<CompareOp>(op_->currentData().toInt());
    if (op == Op::In || op == Op::NotIn) {
        list_->setText(values.join(QStringLiteral(", ")));
        finishEdit(tr("values"));
    } else {
        if (!isSingleValue(op)) { // "has a value", "is empty": picking a value means "is equal to"
            op_->setCurrentIndex(op_->findData(static_cast<int>(Op::Eq)));
            showEditorsFor(Op::Eq);
        }
        value_->setText(values.first());
        finishEdit(tr("value"));
    }
}

void ComparisonEditor::setComparison(const Comparison& cmp, std::optional<DataType> type, int32_t asOf)
{
    loading_ = true;
    loaded_ = cmp;
    asOf_ = asOf;
    if (type_ != type || op_->count() == 0) {
        type_ = type;
        op_->clear();
        for (CompareOp op : operatorsFor(type))
            op_->addItem(operatorDisplayName(op, type), static_cast<int>(op));
    }
    int index = op_->findData(static_cast<int>(cmp.op));
    if (index < 0) { // an operator the type does not offer: show it, the inline error says why
        op_->addItem(operatorDisplayName(cmp.op, type), static_cast<int>(cmp.op));
        index = op_->count() - 1;
    }
    op_->setCurrentIndex(index);
    syncText(value_, jsonText(cmp.value));
    boolValue_->setCurrentIndex(cmp.value.is_boolean() && !cmp.value.get<bool>() ? 1 : 0);
    date_->setDate(qdateOf(cmp.value, asOf));
    syncText(min_, jsonText(cmp.min));
    syncText(max_, jsonText(cmp.max));
    minDate_->setDate(qdateOf(cmp.min, asOf));
    maxDate_->setDate(qdateOf(cmp.max, asOf));
    QStringList values;
    for (const Json& v : cmp.values)
        values << jsonText(v);
    syncText(list_, values.join(QStringLiteral(", ")));
    days_->setValue(static_cast<int>(cmp.days));
    ignoreCase_->setChecked(cmp.ignoreCase);
    showEditorsFor(cmp.op);
    validate();
    hints_->setComparison(cmp, asOf);
    loading_ = false;
}

void ComparisonEditor::showEditorsFor(CompareOp op)
{
    const bool isDate = type_ == DataType::Date;
    const bool isBool = type_ == DataType::Bool;
    const bool single = isSingleValue(op);
    form_->setRowVisible(1, single);
    value_->setVisible(single && !isDate && !(isBool && !isTextOp(op)));
    boolValue_->setVisible(single && isBool && !isTextOp(op));
    date_->setVisible(single && isDate && !isTextOp(op));
    form_->setRowVisible(2, op == Op::Between);
    form_->setRowVisible(3, op == Op::Between);
    min_->setVisible(!isDate);
    max_->setVisible(!isDate);
    minDate_->setVisible(isDate);
    maxDate_->setVisible(isDate);
    form_->setRowVisible(4, op == Op::In || op == Op::NotIn);
    form_->setRowVisible(5, op == Op::WithinLastDays || op == Op::BeforeDaysAgo);
    const bool textual = !type_ || type_ == DataType::String;
    form_->setRowVisible(6, textual && (single || op == Op::In || op == Op::NotIn));
    if (type_ == DataType::Timestamp)
        value_->setPlaceholderText(tr("YYYY-MM-DD HH:MM:SS"));
    else
        value_->setPlaceholderText(QString());
}

Json ComparisonEditor::valueFromText(const QString& raw) const
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return Json();
    const std::string s = text.toStdString();
    const bool numeric = !type_ || isNumeric(*type_);
    if (numeric) {
        if (const auto i = parseInt64(s))
            return *i;
        if (const auto d = parseDouble(s))
            return *d;
    }
    if (type_ == DataType::Bool || !type_)
        if (const auto b = parseBool(s))
            return *b;
    return type_ == DataType::String ? Json(raw.toStdString()) : Json(s); // text keeps its inner spaces
}

Comparison ComparisonEditor::comparison() const
{
    Comparison cmp = loaded_;
    cmp.op = static_cast<CompareOp>(op_->currentData().toInt());
    auto dateText = [](const QDate& d) { return d.toString(QStringLiteral("yyyy-MM-dd")).toStdString(); };
    const bool isDate = type_ == DataType::Date;
    if (isSingleValue(cmp.op)) {
        if (isDate && !isTextOp(cmp.op))
            cmp.value = dateText(date_->date());
        else if (type_ == DataType::Bool && !isTextOp(cmp.op))
            cmp.value = boolValue_->currentIndex() == 0;
        else
            cmp.value = valueFromText(value_->text());
    } else if (cmp.op == Op::Between) {
        cmp.min = isDate ? Json(dateText(minDate_->date())) : valueFromText(min_->text());
        cmp.max = isDate ? Json(dateText(maxDate_->date())) : valueFromText(max_->text());
    } else if (cmp.op == Op::In || cmp.op == Op::NotIn) {
        cmp.values.clear();
        for (const QString& part : list_->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                cmp.values.push_back(valueFromText(part.trimmed()));
    } else if (cmp.op == Op::WithinLastDays || cmp.op == Op::BeforeDaysAgo) {
        cmp.days = days_->value();
    }
    cmp.ignoreCase = ignoreCase_->isChecked();
    return cmp;
}

QString ComparisonEditor::problem() const { return error_->text(); }

void ComparisonEditor::changeOperator()
{
    const auto op = static_cast<CompareOp>(op_->currentData().toInt());
    // Carry what was typed over to the new operator's fields (a value becomes "from", etc.).
    if (op == Op::Between && min_->text().isEmpty())
        min_->setText(value_->text());
    if ((op == Op::In || op == Op::NotIn) && list_->text().isEmpty())
        list_->setText(value_->text());
    if (isSingleValue(op) && value_->text().isEmpty() && !min_->text().isEmpty())
        value_->setText(min_->text());
    showEditorsFor(op);
    finishEdit(tr("operator"));
}

void ComparisonEditor::finishEdit(const QString& what)
{
    if (loading_)
        return;
    lastEdit_ = what;
    validate();
    hints_->setComparison(comparison(), asOf_);
    Q_EMIT edited();
}

void ComparisonEditor::validate()
{
    if (!type_) {
        setError(error_, {});
        return;
    }
    BoundPredicate bound;
    const auto problem = bindPredicate(comparison(), *type_, asOf_, bound);
    setError(error_, problem ? toQ(*problem) : QString());
}

} // namespace seg::ui
