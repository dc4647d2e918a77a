#include "document/commands/change_node_command.h"

namespace seg::ui {

ChangeNodeCommand::ChangeNodeCommand(Document* document, Node before, Node after, const QString& text)
    : QUndoCommand(text), document_(document), before_(std::move(before)), after_(std::move(after))
{
}

void ChangeNodeCommand::redo() { document_->applyReplace(after_); }
void ChangeNodeCommand::undo() { document_->applyReplace(before_); }

bool ChangeNodeCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeNodeCommand*>(other);
    if (next->after_.id != after_.id || next->text() != text())
        return false;
    after_ = next->after_;
    return true;
}

} // namespace seg::ui
