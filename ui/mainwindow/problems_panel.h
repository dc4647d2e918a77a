#pragma once
// The Problems dock: every node the last preview left out (with why), graph-wide problems,
// failed nodes and segment warnings. Double-click selects the node on the canvas.
#include <QWidget>

#include <memory>

class QTreeWidget;

namespace seg::ui {

class Document;
class PreviewRunner;
class Selection;
struct PreviewResult;

class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    ProblemsPanel(Document* document, PreviewRunner* runner, Selection* selection, QWidget* parent = nullptr);
    int problemCount() const;
    QStringList problemTexts() const; // "node: message" per row (tests)

private:
    void show(const std::shared_ptr<const PreviewResult>& result);

    Document* document_;
    Selection* selection_;
    QTreeWidget* tree_;
};

} // namespace seg::ui
