#pragma once
// The Data dock: what is loaded: file, rows, and each column's type, nulls and distinct values
// (from the import report), for customers and events; and, for a workspace, the data drift of
// this import against the one before it (warnings in plain words, naming column and values).
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace seg::ui {

class DataSession;

class DataPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataPanel(DataSession* data, QWidget* parent = nullptr);
    // Drift warnings ("customers: column 'age' changed type from int to string"); empty: none.
    void setDrift(const QStringList& drift);
    QString driftText() const;

private:
    void refresh();

    DataSession* data_;
    QLabel* summary_;
    QLabel* drift_;
    QTreeWidget* columns_;
};

} // namespace seg::ui
