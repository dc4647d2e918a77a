// segstudio: the desktop application. Everything lives in ui/ and core/; this only starts it.
#include "mainwindow/language.h"
#include "mainwindow/main_window.h"
#include "mainwindow/preferences_dialog.h"
#include "recovery/crash_recovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName("SegmentStudio");
    QApplication::setApplicationName("Segment Studio");
    QApplication::setApplicationVersion(SEG_VERSION);
    // The packaged desktop entry and icon (packaging/): window managers match windows to them.
    QApplication::setDesktopFileName("org.segmentstudio.SegmentStudio");
    QApplication::setWindowIcon(QIcon(":/icons/org.segmentstudio.SegmentStudio.png"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Design, check and export customer segments."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption language("language", QApplication::translate("main", "Interface language (en, de, fr, es)."),
                                "code");
    QCommandLineOption screenshots("screenshots",
                                   QApplication::translate("main", "Save screenshots of the main views to <dir> and quit."),
                                   "dir");
    parser.addOption(language);
    parser.addOption(screenshots);
    parser.addPositionalArgument("project", QApplication::translate("main", "A .segment.json project to open."));
    parser.process(app);

    seg::ui::installTranslations(app, parser.value(language));
    seg::ui::MainWindow window;
    seg::ui::applyRunSettings(window.previewRunner());
    window.show();
    // Autosave into a recovery entry of this instance; offer what a crashed one left behind.
    // Destroyed before the window on a clean exit, which removes this instance's entry.
    auto recovery = std::make_unique<seg::ui::CrashRecovery>(&window);
    const bool restored = !parser.isSet(screenshots) && recovery->offerRestore();
    if (!restored && !parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first(), true);
    if (parser.isSet(screenshots))
        window.takeScreenshots(parser.value(screenshots), [&app] { app.quit(); });
    const int status = app.exec();
    recovery.reset();
    return status;
}
