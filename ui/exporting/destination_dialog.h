#pragma once
// Export for a platform (issue 17): the destination preset, which project column feeds each
// identifier, the default phone region, the project's suppression lists (import; checked =
// applied to every export), the target folder, and after the export the summary with the
// members each list removed and the warnings. The preset, mapping and lists are saved with
// the graph as one undoable edit ("Change export settings") when they change.
//
//   auto* dialog = new DestinationDialog(document, session, mainWindow);
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   dialog->open();
#include "exporting/destination_job.h"

#include <QDialog>
#include <QFutureWatcher>

#include <array>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace seg::ui {

class DataSession;
class Document;

class DestinationDialog : public QDialog {
    Q_OBJECT
public:
    DestinationDialog(Document* document, DataSession* session, QWidget* parent = nullptr);
    ~DestinationDialog() override;

    // ---- choices (setters for tests and scripting) ----
    QString preset() const;
    void setPreset(const QString& name);
    QString column(Identifier id) const; // "" when not mapped
    void setColumn(Identifier id, const QString& column);
    QString defaultRegion() const;
    void setDefaultRegion(const QString& region);
    QString folder() const;
    void setFolder(const QString& folder);
    PhoneCheck phoneCheck() const;
    void setPhoneCheck(PhoneCheck check);
    // The graph's segments (ids), and which are chosen for this export (all at first).
    QStringList segmentIds() const;
    bool isSegmentChecked(const QString& id) const;
    void setSegmentChecked(const QString& id, bool on);
    // The project's suppression lists, which are checked (applied to this export) and which
    // are marked "always" (checked when the dialog opens; saved with the graph).
    QStringList listNames() const;
    bool isListChecked(const QString& name) const;
    void setListChecked(const QString& name, bool on);
    bool isListAlways(const QString& name) const;
    void setListAlways(const QString& name, bool on);
    // Imports a suppression CSV into the project (stored hashed beside the graph file, which
    // must be saved first); returns false with a message in the status line.
    bool importList(const QString& csvPath, const QString& name);
    // The settings as chosen, and saving them to the document (one undo step when changed).
    GraphExportSettings settings() const;
    void saveSettings();

    // ---- the export ----
    void startExport();
    bool isExporting() const { return watcher_.isRunning(); }
    void waitForExport();
    QString summary() const;
    QString message() const;
    // After an export stopped for the mapping: the next Export writes anyway.
    bool awaitingMappingConfirmation() const { return mappingConfirmed_; }
    QStringList writtenFiles() const { return written_; }

Q_SIGNALS:
    void exportFinished(bool ok, const QString& message);

private:
    void buildUi();
    void fillFromDocument();
    void browse();
    void importListInteractively();
    void onFinished();
    void fail(const QString& message);
    void mappingChanged();
    void toggleAlways();
    QString mappingReport(const std::vector<MappingFinding>& findings) const;
    void addListItem(const SuppressionListRef& ref, bool checked);

    Document* document_;
    DataSession* session_;
    QComboBox* preset_;
    std::array<QComboBox*, kIdentifierCount> columns_{};
    QLineEdit* region_;
    QComboBox* phoneCheck_;
    QListWidget* segments_;
    QListWidget* lists_;
    QLineEdit* folder_;
    QPushButton* exportButton_;
    QLabel* status_;
    QPlainTextEdit* summary_;
    std::vector<SuppressionListRef> refs_; // the project's lists, in list order
    std::shared_ptr<std::atomic<bool>> cancel_;
    QFutureWatcher<DestinationOutcome> watcher_;
    QStringList written_;
    bool mappingConfirmed_ = false; // the user saw the mapping warnings and exports anyway
};

} // namespace seg::ui
