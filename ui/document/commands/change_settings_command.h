#pragma once
#include "document/document.h"

#include <QUndoCommand>

namespace seg::ui {

// Changes graph-wide settings: name, as_of, the customers and events datasets (an import
// sets the dataset through this command, so it can be undone like any edit).
class ChangeSettingsCommand : public QUndoCommand {
public:
    ChangeSettingsCommand(Document* document, GraphSettings before, GraphSettings after, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    GraphSettings before_, after_;
};

} // namespace seg::ui
