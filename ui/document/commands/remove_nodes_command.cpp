#include "document/commands/remove_nodes_command.h"

#include <algorithm>
#include <set>

namespace seg::ui {

RemoveNodesCommand::RemoveNodesCommand(Document* document, const QStringList& ids)
    : QUndoCommand(QObject::tr("Delete %n node(s)", nullptr, static_cast<int>(ids.size()))), document_(document), ids_(ids)
{
}

void RemoveNodesCommand::redo()
{
    std::set<std::string> gone;
    for (const QString& id : ids_)
        gone.insert(id.toStdString());
    rewired_.clear();
    for (const Node& n : document_->graph().nodes) {
        if (gone.count(n.id))
            continue;
        Node after = n;
        std::erase_if(after.inputs, [&](const std::string& in) { return gone.count(splitInputRef(in).first) > 0; });
        if (after.inputs != n.inputs)
            rewired_.emplace_back(n, std::move(after));
    }
    for (const auto& [before, after] : rewired_)
        document_->applyReplace(after);
    // Remove from the back of the file order so the saved indices stay valid for undo.
    std::vector<QString> order(ids_.begin(), ids_.end());
    std::sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
        return document_->indexOf(a) > document_->indexOf(b);
    });
    removed_.clear();
    for (const QString& id : order)
        removed_.push_back(document_->applyRemove(id));
}

void RemoveNodesCommand::undo()
{
    for (auto it = removed_.rbegin(); it != removed_.rend(); ++it)
        document_->applyInsert(*it);
    for (const auto& [before, after] : rewired_)
        document_->applyReplace(before);
}

} // namespace seg::ui
