#include "session/data_session.h"

#include "session/column_stats_cache.h"
#include "util/error.h"
#include "workspace/workspace.h"

#include <QLocale>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>

namespace seg::ui {

DataSession::DataSession(QObject* parent) : QObject(parent), columnStats_(new ColumnStatsCache(this))
{
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &DataSession::onImportDone);
}

DataSession::~DataSession()
{
    cancelImport();
    waitForImport();
}

void DataSession::startImport(const ImportRequest& request)
{
    startJob([request](const std::function<void(double)>& progress, std::atomic<bool>* cancel) {
        std::optional<std::filesystem::path> eventsPath;
        if (request.events && !request.eventsPath.isEmpty())
            eventsPath = std::filesystem::path(request.eventsPath.toStdString());
        return loadDataset(request.customers, std::filesystem::path(request.customersPath.toStdString()),
                           eventsPath ? request.events : std::nullopt, eventsPath, progress, cancel);
    });
}

void DataSession::startWorkspaceLoad(const QString& workspacePath)
{
    startJob([workspacePath](const std::function<void(double)>& progress, std::atomic<bool>*) {
        const WorkspaceInfo info = openWorkspace(std::filesystem::path(workspacePath.toStdString()));
        progress(0.1);
        return loadWorkspaceData(info);
    });
}

void DataSession::startJob(Loader loader)
{
    if (importing_) {
        cancelImport();
        waitForImport();
    }
    importing_ = true;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    Q_EMIT importStarted();

    // Progress comes from an import thread: hop to the GUI thread, and only for visible steps.
    QPointer<DataSession> self(this);
    auto lastPercent = std::make_shared<std::atomic<int>>(-1);
    auto progress = [self, lastPercent](double fraction) {
        const int percent = static_cast<int>(fraction * 100);
        if (percent == lastPercent->exchange(percent))
            return;
        QMetaObject::invokeMethod(self, [self, fraction] {
            if (self)
                Q_EMIT self->importProgress(fraction);
        }, Qt::QueuedConnection);
    };
    const uint64_t version = nextVersion_++;
    auto cancel = cancel_;
    watcher_.setFuture(QtConcurrent::run([loader = std::move(loader), progress, cancel, version]() -> Outcome {
        Outcome out;
        try {
            auto data = std::make_shared<Dataset>(loader(progress, cancel.get()));
            data->version = version;
            out.dataset = std::move(data);
        } catch (const Cancelled&) {
            out.cancelled = true;
        } catch (const std::exception& e) {
            out.error = QString::fromStdString(e.what());
        }
        return out;
    }));
}

void DataSession::cancelImport()
{
    if (cancel_)
        cancel_->store(true);
}

void DataSession::waitForImport()
{
    if (importing_) {
        watcher_.waitForFinished();
        onImportDone();
    }
}

void DataSession::onImportDone()
{
    if (!importing_)
        return; // already handled by waitForImport
    importing_ = false;
    const Outcome out = watcher_.result();
    if (out.cancelled) {
        Q_EMIT importFinished(false, tr("Import cancelled; the previous data is still loaded."));
        return;
    }
    if (!out.dataset) {
        Q_EMIT importFinished(false, out.error);
        return;
    }
    dataset_ = out.dataset;
    columnStats_->clear();
    const QLocale locale;
    QString summary = tr("Imported %1 customers").arg(locale.toString(static_cast<qulonglong>(dataset_->customers.rows())));
    if (dataset_->events)
        summary += tr(" and %1 events").arg(locale.toString(static_cast<qulonglong>(dataset_->events->rows())));
    if (!dataset_->eventsError.empty())
        summary += tr("; events not loaded: %1").arg(QString::fromStdString(dataset_->eventsError));
    Q_EMIT datasetChanged();
    Q_EMIT importFinished(true, summary);
}

void DataSession::setDataset(std::shared_ptr<const Dataset> dataset)
{
    dataset_ = std::move(dataset);
    columnStats_->clear();
    Q_EMIT datasetChanged();
}

} // namespace seg::ui
