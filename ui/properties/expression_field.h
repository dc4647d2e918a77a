#pragma once
// A multi-line formula editor for expression and derive nodes. Checks the formula as the user
// types (syntax, unknown columns, types, against the loaded data's schema and the derived
// columns) and shows the problem inline with its column position, underlining the spot.
// Commits when focus leaves the editor or on Ctrl+Enter.
#include "properties/node_form.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace seg::ui {

class ExpressionField : public QWidget {
    Q_OBJECT
public:
    // `filter`: the result must be true/false (expression nodes); otherwise any type (derive).
    explicit ExpressionField(bool filter, QWidget* parent = nullptr);

    void setSchema(const Schema& schema);
    // Loads the node's formula unless the user is editing it and the formula did not change.
    void setText(const QString& text);
    QString text() const;
    QPlainTextEdit* editor() const { return editor_; }
    QString errorText() const;  // "Column 17: unknown column 'countryy'" (empty: none)
    int errorColumn() const { return errorColumn_; } // 1-based, 0: none

Q_SIGNALS:
    void committed(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();
    void commitIfChanged();

    bool filter_;
    Schema schema_;
    QString loaded_;
    int errorColumn_ = 0;
    QPlainTextEdit* editor_;
    QLabel* error_;
    QLabel* status_;
};

} // namespace seg::ui
