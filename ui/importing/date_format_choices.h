#pragma once
// The "Date format" choices of the import wizard's columns page: the layouts a marketer knows
// (dd-mm-yyyy, mm/dd/yyyy ...) with an example rendered from the column's own data, so that
// "05/03/2024 = 5 Mar 2024" shows which order is meant. The item data is the strptime
// format written into the graph's "columns" override (empty: ISO), never shown as such.
#include "data/import_preview.h"

#include <QString>

class QComboBox;

namespace seg::ui {

// Item data of the entry that asks for a format of the user's own (strptime syntax).
inline const QString kCustomDateFormat = QStringLiteral("\x01" "custom");

// "dd-mm-yyyy: 05-03-2024 = 5 Mar 2024" (the date written out in the UI language), or just
// the pattern when `value` does not fit the layout.
QString dateLayoutChoiceText(const DateLayout& layout, const std::string& value);

// Fills `combo`: ISO, the known layouts that fit some of the column's sample values (all known
// layouts when none does), a custom format in use, and "Other format...". Selects `current`.
void fillDateFormatChoices(QComboBox* combo, const ImportPreview& preview, size_t column, const QString& current);

// The first non-null sample value of the column that fits `format` (or the first value at all).
std::string sampleValueFor(const ImportPreview& preview, size_t column, const std::string& format);

} // namespace seg::ui
