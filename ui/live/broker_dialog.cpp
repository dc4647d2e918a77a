#include "live/broker_dialog.h"

#include "connectors/connector_url.h"
#include "connectors/source_lag.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace seg::ui {

namespace {

QString num(uint64_t n) { return QLocale().toString(static_cast<qulonglong>(n)); }

} // namespace

QString describeBacklog(const BrokerForm& f, const SourceBacklog& b)
{
    if (f.kind == BrokerKind::RabbitMq) {
        if (!b.streamExists)
            return QCoreApplication::translate(
                       "seg::ui::BrokerDialog",
                       "Connected. There is no queue “%1” yet: listening declares it (durable, quorum).")
                .arg(f.stream);
        return QCoreApplication::translate("seg::ui::BrokerDialog",
                                           "Connected. Queue “%1”: %2 message(s) ready, %3 consumer(s).")
            .arg(f.stream, num(b.waiting.value_or(0)), num(b.consumers));
    }
    if (!b.streamExists)
        return QCoreApplication::translate(
                   "seg::ui::BrokerDialog",
                   "Connected. There is no stream “%1” yet: listening creates it, empty, with the group “%2”.")
            .arg(f.stream, f.group);
    if (!b.groupExists)
        return QCoreApplication::translate(
                   "seg::ui::BrokerDialog",
                   "Connected. Stream “%1” holds %2 entries; the group “%3” does not exist yet: listening creates "
                   "it from the stream's first entry, so all of them will be read.")
            .arg(f.stream, num(b.entries), f.group);
    const QString waiting = b.waiting
        ? (b.waitingIsLowerBound
               ? QCoreApplication::translate("seg::ui::BrokerDialog", "at least %1").arg(num(*b.waiting))
               : num(*b.waiting))
        : QCoreApplication::translate("seg::ui::BrokerDialog", "an unknown number of");
    return QCoreApplication::translate(
               "seg::ui::BrokerDialog",
               "Connected. Stream “%1” holds %2 entries; for the group “%3”, %4 wait and %5 are delivered but not "
               "acknowledged; %6 consumer(s).")
        .arg(f.stream, num(b.entries), f.group, waiting, num(b.pending.value_or(0)), num(b.consumers));
}

BrokerDialog::BrokerDialog(const BrokerForm& form, QWidget* parent) :
    QDialog(parent),
    kind_(new QComboBox),
    host_(new QLineEdit),
    port_(new QSpinBox),
    databaseLabel_(new QLabel),
    database_(new QLineEdit),
    streamLabel_(new QLabel),
    stream_(new QLineEdit),
    groupLabel_(new QLabel(tr("Consumer &group:"))),
    group_(new QLineEdit),
    consumerLabel_(new QLabel(tr("&Consumer:"))),
    consumer_(new QLineEdit),
    user_(new QLineEdit),
    password_(new QLineEdit),
    url_(new QLineEdit),
    test_(new QPushButton(tr("&Test Connection"))),
    message_(new QLabel)
{
    setWindowTitle(tr("Listen to a Broker"));
    kind_->addItem(tr("Redis Streams"));
    kind_->addItem(tr("RabbitMQ"));
    port_->setRange(1, 65535);
    host_->setPlaceholderText(QStringLiteral("127.0.0.1"));
    group_->setToolTip(tr("The dock acknowledges what it reads, like a worker: give it a group of its own (the "
                          "default, %1) so it takes no entries from the production consumers")
                           .arg(QString::fromLatin1(BrokerForm::kDefaultGroup)));
    consumer_->setToolTip(tr("The name of this reader within the group; a restart with the same name first re-reads "
                             "what it had received and not acknowledged"));
    user_->setPlaceholderText(tr("(none)"));
    password_->setEchoMode(QLineEdit::Password);
    password_->setToolTip(tr("Kept in memory while Segment Studio runs; never saved, never shown"));
    url_->setToolTip(tr("The URL the form makes (the password shown as ***). Paste a URL here to fill the form."));
    url_->setObjectName("brokerUrl");
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setObjectName("brokerMessage");

    auto* fields = new QFormLayout;
    fields->addRow(tr("&Broker:"), kind_);
    fields->addRow(tr("&Host:"), host_);
    fields->addRow(tr("&Port:"), port_);
    databaseLabel_->setBuddy(database_);
    fields->addRow(databaseLabel_, database_);
    streamLabel_->setBuddy(stream_);
    fields->addRow(streamLabel_, stream_);
    groupLabel_->setBuddy(group_);
    fields->addRow(groupLabel_, group_);
    consumerLabel_->setBuddy(consumer_);
    fields->addRow(consumerLabel_, consumer_);
    fields->addRow(tr("&User:"), user_);
    fields->addRow(tr("Pass&word:"), password_);
    fields->addRow(tr("&URL:"), url_);

    auto* note = new QLabel(tr("The dock is a real consumer: it acknowledges each message once it has handled it. "
                               "Read a Redis stream with a consumer group of its own, and RabbitMQ from a queue of "
                               "its own (bound to the same exchange), so the preview takes no work from the "
                               "production workers. The password is never saved."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->addButton(test_, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(note);
    layout->addWidget(message_);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &BrokerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BrokerDialog::reject);
    connect(test_, &QPushButton::clicked, this, &BrokerDialog::testConnection);
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome o = watcher_.result();
        message_->setText(o.text);
        test_->setEnabled(true);
    });
    connect(kind_, &QComboBox::currentIndexChanged, this, &BrokerDialog::updateKind);
    for (QLineEdit* e : {host_, database_, stream_, group_, consumer_, user_, password_})
        connect(e, &QLineEdit::textEdited, this, &BrokerDialog::updateUrl);
    connect(port_, &QSpinBox::valueChanged, this, &BrokerDialog::updateUrl);
    connect(url_, &QLineEdit::editingFinished, this, [this] {
        if (url_->text().trimmed() != brokerUrl(this->form(), false))
            setUrl(url_->text());
    });
    setForm(form);
    resize(520, sizeHint().height());
}

BrokerDialog::~BrokerDialog() { watcher_.waitForFinished(); }

BrokerForm BrokerDialog::form() const
{
    BrokerForm f;
    f.kind = static_cast<BrokerKind>(kind_->currentIndex());
    f.host = host_->text().trimmed();
    f.port = port_->value();
    f.database = database_->text().trimmed();
    f.stream = stream_->text().trimmed();
    f.group = f.kind == BrokerKind::Redis ? group_->text().trimmed() : QString();
    f.consumer = f.kind == BrokerKind::Redis ? consumer_->text().trimmed() : QString();
    f.user = user_->text().trimmed();
    f.password = password_->text();
    f.options = options_;
    return f;
}

void BrokerDialog::setForm(const BrokerForm& f)
{
    {
        const QSignalBlocker block(kind_);
        kind_->setCurrentIndex(static_cast<int>(f.kind));
    }
    shownKind_ = f.kind;
    host_->setText(f.host);
    {
        const QSignalBlocker block(port_);
        port_->setValue(f.port > 0 ? f.port : defaultBrokerPort(f.kind));
    }
    database_->setText(f.database);
    stream_->setText(f.stream);
    group_->setText(f.kind == BrokerKind::Redis && f.group.isEmpty() ? QString::fromLatin1(BrokerForm::kDefaultGroup)
                                                                     : f.group);
    consumer_->setText(f.kind == BrokerKind::Redis && f.consumer.isEmpty()
                           ? QString::fromLatin1(BrokerForm::kDefaultConsumer)
                           : f.consumer);
    user_->setText(f.user);
    password_->setText(f.password);
    options_ = f.options;
    updateKind();
}

bool BrokerDialog::setUrl(const QString& url)
{
    QString error;
    auto f = brokerFormFromUrl(url, &error);
    if (!f) {
        message_->setText(error);
        return false;
    }
    if (f->password == QLatin1String("***")) // the shown URL pasted back: keep the password typed
        f->password = password_->text();
    setForm(*f);
    message_->clear();
    return true;
}

QString BrokerDialog::shownUrl() const { return url_->text(); }
QString BrokerDialog::message() const { return message_->text(); }

void BrokerDialog::updateKind()
{
    const auto kind = static_cast<BrokerKind>(kind_->currentIndex());
    const bool redis = kind == BrokerKind::Redis;
    if (kind != shownKind_) {
        // Another broker: its default port, and the other's parameters no longer apply.
        if (port_->value() == defaultBrokerPort(shownKind_)) {
            const QSignalBlocker block(port_);
            port_->setValue(defaultBrokerPort(kind));
        }
        options_.clear();
        if (redis && group_->text().isEmpty())
            group_->setText(QString::fromLatin1(BrokerForm::kDefaultGroup));
        if (redis && consumer_->text().isEmpty())
            consumer_->setText(QString::fromLatin1(BrokerForm::kDefaultConsumer));
        shownKind_ = kind;
    }
    databaseLabel_->setText(redis ? tr("&Database:") : tr("&Virtual host:"));
    database_->setPlaceholderText(redis ? QStringLiteral("0") : QStringLiteral("/"));
    streamLabel_->setText(redis ? tr("&Stream:") : tr("&Queue:"));
    stream_->setPlaceholderText(redis ? tr("events") : tr("segment-studio-preview"));
    for (QWidget* w : {static_cast<QWidget*>(groupLabel_), static_cast<QWidget*>(group_),
                       static_cast<QWidget*>(consumerLabel_), static_cast<QWidget*>(consumer_)})
        w->setVisible(redis);
    updateUrl();
}

void BrokerDialog::updateUrl()
{
    const QSignalBlocker block(url_);
    url_->setText(brokerUrl(form(), false));
}

void BrokerDialog::accept()
{
    const QString problem = checkBrokerUrl(brokerUrl(form(), true));
    if (!problem.isEmpty()) {
        message_->setText(problem);
        return;
    }
    QDialog::accept();
}

void BrokerDialog::testConnection()
{
    if (watcher_.isRunning())
        return;
    const BrokerForm f = form();
    const QString url = brokerUrl(f, true);
    if (const QString problem = checkBrokerUrl(url); !problem.isEmpty()) {
        message_->setText(problem);
        return;
    }
    message_->setText(tr("Connecting to %1…").arg(brokerAddress(url)));
    test_->setEnabled(false);
    watcher_.setFuture(QtConcurrent::run([f, url]() -> Outcome {
        try {
            SourceLagProbe probe(parseConnectorUrl(url.toStdString()));
            return {true, describeBacklog(f, probe.measure())};
        } catch (const std::exception& e) {
            return {false,
                    tr("Cannot connect to %1: %2")
                        .arg(brokerAddress(url), plainBrokerReason(QString::fromStdString(e.what()), url))};
        }
    }));
}

bool BrokerDialog::waitForTest(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (watcher_.isRunning() || !test_->isEnabled()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace seg::ui
