#pragma once
// The open project: the segment graph, its file, and the undo stack every edit goes through
// (Okular style: the document owns the QUndoStack). Widgets read the graph and listen to the
// signals; they never change it except through the edit methods below, each of which pushes
// one undo command. The `apply*` methods are the primitive changes the commands make.
#include "document/graph_settings.h"
#include "graph/graph.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <filesystem>
#include <string>

#include <map>
#include <vector>

namespace seg::ui {

struct PlacedNode {
    Node node;
    QPointF position;
    int index = -1; // position in the graph's node list (-1: append)
};

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    const Graph& graph() const { return graph_; }
    const Node* node(const QString& id) const;
    QStringList nodeIds() const;
    QUndoStack* undoStack() { return &undoStack_; }

    // ---- files ----
    QString filePath() const { return filePath_; }
    bool isModified() const { return !undoStack_.isClean(); }
    // Replaces the document with an empty graph (clears undo history).
    void clear();
    // Loads a .segment.json file. On failure returns false, fills `errors` (one per problem,
    // with file:line:col) and leaves the document as it was. Problems that leave a usable graph
    // (e.g. a node with a bad field) load the graph and are returned as warnings.
    bool load(const QString& path, QStringList* errors, QStringList* warnings = nullptr);
    // Writes atomically; dataset paths are rewritten relative to the new file's folder. On
    // failure returns false with the reason and leaves the file and the document unchanged.
    bool save(const QString& path, QString* error);
    // Replaces the document with a graph brought back by crash recovery: `path` is the project
    // file it belongs to (empty: a new project), and the document counts as modified, since
    // that file does not hold these changes. Clears the undo history.
    void restoreRecovered(Graph graph, const QString& path);
    // A graph given as JSON text (a workspace's stored graph): like load, with dataset paths
    // relative to `baseDir`; the document's file becomes `path` (the workspace).
    bool loadText(const std::string& text, const std::filesystem::path& baseDir, const QString& path,
                  QStringList* errors, QStringList* warnings = nullptr);
    // The graph as the spec's JSON text (what a workspace stores).
    std::string graphText() const;
    // After the graph was written elsewhere (a workspace): clean, and `path` is the file.
    void markSaved(const QString& path);
    // Absolute path of a dataset of the graph (relative paths resolve against the file).
    QString datasetPath(const std::string& pathInGraph) const;

    // ---- edits (one undo command each) ----
    QString addNode(NodeType type, QPointF position);
    void addNodes(std::vector<PlacedNode> nodes, const QString& text);
    void removeNodes(const QStringList& ids);
    void changeNode(const Node& newDefinition, const QString& text = {});
    // Connects output `fromRef` ("id" or "id:port") to an input of `toId`. Refuses (returns
    // false with a message) connections that make a cycle, that the target cannot take (too
    // many inputs, a column used as a set), or that already exist.
    bool connectNodes(const QString& fromRef, const QString& toId, QString* error);
    void disconnectNodes(const QString& fromRef, const QString& toId);
    void moveNodes(const std::map<QString, QPointF>& positions);
    void changeSettings(const GraphSettings& settings, const QString& text);
    // Copy/paste: the selected nodes as JSON text, and pasting such text with fresh ids
    // (inputs among the pasted nodes follow the renaming). Returns the new ids.
    QString copyNodes(const QStringList& ids) const;
    QStringList pasteNodes(const QString& text, QPointF offset, QString* error);

    // Whether `toId` already (transitively) feeds `fromId`, so an edge from->to would close a
    // cycle. Counts input edges and the implicit edges from derived columns.
    bool wouldCreateCycle(const QString& fromId, const QString& toId) const;
    QString uniqueId(NodeType type) const;
    QPointF nodePosition(const QString& id) const;

    // ---- primitive changes, used by the undo commands only ----
    void applyInsert(const PlacedNode& placed);
    PlacedNode applyRemove(const QString& id);
    void applyReplace(const Node& node);
    void applyMove(const QString& id, QPointF position);
    void applySettings(const GraphSettings& settings);
    int indexOf(const QString& id) const;

Q_SIGNALS:
    void nodeAdded(const QString& id);
    void nodeRemoved(const QString& id);
    void nodeChanged(const QString& id);      // definition or inputs
    void nodeMoved(const QString& id, QPointF position);
    void settingsChanged();
    void reset();                             // a new graph (load, clear)
    void contentChanged();                    // anything that can change results
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void replaceGraph(Graph graph, const QString& path);
    std::vector<std::string> dependenciesOf(const Node& node) const;

    Graph graph_;
    QString filePath_;
    QUndoStack undoStack_;
};

} // namespace seg::ui
