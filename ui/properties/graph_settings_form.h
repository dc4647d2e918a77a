#pragma once
// What the properties panel shows when no node is selected: the graph's name and its as-of
// date (the "today" of relative date conditions), and where its data comes from.
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace seg::ui {

class DataSession;
class Document;

class GraphSettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit GraphSettingsForm(Document* document, QWidget* parent = nullptr);
    void reload();
    // The loaded data: the events' first and last day are shown and marked in the as-of calendar.
    void setDataSession(DataSession* session);
    QLabel* eventsRange() const { return eventsRange_; }

private:
    void showEventsRange();

    Document* document_;
    DataSession* session_ = nullptr;
    bool loading_ = false;
    QLineEdit* name_;
    QCheckBox* fixedAsOf_;
    QDateEdit* asOf_;
    QLabel* customers_;
    QLabel* events_;
    QLabel* eventsRange_;
};

} // namespace seg::ui
