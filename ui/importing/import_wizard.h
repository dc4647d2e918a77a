#pragma once
// The import wizard: File > Import customers / Import events, or a CSV dropped on the window.
//
//   auto* wizard = new ImportWizard(ImportKind::Customers, document, session, mainWindow, droppedPath);
//   wizard->setAttribute(Qt::WA_DeleteOnClose);
//   wizard->open();
//
// Pages: the file; its format (delimiter, encoding, NULL markers) with a preview of the first
// rows; the columns (type per column, key column(s), duplicate-key policy); the import itself
// in the background with the data-quality report. The import runs through
// DataSession::startImport, so the session's dataset changes when it succeeds; Finish then
// records the dataset settings in the document with ONE Document::changeSettings (undoable),
// and Cancel puts the previous dataset back. Every choice also has a setter, so tests and the
// main window can drive the wizard without clicking.
#include "data/import_preview.h"
#include "data/importer.h"
#include "util/json.h"

#include <QString>
#include <QStringList>
#include <QWizard>

#include <memory>
#include <optional>

class QMimeData;

namespace seg {
struct Dataset;
}

namespace seg::ui {

class DataSession;
class Document;

enum class ImportKind { Customers, Events };

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    ImportWizard(ImportKind kind, Document* document, DataSession* session, QWidget* parent = nullptr,
                 const QString& initialPath = {});
    ~ImportWizard() override;

    ImportKind kind() const { return kind_; }
    Document* document() const { return document_; }

    // ---- the file and its format (each change reads the preview again) ----
    QString filePath() const { return path_; }
    void setFilePath(const QString& path);
    const ImportPreview* preview() const { return preview_ ? &*preview_ : nullptr; }
    QString previewError() const { return previewError_; } // why the file cannot be previewed
    std::optional<char> delimiter() const { return options_.delimiter; } // absent: detected
    void setDelimiter(std::optional<char> delimiter);
    std::optional<QString> encoding() const; // absent: detected
    void setEncoding(const std::optional<QString>& encoding);
    QStringList nullMarkers() const;
    void setNullMarkers(const QStringList& markers);

    // ---- columns ----
    // Type override of a column as in the graph file ("int", "date:%d-%m-%Y"); empty: inferred.
    QString columnType(const QString& column) const;
    void setColumnType(const QString& column, const QString& typeText);
    // Non-ISO date layouts are detected when a file is chosen: a column whose sample fits one
    // layout gets that layout as its override ("date:%d-%m-%Y"); a column that fits two (the
    // day/month order is ambiguous) is listed here until the user picks its type.
    DateLayoutGuess dateLayout(const QString& column) const;
    QStringList ambiguousDateColumns() const { return ambiguousDates_; }
    QString keyColumn() const { return key_; } // customers: empty = row number; events: required
    void setKeyColumn(const QString& column);
    QString timeColumn() const { return time_; }
    void setTimeColumn(const QString& column);
    QString typeColumn() const { return eventType_; }
    void setTypeColumn(const QString& column);
    DuplicateKeyPolicy duplicatePolicy() const { return policy_; }
    void setDuplicatePolicy(DuplicateKeyPolicy policy);

    // What Finish writes into the document (path relative to the project file when it has one).
    DatasetSpec datasetSpec() const;
    // Empty when the choices can be imported; otherwise what is missing, for the user.
    QString choicesProblem() const;

    // ---- the import ----
    void startImport();
    void cancelImport();
    bool isImporting() const { return importing_; }
    bool importSucceeded() const { return imported_ != nullptr; }
    // The report of the imported file (customers or events) after a successful import.
    const ImportReport* report() const;
    QString importMessage() const { return importMessage_; }
    // The last import of this data kept in the open workspace and its settings: the report
    // page then shows the drift of the new import against it (core/workspace importDrift).
    void setDriftBaseline(const ImportReport& previous, const Json& settings);
    QStringList drift() const; // empty without a baseline or an import

    void accept() override; // Finish: one undoable settings change
    void reject() override; // Cancel: stops an import, keeps the previous data

Q_SIGNALS:
    void previewChanged();  // file, format or preview changed
    void choicesChanged();  // a column type, key column or policy changed
    void importStarted();
    void importProgress(double fraction);
    void importFinished(bool ok, const QString& message);

private:
    void readPreview();
    void detectDateLayouts();
    void adoptSpec(const DatasetSpec& spec); // choices from the graph's current dataset
    void onSessionFinished(bool ok, const QString& message);
    std::optional<DatasetSpec> currentSpec() const;

    ImportKind kind_;
    Document* document_;
    DataSession* session_;
    QString path_;
    PreviewOptions options_;
    std::optional<ImportPreview> preview_;
    QString previewError_;
    std::vector<std::pair<std::string, std::string>> columnTypes_;
    QStringList ambiguousDates_;
    QString key_, time_, eventType_;
    DuplicateKeyPolicy policy_ = DuplicateKeyPolicy::KeepLast;

    std::shared_ptr<const Dataset> previousData_;
    std::shared_ptr<const Dataset> imported_;
    bool importing_ = false;
    QString importMessage_;
    std::optional<ImportReport> driftBaseline_;
    Json driftSettings_;
};

QString dataTypeTitle(DataType type); // "Whole number", "Date", ... (translated)

// For the main window's drag and drop: the first dropped local file that looks like a CSV
// (.csv, .tsv, .txt), or empty when the drop holds none.
QString droppedCsvPath(const QMimeData* mime);

} // namespace seg::ui
