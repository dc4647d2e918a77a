#include "properties/graph_settings_form.h"

#include "document/document.h"
#include "properties/date_field.h"
#include "properties/node_form.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace seg::ui {

namespace {
QDate toQDate(int32_t days)
{
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    return QDate(y, int(m), int(d));
}
int32_t fromQDate(const QDate& d)
{
    return daysFromCivil(d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}
} // namespace

GraphSettingsForm::GraphSettingsForm(Document* document, QWidget* parent) : QWidget(parent), document_(document)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    name_ = makeLineEdit(this, tr("The project's name, shown in run reports"), [this](const QString& text) {
        GraphSettings s = GraphSettings::of(document_->graph());
        s.name = text.toStdString();
        document_->changeSettings(s, tr("Rename graph"));
    });
    name_->setObjectName(QStringLiteral("graphName"));

    auto* asOfRow = new QWidget(this);
    auto* asOfLayout = new QHBoxLayout(asOfRow);
    asOfLayout->setContentsMargins(0, 0, 0, 0);
    fixedAsOf_ = new QCheckBox(tr("Fixed date"), asOfRow);
    fixedAsOf_->setObjectName(QStringLiteral("fixedAsOf"));
    fixedAsOf_->setToolTip(tr("Off: relative dates (\"within the last 30 days\") count back from today (UTC)"));
    asOf_ = new DateField(asOfRow);
    asOf_->setObjectName(QStringLiteral("asOf"));
    asOf_->setToolTip(tr("The day relative date conditions count back from"));
    asOfLayout->addWidget(fixedAsOf_);
    asOfLayout->addWidget(asOf_, 1);
    auto commitAsOf = [this] {
        if (loading_)
            return;
        GraphSettings s = GraphSettings::of(document_->graph());
        s.asOf = fixedAsOf_->isChecked() ? std::optional<int32_t>(fromQDate(asOf_->date())) : std::nullopt;
        document_->changeSettings(s, tr("Change as-of date"));
    };
    connect(fixedAsOf_, &QCheckBox::clicked, this, commitAsOf);
    connect(asOf_, &QDateEdit::dateChanged, this, commitAsOf);

    customers_ = new QLabel(this);
    customers_->setWordWrap(true);
    customers_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    events_ = new QLabel(this);
    events_->setWordWrap(true);
    events_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    form->addRow(tr("Graph name"), name_);
    form->addRow(tr("As-of date"), asOfRow);
    form->addRow(tr("Customers"), customers_);
    form->addRow(tr("Events"), events_);
    addFieldRow(form, makeHint(tr("Select a node on the canvas to edit it."), this));
    reload();
}

void GraphSettingsForm::reload()
{
    loading_ = true;
    const Graph& g = document_->graph();
    syncText(name_, toQ(g.name));
    fixedAsOf_->setChecked(g.asOf.has_value());
    asOf_->setEnabled(g.asOf.has_value());
    asOf_->setDate(g.asOf ? toQDate(*g.asOf) : QDate::currentDate());
    auto describe = [](const DatasetSpec& d) {
        if (d.path.empty())
            return tr("not chosen yet (File > Import)");
        return d.key ? tr("%1 (key: %2)").arg(toQ(d.path), toQ(*d.key)) : toQ(d.path);
    };
    customers_->setText(describe(g.customers));
    events_->setText(g.events ? describe(*g.events) : tr("none"));
    loading_ = false;
}

} // namespace seg::ui
