#pragma once
// Wizard page 4: the import itself, in the background with progress and Cancel, then the
// data-quality report. Finish is enabled once the import succeeded.
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace seg::ui {

class ImportReportView;
class ImportWizard;

class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void onFinished(bool ok, const QString& message);

    ImportWizard* wizard_;
    QProgressBar* progress_;
    QLabel* status_;
    QPushButton* cancel_;
    QPushButton* retry_;
    ImportReportView* report_;
};

} // namespace seg::ui
