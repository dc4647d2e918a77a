// Export for a Platform: the dialog's choices as the tests and the dialog itself read and set
// them (preset, mapping, phone check, segments, suppression lists), and the mapping check's
// report. The layout and the export run are in destination_dialog.cpp.
#include "exporting/destination_dialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QLabel>
#include <QPushButton>

namespace seg::ui {
QString DestinationDialog::preset() const { return preset_->currentData().toString(); }
void DestinationDialog::setPreset(const QString& name) { preset_->setCurrentIndex(std::max(0, preset_->findData(name))); }
QString DestinationDialog::column(Identifier id) const
{
    const QComboBox* combo = columns_[static_cast<size_t>(id)];
    return combo ? combo->currentData().toString() : QString();
}
void DestinationDialog::setColumn(Identifier id, const QString& column)
{
    QComboBox* combo = columns_[static_cast<size_t>(id)];
    if (!combo)
        return;
    int index = combo->findData(column);
    if (index < 0 && !column.isEmpty()) { // a saved column the data does not have (yet): keep it
        combo->addItem(column, column);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, index));
}
void DestinationDialog::addListItem(const SuppressionListRef& ref, bool checked)
{
    auto* item = new QListWidgetItem(lists_);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setText(ref.always ? tr("%1 (always)").arg(QString::fromStdString(ref.name)) : QString::fromStdString(ref.name));
}

void DestinationDialog::toggleAlways()
{
    const int row = lists_->currentRow();
    if (row < 0 || row >= static_cast<int>(refs_.size()))
        return;
    setListAlways(QString::fromStdString(refs_[static_cast<size_t>(row)].name), !refs_[static_cast<size_t>(row)].always);
}

bool DestinationDialog::isListAlways(const QString& name) const
{
    const int row = static_cast<int>(listNames().indexOf(name));
    return row >= 0 && refs_[static_cast<size_t>(row)].always;
}

void DestinationDialog::setListAlways(const QString& name, bool on)
{
    const int row = static_cast<int>(listNames().indexOf(name));
    if (row < 0)
        return;
    SuppressionListRef& ref = refs_[static_cast<size_t>(row)];
    ref.always = on;
    lists_->item(row)->setText(on ? tr("%1 (always)").arg(name) : name);
    if (on)
        lists_->item(row)->setCheckState(Qt::Checked);
    saveSettings();
}

PhoneCheck DestinationDialog::phoneCheck() const
{
    return parsePhoneCheck(phoneCheck_->currentData().toString().toStdString()).value_or(PhoneCheck::Length);
}
void DestinationDialog::setPhoneCheck(PhoneCheck check)
{
    phoneCheck_->setCurrentIndex(phoneCheck_->findData(QString::fromStdString(std::string(phoneCheckName(check)))));
}

QStringList DestinationDialog::segmentIds() const
{
    QStringList ids;
    for (int i = 0; i < segments_->count(); ++i)
        ids << segments_->item(i)->data(Qt::UserRole).toString();
    return ids;
}
bool DestinationDialog::isSegmentChecked(const QString& id) const
{
    const int row = static_cast<int>(segmentIds().indexOf(id));
    return row >= 0 && segments_->item(row)->checkState() == Qt::Checked;
}
void DestinationDialog::setSegmentChecked(const QString& id, bool on)
{
    const int row = static_cast<int>(segmentIds().indexOf(id));
    if (row >= 0)
        segments_->item(row)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

void DestinationDialog::mappingChanged()
{
    if (!mappingConfirmed_)
        return;
    mappingConfirmed_ = false; // a new mapping is checked again
    exportButton_->setText(tr("Export"));
}

QString DestinationDialog::defaultRegion() const { return region_->text().trimmed().toUpper(); }
void DestinationDialog::setDefaultRegion(const QString& region) { region_->setText(region); }
QString DestinationDialog::folder() const { return folder_->text().trimmed(); }
void DestinationDialog::setFolder(const QString& folder) { folder_->setText(folder); }
QString DestinationDialog::summary() const { return summary_->toPlainText(); }
QString DestinationDialog::message() const { return status_->text(); }

QStringList DestinationDialog::listNames() const
{
    QStringList names;
    for (const SuppressionListRef& ref : refs_)
        names << QString::fromStdString(ref.name);
    return names;
}

bool DestinationDialog::isListChecked(const QString& name) const
{
    const int row = static_cast<int>(listNames().indexOf(name));
    return row >= 0 && lists_->item(row)->checkState() == Qt::Checked;
}

void DestinationDialog::setListChecked(const QString& name, bool on)
{
    const int row = static_cast<int>(listNames().indexOf(name));
    if (row >= 0)
        lists_->item(row)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}


QString DestinationDialog::mappingReport(const std::vector<MappingFinding>& findings) const
{
    QStringList lines;
    for (const MappingFinding& f : findings) {
        lines << tr("Column '%1' (%2): %3 of %4 values cannot be read as %2.")
                     .arg(QString::fromStdString(f.column), QString::fromStdString(std::string(identifierName(f.identifier))))
                     .arg(f.invalid)
                     .arg(f.checked);
        for (size_t i = 0; i < f.firstRows.size() && i < f.firstValues.size(); ++i) {
            QString value = QString::fromStdString(f.firstValues[i]);
            if (value.size() > 40)
                value = value.left(39) + QChar(0x2026);
            lines << "  " + tr("customer row %1: \"%2\"").arg(f.firstRows[i]).arg(value);
        }
    }
    return lines.join("\n");
}

} // namespace seg::ui
