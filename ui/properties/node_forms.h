#pragma once
// The per-type forms of the properties panel. Their widgets carry object names (e.g. "field",
// "operator", "value", "expression", "seed", "parts") so tests and the lead's GUI test can
// find them with findChild.
#include "properties/node_form.h"

namespace seg::ui {

NodeForm* createNodeForm(NodeType type, const FormContext& context, const QString& nodeId, QWidget* parent = nullptr);

// One per family (each in its own .cpp file).
NodeForm* createConditionForm(const FormContext& context, const QString& nodeId, QWidget* parent);
NodeForm* createExpressionForm(const FormContext& context, const QString& nodeId, QWidget* parent);
NodeForm* createBehaviorForm(const FormContext& context, const QString& nodeId, QWidget* parent);
NodeForm* createDeriveForm(const FormContext& context, const QString& nodeId, QWidget* parent);
NodeForm* createSetLogicForm(const FormContext& context, const QString& nodeId, QWidget* parent);
NodeForm* createTopForm(const FormContext& context, const QString& nodeId, QWidget* parent);
NodeForm* createSplitForm(const FormContext& context, const QString& nodeId, QWidget* parent);
NodeForm* createPriorityForm(const FormContext& context, const QString& nodeId, QWidget* parent);
NodeForm* createSegmentForm(const FormContext& context, const QString& nodeId, QWidget* parent);

// A field picker over the customer columns and derived columns (editable: a column that is
// not loaded yet can be typed). Commits `onCommit(name)` when the user picks or types one.
QComboBox* makeColumnPicker(QWidget* parent, const QString& toolTip, std::function<void(const QString&)> onCommit);
// Refills the picker from the schema (optionally only columns `accept` says yes to), keeping
// the current value and what the user is typing.
void fillColumnPicker(QComboBox* picker, const Schema& schema, const QString& value,
                      const std::function<bool(const SchemaColumn&)>& accept = {});

} // namespace seg::ui
