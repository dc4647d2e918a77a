#include "importing/import_format_page.h"

#include "importing/import_wizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace seg::ui {

namespace {

const QColor kProblemBackground(255, 228, 228);

QString delimiterName(char c)
{
    switch (c) {
    case ',': return ImportFormatPage::tr("Comma  ,");
    case ';': return ImportFormatPage::tr("Semicolon  ;");
    case '\t': return ImportFormatPage::tr("Tab");
    case '|': return ImportFormatPage::tr("Pipe  |");
    }
    return QString(QChar(c));
}

} // namespace

ImportFormatPage::ImportFormatPage(ImportWizard* wizard) : wizard_(wizard)
{
    setTitle(tr("Check the format"));
    setSubTitle(tr("The delimiter and encoding were detected from the file. If the preview looks wrong "
                   "(everything in one column, odd characters), change them here."));

    delimiter_ = new QComboBox(this);
    delimiter_->setToolTip(tr("The character between the values of a row"));
    for (char c : {',', ';', '\t', '|'})
        delimiter_->addItem(delimiterName(c), QVariant(static_cast<int>(c)));
    encoding_ = new QComboBox(this);
    encoding_->setToolTip(tr("How the file stores letters such as \u00e9 or \u00fc. Files from Excel on "
                             "Windows are often Windows-1252."));
    encoding_->addItem(tr("UTF-8"), "utf-8");
    encoding_->addItem(tr("Latin-1 (ISO-8859-1)"), "latin-1");
    encoding_->addItem(tr("Windows-1252"), "windows-1252");
    emptyIsNull_ = new QCheckBox(tr("Empty cells are missing values"), this);
    emptyIsNull_->setToolTip(tr("Read empty cells as NULL (no value) rather than as empty text"));
    nullMarkers_ = new QLineEdit(this);
    nullMarkers_->setToolTip(tr("Cell texts that mean \"no value\", separated by commas (compared after "
                                "trimming spaces)"));
    nullMarkers_->setPlaceholderText(tr("e.g. NULL, NA, N/A"));
    nullMarkers_->setMinimumWidth(260);

    auto* nulls = new QHBoxLayout;
    nulls->addWidget(emptyIsNull_);
    nulls->addSpacing(12);
    nulls->addWidget(new QLabel(tr("Also missing:"), this));
    nulls->addWidget(nullMarkers_, 1);
    auto* form = new QFormLayout;
    auto withNote = [this](QWidget* field, QLabel*& note) {
        note = new QLabel(tr("(detected)"), this);
        note->setStyleSheet("color: palette(mid);");
        note->setToolTip(tr("Found by looking at the start of the file"));
        auto* row = new QHBoxLayout;
        row->addWidget(field);
        row->addWidget(note);
        row->addStretch(1);
        return row;
    };
    form->addRow(tr("Delimiter:"), withNote(delimiter_, delimiterNote_));
    form->addRow(tr("Encoding:"), withNote(encoding_, encodingNote_));
    form->addRow(tr("Missing values:"), nulls);

    table_ = new QTableWidget(this);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setToolTip(tr("The first rows as they will be imported; grey cells are missing values, red rows "
                          "cannot be imported (hover for the reason)"));
    table_->verticalHeader()->setToolTip(tr("Line number in the file"));
    status_ = new QLabel(this);
    status_->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);

    connect(delimiter_, &QComboBox::activated, this, [this] {
        wizard_->setDelimiter(static_cast<char>(delimiter_->currentData().toInt()));
    });
    connect(encoding_, &QComboBox::activated, this, [this] { wizard_->setEncoding(encoding_->currentData().toString()); });
    connect(emptyIsNull_, &QCheckBox::toggled, this, &ImportFormatPage::applyNullMarkers);
    connect(nullMarkers_, &QLineEdit::editingFinished, this, &ImportFormatPage::applyNullMarkers);
    connect(wizard_, &ImportWizard::previewChanged, this, &ImportFormatPage::refresh);
    refresh();
}

void ImportFormatPage::applyNullMarkers()
{
    if (refreshing_)
        return;
    QStringList markers;
    if (emptyIsNull_->isChecked())
        markers << QString();
    for (const QString& m : nullMarkers_->text().split(',', Qt::SkipEmptyParts))
        if (!m.trimmed().isEmpty())
            markers << m.trimmed();
    wizard_->setNullMarkers(markers);
}

void ImportFormatPage::refresh()
{
    refreshing_ = true;
    const ImportPreview* p = wizard_->preview();
    if (p) {
        delimiter_->setCurrentIndex(delimiter_->findData(static_cast<int>(p->delimiter)));
        encoding_->setCurrentIndex(encoding_->findData(QString::fromStdString(p->encoding)));
        delimiterNote_->setText(p->delimiterDetected ? tr("(detected)") : QString());
        encodingNote_->setText(p->encodingDetected ? tr("(detected)") : QString());
    }
    const QStringList markers = wizard_->nullMarkers();
    emptyIsNull_->setChecked(markers.contains(QString()));
    QStringList others = markers;
    others.removeAll(QString());
    if (!nullMarkers_->hasFocus())
        nullMarkers_->setText(others.join(", "));
    refreshing_ = false;
    fillTable();
    Q_EMIT completeChanged();
}

void ImportFormatPage::fillTable()
{
    const ImportPreview* p = wizard_->preview();
    table_->clear();
    if (!p) {
        table_->setRowCount(0);
        table_->setColumnCount(0);
        status_->setText(wizard_->previewError());
        status_->setStyleSheet("color: #b00020;");
        return;
    }
    status_->setStyleSheet({});
    table_->setColumnCount(static_cast<int>(p->columns.size()));
    table_->setRowCount(static_cast<int>(p->rows.size()));
    QStringList headers;
    for (const auto& c : p->columns)
        headers << QString::fromStdString(c.name);
    table_->setHorizontalHeaderLabels(headers);
    QStringList lines;
    for (size_t r = 0; r < p->rows.size(); ++r) {
        const PreviewRow& row = p->rows[r];
        lines << QString::number(row.line);
        for (size_t c = 0; c < row.cells.size(); ++c) {
            const PreviewCell& cell = row.cells[c];
            auto* item = new QTableWidgetItem(cell.null ? tr("missing") : QString::fromStdString(cell.text));
            if (cell.null) {
                item->setForeground(QColor(140, 140, 140));
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
            }
            if (!row.problem.empty()) {
                item->setBackground(kProblemBackground);
                item->setToolTip(tr("Line %1 will not be imported: %2").arg(row.line).arg(QString::fromStdString(row.problem)));
            }
            table_->setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    }
    table_->setVerticalHeaderLabels(lines);
    table_->resizeColumnsToContents();
    for (int c = 0; c < table_->columnCount(); ++c)
        table_->setColumnWidth(c, std::clamp(table_->columnWidth(c), 80, 260));

    QString text = p->wholeFile
                       ? tr("Showing %n of the file's rows.", nullptr, static_cast<int>(p->rows.size()))
                       : tr("Showing the first %n rows.", nullptr, static_cast<int>(p->rows.size()));
    if (p->hadBom)
        text += " " + tr("The file starts with a UTF-8 byte order mark.");
    if (p->sampleProblems > 0)
        text += " " + tr("%n row(s) near the start cannot be imported as they are (red); the import will list "
                         "them with their reasons.", nullptr, static_cast<int>(p->sampleProblems));
    status_->setText(text);
}

bool ImportFormatPage::isComplete() const { return wizard_->preview() != nullptr; }

} // namespace seg::ui
