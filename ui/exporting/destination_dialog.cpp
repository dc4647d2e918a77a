#include "exporting/destination_dialog.h"

#include "destinations/presets.h"
#include "graph/graph.h"
#include "document/document.h"
#include "document/graph_settings.h"
#include "export/csv_export.h"
#include "session/data_session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace seg::ui {

namespace {
const char* const kErrorStyle = "color: #b00020;";
constexpr std::array<Identifier, 6> kMappable = {Identifier::Email,    Identifier::Phone,   Identifier::FirstName,
                                                 Identifier::LastName, Identifier::Country, Identifier::Zip};
} // namespace

DestinationDialog::DestinationDialog(Document* document, DataSession* session, QWidget* parent)
    : QDialog(parent), document_(document), session_(session)
{
    setWindowTitle(tr("Export for a Platform"));
    buildUi();
    fillFromDocument();
    connect(&watcher_, &QFutureWatcher<DestinationOutcome>::finished, this, &DestinationDialog::onFinished);
}

DestinationDialog::~DestinationDialog()
{
    if (cancel_)
        cancel_->store(true);
    watcher_.waitForFinished();
}

void DestinationDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    preset_ = new QComboBox(this);
    for (const Preset& p : destinationPresets())
        preset_->addItem(QString::fromStdString(p.title), QString::fromStdString(p.name));
    preset_->setToolTip(tr("The platform the file goes to: its column names, which identifiers are hashed, its "
                           "file limits and minimum audience (docs/destinations.md)"));
    form->addRow(tr("&Destination:"), preset_);
    const QString labels[] = {tr("E-mail:"), tr("Phone:"), tr("First name:"), tr("Last name:"), tr("Country:"), tr("Zip:")};
    // Every column the export can read: the customer columns, then the graph's derived
    // columns (derive nodes, expressions included), which the export takes from the run.
    QStringList columnNames;
    if (const auto data = session_->dataset())
        for (const Column& c : data->customers.table.columns)
            columnNames << QString::fromStdString(c.name());
    QStringList derivedNames;
    for (const Node& node : document_->graph().nodes)
        if (node.type == NodeType::Derive && !node.name.empty() && !columnNames.contains(QString::fromStdString(node.name)))
            derivedNames << QString::fromStdString(node.name);
    for (size_t i = 0; i < kMappable.size(); ++i) {
        auto* combo = new QComboBox(this);
        combo->addItem(tr("(not mapped)"), QString());
        for (const QString& name : columnNames)
            combo->addItem(name, name);
        for (const QString& name : derivedNames)
            combo->addItem(tr("%1 (derived)").arg(name), name);
        form->addRow(labels[i], combo);
        columns_[static_cast<size_t>(kMappable[i])] = combo;
        connect(combo, &QComboBox::currentIndexChanged, this, &DestinationDialog::mappingChanged);
    }
    region_ = new QLineEdit(this);
    region_->setMaxLength(2);
    region_->setPlaceholderText(tr("e.g. DE"));
    region_->setToolTip(tr("The country of phone numbers written without a country code, when the row has no country"));
    form->addRow(tr("Default &region:"), region_);
    connect(region_, &QLineEdit::textChanged, this, &DestinationDialog::mappingChanged);
    phoneCheck_ = new QComboBox(this);
    phoneCheck_->addItem(tr("Length fits the country"), QStringLiteral("length"));
    phoneCheck_->addItem(tr("Valid number range"), QStringLiteral("valid"));
    phoneCheck_->setToolTip(tr("Valid number range also refuses numbers outside the ranges known as assigned; "
                               "the phone data on this system may not know ranges opened recently"));
    connect(phoneCheck_, &QComboBox::currentIndexChanged, this, &DestinationDialog::mappingChanged);
    form->addRow(tr("&Phone check:"), phoneCheck_);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Segments to export:"), this));
    segments_ = new QListWidget(this);
    segments_->setMaximumHeight(110);
    for (const Node& node : document_->graph().nodes)
        if (node.type == NodeType::Segment) {
            auto* item = new QListWidgetItem(QString::fromStdString(node.displayName()), segments_);
            item->setData(Qt::UserRole, QString::fromStdString(node.id));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    layout->addWidget(segments_);

    layout->addWidget(new QLabel(tr("Suppression lists (checked: applied to this export):"), this));
    lists_ = new QListWidget(this);
    lists_->setMaximumHeight(110);
    layout->addWidget(lists_);
    auto* listButtons = new QHBoxLayout;
    auto* importButton = new QPushButton(tr("&Import List…"), this);
    importButton->setToolTip(tr("A CSV with a header naming its columns: email, phone, key, email_sha256 or "
                                "phone_sha256; stored hashed beside the project"));
    connect(importButton, &QPushButton::clicked, this, &DestinationDialog::importListInteractively);
    auto* alwaysButton = new QPushButton(tr("&Always Apply"), this);
    alwaysButton->setToolTip(tr("Mark or unmark the selected list as applied to every export by default"));
    connect(alwaysButton, &QPushButton::clicked, this, &DestinationDialog::toggleAlways);
    listButtons->addWidget(importButton);
    listButtons->addWidget(alwaysButton);
    listButtons->addStretch(1);
    layout->addLayout(listButtons);

    auto* folderRow = new QHBoxLayout;
    folder_ = new QLineEdit(this);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &DestinationDialog::browse);
    folderRow->addWidget(new QLabel(tr("Folder:"), this));
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(browseButton);
    layout->addLayout(folderRow);

    status_ = new QLabel(this);
    status_->setWordWrap(true);
    layout->addWidget(status_);
    summary_ = new QPlainTextEdit(this);
    summary_->setReadOnly(true);
    summary_->setPlaceholderText(tr("After the export: rows per file, members each list removed, warnings"));
    layout->addWidget(summary_, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    exportButton_ = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    connect(exportButton_, &QPushButton::clicked, this, &DestinationDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 640);
}

void DestinationDialog::fillFromDocument()
{
    const GraphExportSettings& s = document_->graph().exportSettings;
    setPreset(QString::fromStdString(s.preset.empty() ? "csv" : s.preset));
    for (const Identifier id : kMappable) {
        const auto it = s.columns.find(id);
        setColumn(id, it == s.columns.end() ? QString() : QString::fromStdString(it->second));
    }
    region_->setText(QString::fromStdString(s.defaultRegion));
    refs_ = s.suppressionLists;
    lists_->clear();
    for (const SuppressionListRef& ref : refs_)
        addListItem(ref, ref.always);
    if (folder_->text().isEmpty() && !document_->filePath().isEmpty())
        folder_->setText(QFileInfo(document_->filePath()).absolutePath() + "/export");
}

GraphExportSettings DestinationDialog::settings() const
{
    GraphExportSettings s;
    s.preset = preset().toStdString();
    for (const Identifier id : kMappable)
        if (const QString c = column(id); !c.isEmpty())
            s.columns[id] = c.toStdString();
    s.defaultRegion = defaultRegion().toStdString();
    s.suppressionLists = refs_; // "always" as marked; the checks are this export's choice
    return s;
}

void DestinationDialog::saveSettings()
{
    GraphSettings settingsNow = GraphSettings::of(document_->graph());
    GraphExportSettings chosen = settings();
    if (settingsNow.exportSettings == chosen)
        return;
    settingsNow.exportSettings = std::move(chosen);
    document_->changeSettings(settingsNow, tr("Change export settings"));
}

void DestinationDialog::fail(const QString& message)
{
    status_->setStyleSheet(kErrorStyle);
    status_->setText(message);
}

bool DestinationDialog::importList(const QString& csvPath, const QString& name)
{
    if (document_->filePath().isEmpty()) {
        fail(tr("Save the project first: suppression lists are stored beside the project file."));
        return false;
    }
    if (name.trimmed().isEmpty()) {
        fail(tr("A suppression list needs a name."));
        return false;
    }
    try {
        SuppressionImportReport report;
        SuppressionList list = importSuppressionCsv(csvPath.toStdString(), name.toStdString(), defaultRegion().toStdString(), report);
        const std::string file = segmentFileSlug(name.toStdString()) + ".suppression.csv";
        saveSuppressionList(list, QDir(QFileInfo(document_->filePath()).absolutePath()).filePath(QString::fromStdString(file)).toStdString());
        const auto existing = std::find_if(refs_.begin(), refs_.end(), [&](const SuppressionListRef& r) { return r.name == name.toStdString(); });
        if (existing == refs_.end()) {
            refs_.push_back({name.toStdString(), file, true});
            addListItem(refs_.back(), true);
        }
        saveSettings();
        status_->setStyleSheet({});
        QString text = tr("Suppression list '%1': %n identifier(s) stored.", nullptr, static_cast<int>(report.entries)).arg(name);
        if (report.invalid)
            text += " " + tr("%n entry(ies) could not be read (first at line %1).", nullptr, static_cast<int>(report.invalid))
                              .arg(report.invalidLines.front());
        status_->setText(text);
        return true;
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()));
        return false;
    }
}

void DestinationDialog::importListInteractively()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Suppression List"), QString(), tr("CSV files (*.csv *.txt)"));
    if (!path.isEmpty())
        importList(path, QFileInfo(path).completeBaseName());
}

void DestinationDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export into Folder"), folder());
    if (!dir.isEmpty())
        folder_->setText(dir);
}

void DestinationDialog::startExport()
{
    if (isExporting())
        return;
    if (folder().isEmpty())
        return fail(tr("Choose a folder to export into."));
    if (!session_->dataset())
        return fail(tr("No data is loaded: import customers first."));
    saveSettings();
    DestinationJob job;
    job.graph = document_->graph();
    job.data = session_->dataset();
    job.folder = folder();
    for (const QString& id : segmentIds())
        if (isSegmentChecked(id))
            job.segmentIds.push_back(id.toStdString());
    if (job.segmentIds.empty())
        return fail(tr("Choose at least one segment to export."));
    job.phoneCheck = phoneCheck();
    job.stopOnBadMapping = !mappingConfirmed_;
    try {
        for (const SuppressionListRef& ref : job.graph.exportSettings.suppressionLists)
            if (isListChecked(QString::fromStdString(ref.name)))
                job.lists.push_back(loadSuppressionList(job.graph.resolve(ref.file), ref.name));
    } catch (const std::exception& e) {
        return fail(QString::fromStdString(e.what()));
    }
    status_->setStyleSheet({});
    status_->setText(tr("Exporting ..."));
    exportButton_->setEnabled(false);
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    auto cancel = cancel_;
    watcher_.setFuture(QtConcurrent::run([job = std::move(job), cancel] { return runDestinationJob(job, {}, cancel.get()); }));
}

void DestinationDialog::waitForExport()
{
    if (!isExporting())
        return;
    watcher_.waitForFinished();
    onFinished();
}

void DestinationDialog::onFinished()
{
    if (!cancel_)
        return;
    cancel_.reset();
    exportButton_->setEnabled(true);
    const DestinationOutcome out = watcher_.result();
    written_ = out.written;
    summary_->setPlainText(out.summary);
    if (out.stoppedForMapping) {
        // Nothing was written. The examples are the user's own data on the user's own
        // screen, shown so they can see what the column holds; they go nowhere else.
        mappingConfirmed_ = true;
        exportButton_->setText(tr("Export Anyway"));
        summary_->setPlainText(mappingReport(out.findings));
        fail(tr("Nothing was exported: a mapped column does not look like its identifier. Check the mapping, "
                "or press Export Anyway."));
        Q_EMIT exportFinished(false, status_->text());
        return;
    }
    if (mappingConfirmed_) {
        mappingConfirmed_ = false;
        exportButton_->setText(tr("Export"));
    }
    const bool ok = out.error.isEmpty() && !out.cancelled;
    if (ok) {
        status_->setStyleSheet({});
        status_->setText(tr("Exported %n file(s) to %1.", nullptr, static_cast<int>(written_.size())).arg(folder()));
    } else {
        fail(out.cancelled ? tr("Export stopped; the folder was left as it was.") : out.error);
    }
    Q_EMIT exportFinished(ok, status_->text());
}

} // namespace seg::ui
