#include "document/commands/change_settings_command.h"

namespace seg::ui {

ChangeSettingsCommand::ChangeSettingsCommand(Document* document, GraphSettings before, GraphSettings after,
                                             const QString& text)
    : QUndoCommand(text), document_(document), before_(std::move(before)), after_(std::move(after))
{
}

void ChangeSettingsCommand::redo() { document_->applySettings(after_); }
void ChangeSettingsCommand::undo() { document_->applySettings(before_); }

} // namespace seg::ui
