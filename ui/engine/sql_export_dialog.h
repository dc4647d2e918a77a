#pragma once
// Export > SQL: the graph compiled for a chosen SQL dialect, with a Copy button and Save.
// The SQL is what `segstudio-cli sql FILE --dialect D` prints for the same graph and data.
//
//   SqlExportDialog dialog(document, session, parent); dialog.exec();
#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QLabel;

namespace seg::ui {

class DataSession;
class Document;

class SqlExportDialog : public QDialog {
    Q_OBJECT
public:
    SqlExportDialog(Document* document, DataSession* session, QWidget* parent = nullptr);

    void setDialect(const QString& name); // "sqlite", "postgres", ...
    QString sql() const;                  // the text shown (empty when it cannot compile)
    QString problem() const;              // why it cannot compile

private:
    void recompile();
    void saveToFile();

    Document* document_;
    DataSession* session_;
    QComboBox* dialect_;
    QLineEdit* customersTable_;
    QLineEdit* eventsTable_;
    QPlainTextEdit* text_;
    QLabel* problem_;
};

} // namespace seg::ui
