// The Why? dock (ui/explain): why a customer is or is not in a segment. Wired to the preview's
// member list ("Why is this customer here?") and to the canvas, where the first node that
// excludes the customer (or a node clicked in the path) is selected and scrolled into view.
#include "mainwindow/main_window.h"

#include "canvas/node_editor_widget.h"
#include "canvas/node_scene.h"
#include "canvas/node_view.h"
#include "document/selection.h"
#include "explain/explain_panel.h"
#include "preview/member_sample_view.h"
#include "preview/preview_panel.h"

#include <QDockWidget>

namespace seg::ui {

void MainWindow::createExplainDock()
{
    auto* panel = new ExplainPanel(document_, runner_, selection_, this);
    QDockWidget* why = addDock(panel, tr("Why?"), "explainDock", Qt::BottomDockWidgetArea);
    if (QDockWidget* preview = dock("previewDock")) {
        tabifyDockWidget(preview, why);
        preview->raise();
    }
    auto showOnCanvas = [this](const QString& id) {
        if (id.isEmpty() || !editor_)
            return;
        selection_->set({id});
        if (NodeItem* item = editor_->scene()->nodeItem(id))
            editor_->view()->centerOn(item);
    };
    connect(panel, &ExplainPanel::excludingNodeFound, this, showOnCanvas);
    connect(panel, &ExplainPanel::nodeActivated, this, showOnCanvas);
    if (QDockWidget* preview = dock("previewDock"))
        if (auto* previewPanel = qobject_cast<PreviewPanel*>(preview->widget()))
            connect(previewPanel->memberView(), &MemberSampleView::explainRequested, this,
                    [this, why, panel](const QString& key) {
                        why->show();
                        why->raise();
                        panel->explain(key, selection_->current());
                    });
}

} // namespace seg::ui
