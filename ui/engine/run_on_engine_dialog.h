#pragma once
// Run > Run on SQL Engine: runs the graph where the data lives (SQLite file, PostgreSQL, ...)
// in the background with Cancel, optionally loading the current data into the engine first,
// and shows each segment's size and each remote query's time. The URL is remembered without
// its password; the password is typed each session.
//
//   RunOnEngineDialog dialog(document, session, parent); dialog.exec();
#include "exec/run_result.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace seg::ui {

class DataSession;
class Document;

class RunOnEngineDialog : public QDialog {
    Q_OBJECT
public:
    RunOnEngineDialog(Document* document, DataSession* session, QWidget* parent = nullptr);
    ~RunOnEngineDialog() override;

    void setUrl(const QString& url);
    void setPassword(const QString& password);
    void setLoadFirst(bool on);
    void start();
    void cancel();
    bool isRunning() const { return watcher_.isRunning(); }
    // After a run: the result (null on failure) and the message shown.
    std::shared_ptr<const RunResult> result() const { return result_; }
    QString message() const;

Q_SIGNALS:
    void finished(bool ok, const QString& message);

protected:
    void reject() override;

private:
    struct Outcome {
        std::shared_ptr<const RunResult> result;
        QString error;
        QString loaded;
    };
    void onFinished();
    void showResult();

    Document* document_;
    DataSession* session_;
    QLineEdit* url_;
    QLineEdit* password_;
    QCheckBox* loadFirst_;
    QPushButton* runButton_;
    QPushButton* cancelButton_;
    QProgressBar* busy_;
    QLabel* status_;
    QTreeWidget* table_;
    QFutureWatcher<Outcome> watcher_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<const RunResult> result_;
};

} // namespace seg::ui
