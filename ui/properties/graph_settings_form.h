#pragma once
// What the properties panel shows when no node is selected: the graph's name and its as-of
// date (the "today" of relative date conditions), and where its data comes from.
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace seg::ui {

class Document;

class GraphSettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit GraphSettingsForm(Document* document, QWidget* parent = nullptr);
    void reload();

private:
    Document* document_;
    bool loading_ = false;
    QLineEdit* name_;
    QCheckBox* fixedAsOf_;
    QDateEdit* asOf_;
    QLabel* customers_;
    QLabel* events_;
};

} // namespace seg::ui
