#pragma once
// Wizard page 1: which CSV file to import (typed, browsed, or dropped onto the page).
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTimer;

namespace seg::ui {

class ImportWizard;

class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard* wizard);
    bool isComplete() const override;
    bool validatePage() override; // Next with a typed path reads it first

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void browse();
    void refresh();
    bool typedPathIsPending() const; // the field names another file than the preview's
    void applyTypedPath();

    ImportWizard* wizard_;
    QLineEdit* path_;
    QLabel* status_;
    QTimer* typingPause_;
};

} // namespace seg::ui
