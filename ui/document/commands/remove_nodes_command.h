#pragma once
#include "document/document.h"

#include <QUndoCommand>

namespace seg::ui {

// Deletes nodes and the connections that used them: nodes fed by a deleted node lose that
// input (priority ports named after it go with it). Undo restores nodes at their old places
// in the file order and the other nodes' inputs exactly.
class RemoveNodesCommand : public QUndoCommand {
public:
    RemoveNodesCommand(Document* document, const QStringList& ids);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    QStringList ids_;
    std::vector<PlacedNode> removed_;            // in removal order
    std::vector<std::pair<Node, Node>> rewired_; // other nodes: before, after
};

} // namespace seg::ui
