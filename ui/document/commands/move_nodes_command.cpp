#include "document/commands/move_nodes_command.h"

namespace seg::ui {

MoveNodesCommand::MoveNodesCommand(Document* document, std::map<QString, std::pair<QPointF, QPointF>> moves)
    : QUndoCommand(QObject::tr("Move %n node(s)", nullptr, static_cast<int>(moves.size()))), document_(document),
      moves_(std::move(moves))
{
}

void MoveNodesCommand::redo()
{
    for (const auto& [id, move] : moves_)
        document_->applyMove(id, move.second);
}

void MoveNodesCommand::undo()
{
    for (const auto& [id, move] : moves_)
        document_->applyMove(id, move.first);
}

} // namespace seg::ui
