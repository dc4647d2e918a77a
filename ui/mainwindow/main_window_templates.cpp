// File > New from Template: the template dialog on the loaded data, then its graph in the
// window as a new, unsaved project (one undo step), laid out and run by the preview.
#include "mainwindow/main_window.h"

#include "document/document.h"
#include "mainwindow/template_dialog.h"
#include "session/data_session.h"

#include <QStatusBar>
#include <QUndoStack>

namespace seg::ui {

void MainWindow::newFromTemplate()
{
    // The new graph uses the data loaded now; its paths are made absolute here (the new project
    // has no file yet) and relative again when it is saved.
    DatasetSpec customers = document_->graph().customers;
    customers.path = document_->datasetPath(customers.path).toStdString();
    std::optional<DatasetSpec> events = document_->graph().events;
    if (events)
        events->path = document_->datasetPath(events->path).toStdString();
    auto* dialog = new TemplateDialog(data_->dataset(), customers, events, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (std::optional<Graph> graph = dialog->graph())
            openTemplateGraph(std::move(*graph));
    });
    dialog->open();
}

bool MainWindow::openTemplateGraph(Graph graph)
{
    if (!maybeSave())
        return false;
    document_->clear();
    QUndoStack* undo = document_->undoStack();
    const QString text = tr("New from template: %1").arg(TemplateDialog::translated(graph.name));
    undo->beginMacro(text);
    GraphSettings settings = GraphSettings::of(graph);
    settings.name = TemplateDialog::translated(graph.name).toStdString();
    document_->changeSettings(settings, text);
    std::vector<PlacedNode> placed;
    const Json& positions = graph.ui["positions"];
    for (const Node& node : graph.nodes) {
        const Json& p = positions[node.id];
        placed.push_back({node, QPointF(p[0].get<double>(), p[1].get<double>()), -1});
    }
    document_->addNodes(std::move(placed), text);
    undo->endMacro();
    statusBar()->showMessage(text, 6000);
    return true;
}

} // namespace seg::ui
