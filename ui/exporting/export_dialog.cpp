#include "exporting/export_dialog.h"

#include "document/document.h"
#include "session/data_session.h"
#include "session/preview_runner.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace seg::ui {

namespace {

QString toQ(const std::string& s) { return QString::fromStdString(s); }

QStringList checkedIn(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}

QListWidgetItem* addCheckable(QListWidget* list, const QString& text, const QString& id, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

ExportDialog::ExportDialog(Document* document, DataSession* session, PreviewRunner* runner, QWidget* parent,
                           const QString& segmentId)
    : QDialog(parent), document_(document), session_(session), runner_(runner)
{
    setWindowTitle(tr("Export segments"));
    buildUi();
    const QString projectFile = document_->filePath();
    folder_ = projectFile.isEmpty() ? QDir::homePath() : QFileInfo(projectFile).absolutePath();
    exportFolder_ = QDir(folder_).filePath(QStringLiteral("exports"));
    fillColumns();
    fillSegments(segmentId);
    connect(&watcher_, &QFutureWatcher<ExportOutcome>::finished, this, &ExportDialog::onFinished);
    connect(session_, &DataSession::datasetChanged, this, [this] { // new data, maybe other columns
        const QStringList chosen = columns();
        fillColumns();
        setColumns(chosen);
    });
    confirmOverwrite_ = [this](const QStringList& existing) {
        QStringList names;
        for (const QString& f : existing.mid(0, 8))
            names << QFileInfo(f).fileName();
        if (existing.size() > 8)
            names << tr("... and %n more", nullptr, static_cast<int>(existing.size() - 8));
        return QMessageBox::question(this, tr("Replace files?"),
                                     tr("These files already exist and will be replaced (or removed, when the last export into the folder wrote them and this one does not):\n\n%1").arg(names.join("\n")),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Yes;
    };
}

ExportDialog::~ExportDialog()
{
    if (cancel_)
        cancel_->store(true);
    watcher_.waitForFinished();
}

void ExportDialog::buildUi()
{
    segments_ = new QListWidget(this);
    segments_->setToolTip(tr("The segments to export; each becomes one CSV file"));
    auto* all = new QPushButton(tr("All"), this);
    all->setToolTip(tr("Check every segment"));
    auto* none = new QPushButton(tr("None"), this);
    none->setToolTip(tr("Uncheck every segment"));
    auto* segmentButtons = new QHBoxLayout;
    segmentButtons->addStretch(1);
    segmentButtons->addWidget(all);
    segmentButtons->addWidget(none);
    auto* segmentBox = new QGroupBox(tr("Segments"), this);
    auto* segmentLayout = new QVBoxLayout(segmentBox);
    segmentLayout->addWidget(segments_);
    segmentLayout->addLayout(segmentButtons);

    ownColumns_ = new QCheckBox(tr("Each segment's own export columns"), this);
    ownColumns_->setToolTip(tr("Use the columns set on each segment node (its export settings); uncheck to "
                               "choose the same columns for all segments"));
    columns_ = new QListWidget(this);
    columns_->setToolTip(tr("Columns written to the file, in this order (drag to reorder). Derived columns "
                            "come from the derive nodes of the graph."));
    columns_->setDragDropMode(QAbstractItemView::InternalMove);
    auto* columnBox = new QGroupBox(tr("Columns"), this);
    auto* columnLayout = new QVBoxLayout(columnBox);
    columnLayout->addWidget(ownColumns_);
    columnLayout->addWidget(columns_);

    targetLabel_ = new QLabel(this);
    target_ = new QLineEdit(this);
    target_->setMinimumWidth(320);
    auto* browse = new QPushButton(tr("Browse..."), this);
    browse->setToolTip(tr("Choose where the file(s) go"));
    filesHint_ = new QLabel(this);
    filesHint_->setWordWrap(true);
    filesHint_->setStyleSheet("color: palette(mid);");
    delimiter_ = new QComboBox(this);
    delimiter_->setToolTip(tr("The character between values. Semicolon suits spreadsheets in countries that "
                              "write decimals with a comma."));
    delimiter_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    delimiter_->addItem(tr("Comma  ,"), int(','));
    delimiter_->addItem(tr("Semicolon  ;"), int(';'));
    delimiter_->addItem(tr("Tab"), int('\t'));
    delimiter_->addItem(tr("Pipe  |"), int('|'));
    bom_ = new QCheckBox(tr("UTF-8 with byte order mark (for Excel)"), this);
    bom_->setToolTip(tr("Starts the file with a byte order mark so that Excel shows accented letters "
                        "correctly. Leave it off for other programs and databases."));
    safe_ = new QCheckBox(tr("Spreadsheet-safe text"), this);
    safe_->setToolTip(tr("Spreadsheets run a cell that starts with = + - or @ as a formula, which an attacker "
                         "can abuse through a name or email field. This puts an apostrophe before such text "
                         "cells so they open as plain text. Numbers are not changed. Leave it off when another "
                         "program reads the file: it changes the data."));

    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(target_, 1);
    targetRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(targetLabel_, targetRow);
    form->addRow(QString(), filesHint_);
    form->addRow(tr("Delimiter:"), delimiter_);
    form->addRow(QString(), bom_);
    form->addRow(QString(), safe_);
    auto* outputBox = new QGroupBox(tr("File"), this);
    outputBox->setLayout(form);

    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setToolTip(tr("Progress of the export"));
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Close, this);
    exportButton_ = buttons_->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    exportButton_->setDefault(true);
    exportButton_->setToolTip(tr("Run the graph on the current data and write the files"));

    auto* top = new QHBoxLayout;
    top->addWidget(segmentBox, 1);
    top->addWidget(columnBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(outputBox);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(buttons_);
    resize(720, 560);

    connect(all, &QPushButton::clicked, this, [this] { setCheckedSegments(segmentIds()); });
    connect(none, &QPushButton::clicked, this, [this] { setCheckedSegments({}); });
    connect(segments_, &QListWidget::itemChanged, this, &ExportDialog::segmentsChanged);
    connect(ownColumns_, &QCheckBox::toggled, this, &ExportDialog::columnModeChanged);
    connect(target_, &QLineEdit::editingFinished, this, [this] {
        if (target_->text() != target())
            setTarget(target_->text());
    });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(exportButton_, &QPushButton::clicked, this, [this] {
        if (isExporting())
            cancelExport();
        else
            startExport();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

void ExportDialog::fillSegments(const QString& startWith)
{
    const QSignalBlocker block(segments_);
    segments_->clear();
    bool found = false;
    for (const Node& node : document_->graph().nodes)
        found = found || (node.type == NodeType::Segment && toQ(node.id) == startWith);
    for (const Node& node : document_->graph().nodes) {
        if (node.type != NodeType::Segment)
            continue;
        const QString id = toQ(node.id);
        QString text = toQ(node.displayName());
        // The last preview's size helps picking; the export itself runs the graph again.
        const auto last = runner_ ? runner_->lastResult() : nullptr;
        if (const NodeRun* run = last && last->run ? last->run->node(node.id) : nullptr; run && run->size)
            text = tr("%1 (%Ln customer(s))", nullptr, static_cast<int>(*run->size)).arg(text);
        auto* item = addCheckable(segments_, text, id, !found || id == startWith);
        item->setFlags(item->flags() & ~Qt::ItemIsDragEnabled);
        item->setToolTip(tr("Segment node %1").arg(id));
    }
    ownColumns_->setChecked(checkedSegments().size() > 1);
    segmentsChanged();
}

void ExportDialog::fillColumns()
{
    columns_->clear();
    if (const auto data = session_->dataset())
        for (const Column& column : data->customers.table.columns)
            addCheckable(columns_, toQ(column.name()), toQ(column.name()), false);
    for (const Node& node : document_->graph().nodes)
        if (node.type == NodeType::Derive && !node.name.empty())
            addCheckable(columns_, tr("%1 (derived)").arg(toQ(node.name)), toQ(node.name), false);
}

QStringList ExportDialog::segmentIds() const
{
    QStringList out;
    for (int i = 0; i < segments_->count(); ++i)
        out << segments_->item(i)->data(Qt::UserRole).toString();
    return out;
}

QStringList ExportDialog::checkedSegments() const { return checkedIn(segments_); }

void ExportDialog::setCheckedSegments(const QStringList& ids)
{
    {
        const QSignalBlocker block(segments_);
        for (int i = 0; i < segments_->count(); ++i) {
            QListWidgetItem* item = segments_->item(i);
            item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    segmentsChanged();
}

void ExportDialog::segmentsChanged()
{
    const QStringList checked = checkedSegments();
    const bool single = checked.size() == 1;
    if (single) { // start from the segment's own columns, which the user may then change
        const Node* node = document_->node(checked.first());
        QStringList cols;
        for (const auto& c : node->exportColumns)
            cols << toQ(c);
        const auto data = session_->dataset();
        if (cols.isEmpty() && data && data->customers.keyColumn >= 0)
            cols << toQ(data->customers.key().name());
        setColumns(cols);
        fileChosen_ = false;
    }
    if (!single && wasSingle_)
        ownColumns_->setChecked(true); // several segments: by default each keeps its own columns
    wasSingle_ = single || checked.isEmpty();
    ownColumns_->setVisible(!single);
    columnModeChanged();
    updateTargetUi();
    exportButton_->setEnabled(!checked.isEmpty());
}

void ExportDialog::columnModeChanged() { columns_->setEnabled(!usesSegmentColumns()); }

bool ExportDialog::usesSegmentColumns() const { return checkedSegments().size() > 1 && ownColumns_->isChecked(); }

void ExportDialog::setUseSegmentColumns(bool on) { ownColumns_->setChecked(on); }

QStringList ExportDialog::availableColumns() const
{
    QStringList out;
    for (int i = 0; i < columns_->count(); ++i)
        out << columns_->item(i)->data(Qt::UserRole).toString();
    return out;
}

QStringList ExportDialog::columns() const { return checkedIn(columns_); }

void ExportDialog::setColumns(const QStringList& wanted)
{
    // The chosen columns first, in the given order (the file's column order), then the rest.
    for (int i = static_cast<int>(wanted.size()) - 1; i >= 0; --i) {
        for (int row = 0; row < columns_->count(); ++row) {
            if (columns_->item(row)->data(Qt::UserRole).toString() == wanted[i]) {
                columns_->insertItem(0, columns_->takeItem(row));
                break;
            }
        }
    }
    for (int row = 0; row < columns_->count(); ++row) {
        QListWidgetItem* item = columns_->item(row);
        item->setCheckState(wanted.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

char ExportDialog::delimiter() const { return static_cast<char>(delimiter_->currentData().toInt()); }
void ExportDialog::setDelimiter(char c) { delimiter_->setCurrentIndex(std::max(0, delimiter_->findData(int(c)))); }
bool ExportDialog::bom() const { return bom_->isChecked(); }
void ExportDialog::setBom(bool on) { bom_->setChecked(on); }
bool ExportDialog::spreadsheetSafe() const { return safe_->isChecked(); }
void ExportDialog::setSpreadsheetSafe(bool on) { safe_->setChecked(on); }
QString ExportDialog::message() const { return status_->text(); }

void ExportDialog::setOverwriteConfirmation(std::function<bool(const QStringList&)> confirm)
{
    confirmOverwrite_ = std::move(confirm);
}

QString ExportDialog::target() const { return isFolderTarget() ? exportFolder_ : file_; }

void ExportDialog::setTarget(const QString& path)
{
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (isFolderTarget()) {
        exportFolder_ = absolute;
    } else {
        file_ = absolute;
        fileChosen_ = true;
        if (!absolute.isEmpty())
            folder_ = QFileInfo(absolute).absolutePath();
    }
    updateTargetUi();
}

void ExportDialog::updateTargetUi()
{
    const QStringList checked = checkedSegments();
    if (checked.size() == 1 && !fileChosen_) {
        const Node* node = document_->node(checked.first());
        file_ = QDir(folder_).filePath(toQ(segmentFileSlug(node->name)) + ".csv");
    }
    const bool folder = isFolderTarget();
    targetLabel_->setText(folder ? tr("Folder:") : tr("File:"));
    target_->setToolTip(folder ? tr("One CSV file per segment is written into this folder, named after the segment")
                               : tr("The CSV file to write"));
    target_->setText(target());
    QStringList names;
    for (const QString& f : plannedFiles())
        names << QFileInfo(f).fileName();
    filesHint_->setVisible(folder && !names.isEmpty());
    if (names.size() > 6)
        names = names.mid(0, 6) << tr("...");
    filesHint_->setText(tr("Writes %1").arg(names.join(", ")));
}

void ExportDialog::browse()
{
    QString chosen;
    if (isFolderTarget())
        chosen = QFileDialog::getExistingDirectory(this, tr("Export into folder"), exportFolder_);
    else // replacing is confirmed by the dialog itself, once, for all files
        chosen = QFileDialog::getSaveFileName(this, tr("Export segment"), file_, tr("CSV files (*.csv);;All files (*)"),
                                              nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setTarget(chosen);
}

std::vector<SegmentExport> ExportDialog::plan() const
{
    const QStringList ids = checkedSegments();
    std::vector<std::string> names;
    for (const QString& id : ids)
        names.push_back(document_->node(id)->name);
    const std::vector<std::string> slugs = uniqueSlugs(names);
    std::vector<SegmentExport> out;
    std::vector<std::string> shared;
    for (const QString& c : columns())
        shared.push_back(c.toStdString());
    for (int i = 0; i < ids.size(); ++i) {
        SegmentExport segment;
        segment.segmentId = ids[i].toStdString();
        segment.file = ids.size() == 1 ? file_ : QDir(exportFolder_).filePath(toQ(slugs[static_cast<size_t>(i)]) + ".csv");
        segment.columns = usesSegmentColumns() ? document_->node(ids[i])->exportColumns : shared;
        out.push_back(std::move(segment));
    }
    return out;
}

QStringList ExportDialog::plannedFiles() const
{
    QStringList out;
    for (const SegmentExport& s : plan())
        out << s.file;
    return out;
}

} // namespace seg::ui
