#pragma once
// The properties panel: edits the Selection's current node through Document::changeNode (one
// undo step per edit; text fields apply when editing finishes), and the graph's settings
// when nothing is selected. It follows the document (undo, redo, edits from elsewhere) and
// the loaded data (column pickers), without throwing away what the user is typing.
//
// Usage: auto* panel = new PropertiesPanel(document, session, runner, selection, parent);
//        dock->setWidget(panel);
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;

namespace seg::ui {

class DataSession;
class Document;
class GraphSettingsForm;
class NodeForm;
class PreviewRunner;
class Selection;

class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    PropertiesPanel(Document* document, DataSession* session, PreviewRunner* runner, Selection* selection,
                    QWidget* parent = nullptr);

    // The node being edited (empty: the graph settings are shown).
    QString nodeId() const { return nodeId_; }
    QSize sizeHint() const override { return {340, 520}; }

protected:
    // Ctrl+Z / Ctrl+Shift+Z inside a field undo the last document edit (not the field's own
    // text), after applying what was typed: field and graph never disagree.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void undoFromField(bool redo);
    void showCurrent();
    void reloadContent();
    void commitPendingEdits();

    Document* document_;
    DataSession* session_;
    PreviewRunner* runner_;
    QPointer<Selection> selection_;
    QString nodeId_;
    bool showingNode_ = false;

    QScrollArea* scroll_;
    QWidget* content_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* description_ = nullptr;
    QLabel* multiple_ = nullptr;
    QLineEdit* id_ = nullptr;
    QLineEdit* label_ = nullptr;
    NodeForm* form_ = nullptr;
    GraphSettingsForm* settings_ = nullptr;
};

} // namespace seg::ui
