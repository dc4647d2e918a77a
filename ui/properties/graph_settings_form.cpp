#include "properties/graph_settings_form.h"

#include "document/document.h"
#include "session/column_stats_cache.h"
#include "session/data_session.h"
#include "properties/date_field.h"
#include "properties/node_form.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QTextCharFormat>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <cmath>

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
    eventsRange_ = makeHint(QString(), this);
    eventsRange_->setObjectName(QStringLiteral("eventsRange"));
    eventsRange_->hide();
    addFieldRow(form, eventsRange_);
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
    showEventsRange();
    loading_ = false;
}

void GraphSettingsForm::setDataSession(DataSession* session)
{
    session_ = session;
    if (session_)
        connect(session_->columnStats(), &ColumnStatsCache::ready, this, [this](bool events) {
            if (events)
                reload();
        });
    reload();
}

void GraphSettingsForm::showEventsRange()
{
    const std::shared_ptr<const Dataset> data = session_ ? session_->dataset() : nullptr;
    std::shared_ptr<const ColumnStats> stats;
    if (data && data->events && data->events->timeColumn >= 0) {
        const Column& time = data->events->table.columns[size_t(data->events->timeColumn)];
        stats = session_->columnStats()->stats(data, /*events=*/true, time.name());
    }
    QCalendarWidget* calendar = asOf_->calendarWidget();
    calendar->setDateTextFormat(QDate(), QTextCharFormat());
    if (!stats || !stats->hasRange) {
        eventsRange_->hide();
        return;
    }
    // A timestamp column's range is in microseconds: the calendar wants days.
    const double unit = stats->type == DataType::Timestamp ? double(kMicrosPerDay) : 1.0;
    const int32_t first = static_cast<int32_t>(std::floor(stats->min / unit));
    const int32_t last = static_cast<int32_t>(std::floor(stats->max / unit));
    QTextCharFormat mark;
    mark.setFontWeight(QFont::Bold);
    mark.setBackground(QColor(0xfd, 0xe6, 0x8a));
    calendar->setDateTextFormat(toQDate(first), mark);
    calendar->setDateTextFormat(toQDate(last), mark);
    eventsRange_->setText(tr("The events run from %1 to %2 (marked in the calendar).")
                              .arg(toQ(formatDate(first)), toQ(formatDate(last))));
    eventsRange_->show();
}

} // namespace seg::ui
