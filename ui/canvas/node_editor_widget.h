#pragma once
// The node editor as one dockable widget: the palette on the left, the canvas on the right,
// and a small toolbar (zoom in, zoom out, fit to view, auto-layout).
//
// Usage: auto* editor = new NodeEditorWidget(document, session, runner, selection, parent);
//        connect(editor, &NodeEditorWidget::message, statusBar, ...);   // refused connections etc.
//        connect(editor, &NodeEditorWidget::showMembersRequested, ...);  // node context menu
// The DataSession is not needed by the canvas itself; it is taken so every part of the editor
// has the same constructor and may be null.
#include <QWidget>

class QToolBar;

namespace seg::ui {

class DataSession;
class Document;
class NodePalette;
class NodeScene;
class NodeView;
class PreviewRunner;
class Selection;

class NodeEditorWidget : public QWidget {
    Q_OBJECT
public:
    NodeEditorWidget(Document* document, DataSession* session, PreviewRunner* runner, Selection* selection,
                     QWidget* parent = nullptr);

    NodeScene* scene() const { return scene_; }
    NodeView* view() const { return view_; }
    NodePalette* palette() const { return palette_; }
    QToolBar* toolBar() const { return toolBar_; }

    void autoLayout();

Q_SIGNALS:
    void message(const QString& text);
    // Node context menu: "Show Members" and "Export…" (the main window opens the preview's
    // member list and the export dialog).
    void showMembersRequested(const QString& id);
    void exportRequested(const QString& id);

private:
    Document* document_;
    NodeScene* scene_;
    NodeView* view_;
    NodePalette* palette_;
    QToolBar* toolBar_;
};

} // namespace seg::ui
