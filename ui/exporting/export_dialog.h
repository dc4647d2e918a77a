#pragma once
// Export segment members to CSV: one segment into a file, or several into a folder (one file
// per segment, named after the segment like `segstudio-cli run --export`).
//
//   auto* dialog = new ExportDialog(document, session, runner, mainWindow, selection->current());
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   dialog->open();
//
// The graph is run again on the current data in the background and the files are written
// atomically by core (a failed or cancelled export never leaves a half file under the final
// name). Several segments are staged and replace the folder's previous export as a set
// (core's ExportSet): the folder never mixes two exports; its other files stay. Existing
// files are only replaced (or, left from the previous export, removed) after the user confirms. Every choice has a setter,
// so tests and the main window can drive the dialog without clicking.
#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

#include "exporting/export_job.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace seg::ui {

class DataSession;
class Document;
class PreviewRunner;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `segmentId`: the segment to start with (e.g. the selected node); empty: all segments.
    ExportDialog(Document* document, DataSession* session, PreviewRunner* runner, QWidget* parent = nullptr,
                 const QString& segmentId = {});
    ~ExportDialog() override;

    // ---- choices ----
    QStringList segmentIds() const; // every segment of the graph, in graph order
    QStringList checkedSegments() const;
    void setCheckedSegments(const QStringList& ids);
    // A file when one segment is checked, a folder otherwise.
    QString target() const;
    void setTarget(const QString& path);
    bool isFolderTarget() const { return checkedSegments().size() != 1; }
    // Each segment's own export columns from the graph (default with several segments), or
    // the columns checked in the list for all of them.
    bool usesSegmentColumns() const;
    void setUseSegmentColumns(bool on);
    QStringList availableColumns() const; // customer columns, then derived columns
    QStringList columns() const;          // checked, in list order
    void setColumns(const QStringList& columns);
    char delimiter() const;
    void setDelimiter(char delimiter);
    bool bom() const;
    void setBom(bool on);
    bool spreadsheetSafe() const;
    void setSpreadsheetSafe(bool on);
    QStringList plannedFiles() const; // absolute paths the export will write, in order

    // Asked with the planned files that already exist; returns whether to replace them.
    // Default: a message box.
    void setOverwriteConfirmation(std::function<bool(const QStringList& existing)> confirm);

    // ---- the export ----
    void startExport();
    void cancelExport();
    bool isExporting() const { return watcher_.isRunning(); }
    void waitForExport();
    QStringList writtenFiles() const { return written_; }
    QString message() const; // the status line: result or error

Q_SIGNALS:
    void exportStarted();
    void exportProgress(double fraction);
    void exportFinished(bool ok, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    void buildUi();
    void fillSegments(const QString& startWith);
    void fillColumns();
    void segmentsChanged();
    void columnModeChanged();
    void updateTargetUi();
    void browse();
    void onFinished();
    void setBusy(bool busy);
    std::vector<SegmentExport> plan() const;

    Document* document_;
    DataSession* session_;
    PreviewRunner* runner_;
    QListWidget* segments_;
    QLabel* targetLabel_;
    QLineEdit* target_;
    QLabel* filesHint_;
    QCheckBox* ownColumns_;
    QListWidget* columns_;
    QComboBox* delimiter_;
    QCheckBox* bom_;
    QCheckBox* safe_;
    QProgressBar* progress_;
    QLabel* status_;
    QDialogButtonBox* buttons_;
    QPushButton* exportButton_;
    QString folder_;       // where a single segment's file goes, remembered across switches
    QString exportFolder_; // several segments: a folder of their own (default "exports" beside the project)
    QString file_;
    bool wasSingle_ = true;   // to default "own columns" on when going to several segments
    bool fileChosen_ = false; // the user typed or browsed a file name: keep it
    std::function<bool(const QStringList&)> confirmOverwrite_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    QFutureWatcher<ExportOutcome> watcher_;
    QStringList written_;
};

} // namespace seg::ui
