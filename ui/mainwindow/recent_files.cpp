#include "mainwindow/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace seg::ui {

namespace {
constexpr const char* kKey = "files/recent";
}

QStringList recentFiles() { return QSettings().value(kKey).toStringList(); }

void addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kKey, files);
}

void removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(kKey, files);
}

} // namespace seg::ui
