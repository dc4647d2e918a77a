#pragma once
// The "Compare strategies" part of the timing profile: a button that runs sequential, parallel
// and hybrid on the current graph and data in the background (progress, Cancel), then a table
// and a bar chart of the median times with the speedup over sequential.
// Usage: auto* v = new StrategyCompareView(document, session); v->setThreads(n).
#include "timing/strategy_compare.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace seg::ui {

class DataSession;
class Document;

class StrategyCompareView : public QWidget {
    Q_OBJECT
public:
    StrategyCompareView(Document* document, DataSession* data, QWidget* parent = nullptr);
    ~StrategyCompareView() override;

    void setThreads(int threads) { threads_ = threads; }
    void setRepetitions(int repetitions);
    void start();   // what the button does
    void cancel();
    bool isRunning() const { return running_; }
    bool waitForFinished(int timeoutMs = 60000); // tests

    const std::optional<StrategyComparison>& comparison() const { return comparison_; }
    QString statusText() const;
    QTableWidget* table() const { return table_; }
    QCustomPlot* plot() const { return plot_; }

Q_SIGNALS:
    void finished(bool ok);

private:
    struct Outcome {
        std::optional<StrategyComparison> comparison;
        QString error;
        bool cancelled = false;
    };
    void onDone();
    void showComparison();

    Document* document_;
    DataSession* data_;
    int threads_ = 0;
    bool running_ = false;
    std::shared_ptr<std::atomic<bool>> cancel_;
    QFutureWatcher<Outcome> watcher_;
    std::optional<StrategyComparison> comparison_;

    QPushButton* run_;
    QPushButton* cancelButton_;
    QSpinBox* repetitions_;
    QProgressBar* progress_;
    QLabel* status_;
    QTableWidget* table_;
    QCustomPlot* plot_;
};

} // namespace seg::ui
