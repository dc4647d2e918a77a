#pragma once
// Wizard page 3: what each column is. The ID column (customers) or the ID, time and event-type
// columns (events), what to do with duplicate IDs, and a type per column: inferred from the
// start of the file unless the user picks one (with a date layout such as dd.mm.yyyy), checked
// right away against the sample rows.
#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace seg::ui {

class ImportWizard;

class ImportColumnsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportColumnsPage(ImportWizard* wizard);
    bool isComplete() const override;
    void initializePage() override;

private:
    void rebuild();         // a new preview: new rows and role choices
    void updateChecks();    // choices changed: fit checks and the problem line
    void typeEdited(int row, bool typeChanged); // typeChanged: the type, not the format, was picked
    void formatChosen(int row); // a layout, or "Other format..." which asks for one
    QComboBox* addRoleCombo(const QString& tooltip);

    ImportWizard* wizard_;
    QComboBox* key_;
    QComboBox* time_ = nullptr;
    QComboBox* type_ = nullptr;
    QComboBox* policy_ = nullptr;
    QTableWidget* table_;
    QLabel* problem_;
    bool rebuilding_ = false;
};

} // namespace seg::ui
