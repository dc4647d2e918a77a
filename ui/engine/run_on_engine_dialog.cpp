#include "engine/run_on_engine_dialog.h"

#include "document/document.h"
#include "engine/engine_url.h"
#include "session/data_session.h"
#include "sql/sql_engine.h"
#include "util/error.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace seg::ui {

namespace {
constexpr const char* kUrlKey = "engine/url";
}

RunOnEngineDialog::RunOnEngineDialog(Document* document, DataSession* session, QWidget* parent)
    : QDialog(parent), document_(document), session_(session), url_(new QLineEdit(this)),
      password_(new QLineEdit(this)), loadFirst_(new QCheckBox(tr("Load the current data into the engine first"), this)),
      runButton_(new QPushButton(tr("&Run"), this)), cancelButton_(new QPushButton(tr("&Stop"), this)),
      busy_(new QProgressBar(this)), status_(new QLabel(this)), table_(new QTreeWidget(this))
{
    setWindowTitle(tr("Run on SQL Engine"));
    url_->setText(QSettings().value(kUrlKey).toString());
    url_->setPlaceholderText("postgres://user@127.0.0.1:5432/db?table=customers&events=events");
    url_->setToolTip(tr("sqlite:path/to/file.db, or postgres://user@host:port/db?table=customers&events=events"));
    password_->setEchoMode(QLineEdit::Password);
    password_->setToolTip(tr("Used for this connection only; never saved"));
    loadFirst_->setToolTip(tr("Replaces the engine's tables with the data loaded here (customers and events)"));
    busy_->setRange(0, 0);
    busy_->hide();
    cancelButton_->setEnabled(false);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    table_->setHeaderLabels({tr("Node"), tr("Members"), tr("Remote time (ms)"), tr("Status")});
    table_->setRootIsDecorated(false);
    table_->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* form = new QFormLayout;
    form->addRow(tr("&Engine URL:"), url_);
    form->addRow(tr("&Password:"), password_);
    form->addRow(QString(), loadFirst_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(runButton_, QDialogButtonBox::ActionRole);
    buttons->addButton(cancelButton_, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &RunOnEngineDialog::reject);
    connect(runButton_, &QPushButton::clicked, this, &RunOnEngineDialog::start);
    connect(cancelButton_, &QPushButton::clicked, this, &RunOnEngineDialog::cancel);
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &RunOnEngineDialog::onFinished);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(busy_);
    layout->addWidget(status_);
    layout->addWidget(table_, 1);
    layout->addWidget(buttons);
    resize(720, 520);
}

RunOnEngineDialog::~RunOnEngineDialog()
{
    cancel();
    watcher_.waitForFinished();
}

void RunOnEngineDialog::setUrl(const QString& url) { url_->setText(url); }
void RunOnEngineDialog::setPassword(const QString& password) { password_->setText(password); }
void RunOnEngineDialog::setLoadFirst(bool on) { loadFirst_->setChecked(on); }
QString RunOnEngineDialog::message() const { return status_->text(); }

void RunOnEngineDialog::start()
{
    if (watcher_.isRunning())
        return;
    const QString url = url_->text().trimmed();
    if (url.isEmpty()) {
        status_->setText(tr("Enter the engine's URL."));
        return;
    }
    QSettings().setValue(kUrlKey, QString::fromStdString(urlWithoutPassword(url.toStdString())));
    const std::string connectUrl = urlWithPassword(url, password_->text()).toStdString();
    const bool load = loadFirst_->isChecked();
    const auto data = session_->dataset();
    if (load && !data) {
        status_->setText(tr("There is no data loaded here to load into the engine."));
        return;
    }
    const Graph graph = document_->graph();
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = cancel_;
    result_.reset();
    table_->clear();
    busy_->show();
    runButton_->setEnabled(false);
    cancelButton_->setEnabled(true);
    status_->setText(load ? tr("Loading the data, then running…") : tr("Running…"));
    watcher_.setFuture(QtConcurrent::run([graph, connectUrl, load, data, cancelFlag]() -> Outcome {
        Outcome out;
        try {
            SqlEngine engine(connectUrl); // one engine (connection) per thread
            if (load) {
                const LoadSummary summary = engine.load(graph, *data, cancelFlag.get());
                out.loaded = QCoreApplication::translate("RunOnEngineDialog", "Loaded %1 customers and %2 events. ")
                                 .arg(summary.customers)
                                 .arg(summary.events);
            }
            RunOptions options;
            options.cancel = cancelFlag.get();
            out.result = std::make_shared<RunResult>(engine.run(graph, options).result);
        } catch (const Cancelled&) {
            out.error = QCoreApplication::translate("RunOnEngineDialog", "Stopped.");
        } catch (const std::exception& e) {
            out.error = QString::fromStdString(e.what());
        }
        return out;
    }));
}

void RunOnEngineDialog::cancel()
{
    if (cancel_)
        cancel_->store(true);
}

void RunOnEngineDialog::reject()
{
    cancel();
    watcher_.waitForFinished();
    QDialog::reject();
}

void RunOnEngineDialog::onFinished()
{
    busy_->hide();
    runButton_->setEnabled(true);
    cancelButton_->setEnabled(false);
    const Outcome out = watcher_.result();
    if (!out.result || out.result->cancelled) {
        status_->setText(out.loaded + (out.error.isEmpty() ? tr("Stopped.") : out.error));
        Q_EMIT finished(false, status_->text());
        return;
    }
    result_ = out.result;
    status_->setText(out.loaded + tr("Ran %1 remote queries in %2 ms.")
                                      .arg(result_->nodes.size())
                                      .arg(QLocale().toString(result_->totalMs, 'f', 1)));
    showResult();
    Q_EMIT finished(true, status_->text());
}

void RunOnEngineDialog::showResult()
{
    const QLocale locale;
    for (const NodeRun& n : result_->nodes) {
        const Node* node = document_->node(QString::fromStdString(n.id));
        const QString name = node ? QString::fromStdString(node->displayName()) : QString::fromStdString(n.id);
        auto* item = new QTreeWidgetItem(table_, {name, n.size ? locale.toString(static_cast<qulonglong>(*n.size)) : QString(),
                                                  locale.toString(n.endMs - n.startMs, 'f', 1),
                                                  QString::fromUtf8(std::string(nodeStatusName(n.status)).c_str())});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (!n.error.empty())
            item->setToolTip(3, QString::fromStdString(n.error));
    }
}

} // namespace seg::ui
