#pragma once
// A sample of member rows: the first N members of a set in customer-key order (the order of
// the CSV export), with the customer and derived columns the user picks. Usage:
// view->showMembers(result, result->run->sets.at(id), tr("Segment 'VIP'")); the result keeps
// the data and derived columns alive while they are shown.
#include "session/preview_runner.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QSpinBox;
class QTableView;
class QToolButton;
class QMenu;

namespace seg::ui {

class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    // rows: customer row numbers; columns: owned by `keepAlive` (the preview result).
    void setContents(std::shared_ptr<const PreviewResult> keepAlive, std::vector<uint32_t> rows,
                     std::vector<const Column*> columns);
    const std::vector<uint32_t>& rows() const { return rows_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const PreviewResult> keepAlive_;
    std::vector<uint32_t> rows_;
    std::vector<const Column*> columns_;
};

class MemberSampleView : public QWidget {
    Q_OBJECT
public:
    explicit MemberSampleView(QWidget* parent = nullptr);

    void showMembers(std::shared_ptr<const PreviewResult> result, std::shared_ptr<const Bitset> members,
                     const QString& title);
    void showMessage(const QString& text);

    // Columns offered (customer columns, then derived) and those shown, by name.
    QStringList availableColumns() const { return available_; }
    QStringList shownColumns() const { return shown_; }
    void setShownColumns(const QStringList& names);
    void setLimit(int rows);
    int limit() const;

    // Data with at least this many customers is sampled on a worker thread (tests lower it).
    void setBackgroundRows(size_t rows) { backgroundRows_ = rows; }

    MemberTableModel* model() const { return model_; }
    QLabel* titleLabel() const { return title_; }
    QTableView* table() const { return table_; }
    // The customer key shown in table row `row` ("" when none).
    QString keyAt(int row) const;
    // The context action "Why is this customer here?" (on the selected row).
    QAction* explainAction() const { return explainAction_; }

Q_SIGNALS:
    // The user asked why the customer with this key is in the shown set.
    void explainRequested(const QString& key);

private:
    void refresh();
    void rebuildColumnMenu();

    std::shared_ptr<const PreviewResult> result_;
    std::shared_ptr<const Bitset> members_;
    QString setTitle_;
    QStringList available_;
    QStringList shown_;
    bool userPickedColumns_ = false;
    size_t backgroundRows_ = 1'000'000;
    uint64_t generation_ = 0; // the latest request; older background results are dropped

    MemberTableModel* model_;
    QLabel* title_;
    QSpinBox* limit_;
    QToolButton* columnsButton_;
    QMenu* columnsMenu_;
    QTableView* table_;
    QAction* explainAction_ = nullptr;
};

} // namespace seg::ui
