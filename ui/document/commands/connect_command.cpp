#include "document/commands/connect_command.h"

namespace seg::ui {

ConnectCommand::ConnectCommand(Document* document, Node before, Node after, const QString& text)
    : QUndoCommand(text), document_(document), before_(std::move(before)), after_(std::move(after))
{
}

void ConnectCommand::redo() { document_->applyReplace(after_); }
void ConnectCommand::undo() { document_->applyReplace(before_); }

} // namespace seg::ui
