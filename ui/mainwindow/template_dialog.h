#pragma once
// File > New from Template: the ready-made graphs of core/templates, and which of the loaded
// data's columns and event types play each role (pre-filled from names and types). OK is
// enabled once every role fits; graph() then returns the filled graph, laid out, ready to run.
// Every choice has a setter, so tests and the main window can drive it without clicking.
#include "templates/graph_templates.h"

#include <QDialog>
#include <QMap>

#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace seg::ui {

class TemplateDialog : public QDialog {
    Q_OBJECT
public:
    // `customers`/`events`: the current project's dataset settings (paths as they should be
    // written into the new graph); `data`: what was imported with them.
    TemplateDialog(std::shared_ptr<const Dataset> data, DatasetSpec customers, std::optional<DatasetSpec> events,
                   QWidget* parent = nullptr);

    void selectTemplate(const QString& id);
    QString currentTemplate() const;
    QString roleValue(const QString& role) const;
    void setRoleValue(const QString& role, const QString& value);
    QComboBox* roleCombo(const QString& role) const { return combos_.value(role); }
    QStringList problems() const; // empty: OK is enabled
    // The filled graph (nullopt while problems() is not empty).
    std::optional<Graph> graph() const;

    // A template's English text in the UI language (names, descriptions, role titles).
    static QString translated(const std::string& text);

private:
    void showTemplate();
    void updateProblems();

    std::shared_ptr<const Dataset> data_;
    TemplateData facts_;
    DatasetSpec customers_;
    std::optional<DatasetSpec> events_;
    RoleMapping mapping_;
    QListWidget* list_;
    QLabel* description_;
    QFormLayout* roles_;
    QLabel* problems_;
    QLabel* note_;
    QPushButton* ok_ = nullptr;
    QMap<QString, QComboBox*> combos_;
};

} // namespace seg::ui
