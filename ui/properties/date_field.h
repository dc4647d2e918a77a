#pragma once
// A date edit with a calendar popup that also takes a whole date typed at once: "2024-06-30",
// "2024/06/30", "30.06.2024", "30/06/2024", "20240630". QDateEdit alone takes typing one part
// (year, month, day) at a time, so typing a date over the field did not work. Focusing the
// field selects it all, so what is typed replaces it; Enter or leaving the field applies it.
#include <QDateEdit>

namespace seg::ui {

class DateField : public QDateEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);
    // The date a whole typed text means (invalid when it is none of the accepted layouts).
    static QDate parseWholeDate(const QString& text);

protected:
    QValidator::State validate(QString& input, int& pos) const override;
    QDateTime dateTimeFromText(const QString& text) const override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    bool freshFocus_ = false; // the next typed character replaces the whole date
};

} // namespace seg::ui
