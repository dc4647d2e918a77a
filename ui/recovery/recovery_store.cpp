#include "recovery/recovery_store.h"

#include "document/safe_file.h"
#include "graph/graph_io.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace seg::ui {

namespace {

const char* const kEntrySuffix = ".segment.json";
const char* const kLockSuffix = ".lock";
const char* const kNoteKey = "recovery";

QString entryId(const QString& fileName)
{
    return fileName.endsWith(kEntrySuffix) ? fileName.chopped(static_cast<int>(std::strlen(kEntrySuffix)))
                                           : fileName.chopped(static_cast<int>(std::strlen(kLockSuffix)));
}

// The fd with an exclusive flock, or -1 when another process (or another open of the same
// file in this one) holds it or the file cannot be opened.
int lockFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

std::filesystem::path fsPath(const QString& path) { return std::filesystem::path(QFile::encodeName(path).toStdString()); }

} // namespace

RecoveryClaim::~RecoveryClaim()
{
    if (fd_ >= 0)
        ::close(fd_);
}

std::optional<Graph> RecoveryClaim::load(QString* error) const
{
    QFile file(entry_.file);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("seg::ui::RecoveryStore", "cannot read %1: %2").arg(entry_.file, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    const QString base = entry_.originalPath.isEmpty() ? QString() : QFileInfo(entry_.originalPath).absolutePath();
    GraphLoadResult result = parseGraph(std::string_view(text.constData(), static_cast<size_t>(text.size())),
                                        QFileInfo(entry_.file).fileName().toStdString(), fsPath(base));
    if (!result.graph) {
        if (error)
            *error = result.diagnostics.empty() ? QString() : QString::fromStdString(result.diagnostics.front().toString());
        return std::nullopt;
    }
    if (result.graph->ui.is_object()) {
        result.graph->ui.erase(kNoteKey);
        if (result.graph->ui.empty())
            result.graph->ui = Json();
    }
    return std::move(result.graph);
}

void RecoveryClaim::discard()
{
    QFile::remove(entry_.file);
    QFile::remove(entry_.file.chopped(static_cast<int>(std::strlen(kEntrySuffix))) + kLockSuffix);
}

QString RecoveryStore::defaultFolder()
{
    const QString overridden = qEnvironmentVariable("SEGSTUDIO_RECOVERY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + "/recovery";
}

RecoveryStore::RecoveryStore(const QString& folder) : folder_(folder.isEmpty() ? defaultFolder() : folder)
{
    if (!QDir().mkpath(folder_)) {
        error_ = QCoreApplication::translate("seg::ui::RecoveryStore", "cannot create the recovery folder %1").arg(folder_);
        return;
    }
    for (int attempt = 0; attempt < 8 && lockFd_ < 0; ++attempt) {
        id_ = QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        const QString lock = folder_ + "/" + id_ + kLockSuffix;
        if (QFileInfo::exists(lock))
            continue;
        lockFd_ = lockFile(lock);
        if (lockFd_ < 0)
            error_ = QCoreApplication::translate("seg::ui::RecoveryStore", "cannot create %1: %2").arg(lock, QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (lockFd_ >= 0)
        error_.clear();
}

RecoveryStore::~RecoveryStore()
{
    if (lockFd_ < 0)
        return;
    removeOwn();
    QFile::remove(folder_ + "/" + id_ + kLockSuffix); // before the unlock: no one can take it for an orphan
    ::close(lockFd_);
}

QString RecoveryStore::ownFile() const { return folder_ + "/" + id_ + kEntrySuffix; }

bool RecoveryStore::write(const Graph& graph, const QString& originalPath, const QDateTime& savedAt, QString* error)
{
    if (lockFd_ < 0) {
        if (error)
            *error = error_;
        return false;
    }
    Graph copy = graph;
    // Absolute dataset paths: the entry lives far from the project's folder.
    copy.customers.path = copy.customers.path.empty() ? std::string() : copy.resolve(copy.customers.path).lexically_normal().string();
    if (copy.events && !copy.events->path.empty())
        copy.events->path = copy.resolve(copy.events->path).lexically_normal().string();
    if (!copy.ui.is_object())
        copy.ui = Json::object();
    copy.ui[kNoteKey] = Json{{"original", originalPath.toStdString()},
                             {"saved_at", savedAt.toUTC().toString(Qt::ISODateWithMs).toStdString()},
                             {"pid", QCoreApplication::applicationPid()}};
    std::string text;
    try {
        text = graphToJson(copy).dump(2) + "\n";
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return writeFileAtomically(ownFile(), QByteArray::fromStdString(text), error);
}

void RecoveryStore::removeOwn()
{
    if (lockFd_ >= 0)
        QFile::remove(ownFile());
}

std::vector<std::unique_ptr<RecoveryClaim>> RecoveryStore::claimOrphans() const
{
    std::vector<std::unique_ptr<RecoveryClaim>> out;
    const QDir dir(folder_);
    const QStringList locks = dir.entryList({QStringLiteral("*") + kLockSuffix}, QDir::Files);
    for (const QString& name : locks) {
        const QString id = entryId(name);
        if (id == id_ || QFileInfo::exists(dir.filePath(id + kEntrySuffix)))
            continue;
        if (const int fd = lockFile(dir.filePath(name)); fd >= 0) { // a lock nobody holds and no entry
            QFile::remove(dir.filePath(name));
            ::close(fd);
        }
    }
    const QStringList entries = dir.entryList({QStringLiteral("*") + kEntrySuffix}, QDir::Files);
    for (const QString& name : entries) {
        const QString id = entryId(name);
        if (id == id_)
            continue;
        const int fd = lockFile(dir.filePath(id + kLockSuffix));
        if (fd < 0)
            continue; // its instance is alive
        RecoveryEntry entry;
        entry.file = dir.filePath(name);
        entry.savedAt = QFileInfo(entry.file).lastModified().toUTC();
        QFile file(entry.file);
        if (file.open(QIODevice::ReadOnly)) { // the note only; a broken file is still offered (and then refused)
            try {
                const Json j = Json::parse(file.readAll().toStdString());
                if (j.contains("name") && j["name"].is_string())
                    entry.projectName = QString::fromStdString(j["name"].get<std::string>());
                const Json note = j.value("ui", Json::object()).value(kNoteKey, Json::object());
                entry.originalPath = QString::fromStdString(note.value("original", std::string()));
                const QDateTime at = QDateTime::fromString(QString::fromStdString(note.value("saved_at", std::string())), Qt::ISODateWithMs);
                if (at.isValid())
                    entry.savedAt = at.toUTC();
            } catch (const std::exception&) {
            }
        }
        out.push_back(std::make_unique<RecoveryClaim>(std::move(entry), fd));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a->entry().savedAt > b->entry().savedAt; });
    return out;
}

} // namespace seg::ui
