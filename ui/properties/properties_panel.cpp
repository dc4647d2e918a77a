#include "properties/properties_panel.h"

#include "canvas/node_style.h"
#include "document/document.h"
#include "document/node_catalog.h"
#include "document/selection.h"
#include "properties/graph_settings_form.h"
#include "properties/node_forms.h"
#include "session/data_session.h"

#include <QApplication>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QUndoStack>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace seg::ui {

namespace {
// The panel nests forms (common fields, the type's form, the comparison editor): giving all
// their labels one width lines the fields up in a single column.
void alignFormLabels(QWidget* content)
{
    std::vector<QWidget*> labels;
    int width = 0;
    for (QFormLayout* form : content->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels.push_back(item->widget());
                width = std::max(width, item->widget()->sizeHint().width());
            }
    }
    for (QWidget* label : labels) {
        label->setMinimumWidth(width);
        if (auto* text = qobject_cast<QLabel*>(label))
            text->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}
} // namespace

PropertiesPanel::PropertiesPanel(Document* document, DataSession* session, PreviewRunner* runner,
                                 Selection* selection, QWidget* parent)
    : QWidget(parent), document_(document), session_(session), runner_(runner), selection_(selection)
{
    scroll_ = new QScrollArea(this);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll_);

    if (selection_)
        connect(selection_, &Selection::changed, this, &PropertiesPanel::showCurrent);
    // Anything that changes results can change what the forms offer (derived columns, the
    // as-of date) or show (the node itself after undo): refresh in place.
    connect(document_, &Document::contentChanged, this, &PropertiesPanel::reloadContent);
    if (session_)
        connect(session_, &DataSession::datasetChanged, this, &PropertiesPanel::reloadContent);
    showCurrent();
    // Fields handle Ctrl+Z themselves (QLineEdit's own undo) before any window shortcut sees
    // it: watch the key for every widget of this panel.
    qApp->installEventFilter(this);
}

bool PropertiesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || !isAncestorOf(widget))
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if (!undo && !redo)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Accepted: the window's Undo action stays out of it, the key press comes here next.
        event->accept();
        return true;
    }
    undoFromField(redo);
    return true;
}

void PropertiesPanel::undoFromField(bool redo)
{
    QPointer<QWidget> focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus))
        focus->clearFocus(); // applies unfinished typing as an edit of its own (it can be redone)
    QUndoStack* stack = document_->undoStack();
    redo ? stack->redo() : stack->undo();
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

void PropertiesPanel::commitPendingEdits()
{
    // Fields apply on focus loss: moving focus away applies what the user typed to the node
    // it was typed for, before the panel switches to another one.
    if (QWidget* focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
}

void PropertiesPanel::showCurrent()
{
    QString id = selection_ ? selection_->current() : QString();
    if (!id.isEmpty() && !document_->node(id))
        id.clear();
    if (content_ && id == nodeId_ && showingNode_ == !id.isEmpty()) {
        reloadContent();
        return;
    }
    commitPendingEdits();
    nodeId_ = id;
    showingNode_ = !id.isEmpty();
    title_ = description_ = multiple_ = nullptr;
    id_ = label_ = nullptr;
    form_ = nullptr;
    settings_ = nullptr;

    content_ = new QWidget;
    auto* layout = new QVBoxLayout(content_);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);

    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(content_);
    title_ = new QLabel(content_);
    QFont titleFont = title_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title_->setFont(titleFont);
    header->addWidget(icon);
    header->addWidget(title_, 1);
    layout->addLayout(header);

    if (const Node* n = document_->node(id)) {
        icon->setPixmap(nodeIcon(n->type).pixmap(24, 24));
        title_->setText(nodeTitle(n->type));
        description_ = makeHint(nodeDescription(n->type), content_);
        layout->addWidget(description_);
        multiple_ = makeHint(QString(), content_);
        multiple_->hide();
        layout->addWidget(multiple_);

        auto* common = new QFormLayout;
        common->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        common->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        id_ = new QLineEdit(content_);
        id_->setObjectName(QStringLiteral("id"));
        id_->setReadOnly(true);
        id_->setToolTip(tr("The node's id in the graph file; other nodes refer to it by this id"));
        const QString nodeId = id;
        label_ = makeLineEdit(content_, tr("A display name shown on the canvas (optional)"), [this, nodeId](const QString& text) {
            const Node* node = document_->node(nodeId);
            if (!node)
                return;
            Node changed = *node;
            changed.label = text.trimmed().toStdString();
            document_->changeNode(changed, tr("Rename %1").arg(nodeId));
        });
        label_->setObjectName(QStringLiteral("label"));
        label_->setPlaceholderText(tr("optional display name"));
        common->addRow(tr("ID"), id_);
        common->addRow(tr("Label"), label_);
        layout->addLayout(common);

        auto* line = new QFrame(content_);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        layout->addWidget(line);

        FormContext context{document_, session_, runner_};
        form_ = createNodeForm(n->type, context, id, content_);
        layout->addWidget(form_);
    } else {
        const QIcon themed = QIcon::fromTheme(QStringLiteral("document-properties"));
        if (themed.isNull())
            icon->hide(); // no icon theme (e.g. a bare desktop): no empty gap before the title
        else
            icon->setPixmap(themed.pixmap(24, 24));
        title_->setText(tr("Graph settings"));
        settings_ = new GraphSettingsForm(document_, content_);
        settings_->setDataSession(session_);
        layout->addWidget(settings_);
    }
    layout->addStretch(1);
    scroll_->setWidget(content_); // deletes the previous content
    reloadContent();
    alignFormLabels(content_);
}

void PropertiesPanel::reloadContent()
{
    if (showingNode_ && !document_->node(nodeId_)) {
        showCurrent(); // the node is gone (deleted, undone): show what is selected now
        return;
    }
    if (settings_)
        settings_->reload();
    const Node* n = document_->node(nodeId_);
    if (!n || !form_)
        return;
    id_->setText(nodeId_);
    syncText(label_, toQ(n->label));
    const int selected = selection_ ? static_cast<int>(selection_->ids().size()) : 1;
    multiple_->setText(selected > 1 ? tr("%1 nodes are selected; this is the last one clicked.").arg(selected)
                                    : QString());
    multiple_->setVisible(selected > 1);
    form_->reload();
}

} // namespace seg::ui
