#pragma once
// The Data dock: what is loaded: file, rows, and each column's type, nulls and distinct values
// (from the import report), for customers and events.
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace seg::ui {

class DataSession;

class DataPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataPanel(DataSession* data, QWidget* parent = nullptr);

private:
    void refresh();

    DataSession* data_;
    QLabel* summary_;
    QTreeWidget* columns_;
};

} // namespace seg::ui
