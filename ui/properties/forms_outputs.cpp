// Forms of the nodes that make columns and outputs: derive and segment.
#include "properties/event_aggregate_editor.h"
#include "properties/expression_field.h"
#include "properties/node_forms.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

namespace seg::ui {

namespace {

class DeriveForm : public NodeForm {
    Q_OBJECT
public:
    DeriveForm(const FormContext& context, const QString& id, QWidget* parent) : NodeForm(context, id, parent)
    {
        name_ = makeLineEdit(this, tr("The new column's name; other nodes use it like any column"), [this](const QString& text) {
            commit(tr("column name"), [&](Node& n) { n.name = text.trimmed().toStdString(); });
        });
        name_->setObjectName(QStringLiteral("name"));
        nameError_ = makeErrorLabel(this);
        source_ = new QComboBox(this);
        source_->setObjectName(QStringLiteral("source"));
        source_->addItems({tr("Formula over customer columns"), tr("Summary of the customer's events")});
        source_->setToolTip(tr("Compute the column from other columns, or from each customer's events"));
        connect(source_, &QComboBox::activated, this, [this](int index) {
            commit(tr("source"), [&](Node& n) { n.fromEvents = index == 1; });
        });
        expression_ = new ExpressionField(/*filter=*/false, this);
        expression_->setObjectName(QStringLiteral("expression"));
        connect(expression_, &ExpressionField::committed, this, [this](const QString& text) {
            commit(tr("formula"), [&](Node& n) { n.expr = text.toStdString(); });
        });
        events_ = new EventAggregateEditor(this);
        events_->setObjectName(QStringLiteral("events"));
        connect(events_, &EventAggregateEditor::edited, this, [this] {
            commit(events_->lastEditName(), [&](Node& n) { n.events = events_->value(); });
        });
        form()->addRow(tr("Column name"), name_);
        addFieldRow(form(), nameError_);
        form()->addRow(tr("Computed from"), source_);
        form()->addRow(tr("Formula"), expression_);
        form()->addRow(events_);
    }

protected:
    void load(const Node& n) override
    {
        syncText(name_, toQ(n.name));
        const SchemaColumn* clash = schema().find(toQ(n.name));
        setError(nameError_, n.name.empty() ? tr("The column needs a name.")
                             : clash && !clash->derived ? tr("The customers already have a column '%1'.").arg(toQ(n.name))
                                                        : QString());
        source_->setCurrentIndex(n.fromEvents ? 1 : 0);
        form()->setRowVisible(3, !n.fromEvents);
        events_->setVisible(n.fromEvents);
        expression_->setSchema(schema());
        expression_->setText(toQ(n.expr));
        events_->setValue(n.events, schema());
    }

private:
    QLineEdit* name_;
    QLabel* nameError_;
    QComboBox* source_;
    ExpressionField* expression_;
    EventAggregateEditor* events_;
};

// Commits a plain text editor's text when focus leaves it (it has no editingFinished).
class FocusOutCommit : public QObject {
public:
    FocusOutCommit(QPlainTextEdit* edit, std::function<void()> onFocusOut)
        : QObject(edit), onFocusOut_(std::move(onFocusOut))
    {
        edit->installEventFilter(this);
    }
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::FocusOut)
            onFocusOut_();
        return false;
    }

private:
    std::function<void()> onFocusOut_;
};

class SegmentForm : public NodeForm {
    Q_OBJECT
public:
    SegmentForm(const FormContext& context, const QString& id, QWidget* parent) : NodeForm(context, id, parent)
    {
        name_ = makeLineEdit(this, tr("The segment's name in reports and exports"), [this](const QString& text) {
            commit(tr("name"), [&](Node& n) { n.name = text.toStdString(); });
        });
        name_->setObjectName(QStringLiteral("name"));
        description_ = new QPlainTextEdit(this);
        description_->setObjectName(QStringLiteral("description"));
        description_->setMaximumHeight(70);
        description_->setTabChangesFocus(true);
        description_->setToolTip(tr("What the segment is for (applied when you leave the field)"));
        new FocusOutCommit(description_, [this] {
            const QString text = description_->toPlainText();
            if (text != loadedDescription_) {
                loadedDescription_ = text;
                commit(tr("description"), [&](Node& n) { n.description = text.toStdString(); });
            }
        });
        auto* digits = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,15}")), this);
        expectedMin_ = makeLineEdit(this, tr("Warn when the segment has fewer customers (empty: no lower limit)"),
                                    [this](const QString& text) {
                                        commit(tr("minimum size"), [&](Node& n) { n.expectedMin = parse(text); });
                                    });
        expectedMin_->setObjectName(QStringLiteral("expectedMin"));
        expectedMin_->setValidator(digits);
        expectedMin_->setPlaceholderText(tr("no minimum"));
        expectedMax_ = makeLineEdit(this, tr("Warn when the segment has more customers (empty: no upper limit)"),
                                    [this](const QString& text) {
                                        commit(tr("maximum size"), [&](Node& n) { n.expectedMax = parse(text); });
                                    });
        expectedMax_->setObjectName(QStringLiteral("expectedMax"));
        expectedMax_->setValidator(digits);
        expectedMax_->setPlaceholderText(tr("no maximum"));
        columns_ = new QListWidget(this);
        columns_->setObjectName(QStringLiteral("exportColumns"));
        columns_->setMinimumHeight(90);
        columns_->setMaximumHeight(170);
        columns_->setToolTip(tr("Columns written when the segment is exported (none ticked: the key column only)"));
        connect(columns_, &QListWidget::itemChanged, this, [this] {
            if (isLoading() || filling_)
                return;
            // Keep the order the node has (it is the file's column order); newly ticked columns go last.
            std::vector<std::string> ticked;
            for (int i = 0; i < columns_->count(); ++i)
                if (columns_->item(i)->checkState() == Qt::Checked)
                    ticked.push_back(columns_->item(i)->text().toStdString());
            commit(tr("export columns"), [&](Node& n) {
                std::vector<std::string> chosen;
                for (const std::string& c : n.exportColumns)
                    if (std::find(ticked.begin(), ticked.end(), c) != ticked.end())
                        chosen.push_back(c);
                for (const std::string& c : ticked)
                    if (std::find(chosen.begin(), chosen.end(), c) == chosen.end())
                        chosen.push_back(c);
                n.exportColumns = chosen;
            });
        });
        form()->addRow(tr("Name"), name_);
        form()->addRow(tr("Description"), description_);
        form()->addRow(tr("Expected at least"), expectedMin_);
        form()->addRow(tr("Expected at most"), expectedMax_);
        form()->addRow(tr("Export columns"), columns_);
        addFieldRow(form(), makeHint(tr("An empty segment, or one outside the expected size, shows a warning "
                                              "after each run."),
                                           this));
    }

protected:
    void load(const Node& n) override
    {
        syncText(name_, toQ(n.name));
        const QString description = toQ(n.description);
        const bool typing = description_->hasFocus() && description_->toPlainText() != loadedDescription_;
        if (!(typing && description == loadedDescription_)) {
            loadedDescription_ = description;
            if (description_->toPlainText() != description)
                description_->setPlainText(description);
        }
        syncText(expectedMin_, n.expectedMin ? QString::number(*n.expectedMin) : QString());
        syncText(expectedMax_, n.expectedMax ? QString::number(*n.expectedMax) : QString());
        // Columns of the data first (in file order), then any the node names that are not loaded.
        QStringList names;
        for (const SchemaColumn& c : schema().customers)
            names << c.name;
        for (const std::string& c : n.exportColumns)
            if (!names.contains(toQ(c)))
                names << toQ(c);
        filling_ = true;
        columns_->clear();
        for (const QString& name : names) {
            auto* item = new QListWidgetItem(name, columns_);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            const bool chosen = std::find(n.exportColumns.begin(), n.exportColumns.end(), name.toStdString())
                                != n.exportColumns.end();
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
            if (const SchemaColumn* c = schema().find(name))
                item->setToolTip(typeDisplayName(c->type));
            else
                item->setToolTip(tr("Not in the loaded data"));
        }
        filling_ = false;
    }

private:
    static std::optional<int64_t> parse(const QString& text)
    {
        return text.trimmed().isEmpty() ? std::nullopt : parseInt64(text.trimmed().toStdString());
    }

    QLineEdit* name_;
    QPlainTextEdit* description_;
    QString loadedDescription_;
    QLineEdit* expectedMin_;
    QLineEdit* expectedMax_;
    QListWidget* columns_;
    bool filling_ = false;
};

} // namespace

NodeForm* createDeriveForm(const FormContext& c, const QString& id, QWidget* p) { return new DeriveForm(c, id, p); }
NodeForm* createSegmentForm(const FormContext& c, const QString& id, QWidget* p) { return new SegmentForm(c, id, p); }

NodeForm* createNodeForm(NodeType type, const FormContext& c, const QString& id, QWidget* p)
{
    switch (type) {
    case NodeType::Condition: return createConditionForm(c, id, p);
    case NodeType::Expression: return createExpressionForm(c, id, p);
    case NodeType::Behavior: return createBehaviorForm(c, id, p);
    case NodeType::Derive: return createDeriveForm(c, id, p);
    case NodeType::And:
    case NodeType::Or:
    case NodeType::Except:
    case NodeType::Not: return createSetLogicForm(c, id, p);
    case NodeType::Top: return createTopForm(c, id, p);
    case NodeType::Split: return createSplitForm(c, id, p);
    case NodeType::Priority: return createPriorityForm(c, id, p);
    case NodeType::Segment: return createSegmentForm(c, id, p);
    }
    return nullptr;
}

} // namespace seg::ui

#include "forms_outputs.moc"
