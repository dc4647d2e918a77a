#pragma once
#include "document/document.h"

#include <QUndoCommand>

namespace seg::ui {

// Adds one or more nodes (from the palette, or pasted) at their positions.
class AddNodesCommand : public QUndoCommand {
public:
    AddNodesCommand(Document* document, std::vector<PlacedNode> nodes, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    std::vector<PlacedNode> nodes_;
};

} // namespace seg::ui
