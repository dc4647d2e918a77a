#pragma once
#include "document/document.h"

#include <QUndoCommand>

namespace seg::ui {

// Connects or disconnects: the target node's input list before and after. Checks (cycles,
// arity) happen in Document::connectNodes before the command is made.
class ConnectCommand : public QUndoCommand {
public:
    ConnectCommand(Document* document, Node before, Node after, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    Node before_, after_;
};

} // namespace seg::ui
