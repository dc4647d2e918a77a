#pragma once
// The data the open project runs on. Imports run on a worker thread with progress and
// cancel; the previous dataset stays in use until a new one is complete, so a failed or
// cancelled import loses nothing.
#include "data/dataset.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace seg::ui {

class ColumnStatsCache;

struct ImportRequest {
    DatasetSpec customers;
    QString customersPath; // absolute
    std::optional<DatasetSpec> events;
    QString eventsPath;    // absolute; empty when no events
};

class DataSession : public QObject {
    Q_OBJECT
public:
    explicit DataSession(QObject* parent = nullptr);
    ~DataSession() override;

    std::shared_ptr<const Dataset> dataset() const { return dataset_; }
    // Statistics of the dataset's columns for the value pickers (computed in the background).
    ColumnStatsCache* columnStats() const { return columnStats_; }
    bool isImporting() const { return importing_; }

    void startImport(const ImportRequest& request);
    // The datasets a workspace (.segstudio) keeps, decoded on a worker thread like an import
    // (the CSV files are not read: they may have moved or changed).
    void startWorkspaceLoad(const QString& workspacePath);
    void cancelImport();
    // Replaces the dataset directly (tests, and data generated in memory).
    void setDataset(std::shared_ptr<const Dataset> dataset);
    // Blocks until a running import has finished (tests, and closing the window).
    void waitForImport();

Q_SIGNALS:
    void importStarted();
    void importProgress(double fraction); // 0..1, on the GUI thread
    void importFinished(bool ok, const QString& message); // message: error, "cancelled", or a summary
    void datasetChanged();

private:
    struct Outcome {
        std::shared_ptr<const Dataset> dataset;
        QString error;
        bool cancelled = false;
    };
    using Loader = std::function<Dataset(const std::function<void(double)>& progress, std::atomic<bool>* cancel)>;
    void startJob(Loader loader);
    void onImportDone();

    std::shared_ptr<const Dataset> dataset_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    QFutureWatcher<Outcome> watcher_;
    bool importing_ = false;
    uint64_t nextVersion_ = 1;
    ColumnStatsCache* columnStats_;
};

} // namespace seg::ui
