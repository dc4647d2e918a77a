#include "preview/member_sample_view.h"

#include "preview/preview_stats.h"

#include <QAction>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace seg::ui {

namespace {
constexpr int kDefaultColumns = 8; // enough to recognise a customer without scrolling sideways
}

void MemberTableModel::setContents(std::shared_ptr<const PreviewResult> keepAlive, std::vector<uint32_t> rows,
                                   std::vector<const Column*> columns)
{
    beginResetModel();
    keepAlive_ = std::move(keepAlive);
    rows_ = std::move(rows);
    columns_ = std::move(columns);
    endResetModel();
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(columns_.size());
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Column& c = *columns_[static_cast<size_t>(index.column())];
    const uint32_t row = rows_[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole) // NULL is shown (greyed), so it differs from an empty text
        return c.isNull(row) ? tr("NULL") : QString::fromStdString(c.textAt(row));
    if (role == Qt::ForegroundRole && c.isNull(row))
        return QColor(0x9c, 0xa3, 0xaf);
    if (role == Qt::TextAlignmentRole)
        return int((c.type() == DataType::String ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= columnCount())
        return {};
    const Column& c = *columns_[static_cast<size_t>(section)];
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2)").arg(QString::fromStdString(c.name()), QString::fromUtf8(typeName(c.type()).data(), static_cast<qsizetype>(typeName(c.type()).size())));
    return QString::fromStdString(c.name());
}

MemberSampleView::MemberSampleView(QWidget* parent)
    : QWidget(parent), model_(new MemberTableModel(this)), title_(new QLabel), limit_(new QSpinBox),
      columnsButton_(new QToolButton), columnsMenu_(new QMenu(this)), table_(new QTableView)
{
    title_->setWordWrap(true);
    limit_->setRange(1, 10000);
    limit_->setValue(100);
    limit_->setSuffix(tr(" rows"));
    limit_->setToolTip(tr("How many members to show (the first ones in customer-key order)"));
    columnsButton_->setText(tr("Columns"));
    columnsButton_->setToolTip(tr("Choose the customer and derived columns to show"));
    columnsButton_->setPopupMode(QToolButton::InstantPopup);
    columnsButton_->setMenu(columnsMenu_);

    auto* top = new QHBoxLayout;
    top->addWidget(title_, 1);
    top->addWidget(new QLabel(tr("Show")));
    top->addWidget(limit_);
    top->addWidget(columnsButton_);

    table_->setModel(model_);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setMinimumSectionSize(64);
    table_->verticalHeader()->setDefaultSectionSize(22);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);

    // Right-click a member: why is this customer in the set (the Why? panel explains it).
    explainAction_ = new QAction(tr("Why Is This Customer Here?"), this);
    explainAction_->setObjectName("explainMemberAction");
    explainAction_->setStatusTip(tr("Show the rules that put this customer in the segment, node by node"));
    table_->addAction(explainAction_);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(explainAction_, &QAction::triggered, this, [this] {
        const QString key = keyAt(table_->currentIndex().row());
        if (!key.isEmpty())
            Q_EMIT explainRequested(key);
    });

    connect(limit_, &QSpinBox::valueChanged, this, [this] { refresh(); });
    showMessage(tr("Select a rule or segment on the canvas to see its members."));
}

QString MemberSampleView::keyAt(int row) const
{
    const auto& rows = model_->rows();
    if (!result_ || !result_->data || row < 0 || static_cast<size_t>(row) >= rows.size())
        return {};
    return QString::fromStdString(result_->data->customers.key().textAt(rows[static_cast<size_t>(row)]));
}

void MemberSampleView::setLimit(int rows)
{
    limit_->setValue(rows);
}

int MemberSampleView::limit() const
{
    return limit_->value();
}

void MemberSampleView::showMessage(const QString& text)
{
    ++generation_; // a sample still being computed must not replace this message
    result_.reset();
    members_.reset();
    title_->setText(text);
    model_->setContents(nullptr, {}, {});
}

void MemberSampleView::showMembers(std::shared_ptr<const PreviewResult> result, std::shared_ptr<const Bitset> members,
                                   const QString& title)
{
    if (!result || !result->data || !result->run || !members) {
        showMessage(tr("No members to show yet."));
        return;
    }
    result_ = std::move(result);
    members_ = std::move(members);
    setTitle_ = title;

    QStringList names;
    for (const Column& c : result_->data->customers.table.columns)
        names << QString::fromStdString(c.name());
    for (const auto& [name, column] : result_->run->derived)
        names << QString::fromStdString(name);
    if (names != available_) {
        available_ = names;
        if (!userPickedColumns_) {
            shown_ = available_.mid(0, kDefaultColumns);
            for (const auto& [name, column] : result_->run->derived) // derived columns are why users look
                if (!shown_.contains(QString::fromStdString(name)))
                    shown_ << QString::fromStdString(name);
        }
        rebuildColumnMenu();
    }
    refresh();
}

void MemberSampleView::setShownColumns(const QStringList& names)
{
    userPickedColumns_ = true;
    shown_ = names;
    rebuildColumnMenu();
    refresh();
}

void MemberSampleView::rebuildColumnMenu()
{
    columnsMenu_->clear();
    for (const QString& name : available_) {
        QAction* a = columnsMenu_->addAction(name);
        a->setCheckable(true);
        a->setChecked(shown_.contains(name));
        connect(a, &QAction::toggled, this, [this, name](bool on) {
            userPickedColumns_ = true;
            QStringList next;
            for (const QString& n : available_) // keep the data's column order
                if (n == name ? on : shown_.contains(n))
                    next << n;
            shown_ = next;
            refresh();
        });
    }
}

void MemberSampleView::refresh()
{
    if (!result_ || !members_)
        return;
    const CustomerTable& customers = result_->data->customers;
    std::vector<const Column*> columns;
    for (const QString& name : shown_) {
        const std::string n = name.toStdString();
        if (const Column* c = customers.table.find(n))
            columns.push_back(c);
        else if (auto it = result_->run->derived.find(n); it != result_->run->derived.end() && it->second)
            columns.push_back(it->second.get());
    }
    if (columns.empty())
        columns.push_back(&customers.key()); // never an empty table: the key says who
    const auto limit = static_cast<size_t>(limit_->value());
    const uint64_t generation = ++generation_;
    auto apply = [this, generation, result = result_, members = members_,
                  columns = std::move(columns)](std::vector<uint32_t> rows) mutable {
        if (generation != generation_)
            return; // the user moved on while this sample was computed
        const Column& key = result->data->customers.key();
        title_->setText(tr("<b>%1</b>: %2 members, showing the first %3 by %4")
                            .arg(setTitle_.toHtmlEscaped(),
                                 QLocale().toString(static_cast<qulonglong>(members->count())),
                                 QLocale().toString(static_cast<qulonglong>(rows.size())),
                                 QString::fromStdString(key.name()).toHtmlEscaped()));
        model_->setContents(std::move(result), std::move(rows), std::move(columns));
        table_->resizeColumnsToContents();
    };
    if (customers.rows() < backgroundRows_) {
        apply(sampleMembersInKeyOrder(customers.key(), *members_, limit));
        return;
    }
    // Millions of customers: a scan of the set is tens of milliseconds, so it leaves the GUI
    // thread. The lambda owns the result (data, derived columns) and the set while it runs.
    title_->setText(tr("<b>%1</b>: finding the first members…").arg(setTitle_.toHtmlEscaped()));
    auto* watcher = new QFutureWatcher<std::vector<uint32_t>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, apply]() mutable {
        apply(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([result = result_, members = members_, limit] {
        return sampleMembersInKeyOrder(result->data->customers.key(), *members, limit);
    }));
}

} // namespace seg::ui
