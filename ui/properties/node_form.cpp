#include "properties/node_form.h"

#include "bind/bound_graph.h"
#include "document/document.h"
#include "session/column_stats_cache.h"
#include "session/data_session.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace seg::ui {

namespace {
constexpr const char* kLoadedProperty = "seg_loaded_text";
// Set while a pause in typing commits the field: the document's answer must not replace what
// the user is still typing ("12." stays "12." while the graph holds 12).
constexpr const char* kPauseCommitProperty = "seg_pause_commit";
constexpr int kPauseCommitMs = 500;

int32_t todayUtc()
{
    const QDate d = QDate::currentDate();
    return daysFromCivil(d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

std::vector<SchemaColumn> columnsOf(const Table& table)
{
    std::vector<SchemaColumn> columns;
    for (const Column& c : table.columns)
        columns.push_back({toQ(c.name()), c.type(), false});
    return columns;
}
} // namespace

QString toQ(const std::string& s) { return QString::fromStdString(s); }

const SchemaColumn* Schema::find(const QString& name) const
{
    for (const SchemaColumn& c : customers)
        if (c.name == name)
            return &c;
    return nullptr;
}

const SchemaColumn* Schema::findEvent(const QString& name) const
{
    for (const SchemaColumn& c : events)
        if (c.name == name)
            return &c;
    return nullptr;
}

Schema currentSchema(const FormContext& context)
{
    Schema schema;
    const Graph& graph = context.document->graph();
    schema.asOf = graph.asOf.value_or(todayUtc());
    const std::shared_ptr<const Dataset> data = context.session ? context.session->dataset() : nullptr;
    std::vector<SchemaColumn> derived;
    for (const Node& n : graph.nodes)
        if (n.type == NodeType::Derive && !n.name.empty())
            derived.push_back({toQ(n.name), std::nullopt, true});
    if (data) {
        schema.hasData = true;
        schema.customers = columnsOf(data->customers.table);
        if (data->events) {
            const EventTable& events = *data->events;
            schema.events = columnsOf(events.table);
            auto nameOf = [&](int i) { return i < 0 ? QString() : toQ(events.table.columns[size_t(i)].name()); };
            schema.eventsKey = nameOf(events.keyColumn);
            schema.eventsTime = nameOf(events.timeColumn);
            schema.eventsType = nameOf(events.typeColumn);
            if (events.typeColumn >= 0)
                for (const std::string_view type : events.table.columns[size_t(events.typeColumn)].dict())
                    schema.eventTypes << QString::fromUtf8(type.data(), qsizetype(type.size()));
            schema.eventTypes.sort(Qt::CaseInsensitive);
        }
        // Binding the graph tells the derived columns' types without running anything.
        try {
            const BoundGraph bound = bindGraph(graph, *data, schema.asOf);
            for (const FieldRef& ref : bound.derivedSlots)
                for (SchemaColumn& c : derived)
                    if (c.name == toQ(ref.name))
                        c.type = ref.type;
        } catch (const std::exception&) {
            // A graph that does not bind at all: the derived columns keep an unknown type.
        }
    }
    schema.customers.insert(schema.customers.end(), derived.begin(), derived.end());
    return schema;
}

// ---- NodeForm ----

NodeForm::NodeForm(const FormContext& context, const QString& nodeId, QWidget* parent)
    : QWidget(parent), context_(context), id_(nodeId), form_(new QFormLayout(this))
{
    form_->setContentsMargins(0, 0, 0, 0);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form_->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

const Node* NodeForm::current() const { return context_.document->node(id_); }

void NodeForm::reload()
{
    const Node* n = current();
    if (!n)
        return;
    schema_ = currentSchema(context_);
    loading_ = true;
    load(*n);
    loading_ = false;
}

std::shared_ptr<const ColumnStats> NodeForm::columnStats(const QString& column, bool events)
{
    if (!context_.session || column.isEmpty())
        return nullptr;
    ColumnStatsCache* cache = context_.session->columnStats();
    if (!statsConnected_) {
        statsConnected_ = true;
        connect(cache, &ColumnStatsCache::ready, this, [this] { reload(); });
    }
    return cache->stats(context_.session->dataset(), events, column.toStdString());
}

void NodeForm::commit(const QString& what, const std::function<void(Node&)>& edit)
{
    if (loading_)
        return;
    const Node* n = current();
    if (!n)
        return;
    Node changed = *n;
    edit(changed);
    context_.document->changeNode(changed, tr("Change %1 of %2").arg(what, id_));
}

// ---- helpers ----

void syncText(QLineEdit* edit, const QString& value)
{
    if (edit->property(kPauseCommitProperty).toBool()) {
        edit->setProperty(kLoadedProperty, value);
        return;
    }
    const QVariant loaded = edit->property(kLoadedProperty);
    const bool typing = edit->hasFocus() && edit->isModified();
    if (typing && loaded.isValid() && loaded.toString() == value)
        return; // an unrelated change: keep what the user is typing
    edit->setProperty(kLoadedProperty, value);
    if (edit->text() != value) {
        edit->setText(value);
        edit->setCursorPosition(0);
    }
    edit->setModified(false);
}

void syncCombo(QComboBox* combo, const QString& value)
{
    int index = combo->findText(value);
    if (index < 0 && combo->isEditable()) {
        if (combo->currentText() != value)
            combo->setEditText(value);
        return;
    }
    if (index < 0) {
        combo->addItem(value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QLineEdit* makeLineEdit(QWidget* parent, const QString& toolTip, std::function<void(const QString&)> onCommit)
{
    auto* edit = new QLineEdit(parent);
    edit->setToolTip(toolTip);
    edit->setClearButtonEnabled(false);
    auto commit = [edit, onCommit = std::move(onCommit)](bool paused) {
        const QString text = edit->text();
        if (edit->property(kLoadedProperty).toString() == text)
            return; // focus left without a change: no empty undo step
        edit->setProperty(kLoadedProperty, text);
        edit->setModified(false);
        edit->setProperty(kPauseCommitProperty, paused);
        onCommit(text);
        edit->setProperty(kPauseCommitProperty, false);
    };
    // A short pause while typing commits too (the preview follows the typing); the document
    // merges repeated edits of one field into one undo step.
    auto* pause = new QTimer(edit);
    pause->setSingleShot(true);
    pause->setInterval(kPauseCommitMs);
    QObject::connect(edit, &QLineEdit::textEdited, pause, qOverload<>(&QTimer::start));
    // (No focus test: the completer's popup holds the focus while the user types.)
    QObject::connect(pause, &QTimer::timeout, edit, [commit] { commit(true); });
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [pause, commit] {
        pause->stop();
        commit(false);
    });
    return edit;
}

QLabel* makeHint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #6b7280;"));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

void setError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString typeDisplayName(std::optional<DataType> type)
{
    if (!type)
        return QObject::tr("derived");
    switch (*type) {
    case DataType::Int: return QObject::tr("whole number");
    case DataType::Double: return QObject::tr("number");
    case DataType::Bool: return QObject::tr("yes/no");
    case DataType::Date: return QObject::tr("date");
    case DataType::Timestamp: return QObject::tr("date and time");
    case DataType::String: return QObject::tr("text");
    }
    return {};
}

} // namespace seg::ui
