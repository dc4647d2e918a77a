#pragma once
#include "document/document.h"

#include <QUndoCommand>

namespace seg::ui {

// Replaces one node's definition (a property edit in the properties panel). Consecutive edits
// of the same node with the same text merge into one undo step (typing a value, spinning a box).
class ChangeNodeCommand : public QUndoCommand {
public:
    ChangeNodeCommand(Document* document, Node before, Node after, const QString& text);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Document* document_;
    Node before_, after_;
};

} // namespace seg::ui
