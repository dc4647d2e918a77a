#include "engine/sql_export_dialog.h"

#include "document/document.h"
#include "document/safe_file.h"
#include "session/data_session.h"
#include "sql/dialect.h"
#include "sql/sql_compiler.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace seg::ui {

SqlExportDialog::SqlExportDialog(Document* document, DataSession* session, QWidget* parent)
    : QDialog(parent), document_(document), session_(session), dialect_(new QComboBox(this)),
      customersTable_(new QLineEdit("customers", this)), eventsTable_(new QLineEdit("events", this)),
      text_(new QPlainTextEdit(this)), problem_(new QLabel(this))
{
    setWindowTitle(tr("Export SQL"));
    for (const char* name : {"sqlite", "postgres", "clickhouse"})
        if (parseDialect(name))
            dialect_->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    dialect_->setToolTip(tr("The SQL engine the query is written for"));
    customersTable_->setToolTip(tr("The engine's table that holds the customers"));
    eventsTable_->setToolTip(tr("The engine's table that holds the events"));
    text_->setReadOnly(true);
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    problem_->setWordWrap(true);
    problem_->setStyleSheet("color: #b00020;");
    problem_->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Dialect:"), dialect_);
    form->addRow(tr("&Customers table:"), customersTable_);
    form->addRow(tr("&Events table:"), eventsTable_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the SQL to the clipboard"));
    QPushButton* save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    save->setToolTip(tr("Save the SQL to a .sql file"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text_->toPlainText()); });
    connect(save, &QPushButton::clicked, this, &SqlExportDialog::saveToFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(text_, 1);
    layout->addWidget(buttons);
    resize(900, 640);

    connect(dialect_, &QComboBox::currentIndexChanged, this, &SqlExportDialog::recompile);
    connect(customersTable_, &QLineEdit::editingFinished, this, &SqlExportDialog::recompile);
    connect(eventsTable_, &QLineEdit::editingFinished, this, &SqlExportDialog::recompile);
    recompile();
}

void SqlExportDialog::setDialect(const QString& name)
{
    dialect_->setCurrentIndex(dialect_->findData(name));
    recompile();
}

QString SqlExportDialog::sql() const { return problem_->isHidden() ? text_->toPlainText() : QString(); }
QString SqlExportDialog::problem() const { return problem_->isHidden() ? QString() : problem_->text(); }

void SqlExportDialog::recompile()
{
    auto fail = [this](const QString& message) {
        problem_->setText(message);
        problem_->show();
        text_->clear();
    };
    const auto data = session_->dataset();
    if (!data)
        return fail(tr("Import the customers first: the SQL is typed by the data's columns."));
    const auto dialect = parseDialect(dialect_->currentData().toString().toStdString());
    if (!dialect)
        return fail(tr("Unknown dialect."));
    SqlTables tables;
    tables.customers = customersTable_->text().trimmed().toStdString();
    tables.events = eventsTable_->text().trimmed().toStdString();
    try {
        text_->setPlainText(QString::fromStdString(compileGraphSql(document_->graph(), *data, *dialect, tables)));
        problem_->hide();
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()));
    }
}

void SqlExportDialog::saveToFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save SQL"), "segments.sql", tr("SQL files (*.sql)"));
    if (path.isEmpty())
        return;
    QString error; // names the file and the OS reason
    if (!writeFileAtomically(path, text_->toPlainText().toUtf8(), &error)) {
        problem_->setText(error);
        problem_->show();
    }
}

} // namespace seg::ui
