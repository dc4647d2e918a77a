#pragma once
// The user-interface language: "" follows the system, or "en", "de", "fr", "es". Chosen in
// Preferences, stored in QSettings, applied at start-up (Qt widgets do not retranslate live).
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace seg::ui {

QStringList availableLanguages(); // language codes with a compiled translation, plus "en"
QString languageName(const QString& code); // in that language ("Deutsch")
QString configuredLanguage();
void setConfiguredLanguage(const QString& code);
// Installs the translators for `code` (or the configured / system language) on the app.
void installTranslations(QCoreApplication& app, const QString& code = QString());

} // namespace seg::ui
