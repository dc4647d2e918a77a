#include "properties/date_field.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>

namespace seg::ui {

DateField::DateField(QWidget* parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setKeyboardTracking(false); // one change per finished date, not per typed digit
    setToolTip(tr("Type a whole date (2024-06-30, 30.06.2024) or pick it in the calendar"));
}

QDate DateField::parseWholeDate(const QString& raw)
{
    const QString text = raw.trimmed();
    // Year first is unambiguous; day first is the European order (dd.mm.yyyy, dd/mm/yyyy).
    for (const char* format : {"yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd", "d.M.yyyy", "d/M/yyyy", "d-M-yyyy",
                               "yyyy-M-d"}) {
        const QDate d = QDate::fromString(text, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}

QValidator::State DateField::validate(QString& input, int& pos) const
{
    if (parseWholeDate(input).isValid())
        return QValidator::Acceptable;
    // On the way to a whole date: digits and at most two separators.
    static const QRegularExpression partial(QStringLiteral("^\\s*\\d{0,8}([-./]\\d{0,4}){0,2}\\s*$"));
    if (partial.match(input).hasMatch())
        return QValidator::Intermediate;
    return QDateEdit::validate(input, pos);
}

QDateTime DateField::dateTimeFromText(const QString& text) const
{
    const QDate d = parseWholeDate(text);
    if (d.isValid())
        return QDateTime(d, QTime(0, 0));
    return QDateEdit::dateTimeFromText(text);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    // Printable keys go straight to the text (QDateEdit would fill one section at a time and
    // jump between them); arrows, Page Up/Down, Tab and Enter keep QDateEdit's meaning.
    const QString text = event->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint() && !(event->modifiers() & Qt::ControlModifier);
    if (printable) {
        if (freshFocus_)
            lineEdit()->selectAll();
        freshFocus_ = false;
        QAbstractSpinBox::keyPressEvent(event);
        return;
    }
    QDateEdit::keyPressEvent(event);
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        freshFocus_ = true; // applied: the next date typed replaces it again
}

void DateField::focusInEvent(QFocusEvent* event)
{
    QDateEdit::focusInEvent(event);
    // Typing right after focusing replaces the whole date; arrows still step one part.
    freshFocus_ = true;
}

} // namespace seg::ui
