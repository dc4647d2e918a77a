#pragma once
#include "document/document.h"

#include <QUndoCommand>

#include <map>

namespace seg::ui {

// Moves nodes on the canvas (a drag of the selection, or auto-layout): old and new positions.
class MoveNodesCommand : public QUndoCommand {
public:
    MoveNodesCommand(Document* document, std::map<QString, std::pair<QPointF, QPointF>> moves);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    std::map<QString, std::pair<QPointF, QPointF>> moves_; // id -> (from, to)
};

} // namespace seg::ui
