#include "mainwindow/template_dialog.h"

#include "data/types.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace seg::ui {

namespace {

// The templates' texts for lupdate (core/ has no Qt): kept in step with template_catalog.cpp
// by test_main_window's templateTextsAreTranslatable.
[[maybe_unused]] const char* const kTemplateTexts[] = {
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "Win-back"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates",
                      "Customers whose last order is more than 120 days ago, the better-spending half of them: the "
                      "audience for a come-back offer."),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "Cart abandonment"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates",
                      "Customers who added to the cart in the last 14 days but did not buy in that time: the audience "
                      "for a reminder."),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "VIP by spend"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates",
                      "The top 10 % of customers by total spend: early access and personal offers."),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "Churn risk"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates",
                      "Regular buyers (2+ purchases in the last year) who have not bought in the last 90 days: "
                      "retention before they are gone."),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "New-customer welcome"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates",
                      "Customers who signed up in the last 30 days: the audience for a welcome series."),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "RFM tiers"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates",
                      "Recency, frequency and monetary value in four tiers: champions, loyal, at risk and hibernating."),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "customer ID column"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "events' customer ID column"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "events' time column"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "events' type column"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "total spend column"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "last order date column"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "purchase event type"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "add-to-cart event type"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "signup date column"),
    QT_TRANSLATE_NOOP("seg::GraphTemplates", "number of orders column"),
};


QString needTitle(RoleNeed need)
{
    switch (need) {
    case RoleNeed::Any: return TemplateDialog::tr("any column");
    case RoleNeed::Number: return TemplateDialog::tr("a number column");
    case RoleNeed::Temporal: return TemplateDialog::tr("a date column");
    case RoleNeed::Text: return TemplateDialog::tr("a text column");
    }
    return {};
}

} // namespace

QString TemplateDialog::translated(const std::string& text)
{
    return QCoreApplication::translate("seg::GraphTemplates", text.c_str());
}

TemplateDialog::TemplateDialog(std::shared_ptr<const Dataset> data, DatasetSpec customers,
                               std::optional<DatasetSpec> events, QWidget* parent)
    : QDialog(parent), data_(std::move(data)), customers_(std::move(customers)), events_(std::move(events))
{
    setWindowTitle(tr("New from Template"));
    if (data_)
        facts_ = templateDataOf(*data_, events_);

    list_ = new QListWidget(this);
    for (const GraphTemplate& t : graphTemplates()) {
        auto* item = new QListWidgetItem(translated(t.name), list_);
        item->setData(Qt::UserRole, QString::fromStdString(t.id));
        item->setToolTip(translated(t.description));
    }
    list_->setMaximumWidth(220);
    description_ = new QLabel(this);
    description_->setWordWrap(true);
    auto* rolesBox = new QWidget(this);
    roles_ = new QFormLayout(rolesBox);
    roles_->setContentsMargins(0, 0, 0, 0);
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    note_->setStyleSheet("color: palette(mid);");
    problems_ = new QLabel(this);
    problems_->setWordWrap(true);
    problems_->setStyleSheet("color: #b00020;");

    auto* right = new QVBoxLayout;
    right->addWidget(description_);
    right->addSpacing(8);
    right->addWidget(new QLabel(tr("<b>Which of your data plays each part:</b>"), this));
    right->addWidget(rolesBox);
    right->addWidget(problems_);
    right->addStretch(1);
    right->addWidget(note_);
    auto* body = new QHBoxLayout;
    body->addWidget(list_);
    body->addLayout(right, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Create Graph"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list_, &QListWidget::currentRowChanged, this, &TemplateDialog::showTemplate);
    resize(760, 460);
    list_->setCurrentRow(0);
}

void TemplateDialog::selectTemplate(const QString& id)
{
    for (int row = 0; row < list_->count(); ++row)
        if (list_->item(row)->data(Qt::UserRole).toString() == id)
            list_->setCurrentRow(row);
}

QString TemplateDialog::currentTemplate() const
{
    const QListWidgetItem* item = list_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void TemplateDialog::showTemplate()
{
    const GraphTemplate* t = findTemplate(currentTemplate().toStdString());
    while (roles_->rowCount() > 0)
        roles_->removeRow(0);
    combos_.clear();
    if (!t)
        return;
    description_->setText(QStringLiteral("<b>%1</b><br>%2").arg(translated(t->name).toHtmlEscaped(),
                                                                 translated(t->description).toHtmlEscaped()));
    mapping_ = guessRoles(*t, facts_);
    const QLocale locale;
    for (const TemplateRole& role : t->roles) {
        if (role.dataset)
            continue; // the project's own key, time and type columns
        auto* combo = new QComboBox(this);
        combo->setMinimumContentsLength(22);
        if (role.kind == RoleKind::EventType) {
            for (const auto& [type, count] : facts_.eventTypes)
                combo->addItem(tr("%1 (%2 events)").arg(QString::fromStdString(type), locale.toString(qulonglong(count))),
                               QString::fromStdString(type));
            combo->setToolTip(tr("The event type in your events that means this"));
        } else {
            const auto& columns = role.kind == RoleKind::EventColumn ? facts_.eventColumns : facts_.customerColumns;
            for (const auto& [name, type] : columns)
                if (roleFits(role.need, type))
                    combo->addItem(QString::fromStdString(name), QString::fromStdString(name));
            combo->setToolTip(tr("Needs %1 of your data").arg(needTitle(role.need)));
        }
        const auto guess = mapping_.find(role.id);
        combo->setCurrentIndex(guess == mapping_.end() ? -1 : combo->findData(QString::fromStdString(guess->second)));
        const QString id = QString::fromStdString(role.id);
        connect(combo, &QComboBox::activated, this, [this, id, combo] {
            mapping_[id.toStdString()] = combo->currentData().toString().toStdString();
            updateProblems();
        });
        combos_.insert(id, combo);
        QString title = translated(role.title);
        if (!title.isEmpty())
            title[0] = title[0].toUpper(); // a label, where the title is used inside sentences elsewhere
        roles_->addRow(title + QStringLiteral(":"), combo);
    }
    updateProblems();
}

QString TemplateDialog::roleValue(const QString& role) const
{
    const auto it = mapping_.find(role.toStdString());
    return it == mapping_.end() ? QString() : QString::fromStdString(it->second);
}

void TemplateDialog::setRoleValue(const QString& role, const QString& value)
{
    mapping_[role.toStdString()] = value.toStdString();
    if (QComboBox* combo = combos_.value(role))
        combo->setCurrentIndex(combo->findData(value));
    updateProblems();
}

QStringList TemplateDialog::problems() const
{
    if (!data_)
        return {tr("Import your customers first (File > Import Customers): a template is filled in with the columns "
                   "of your data.")};
    const GraphTemplate* t = findTemplate(currentTemplate().toStdString());
    if (!t)
        return {tr("Choose a template.")};
    if (t->needsEvents && !facts_.hasEvents)
        return {tr("This template looks at what customers did: import your events first (File > Import Events).")};
    QStringList out;
    for (const std::string& p : checkMapping(*t, mapping_, facts_))
        out << QString::fromStdString(p);
    return out;
}

void TemplateDialog::updateProblems()
{
    const QStringList list = problems();
    problems_->setText(list.join("\n"));
    problems_->setVisible(!list.isEmpty());
    ok_->setEnabled(list.isEmpty());
    const GraphTemplate* t = findTemplate(currentTemplate().toStdString());
    QString note = tr("The graph replaces the canvas; your data stays loaded. Numbers such as 120 days or 10 % are "
                      "starting points: change them on the canvas.");
    if (t && list.isEmpty())
        if (const auto g = graph(); g && g->asOf)
            note += QStringLiteral(" ")
                    + tr("Dates are counted back from %1, the last day in your data.")
                          .arg(QString::fromStdString(formatDate(*g->asOf)));
    note_->setText(note);
}

std::optional<Graph> TemplateDialog::graph() const
{
    const GraphTemplate* t = findTemplate(currentTemplate().toStdString());
    if (!t || !problems().isEmpty())
        return std::nullopt;
    return instantiateTemplate(*t, mapping_, facts_, customers_, events_, {});
}

} // namespace seg::ui
