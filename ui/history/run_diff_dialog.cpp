#include "history/run_diff_dialog.h"

#include "export/csv_export.h"
#include "history/member_diff_csv.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <filesystem>

namespace seg::ui {

namespace fs = std::filesystem;

namespace {

constexpr int kShownColumns = 3; // columns of the loaded data beside the key
constexpr qint64 kNow = -1;      // the "to" combo's entry for now

struct Compared {
    std::shared_ptr<const MemberDiff> diff;
    std::vector<uint32_t> entered, left; // the first kMaxListed rows of each, in key order
    QString error;
};

std::vector<uint32_t> firstInKeyOrder(const CustomerTable& keys, const Bitset& rows)
{
    std::vector<uint32_t> order = membersInKeyOrder(keys.key(), rows);
    if (order.size() > size_t(RunDiffDialog::kMaxListed))
        order.resize(size_t(RunDiffDialog::kMaxListed));
    return order;
}

QTableWidget* makeTable(QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

RunDiffDialog::RunDiffDialog(const QString& workspace, const QString& segmentId, const QString& segmentName,
                             std::vector<RunRecord> runs, std::shared_ptr<const Bitset> now,
                             std::shared_ptr<const Dataset> data, QWidget* parent)
    : QDialog(parent), workspace_(workspace), segmentId_(segmentId), runs_(std::move(runs)), now_(std::move(now)),
      data_(std::move(data)), from_(new QComboBox(this)), to_(new QComboBox(this)), summary_(new QLabel(this)),
      tabs_(new QTabWidget(this)), enteredTable_(makeTable(this)), leftTable_(makeTable(this)),
      export_(new QPushButton(tr("Export CSV…"), this))
{
    setWindowTitle(tr("Who entered and left %1").arg(segmentName));
    setObjectName("runDiffDialog");
    resize(720, 480);
    // Newest first, as in the Run History dock.
    for (auto it = runs_.rbegin(); it != runs_.rend(); ++it) {
        const RunRecord::Segment* s = it->segment(segmentId_.toStdString());
        const QString text = tr("Run %1 · %2 UTC · %3 members")
                                 .arg(it->id)
                                 .arg(QString::fromStdString(it->at))
                                 .arg(QLocale().toString(qulonglong(s ? s->size : 0)));
        from_->addItem(text, qint64(it->id));
        to_->addItem(text, qint64(it->id));
    }
    if (now_)
        to_->insertItem(0, tr("Now (the last preview, %1 members)").arg(QLocale().toString(qulonglong(now_->count()))),
                        kNow);
    summary_->setWordWrap(true);
    tabs_->addTab(enteredTable_, tr("Entered"));
    tabs_->addTab(leftTable_, tr("Left"));
    export_->setEnabled(false);
    export_->setToolTip(tr("Write <segment>-entered.csv and <segment>-left.csv (the customers' keys) into a folder"));
    auto* compare = new QPushButton(tr("Compare"), this);

    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("From:"), this));
    pick->addWidget(from_, 1);
    pick->addWidget(new QLabel(tr("To:"), this));
    pick->addWidget(to_, 1);
    pick->addWidget(compare);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(export_, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(summary_);
    layout->addWidget(tabs_, 1);
    layout->addWidget(buttons);
    connect(compare, &QPushButton::clicked, this, &RunDiffDialog::compareChosen);
    connect(export_, &QPushButton::clicked, this, &RunDiffDialog::chooseExportFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (runs_.empty())
        summary_->setText(tr("No recorded run has this segment yet (Run > Run Now records one)."));
}

QString RunDiffDialog::summaryText() const { return summary_->text(); }

void RunDiffDialog::compareChosen()
{
    if (from_->currentIndex() < 0 || to_->currentIndex() < 0)
        return;
    const qint64 to = to_->currentData().toLongLong();
    compare(from_->currentData().toLongLong(), to == kNow ? std::nullopt : std::optional<int64_t>(to));
}

void RunDiffDialog::compare(int64_t fromRun, std::optional<int64_t> toRun)
{
    if (!toRun && !now_)
        return;
    // Show the pick in the combos (the dock passes it in).
    from_->setCurrentIndex(from_->findData(qint64(fromRun)));
    to_->setCurrentIndex(to_->findData(toRun ? qint64(*toRun) : kNow));
    export_->setEnabled(false);
    summary_->setText(tr("Comparing…"));
    ++busy_;
    auto* watcher = new QFutureWatcher<Compared>(this);
    connect(watcher, &QFutureWatcher<Compared>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --busy_;
        const Compared out = watcher->result();
        if (!out.error.isEmpty()) {
            error_ = out.error;
            diff_.reset();
            entered_ = left_ = 0;
            enteredTable_->setRowCount(0);
            leftTable_->setRowCount(0);
            summary_->setText(tr("Cannot compare: %1").arg(out.error));
            Q_EMIT compared(false);
            return;
        }
        error_.clear();
        diff_ = out.diff;
        entered_ = diff_->entered.count();
        left_ = diff_->left.count();
        const QLocale locale;
        QString text = tr("%1 → %2 members: %3 entered, %4 left.")
                           .arg(locale.toString(qulonglong(diff_->fromSize)), locale.toString(qulonglong(diff_->toSize)),
                                locale.toString(qulonglong(entered_)), locale.toString(qulonglong(left_)));
        if (entered_ > size_t(kMaxListed) || left_ > size_t(kMaxListed))
            text += " " + tr("The first %1 of each are listed (by key); Export CSV writes all.").arg(kMaxListed);
        summary_->setText(text);
        tabs_->setTabText(0, tr("Entered (%1)").arg(locale.toString(qulonglong(entered_))));
        tabs_->setTabText(1, tr("Left (%1)").arg(locale.toString(qulonglong(left_))));
        fill(enteredTable_, diff_->toKeys, out.entered);
        fill(leftTable_, diff_->fromKeys, out.left);
        export_->setEnabled(true);
        Q_EMIT compared(true);
    });
    const std::string file = workspace_.toStdString(), segment = segmentId_.toStdString();
    const auto now = now_;
    watcher->setFuture(QtConcurrent::run([file, segment, fromRun, toRun, now]() -> Compared {
        Compared out;
        try {
            const WorkspaceInfo info = openWorkspace(file);
            auto diff = std::make_shared<MemberDiff>(toRun ? diffRuns(info, fromRun, *toRun, segment)
                                                           : diffRunToNow(info, fromRun, segment, *now));
            out.entered = firstInKeyOrder(diff->toKeys, diff->entered);
            out.left = firstInKeyOrder(diff->fromKeys, diff->left);
            out.diff = std::move(diff);
        } catch (const std::exception& e) {
            out.error = QString::fromStdString(e.what());
        }
        return out;
    }));
}

void RunDiffDialog::fill(QTableWidget* table, const CustomerTable& keys, const std::vector<uint32_t>& rows)
{
    // A few columns of the loaded data beside the key, where the key's rows are the loaded
    // customers' rows (the same import): members of runs on earlier data show their key only.
    const CustomerTable* loaded = data_ ? &data_->customers : nullptr;
    const bool sameRows = loaded && loaded->rows() == keys.rows();
    std::vector<const Column*> extra;
    if (sameRows)
        for (size_t c = 0; c < loaded->table.columns.size() && int(extra.size()) < kShownColumns; ++c)
            if (int(c) != loaded->keyColumn)
                extra.push_back(&loaded->table.columns[c]);
    QStringList headers{QString::fromStdString(keys.key().name())};
    for (const Column* c : extra)
        headers << QString::fromStdString(c->name());
    table->clear();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(static_cast<int>(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        const uint32_t r = rows[i];
        const std::string key = keys.key().textAt(r);
        table->setItem(int(i), 0, new QTableWidgetItem(QString::fromStdString(key)));
        if (!sameRows || loaded->key().textAt(r) != key)
            continue;
        for (size_t c = 0; c < extra.size(); ++c)
            table->setItem(int(i), int(c + 1), new QTableWidgetItem(QString::fromStdString(extra[c]->textAt(r))));
    }
    table->resizeColumnsToContents();
}

QStringList RunDiffDialog::listedKeys(bool entered) const
{
    const QTableWidget* table = entered ? enteredTable_ : leftTable_;
    QStringList keys;
    for (int r = 0; r < table->rowCount(); ++r)
        keys << (table->item(r, 0) ? table->item(r, 0)->text() : QString());
    return keys;
}

void RunDiffDialog::chooseExportFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export who entered and left"), QDir::homePath());
    if (!dir.isEmpty())
        exportTo(dir);
}

void RunDiffDialog::exportTo(const QString& dir)
{
    if (!diff_)
        return;
    ++busy_;
    export_->setEnabled(false);
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, dir] {
        watcher->deleteLater();
        --busy_;
        export_->setEnabled(true);
        const QString error = watcher->result();
        const QString message = error.isEmpty() ? tr("Exported %1-entered.csv and %1-left.csv to %2")
                                                      .arg(QString::fromStdString(segmentFileSlug(segmentId_.toStdString())),
                                                           QDir::toNativeSeparators(dir))
                                                : tr("Not exported: %1").arg(error);
        error_ = error;
        summary_->setText(summary_->text().section('\n', 0, 0) + "\n" + message);
        Q_EMIT exported(error.isEmpty(), message);
    });
    const auto diff = diff_;
    const std::string segment = segmentId_.toStdString();
    const fs::path folder = fs::path(dir.toStdString());
    watcher->setFuture(QtConcurrent::run([diff, segment, folder]() -> QString {
        try {
            exportMemberDiff(*diff, segment, folder);
            return {};
        } catch (const std::exception& e) {
            return QString::fromStdString(e.what());
        }
    }));
}

bool RunDiffDialog::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (busy_ > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return busy_ == 0;
}

} // namespace seg::ui
