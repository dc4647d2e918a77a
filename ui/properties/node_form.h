#pragma once
// The base of the per-type forms of the properties panel. A form edits one node (by id): it
// loads the document's node into its widgets, and each user edit commits one change through
// Document::changeNode (one undo step). Loading never overwrites what the user is typing in
// a field unless the document's value of that very field changed (undo, redo).
#include "data/types.h"
#include "graph/graph.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace seg {
struct ColumnStats;
}

namespace seg::ui {

class DataSession;
class Document;
class PreviewRunner;

struct FormContext {
    Document* document = nullptr;
    DataSession* session = nullptr; // may be null: no schema, free text fields
    PreviewRunner* runner = nullptr;
};

struct SchemaColumn {
    QString name;
    std::optional<DataType> type; // unknown: a derived column whose formula does not bind
    bool derived = false;
};

// The columns a node can use: customer columns, then the graph's derived columns (with their
// types where the graph binds), and the events' columns and event type names.
struct Schema {
    bool hasData = false;
    std::vector<SchemaColumn> customers;
    std::vector<SchemaColumn> events;
    QStringList eventTypes;
    QString eventsKey, eventsTime, eventsType;
    int32_t asOf = 0;
    const SchemaColumn* find(const QString& name) const;
    const SchemaColumn* findEvent(const QString& name) const;
};
Schema currentSchema(const FormContext& context);

class NodeForm : public QWidget {
    Q_OBJECT
public:
    NodeForm(const FormContext& context, const QString& nodeId, QWidget* parent = nullptr);
    QString nodeId() const { return id_; }
    // Fills the widgets from the document's node (keeps the user's unfinished typing).
    void reload();

protected:
    virtual void load(const Node& node) = 0;
    const Node* current() const;
    // Copies the document's node, lets `edit` change it, and commits it as one undo step
    // named "<what> of <id>". Ignored while loading.
    void commit(const QString& what, const std::function<void(Node&)>& edit);
    bool isLoading() const { return loading_; }
    const Schema& schema() const { return schema_; }
    QFormLayout* form() const { return form_; }
    FormContext context() const { return context_; }
    // Statistics of a column of the loaded data (customers, or events) for the value pickers;
    // null until a worker has computed them: the form reloads when they arrive.
    std::shared_ptr<const ColumnStats> columnStats(const QString& column, bool events = false);

private:
    FormContext context_;
    QString id_;
    Schema schema_;
    QFormLayout* form_;
    bool loading_ = false;
    bool statsConnected_ = false;
};

// ---- helpers shared by the forms ----

// Sets a line edit's text unless the user is editing it and the document's value of the
// field did not change since it was last loaded (so unrelated refreshes keep the typing).
void syncText(QLineEdit* edit, const QString& value);
// Sets a combo box's current text (adds the value when it is not among the items).
void syncCombo(QComboBox* combo, const QString& value);
// A line edit that commits `onCommit` on editingFinished when its text differs from the last
// loaded value.
QLineEdit* makeLineEdit(QWidget* parent, const QString& toolTip, std::function<void(const QString&)> onCommit);
// A small grey explanatory label and a red inline error label (hidden while empty).
QLabel* makeHint(const QString& text, QWidget* parent = nullptr);
QLabel* makeErrorLabel(QWidget* parent = nullptr);
void setError(QLabel* label, const QString& text);
QString typeDisplayName(std::optional<DataType> type);
// A form row with no label: the widget sits in the field column, and a hidden widget takes no
// space (a row with an empty label would keep its spacing).
template <class Form, class W> void addFieldRow(Form* form, W* fieldOrLayout)
{
    form->addRow(static_cast<QWidget*>(nullptr), fieldOrLayout);
}
QString toQ(const std::string& s);

} // namespace seg::ui
