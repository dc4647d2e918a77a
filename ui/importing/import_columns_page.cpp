#include "importing/import_columns_page.h"

#include "importing/date_format_choices.h"
#include "importing/import_wizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace seg::ui {

namespace {

enum Col { kName, kExamples, kType, kFormat, kCheck, kColumns };

const char* const kTypeNames[] = {"int", "double", "bool", "date", "timestamp", "string"};
constexpr DataType kTypes[] = {DataType::Int, DataType::Double, DataType::Bool,
                               DataType::Date, DataType::Timestamp, DataType::String};

QString examplesOf(const ImportPreview& p, size_t column)
{
    QStringList out;
    for (const auto& row : p.sample) {
        if (out.size() == 3)
            break;
        if (column < row.size() && !row[column].null)
            out << QString::fromStdString(row[column].text).left(24);
    }
    return out.join(", ");
}

} // namespace

ImportColumnsPage::ImportColumnsPage(ImportWizard* wizard) : wizard_(wizard)
{
    const bool customers = wizard->kind() == ImportKind::Customers;
    setTitle(tr("Describe the columns"));
    setSubTitle(customers ? tr("Which column identifies a customer, and what type each column has. Types were "
                               "guessed from the first rows; change one when the guess is wrong (for example "
                               "ZIP codes as text, or dates written as 31.12.2024).")
                          : tr("Which columns hold the customer ID, the time and the kind of each event, and "
                               "what type each column has."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // short choices, no stretched combos
    key_ = addRoleCombo(customers ? tr("The column with a unique ID per customer. Without one, customers are "
                                       "numbered by their row (column _row).")
                                  : tr("The column with the customer ID of each event; it is matched to the "
                                       "customers' ID column"));
    form->addRow(tr("Customer ID column:"), key_);
    if (customers) {
        policy_ = new QComboBox(this);
        policy_->setToolTip(tr("What to do when the same customer ID appears on more than one row"));
        policy_->addItem(tr("Keep the last row"), static_cast<int>(DuplicateKeyPolicy::KeepLast));
        policy_->addItem(tr("Keep the first row"), static_cast<int>(DuplicateKeyPolicy::KeepFirst));
        policy_->addItem(tr("Stop the import with an error"), static_cast<int>(DuplicateKeyPolicy::Error));
        form->addRow(tr("Duplicate IDs:"), policy_);
        connect(policy_, &QComboBox::activated, this, [this] {
            wizard_->setDuplicatePolicy(static_cast<DuplicateKeyPolicy>(policy_->currentData().toInt()));
        });
    } else {
        time_ = addRoleCombo(tr("When the event happened: a date or timestamp column"));
        form->addRow(tr("Time column:"), time_);
        type_ = addRoleCombo(tr("The kind of event (purchase, visit ...), used by behavior rules; optional"));
        form->addRow(tr("Event type column:"), type_);
    }

    table_ = new QTableWidget(0, kColumns, this);
    table_->setHorizontalHeaderLabels({tr("Column"), tr("Examples"), tr("Type"), tr("Date format"), tr("Check")});
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    problem_->setStyleSheet("color: #b00020;");

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(table_, 1);
    layout->addWidget(problem_);

    connect(wizard_, &ImportWizard::previewChanged, this, &ImportColumnsPage::rebuild);
    connect(wizard_, &ImportWizard::choicesChanged, this, &ImportColumnsPage::updateChecks);
    rebuild();
}

QComboBox* ImportColumnsPage::addRoleCombo(const QString& tooltip)
{
    auto* combo = new QComboBox(this);
    combo->setToolTip(tooltip);
    combo->setMinimumContentsLength(18);
    connect(combo, &QComboBox::activated, this, [this, combo] {
        const QString column = combo->currentData().toString();
        if (combo == key_)
            wizard_->setKeyColumn(column);
        else if (combo == time_)
            wizard_->setTimeColumn(column);
        else
            wizard_->setTypeColumn(column);
    });
    return combo;
}

void ImportColumnsPage::initializePage() { rebuild(); }

void ImportColumnsPage::rebuild()
{
    rebuilding_ = true;
    table_->setRowCount(0);
    const ImportPreview* p = wizard_->preview();
    const bool customers = wizard_->kind() == ImportKind::Customers;
    for (QComboBox* combo : {key_, time_, type_}) {
        if (!combo)
            continue;
        combo->clear();
        if (combo == key_ && customers)
            combo->addItem(tr("(none: number the rows)"), QString());
        else if (combo == type_)
            combo->addItem(tr("(none)"), QString());
        if (p)
            for (const auto& c : p->columns)
                combo->addItem(QString::fromStdString(c.name), QString::fromStdString(c.name));
    }
    if (!p) {
        rebuilding_ = false;
        updateChecks();
        return;
    }
    table_->setRowCount(static_cast<int>(p->columns.size()));
    for (size_t c = 0; c < p->columns.size(); ++c) {
        const int row = static_cast<int>(c);
        const PreviewColumn& column = p->columns[c];
        const QString name = QString::fromStdString(column.name);
        auto* nameItem = new QTableWidgetItem(name);
        QFont bold = nameItem->font();
        bold.setBold(true);
        nameItem->setFont(bold);
        table_->setItem(row, kName, nameItem);
        table_->setItem(row, kExamples, new QTableWidgetItem(examplesOf(*p, c)));

        auto* type = new QComboBox(table_);
        type->setToolTip(tr("Automatic uses the type found in the whole file when importing"));
        type->addItem(tr("Automatic (%1)").arg(dataTypeTitle(column.inferred)), QString());
        for (size_t t = 0; t < std::size(kTypes); ++t)
            type->addItem(dataTypeTitle(kTypes[t]), QString(kTypeNames[t]));
        auto* format = new QComboBox(table_);
        format->setToolTip(tr("How the dates of this column are written; the example is the column's first value "
                              "read in that layout"));
        const QString chosen = wizard_->columnType(name);
        const QString base = chosen.section(':', 0, 0);
        type->setCurrentIndex(std::max(0, type->findData(base)));
        fillDateFormatChoices(format, *p, c, chosen.contains(':') ? chosen.section(':', 1) : QString());
        format->setEnabled(base == "date" || base == "timestamp");
        table_->setCellWidget(row, kType, type);
        table_->setCellWidget(row, kFormat, format);
        table_->setItem(row, kCheck, new QTableWidgetItem);
        connect(type, &QComboBox::activated, this, [this, row] { typeEdited(row, true); });
        connect(format, &QComboBox::activated, this, [this, row] { formatChosen(row); });
    }
    table_->resizeColumnsToContents();
    table_->setColumnWidth(kExamples, std::min(table_->columnWidth(kExamples), 220));
    // The check text needs room too: the long layout choices are elided in their combo.
    table_->setColumnWidth(kType, std::min(table_->columnWidth(kType), 200));
    table_->setColumnWidth(kFormat, std::clamp(table_->columnWidth(kFormat), 120, 270));
    rebuilding_ = false;
    updateChecks();
}

void ImportColumnsPage::typeEdited(int row, bool typeChanged)
{
    if (rebuilding_)
        return;
    auto* type = static_cast<QComboBox*>(table_->cellWidget(row, kType));
    auto* format = static_cast<QComboBox*>(table_->cellWidget(row, kFormat));
    const QString name = table_->item(row, kName)->text();
    const QString base = type->currentData().toString();
    const bool timeLike = base == "date" || base == "timestamp";
    format->setEnabled(timeLike);
    QString layout = format->currentData().toString();
    if (typeChanged && timeLike && layout.isEmpty()) { // made a date: its detected layout first
        const DateLayoutGuess guess = wizard_->dateLayout(name);
        if (guess.found())
            layout = QString::fromStdString(guess.layouts.front()->format);
        format->setCurrentIndex(std::max(0, format->findData(layout)));
    }
    QString text = base;
    if (timeLike && !layout.isEmpty() && layout != kCustomDateFormat)
        text += ":" + layout;
    wizard_->setColumnType(name, text);
}

void ImportColumnsPage::formatChosen(int row)
{
    auto* format = static_cast<QComboBox*>(table_->cellWidget(row, kFormat));
    if (format->currentData().toString() == kCustomDateFormat) {
        bool ok = false;
        const QString own = QInputDialog::getText(
            this, tr("Own date format"),
            tr("Write the layout with %d for the day, %m the month, %Y the year, %H hour, %M minute, %S second, "
               "e.g. %d.%m.%Y %H:%M"),
            QLineEdit::Normal, QString(), &ok).trimmed();
        const ImportPreview* p = wizard_->preview();
        if (!ok || own.isEmpty() || !p) {
            rebuild(); // back to the choice in effect
            return;
        }
        fillDateFormatChoices(format, *p, static_cast<size_t>(row), own);
    }
    typeEdited(row, false);
}

void ImportColumnsPage::updateChecks()
{
    if (rebuilding_)
        return;
    for (auto [combo, value] : {std::pair{key_, wizard_->keyColumn()}, std::pair{time_, wizard_->timeColumn()},
                                std::pair{type_, wizard_->typeColumn()}})
        if (combo)
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
    if (policy_)
        policy_->setCurrentIndex(policy_->findData(static_cast<int>(wizard_->duplicatePolicy())));

    const ImportPreview* p = wizard_->preview();
    bool typesOk = true;
    for (int row = 0; p && row < table_->rowCount(); ++row) {
        QTableWidgetItem* check = table_->item(row, kCheck);
        const QString chosen = wizard_->columnType(table_->item(row, kName)->text());
        check->setForeground(QColor(0, 110, 0));
        check->setToolTip({});
        const QString name = table_->item(row, kName)->text();
        if (wizard_->ambiguousDateColumns().contains(name)) {
            check->setText(tr("Dates, but is %1 day first or month first? Choose the date format")
                               .arg(QString::fromStdString(sampleValueFor(*p, static_cast<size_t>(row), ""))));
            check->setForeground(QColor(0xb0, 0x60, 0x00));
            check->setToolTip(check->text());
            continue;
        }
        if (chosen.isEmpty()) {
            check->setText(tr("Guessed from %n row(s)", nullptr, static_cast<int>(p->sample.size())));
            check->setForeground(palette().color(QPalette::PlaceholderText));
            continue;
        }
        std::string error;
        const auto spec = parseTypeSpec(chosen.toStdString(), error);
        if (!spec) {
            check->setText(QString::fromStdString(error));
            check->setForeground(QColor(0xb0, 0x00, 0x20));
            typesOk = false;
            continue;
        }
        const FitCheck fit = checkSampleFit(*p, static_cast<size_t>(row), *spec);
        const DateLayoutGuess guess = wizard_->dateLayout(name);
        const bool detected = guess.found() && chosen == QString::fromStdString(typeSpecText(guess.spec()));
        if (fit.mismatches == 0 && detected) {
            check->setText(tr("Recognised as %1; all sample values fit")
                               .arg(QString::fromStdString(guess.layouts.front()->pattern)));
        } else if (fit.mismatches == 0) {
            check->setText(tr("Fits all sample values"));
        } else {
            check->setText(tr("%n sample value(s) do not fit, e.g. '%1': those rows will be rejected", nullptr,
                              static_cast<int>(fit.mismatches))
                               .arg(QString::fromStdString(fit.firstMismatch)));
            check->setForeground(QColor(0xb0, 0x60, 0x00));
        }
        check->setToolTip(check->text());
    }
    QString problem = wizard_->choicesProblem();
    if (problem.isEmpty() && !typesOk)
        problem = tr("A column type is not valid (see Check).");
    problem_->setText(problem);
    problem_->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

bool ImportColumnsPage::isComplete() const
{
    return wizard_->choicesProblem().isEmpty() && problem_->text().isEmpty();
}

} // namespace seg::ui
