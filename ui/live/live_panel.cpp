#include "live/live_panel.h"

#include "document/document.h"
#include "exec/runner.h"
#include "live/broker_dialog.h"
#include "live/live_chart.h"
#include "live/live_feed_model.h"
#include "session/data_session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace seg::ui {

namespace {

QDate dateOfDay(int32_t day) { return QDate(1970, 1, 1).addDays(day); }
int32_t dayOfDate(QDate date) { return static_cast<int32_t>(QDate(1970, 1, 1).daysTo(date)); }

// The last broker the user chose, without its password (which is never saved).
constexpr const char* kBrokerKey = "live/brokerUrl";

} // namespace

LivePanel::LivePanel(Document* document, DataSession* data, QWidget* parent)
    : QWidget(parent), document_(document), data_(data), controller_(new LiveReplayController(this)),
      feed_(new LiveFeedModel(this)), chart_(new LiveChart), source_(new QComboBox), file_(new QLineEdit),
      browse_(new QToolButton), broker_(new QLineEdit), brokerButton_(new QPushButton(tr("&Broker…"))),
      speedLabel_(new QLabel(tr("Speed:"))), pace_(new QComboBox), rate_(new QDoubleSpinBox), clock_(new QComboBox),
      date_(new QDateEdit), start_(new QPushButton(tr("&Start"))), pause_(new QPushButton(tr("&Pause"))),
      resume_(new QPushButton(tr("Res&ume"))), stop_(new QPushButton(tr("S&top"))),
      export_(new QPushButton(tr("E&xport Feed…"))), clear_(new QPushButton(tr("C&lear"))),
      progress_(new QProgressBar), status_(new QLabel), connection_(new QLabel), feedCount_(new QLabel),
      table_(new QTableView)
{
    source_->addItem(tr("The project's events"));
    source_->addItem(tr("An NDJSON file"));
    source_->addItem(tr("A broker (Redis or RabbitMQ)"));
    source_->setToolTip(tr("Replay the project's own events dataset in time order (the engine starts without "
                           "them), a file of messages as segstudio-cli stream --from takes, or listen to a Redis "
                           "stream or RabbitMQ queue (both start from the imported data)"));
    broker_->setReadOnly(true);
    broker_->setObjectName("liveBrokerUrl");
    broker_->setPlaceholderText(tr("redis://host:6379/0?stream=…"));
    broker_->setToolTip(tr("The broker to listen to (the password, if any, shown as ***); change it with Broker…"));
    brokerButton_->setToolTip(tr("Choose the Redis stream or RabbitMQ queue to listen to, and test the connection"));
    brokerUrl_ = QSettings().value(kBrokerKey).toString();
    broker_->setText(redactedBrokerUrl(brokerUrl_));
    broker_->setCursorPosition(0); // the scheme and host first
    file_->setPlaceholderText(tr("messages.ndjson"));
    file_->setToolTip(tr("One JSON message per line: events, and profile updates {\"kind\":\"profile\",…}"));
    browse_->setText(tr("…"));
    browse_->setToolTip(tr("Choose the NDJSON file to replay"));
    pace_->addItem(tr("As fast as possible"));
    pace_->addItem(tr("Events per second"));
    pace_->addItem(tr("Times real time"));
    pace_->setCurrentIndex(1);
    pace_->setToolTip(tr("How fast messages are replayed: no pause between them, a fixed number per second, or "
                         "the events' own pace sped up (86,400 = one day of events per second)"));
    rate_->setRange(1, 1e9);
    rate_->setDecimals(0);
    rate_->setValue(2000);
    rate_->setGroupSeparatorShown(true);
    clock_->addItem(tr("Fixed date"));
    clock_->addItem(tr("Event time"));
    clock_->addItem(tr("Today (UTC)"));
    clock_->setToolTip(tr("The day “within the last N days” windows count from: a fixed date (the graph's as-of "
                          "gives the batch result), the latest event time seen (windows move as events arrive), "
                          "or today in UTC (windows move at midnight, as for a broker in production)"));
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    start_->setToolTip(tr("Start the replay"));
    pause_->setToolTip(tr("Hold the replay after the current message"));
    resume_->setToolTip(tr("Go on from where the replay was paused"));
    stop_->setToolTip(tr("End the replay; the counts stay as they are now"));
    export_->setToolTip(tr("Write the feed's enters and exits to a CSV file"));
    clear_->setToolTip(tr("Empty the feed and the chart; the cards show the preview's counts again"));
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    progress_->setMaximumHeight(12);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setObjectName("liveStatus");
    connection_->setWordWrap(true);
    connection_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connection_->setObjectName("liveConnection");
    connection_->hide();

    table_->setModel(feed_);
    table_->setObjectName("liveFeed");
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(false);
    table_->setColumnWidth(LiveFeedModel::Time, 140);
    table_->setColumnWidth(LiveFeedModel::Segment, 170);
    table_->setColumnWidth(LiveFeedModel::Key, 80);
    // Wide enough for the translated header ("Changement") and the change words.
    table_->setColumnWidth(LiveFeedModel::Change,
                           std::max(70, table_->fontMetrics().horizontalAdvance(
                                            feed_->headerData(LiveFeedModel::Change, Qt::Horizontal).toString()) + 24));

    auto* settingsRow = new QHBoxLayout;
    settingsRow->addWidget(new QLabel(tr("Source:")));
    settingsRow->addWidget(source_);
    settingsRow->addWidget(file_, 1);
    settingsRow->addWidget(browse_);
    settingsRow->addWidget(broker_, 1);
    settingsRow->addWidget(brokerButton_);
    settingsRow->addSpacing(12);
    settingsRow->addWidget(speedLabel_);
    settingsRow->addWidget(pace_);
    settingsRow->addWidget(rate_);
    settingsRow->addSpacing(12);
    settingsRow->addWidget(new QLabel(tr("Clock:")));
    settingsRow->addWidget(clock_);
    settingsRow->addWidget(date_);
    settingsRow->addStretch(0);

    auto* buttonRow = new QHBoxLayout;
    for (QPushButton* b : {start_, pause_, resume_, stop_})
        buttonRow->addWidget(b);
    buttonRow->addSpacing(12);
    buttonRow->addWidget(export_);
    buttonRow->addWidget(clear_);
    buttonRow->addSpacing(12);
    buttonRow->addWidget(progress_, 1);

    auto* feedBox = new QWidget;
    auto* feedLayout = new QVBoxLayout(feedBox);
    feedLayout->setContentsMargins(0, 0, 0, 0);
    feedLayout->setSpacing(2);
    feedLayout->addWidget(feedCount_);
    feedLayout->addWidget(table_, 1);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(feedBox);
    split->addWidget(chart_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(settingsRow);
    layout->addLayout(buttonRow);
    layout->addWidget(connection_);
    layout->addWidget(status_);
    layout->addWidget(split, 1);

    connect(start_, &QPushButton::clicked, this, &LivePanel::startReplay);
    connect(pause_, &QPushButton::clicked, this, &LivePanel::pauseReplay);
    connect(resume_, &QPushButton::clicked, this, &LivePanel::resumeReplay);
    connect(stop_, &QPushButton::clicked, this, &LivePanel::stopReplay);
    connect(export_, &QPushButton::clicked, this, &LivePanel::exportFeed);
    connect(clear_, &QPushButton::clicked, this, &LivePanel::clearReplay);
    connect(browse_, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Replay Messages"), file_->text(),
                                                          tr("NDJSON messages (*.ndjson *.jsonl *.json);;All files (*)"));
        if (!path.isEmpty()) {
            file_->setText(path);
            source_->setCurrentIndex(1);
        }
    });
    connect(brokerButton_, &QPushButton::clicked, this, &LivePanel::editBroker);
    connect(source_, &QComboBox::currentIndexChanged, this, &LivePanel::updateSourceControls);
    connect(clock_, &QComboBox::currentIndexChanged, this, &LivePanel::updateSourceControls);
    connect(pace_, &QComboBox::currentIndexChanged, this, [this](int pace) {
        // 2,000 events per second suits a demo; as a multiple of real time it would replay a
        // year of events in hours, so each kind keeps its own number (one day per second).
        rateOfPace_[shownPace_] = rate_->value();
        shownPace_ = pace;
        const QSignalBlocker block(rate_);
        rate_->setValue(rateOfPace_[pace]);
    });
    auto paceChanged = [this] {
        updateSourceControls();
        if (controller_->isActive()) {
            const LiveReplaySettings s = settings();
            controller_->setPace(s.pace, s.rate);
        }
    };
    connect(pace_, &QComboBox::currentIndexChanged, this, paceChanged);
    connect(rate_, &QDoubleSpinBox::valueChanged, this, paceChanged);
    connect(controller_, &LiveReplayController::updated, this, &LivePanel::onUpdate);
    connect(controller_, &LiveReplayController::stateChanged, this, &LivePanel::updateControls);
    connect(document_, &Document::reset, this, &LivePanel::refreshDefaults);
    connect(document_, &Document::settingsChanged, this, &LivePanel::refreshDefaults);
    connect(data_, &DataSession::datasetChanged, this, &LivePanel::refreshDefaults);
    // The replay runs the graph as it was at Start: after an edit the cards go back to the
    // preview, whose counts are those of the edited graph.
    // Another project: a replay of the old one has nothing to show any more.
    connect(document_, &Document::reset, this, [this] {
        if (controller_->isActive())
            controller_->stop();
    });
    connect(document_, &Document::contentChanged, this, [this] {
        if (controller_->state() == LiveState::Idle)
            return;
        graphEdited_ = true;
        if (cardsLive_) {
            cardsLive_ = false;
            Q_EMIT liveCountsCleared();
        }
        showStatus();
    });
    refreshDefaults();
    updateControls();
    showStatus();
}

LiveReplaySettings LivePanel::settings() const
{
    LiveReplaySettings s;
    s.source = static_cast<LiveSource>(source_->currentIndex());
    s.filePath = file_->text().trimmed();
    s.brokerUrl = brokerUrl_;
    s.pace = static_cast<LivePace>(pace_->currentIndex());
    s.rate = rate_->value();
    s.clock = static_cast<LiveClock>(clock_->currentIndex());
    s.fixedDay = dayOfDate(date_->date());
    return s;
}

void LivePanel::setSettings(const LiveReplaySettings& s)
{
    source_->setCurrentIndex(static_cast<int>(s.source));
    file_->setText(s.filePath);
    brokerUrl_ = s.brokerUrl;
    broker_->setText(redactedBrokerUrl(brokerUrl_));
    broker_->setCursorPosition(0); // the scheme and host first
    pace_->setCurrentIndex(static_cast<int>(s.pace));
    rate_->setValue(s.rate);
    rateOfPace_[static_cast<int>(s.pace)] = s.rate;
    clock_->setCurrentIndex(static_cast<int>(s.clock));
    date_->setDate(dateOfDay(s.fixedDay));
    updateSourceControls();
}

void LivePanel::refreshDefaults()
{
    if (controller_->isActive())
        return;
    // The graph's as-of gives the batch result at the end of a replay.
    date_->setDate(dateOfDay(document_->graph().asOf.value_or(todayUtc())));
    const auto data = data_->dataset();
    if (data && !data->events && source_->currentIndex() == 0 && !file_->text().isEmpty())
        source_->setCurrentIndex(1);
    updateSourceControls();
    updateControls();
}

void LivePanel::updateSourceControls()
{
    const auto source = static_cast<LiveSource>(source_->currentIndex());
    file_->setVisible(source == LiveSource::File);
    browse_->setVisible(source == LiveSource::File);
    broker_->setVisible(source == LiveSource::Broker);
    brokerButton_->setVisible(source == LiveSource::Broker);
    // A broker is read as its messages arrive: no speed to choose.
    speedLabel_->setVisible(source != LiveSource::Broker);
    pace_->setVisible(source != LiveSource::Broker);
    rate_->setVisible(source != LiveSource::Broker && pace_->currentIndex() != 0);
    rate_->setSuffix(pace_->currentIndex() == 2 ? tr(" ×") : tr(" /s"));
    date_->setVisible(clock_->currentIndex() == 0);
}

void LivePanel::updateControls()
{
    const LiveState s = controller_->state();
    const bool active = controller_->isActive();
    start_->setEnabled(!active && data_->dataset() != nullptr);
    pause_->setEnabled(active && s != LiveState::Paused && s != LiveState::Starting);
    resume_->setEnabled(active && s == LiveState::Paused);
    stop_->setEnabled(active);
    for (QWidget* w : {static_cast<QWidget*>(source_), static_cast<QWidget*>(file_), static_cast<QWidget*>(browse_),
                       static_cast<QWidget*>(brokerButton_), static_cast<QWidget*>(clock_), static_cast<QWidget*>(date_)})
        w->setEnabled(!active);
    export_->setEnabled(feed_->shown() > 0);
    clear_->setEnabled(!active && (s != LiveState::Idle || feed_->total() > 0));
}

bool LivePanel::startReplay()
{
    message_.clear();
    feed_->clear();
    chart_->clear();
    graphEdited_ = false;
    const bool ok = controller_->start(document_->graph(), data_->dataset(), settings());
    if (!ok)
        message_ = controller_->lastError();
    updateControls();
    showStatus();
    return ok;
}

void LivePanel::pauseReplay() { controller_->pause(); }
void LivePanel::resumeReplay() { controller_->resume(); }
void LivePanel::stopReplay() { controller_->stop(); }

void LivePanel::clearReplay()
{
    if (controller_->isActive())
        return;
    feed_->clear();
    chart_->clear();
    message_.clear();
    if (cardsLive_) {
        cardsLive_ = false;
        Q_EMIT liveCountsCleared();
    }
    controller_->reset();
    updateControls();
    showStatus();
}

void LivePanel::focusStart()
{
    if (start_->isEnabled())
        start_->setFocus();
}

void LivePanel::setBrokerUrl(const QString& url)
{
    brokerUrl_ = url.trimmed();
    broker_->setText(redactedBrokerUrl(brokerUrl_));
    broker_->setCursorPosition(0); // the scheme and host first
    source_->setCurrentIndex(static_cast<int>(LiveSource::Broker));
    updateSourceControls();
}

QString LivePanel::shownBrokerUrl() const { return broker_->text(); }

bool LivePanel::editBroker()
{
    BrokerForm form;
    if (const auto f = brokerFormFromUrl(brokerUrl_, nullptr))
        form = *f;
    BrokerDialog dialog(form, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    form = dialog.form();
    setBrokerUrl(brokerUrl(form, true));
    // Remembered for the next session without the password.
    form.password.clear();
    QSettings().setValue(kBrokerKey, brokerUrl(form, false));
    message_.clear();
    showStatus();
    return true;
}

void LivePanel::exportFeed()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Live Feed"), tr("live-feed.csv"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportFeedTo(path);
}

bool LivePanel::exportFeedTo(const QString& path)
{
    try {
        feed_->exportCsv(path.toStdString());
        message_ = tr("Exported %n change(s) to %1.", nullptr, static_cast<int>(feed_->shown())).arg(path);
        showStatus();
        return true;
    } catch (const std::exception& e) {
        message_ = tr("Export failed: %1").arg(QString::fromStdString(e.what()));
        showStatus();
        return false;
    }
}

void LivePanel::onUpdate(const std::shared_ptr<const LiveUpdate>& update)
{
    feed_->append(update->newRows, update->rowsNotSent);
    chart_->addSamples(update->samples);
    const LiveUpdate& u = controller_->latest();
    if (u.total && *u.total > 0)
        progress_->setValue(static_cast<int>(1000.0 * double(u.counters.messages) / double(*u.total)));
    else
        progress_->setValue(static_cast<int>(1000.0 * u.progress));
    if (!graphEdited_ && !u.counts.empty() && u.state != LiveState::Failed) {
        cardsLive_ = true;
        Q_EMIT liveCounts(u.counts, u.universe,
                          tr("%1, clock %2").arg(stateText(u.state), QString::fromStdString(formatDate(u.clock))));
    }
    updateControls();
    showStatus();
}

void LivePanel::showStatus()
{
    const QString connection = connectionText();
    connection_->setText(connection);
    connection_->setVisible(!connection.isEmpty());
    const LiveUpdate& u = controller_->latest();
    // A broker that cannot be read stands out.
    connection_->setStyleSheet(u.broker && !u.broker->problem.isEmpty() && controller_->isActive()
                                   ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                   : QString());
    status_->setText(statusText());
    feedCount_->setText(feedCountText());
}

} // namespace seg::ui
