#include "mainwindow/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace seg::ui {

namespace {
constexpr const char* kKey = "ui/language";
constexpr const char* kTranslationPrefix = ":/i18n/segstudio_";
}

QStringList availableLanguages()
{
    QStringList codes{"en"};
    for (const QString code : {"de", "fr", "es"})
        if (QFile::exists(kTranslationPrefix + code + ".qm"))
            codes << code;
    return codes;
}

QString languageName(const QString& code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString configuredLanguage() { return QSettings().value(kKey).toString(); }

void setConfiguredLanguage(const QString& code) { QSettings().setValue(kKey, code); }

void installTranslations(QCoreApplication& app, const QString& requested)
{
    // English plural forms first ("%n node(s)" -> "1 node", "2 nodes"); a language installed
    // after it takes precedence.
    auto* english = new QTranslator(&app);
    if (english->load(QString(kTranslationPrefix) + "en.qm"))
        QCoreApplication::installTranslator(english);
    QString code = requested.isEmpty() ? configuredLanguage() : requested;
    if (code.isEmpty())
        code = QLocale::system().name().left(2);
    if (code == "en" || !availableLanguages().contains(code))
        return;
    auto* own = new QTranslator(&app);
    if (own->load(kTranslationPrefix + code + ".qm"))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, QWizard, file dialogs) from the system's Qt.
    auto* qt = new QTranslator(&app);
    if (qt->load("qtbase_" + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace seg::ui
