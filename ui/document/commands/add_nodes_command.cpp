#include "document/commands/add_nodes_command.h"

namespace seg::ui {

AddNodesCommand::AddNodesCommand(Document* document, std::vector<PlacedNode> nodes, const QString& text)
    : QUndoCommand(text), document_(document), nodes_(std::move(nodes))
{
}

void AddNodesCommand::redo()
{
    for (const PlacedNode& p : nodes_)
        document_->applyInsert(p);
}

void AddNodesCommand::undo()
{
    for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it)
        document_->applyRemove(QString::fromStdString(it->node.id));
}

} // namespace seg::ui
