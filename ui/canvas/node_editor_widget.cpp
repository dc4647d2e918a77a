#include "canvas/node_editor_widget.h"

#include "canvas/auto_layout.h"
#include "canvas/node_palette.h"
#include "canvas/node_scene.h"
#include "canvas/node_view.h"
#include "document/document.h"

#include <QAction>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace seg::ui {

NodeEditorWidget::NodeEditorWidget(Document* document, DataSession*, PreviewRunner* runner, Selection* selection,
                                   QWidget* parent)
    : QWidget(parent), document_(document)
{
    scene_ = new NodeScene(document, selection, runner, this);
    view_ = new NodeView(scene_);
    palette_ = new NodePalette;
    toolBar_ = new QToolBar(tr("Canvas"));
    toolBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar_->setIconSize(QSize(16, 16));

    auto addAction = [this](const QString& text, const QString& tip, const QKeySequence& key, auto slot) {
        QAction* action = toolBar_->addAction(text);
        action->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        // No shortcut on the action itself: the main window's menu carries the same keys, and
        // two actions with one key would make both ambiguous. The view handles zoom keys itself.
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    addAction(tr("Zoom in"), tr("Zoom in on the canvas"), QKeySequence::ZoomIn, [this] { view_->zoomIn(); })
        ->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    addAction(tr("Zoom out"), tr("Zoom out of the canvas"), QKeySequence::ZoomOut, [this] { view_->zoomOut(); })
        ->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    addAction(tr("Fit"), tr("Show the whole graph"), QKeySequence(tr("Ctrl+0")), [this] { view_->fitToContents(); })
        ->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-best")));
    toolBar_->addSeparator();
    addAction(tr("Auto-layout"), tr("Arrange the nodes in columns by dependency (can be undone)"),
              QKeySequence(tr("Ctrl+L")), [this] { autoLayout(); })
        ->setIcon(QIcon::fromTheme(QStringLiteral("view-grid")));

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(palette_);
    splitter->addWidget(view_);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 800});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar_);
    layout->addWidget(splitter, 1);

    connect(palette_, &NodePalette::addRequested, view_, [this](NodeType type) { view_->addNodeAtCenter(type); });
    connect(scene_, &NodeScene::message, this, &NodeEditorWidget::message);
    connect(view_, &NodeView::showMembersRequested, this, &NodeEditorWidget::showMembersRequested);
    connect(view_, &NodeView::exportRequested, this, &NodeEditorWidget::exportRequested);
    // A loaded file is shown whole, once the view has its final size.
    connect(document_, &Document::reset, this, [this] { QTimer::singleShot(0, view_, &NodeView::fitToContents); });
}

void NodeEditorWidget::autoLayout()
{
    seg::ui::autoLayout(*document_);
    view_->fitToContents();
}

} // namespace seg::ui
