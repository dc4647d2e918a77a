#pragma once
// Wizard page 2: how the file is written (delimiter, encoding, NULL markers), with the first
// rows as the import will read them. Rows the import would reject are shown in red with the
// reason in their tooltip, so a wrong delimiter or encoding is visible before importing.
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace seg::ui {

class ImportWizard;

class ImportFormatPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFormatPage(ImportWizard* wizard);
    bool isComplete() const override;

private:
    void refresh();
    void applyNullMarkers();
    void fillTable();

    ImportWizard* wizard_;
    QComboBox* delimiter_;
    QComboBox* encoding_;
    QLabel* delimiterNote_ = nullptr;
    QLabel* encodingNote_ = nullptr;
    QCheckBox* emptyIsNull_;
    QLineEdit* nullMarkers_;
    QTableWidget* table_;
    QLabel* status_;
    bool refreshing_ = false;
};

} // namespace seg::ui
