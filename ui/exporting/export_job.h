#pragma once
// The work behind the export dialog, without widgets: run the graph on the current data (so the
// files match what `segstudio-cli run --export` writes for the same graph), then write each
// chosen segment's members with core's atomic CSV export. Runs on a worker thread; progress and
// cancel as core does them. Kept apart from the dialog so it can be tested on its own.
#include "data/dataset.h"
#include "export/csv_export.h"
#include "graph/graph.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace seg::ui {

struct SegmentExport {
    std::string segmentId;
    QString file;                     // absolute path of the CSV to write
    std::vector<std::string> columns; // empty: the key column only
};

struct ExportJob {
    Graph graph;
    std::shared_ptr<const Dataset> data;
    std::vector<SegmentExport> segments;
    ExportOptions format; // delimiter, bom, spreadsheetSafe; columns/progress/cancel are set per file
    // Non-empty: the segments' files all lie in this folder and are replaced as a set
    // (core's ExportSet, ListedFiles: the last export's files go, the folder's other files stay).
    QString folder;
};

struct ExportOutcome {
    QStringList written;  // files written completely, in order
    QString error;        // names the file (or segment) that failed; empty on success
    bool cancelled = false;
    bool replacedAsSet = true; // false: the folder's files were replaced one by one (see ExportSet)
};

// Writes the segments in order and stops at the first failure. Into a folder (`job.folder`)
// nothing is in place before every file is written: a failure or a cancel leaves the folder
// as it was. A single file is replaced atomically. `progress` gets 0..1 and may be empty.
ExportOutcome runExportJob(const ExportJob& job, const std::function<void(double)>& progress,
                           const std::atomic<bool>* cancel);

} // namespace seg::ui
