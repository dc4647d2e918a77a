#pragma once
// Wizard page 1: which CSV file to import (typed, browsed, or dropped onto the page).
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace seg::ui {

class ImportWizard;

class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard* wizard);
    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void browse();
    void refresh();

    ImportWizard* wizard_;
    QLineEdit* path_;
    QLabel* status_;
};

} // namespace seg::ui
