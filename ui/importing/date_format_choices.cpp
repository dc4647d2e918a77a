#include "importing/date_format_choices.h"

#include "data/types.h"
#include "importing/import_wizard.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDate>
#include <QLocale>

namespace seg::ui {

namespace {

bool anyValueFits(const ImportPreview& preview, size_t column, const std::string& format)
{
    for (const auto& cells : preview.sample)
        if (column < cells.size() && !cells[column].null && parseTimestampWithFormat(cells[column].text, format))
            return true;
    return false;
}

} // namespace

std::string sampleValueFor(const ImportPreview& preview, size_t column, const std::string& format)
{
    std::string first;
    for (const auto& cells : preview.sample) {
        if (column >= cells.size() || cells[column].null)
            continue;
        if (format.empty() || parseTimestampWithFormat(cells[column].text, format))
            return cells[column].text;
        if (first.empty())
            first = cells[column].text;
    }
    return first;
}

QString dateLayoutChoiceText(const DateLayout& layout, const std::string& value)
{
    const QString pattern = QString::fromStdString(layout.pattern);
    const auto micros = parseTimestampWithFormat(value, layout.format);
    if (!micros)
        return pattern;
    const int32_t day = dayOfTimestamp(*micros);
    const QDate date = QDate(1970, 1, 1).addDays(day);
    QString readable = QLocale().toString(date, QStringLiteral("d MMM yyyy"));
    if (layout.type == DataType::Timestamp) {
        const int64_t seconds = (*micros - int64_t{day} * kMicrosPerDay) / kMicrosPerSecond;
        readable += QStringLiteral(" %1:%2").arg(seconds / 3600, 2, 10, QChar('0')).arg(seconds / 60 % 60, 2, 10, QChar('0'));
    }
    return ImportWizard::tr("%1: %2 = %3").arg(pattern, QString::fromStdString(value), readable);
}

void fillDateFormatChoices(QComboBox* combo, const ImportPreview& preview, size_t column, const QString& current)
{
    combo->clear();
    combo->addItem(ImportWizard::tr("ISO: 2024-12-31 or 2024-12-31 14:30"), QString());
    const auto& layouts = knownDateLayouts();
    bool anyFits = false;
    for (const DateLayout& layout : layouts)
        anyFits = anyFits || anyValueFits(preview, column, layout.format);
    for (const DateLayout& layout : layouts) {
        const QString format = QString::fromStdString(layout.format);
        if (anyFits && format != current && !anyValueFits(preview, column, layout.format))
            continue; // a layout no value is written in is noise in the list
        combo->addItem(dateLayoutChoiceText(layout, sampleValueFor(preview, column, layout.format)), format);
    }
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(ImportWizard::tr("Own format: %1").arg(current), current);
    combo->addItem(ImportWizard::tr("Other format..."), kCustomDateFormat);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24); // the list shows whole entries
}

} // namespace seg::ui
