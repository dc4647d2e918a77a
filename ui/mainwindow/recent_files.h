#pragma once
// The "Open Recent" list, kept in QSettings (most recent first, at most kMaxRecentFiles).
#include <QStringList>

namespace seg::ui {

constexpr int kMaxRecentFiles = 8;

QStringList recentFiles();
void addRecentFile(const QString& path);
void removeRecentFile(const QString& path);

} // namespace seg::ui
