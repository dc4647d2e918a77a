#include "properties/expression_field.h"

#include "expr/expr.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace seg::ui {

ExpressionField::ExpressionField(bool filter, QWidget* parent)
    : QWidget(parent), filter_(filter), editor_(new QPlainTextEdit(this)), error_(makeErrorLabel(this)),
      status_(makeHint(QString(), this))
{
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    editor_->setFont(mono);
    editor_->setTabChangesFocus(true);
    editor_->setMinimumHeight(70);
    editor_->setMaximumHeight(140);
    editor_->setPlaceholderText(filter ? tr("e.g. total_spend > 500 AND country IN ('US', 'CA')")
                                       : tr("e.g. total_spend / orders"));
    editor_->setToolTip(tr("A SQL-like formula over customer columns and derived columns.\n"
                           "Applied when you leave the editor or press Ctrl+Enter."));
    editor_->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(editor_);
    layout->addWidget(error_);
    layout->addWidget(status_);
    connect(editor_, &QPlainTextEdit::textChanged, this, &ExpressionField::check);
}

void ExpressionField::setSchema(const Schema& schema)
{
    schema_ = schema;
    check();
}

void ExpressionField::setText(const QString& text)
{
    const bool typing = editor_->hasFocus() && editor_->toPlainText() != loaded_;
    if (typing && text == loaded_)
        return; // the document's formula did not change: keep the user's typing
    loaded_ = text;
    if (editor_->toPlainText() != text)
        editor_->setPlainText(text);
    check();
}

QString ExpressionField::text() const { return editor_->toPlainText(); }
QString ExpressionField::errorText() const { return error_->text(); }

bool ExpressionField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == editor_) {
        if (event->type() == QEvent::FocusOut)
            commitIfChanged();
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && (key->modifiers() & Qt::ControlModifier)) {
                commitIfChanged();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExpressionField::commitIfChanged()
{
    const QString text = editor_->toPlainText();
    if (text == loaded_)
        return;
    loaded_ = text;
    Q_EMIT committed(text);
}

void ExpressionField::check()
{
    const QString text = editor_->toPlainText();
    const std::string utf8 = text.toStdString();
    std::optional<ExprError> error;
    QString okText;
    const ExprParseInfo parsed = parseExpressionColumns(utf8);
    if (parsed.error) {
        error = parsed.error;
    } else if (!schema_.hasData) {
        okText = tr("Syntax OK. Columns and types are checked once customer data is imported.");
    } else {
        bool unknownDerivedType = false;
        for (const std::string& c : parsed.columns)
            if (const SchemaColumn* col = schema_.find(toQ(c)); col && !col->type)
                unknownDerivedType = true;
        if (unknownDerivedType) {
            okText = tr("Syntax OK. A derived column it uses has a problem of its own, so types are not checked.");
        } else {
            const ColumnLookup lookup = [this](std::string_view name) -> std::optional<ColumnInfo> {
                const auto& columns = schema_.customers;
                for (size_t i = 0; i < columns.size(); ++i)
                    if (columns[i].name.toStdString() == name && columns[i].type)
                        return ColumnInfo{static_cast<int>(i), *columns[i].type};
                return std::nullopt;
            };
            const ExprCompileResult compiled = filter_ ? compileFilterExpression(utf8, lookup) : compileExpression(utf8, lookup);
            if (compiled.error)
                error = compiled.error;
            else
                okText = filter_ ? tr("Valid formula.")
                                 : tr("Valid formula; the column's type is %1.").arg(typeDisplayName(compiled.resultType));
        }
    }

    QList<QTextEdit::ExtraSelection> marks;
    if (error) {
        errorColumn_ = static_cast<int>(error->column);
        setError(error_, tr("Column %1: %2").arg(errorColumn_).arg(toQ(error->message)));
        // The column counts bytes of the UTF-8 text; underline the character that starts there.
        const int offset = static_cast<int>(
            QString::fromUtf8(QByteArray::fromStdString(utf8).left(std::max(0, errorColumn_ - 1))).size());
        QTextEdit::ExtraSelection mark;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
        mark.format.setBackground(QColor(0xff, 0xeb, 0xee));
        mark.cursor = QTextCursor(editor_->document());
        mark.cursor.setPosition(std::min(offset, static_cast<int>(text.size())));
        if (offset < text.size())
            mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        else if (offset > 0) { // at the end: mark the last character
            mark.cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
        }
        marks << mark;
        status_->clear();
        status_->hide();
    } else {
        errorColumn_ = 0;
        setError(error_, {});
        status_->setText(okText);
        status_->setVisible(!okText.isEmpty() && !text.trimmed().isEmpty());
    }
    editor_->setExtraSelections(marks);
}

} // namespace seg::ui
