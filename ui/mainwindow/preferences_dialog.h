#pragma once
// Preferences: interface language (applies at the next start), run strategy and threads for
// the live preview. Stored in QSettings.
#include <QDialog>

class QComboBox;
class QSpinBox;

namespace seg::ui {

class PreviewRunner;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(PreviewRunner* runner, QWidget* parent = nullptr);
    void accept() override;

    QComboBox* languageBox() const { return language_; }

private:
    PreviewRunner* runner_;
    QComboBox* language_;
    QComboBox* strategy_;
    QSpinBox* threads_;
};

// Applies the stored run settings to a runner (at start-up).
void applyRunSettings(PreviewRunner* runner);

} // namespace seg::ui
