#pragma once
// The data-quality report of one imported file: row counts, duplicate IDs and the policy that
// handled them, unknown event IDs, missing values per column, and every rejected row with its
// line number and reason. Also usable outside the wizard (e.g. a "last import" dialog).
#include "data/importer.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace seg::ui {

class ImportReportView : public QWidget {
    Q_OBJECT
public:
    explicit ImportReportView(QWidget* parent = nullptr);
    // `policy` is the duplicate-ID policy used (customers only).
    void setReport(const ImportReport& report, DuplicateKeyPolicy policy);
    void clear();
    // Drift of this import against the workspace's last import of the same data (warnings in
    // plain words from core/workspace importDrift); empty: none shown.
    void setDrift(const QStringList& drift);
    QString driftText() const;

    // For tests: the summary text and the tables.
    QString summaryText() const;
    QTableWidget* columnsTable() const { return columns_; }
    QTableWidget* rejectsTable() const { return rejects_; }

    static constexpr int kMaxShownRejects = 1000; // more are counted, not listed

private:
    QLabel* summary_;
    QLabel* drift_;
    QTableWidget* columns_;
    QLabel* rejectsTitle_;
    QTableWidget* rejects_;
};

} // namespace seg::ui
