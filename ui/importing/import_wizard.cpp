#include "importing/import_wizard.h"

#include "document/document.h"
#include "document/graph_settings.h"
#include "importing/date_format_choices.h"
#include "importing/import_columns_page.h"
#include "importing/import_file_page.h"
#include "importing/import_format_page.h"
#include "importing/import_run_page.h"
#include "session/data_session.h"
#include "util/error.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include <algorithm>

namespace seg::ui {

namespace {

QString toQ(const std::string& s) { return QString::fromStdString(s); }

int columnIndex(const ImportPreview& preview, const QString& name)
{
    const std::string n = name.toStdString();
    for (size_t i = 0; i < preview.columns.size(); ++i)
        if (preview.columns[i].name == n)
            return static_cast<int>(i);
    return -1;
}

// The first column whose lower-case name is one of `names`, else one containing `part`.
QString guessColumn(const ImportPreview& preview, const QStringList& names, const QString& part)
{
    for (const QString& wanted : names)
        for (const auto& c : preview.columns)
            if (toQ(c.name).toLower() == wanted)
                return toQ(c.name);
    if (!part.isEmpty())
        for (const auto& c : preview.columns)
            if (toQ(c.name).toLower().contains(part))
                return toQ(c.name);
    return {};
}

} // namespace

QString dataTypeTitle(DataType type)
{
    switch (type) {
    case DataType::Int: return ImportWizard::tr("Whole number");
    case DataType::Double: return ImportWizard::tr("Decimal number");
    case DataType::Bool: return ImportWizard::tr("Yes/no");
    case DataType::Date: return ImportWizard::tr("Date");
    case DataType::Timestamp: return ImportWizard::tr("Date and time");
    case DataType::String: return ImportWizard::tr("Text");
    }
    return {};
}

QString droppedCsvPath(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile() && (suffix == "csv" || suffix == "tsv" || suffix == "txt"))
            return url.toLocalFile();
    }
    return {};
}

ImportWizard::ImportWizard(ImportKind kind, Document* document, DataSession* session, QWidget* parent,
                           const QString& initialPath)
    : QWizard(parent), kind_(kind), document_(document), session_(session)
{
    setWindowTitle(kind == ImportKind::Customers ? tr("Import customers") : tr("Import events"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(760, 560);
    addPage(new ImportFilePage(this));
    addPage(new ImportFormatPage(this));
    addPage(new ImportColumnsPage(this));
    addPage(new ImportRunPage(this));

    previousData_ = session_->dataset();
    connect(session_, &DataSession::importFinished, this, &ImportWizard::onSessionFinished);
    connect(session_, &DataSession::importProgress, this, [this](double fraction) {
        if (importing_)
            Q_EMIT importProgress(fraction);
    });

    // Importing the file the graph already uses again starts from its settings.
    const std::optional<DatasetSpec> current = currentSpec();
    const QString currentPath = current ? document_->datasetPath(current->path) : QString();
    const QString start = initialPath.isEmpty() ? currentPath : initialPath;
    if (current && !currentPath.isEmpty()
        && QFileInfo(start).absoluteFilePath() == QFileInfo(currentPath).absoluteFilePath())
        adoptSpec(*current);
    if (!start.isEmpty())
        setFilePath(start);
}

ImportWizard::~ImportWizard()
{
    if (importing_)
        session_->cancelImport(); // nobody would record the settings of that data
}

std::optional<DatasetSpec> ImportWizard::currentSpec() const
{
    const Graph& graph = document_->graph();
    if (kind_ == ImportKind::Customers)
        return graph.customers.path.empty() ? std::nullopt : std::optional<DatasetSpec>(graph.customers);
    return graph.events;
}

void ImportWizard::adoptSpec(const DatasetSpec& spec)
{
    options_.delimiter = spec.delimiter;
    options_.encoding = spec.encoding;
    options_.nullValues = spec.nullValues;
    columnTypes_ = spec.columnTypes;
    key_ = spec.key ? toQ(*spec.key) : QString();
    time_ = toQ(spec.time);
    eventType_ = toQ(spec.type);
    policy_ = spec.onDuplicateKey;
}

void ImportWizard::setFilePath(const QString& path)
{
    path_ = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    readPreview();
    if (!preview_)
        return;
    std::erase_if(columnTypes_, [&](const auto& entry) { return columnIndex(*preview_, toQ(entry.first)) < 0; });
    detectDateLayouts();
    // Sensible roles for a new file; choices that still name a column of the file are kept.
    auto keep = [&](QString& choice, const QString& guess) {
        if (choice.isEmpty() || columnIndex(*preview_, choice) < 0)
            choice = guess;
    };
    const QStringList idNames{"customer_id", "customerid", "client_id", "user_id", "id"};
    if (kind_ == ImportKind::Customers) {
        keep(key_, guessColumn(*preview_, idNames, QString()));
    } else {
        QString customersKey;
        if (const auto& key = document_->graph().customers.key)
            customersKey = toQ(*key).toLower();
        keep(key_, guessColumn(*preview_, QStringList{customersKey} + idNames, "_id"));
        QString firstTime;
        for (const auto& c : preview_->columns)
            if (firstTime.isEmpty()
                && (c.inferred == DataType::Date || c.inferred == DataType::Timestamp
                    || columnType(toQ(c.name)).startsWith("date") || columnType(toQ(c.name)).startsWith("timestamp")))
                firstTime = toQ(c.name);
        keep(time_, firstTime);
        keep(eventType_, guessColumn(*preview_, {"event_type", "type", "event", "event_name"}, "type"));
    }
    Q_EMIT choicesChanged();
}

void ImportWizard::detectDateLayouts()
{
    ambiguousDates_.clear();
    for (size_t c = 0; c < preview_->columns.size(); ++c) {
        const QString name = toQ(preview_->columns[c].name);
        if (!columnType(name).isEmpty())
            continue; // the user's (or the graph's) choice stays
        const DateLayoutGuess guess = sampleDateLayout(*preview_, c);
        if (guess.ambiguous())
            ambiguousDates_ << name;
        else if (guess.found())
            columnTypes_.emplace_back(preview_->columns[c].name, typeSpecText(guess.spec()));
    }
    std::stable_sort(columnTypes_.begin(), columnTypes_.end(), [&](const auto& a, const auto& b) {
        return columnIndex(*preview_, toQ(a.first)) < columnIndex(*preview_, toQ(b.first));
    });
}

DateLayoutGuess ImportWizard::dateLayout(const QString& column) const
{
    const int c = preview_ ? columnIndex(*preview_, column) : -1;
    return c < 0 ? DateLayoutGuess{} : sampleDateLayout(*preview_, static_cast<size_t>(c));
}

void ImportWizard::readPreview()
{
    preview_.reset();
    previewError_.clear();
    if (path_.isEmpty()) {
        previewError_ = tr("Choose a CSV file.");
    } else {
        try {
            preview_ = previewImport(path_.toStdString(), options_);
        } catch (const std::exception& e) {
            previewError_ = toQ(e.what());
        }
    }
    Q_EMIT previewChanged();
}

void ImportWizard::setDelimiter(std::optional<char> delimiter)
{
    if (delimiter == options_.delimiter)
        return;
    options_.delimiter = delimiter;
    setFilePath(path_); // other columns: re-guess the roles
}

std::optional<QString> ImportWizard::encoding() const
{
    return options_.encoding ? std::optional<QString>(toQ(*options_.encoding)) : std::nullopt;
}

void ImportWizard::setEncoding(const std::optional<QString>& encoding)
{
    const std::optional<std::string> e = encoding ? std::optional<std::string>(encoding->toStdString()) : std::nullopt;
    if (e == options_.encoding)
        return;
    options_.encoding = e;
    readPreview();
}

QStringList ImportWizard::nullMarkers() const
{
    QStringList out;
    for (const auto& v : options_.nullValues)
        out << toQ(v);
    return out;
}

void ImportWizard::setNullMarkers(const QStringList& markers)
{
    std::vector<std::string> values;
    for (const QString& m : markers)
        values.push_back(m.toStdString());
    if (values == options_.nullValues)
        return;
    options_.nullValues = std::move(values);
    readPreview();
}

QString ImportWizard::columnType(const QString& column) const
{
    const std::string name = column.toStdString();
    for (const auto& [c, type] : columnTypes_)
        if (c == name)
            return toQ(type);
    return {};
}

void ImportWizard::setColumnType(const QString& column, const QString& typeText)
{
    const std::string name = column.toStdString();
    std::erase_if(columnTypes_, [&](const auto& entry) { return entry.first == name; });
    ambiguousDates_.removeAll(column); // the user has decided
    if (!typeText.isEmpty())
        columnTypes_.emplace_back(name, typeText.toStdString());
    if (preview_) { // file order, as a hand-written graph file would list them
        std::stable_sort(columnTypes_.begin(), columnTypes_.end(), [&](const auto& a, const auto& b) {
            return columnIndex(*preview_, toQ(a.first)) < columnIndex(*preview_, toQ(b.first));
        });
    }
    Q_EMIT choicesChanged();
}

void ImportWizard::setKeyColumn(const QString& column)
{
    key_ = column;
    Q_EMIT choicesChanged();
}

void ImportWizard::setTimeColumn(const QString& column)
{
    time_ = column;
    Q_EMIT choicesChanged();
}

void ImportWizard::setTypeColumn(const QString& column)
{
    eventType_ = column;
    Q_EMIT choicesChanged();
}

void ImportWizard::setDuplicatePolicy(DuplicateKeyPolicy policy)
{
    policy_ = policy;
    Q_EMIT choicesChanged();
}

DatasetSpec ImportWizard::datasetSpec() const
{
    DatasetSpec spec;
    const QString projectFile = document_->filePath();
    spec.path = (projectFile.isEmpty() ? path_ : QFileInfo(projectFile).absoluteDir().relativeFilePath(path_))
                    .toStdString();
    // The importer does not guess encodings, so the detected one is written down; a detected
    // delimiter is left to detection, as in a hand-written file.
    spec.delimiter = options_.delimiter;
    spec.encoding = preview_ ? preview_->encoding : options_.encoding.value_or("utf-8");
    spec.nullValues = options_.nullValues;
    spec.columnTypes = columnTypes_;
    if (kind_ == ImportKind::Customers) {
        if (!key_.isEmpty())
            spec.key = key_.toStdString();
        spec.onDuplicateKey = policy_;
    } else {
        spec.key = key_.toStdString();
        spec.time = time_.toStdString();
        spec.type = eventType_.toStdString();
    }
    return spec;
}

QString ImportWizard::choicesProblem() const
{
    if (!preview_)
        return previewError_;
    if (!ambiguousDates_.isEmpty()) {
        const int c = columnIndex(*preview_, ambiguousDates_.front());
        const QString example = toQ(sampleValueFor(*preview_, static_cast<size_t>(c), ""));
        return tr("Column '%1' holds dates such as %2 that can be read day first or month first: choose its "
                  "date format below.").arg(ambiguousDates_.front(), example);
    }
    if (kind_ == ImportKind::Events) {
        if (document_->graph().customers.path.empty() || !session_->dataset())
            return tr("Import customers first: events are matched to customers by their ID.");
        if (key_.isEmpty())
            return tr("Choose the column that holds the customer ID of each event.");
        if (time_.isEmpty())
            return tr("Choose the column that holds the time of each event.");
        const int t = columnIndex(*preview_, time_);
        const QString override = columnType(time_);
        const bool isTime = override.startsWith("date") || override.startsWith("timestamp")
                            || (override.isEmpty() && t >= 0
                                && (preview_->columns[static_cast<size_t>(t)].inferred == DataType::Date
                                    || preview_->columns[static_cast<size_t>(t)].inferred == DataType::Timestamp));
        if (!isTime)
            return tr("The time column '%1' does not hold dates or timestamps; choose another column or set "
                      "its type (with a format) below.").arg(time_);
    }
    return {};
}

void ImportWizard::startImport()
{
    if (!choicesProblem().isEmpty())
        return;
    const Graph& graph = document_->graph();
    ImportRequest request;
    if (kind_ == ImportKind::Customers) {
        request.customers = datasetSpec();
        request.customersPath = path_;
        if (graph.events && !graph.events->path.empty()) { // events are matched to the new customers
            request.events = graph.events;
            request.eventsPath = document_->datasetPath(graph.events->path);
        }
    } else {
        request.customers = graph.customers;
        request.customersPath = document_->datasetPath(graph.customers.path);
        request.events = datasetSpec();
        request.eventsPath = path_;
    }
    imported_.reset();
    importMessage_.clear();
    importing_ = true;
    Q_EMIT importStarted();
    session_->startImport(request);
}

void ImportWizard::cancelImport()
{
    if (importing_)
        session_->cancelImport();
}

void ImportWizard::onSessionFinished(bool ok, const QString& message)
{
    if (!importing_)
        return; // someone else's import
    importing_ = false;
    importMessage_ = message;
    if (ok) {
        std::shared_ptr<const Dataset> data = session_->dataset();
        if (kind_ == ImportKind::Events && data && !data->eventsError.empty()) {
            // The session keeps customers when events fail; for this wizard that is a failure.
            ok = false;
            importMessage_ = toQ(data->eventsError);
            session_->setDataset(previousData_);
        } else {
            imported_ = std::move(data);
        }
    }
    Q_EMIT importFinished(ok, importMessage_);
}

const ImportReport* ImportWizard::report() const
{
    if (!imported_)
        return nullptr;
    if (kind_ == ImportKind::Customers)
        return &imported_->customersReport;
    return imported_->eventsReport ? &*imported_->eventsReport : nullptr;
}

void ImportWizard::accept()
{
    if (!imported_)
        return;
    GraphSettings settings = GraphSettings::of(document_->graph());
    if (kind_ == ImportKind::Customers)
        settings.customers = datasetSpec();
    else
        settings.events = datasetSpec();
    if (!(settings == GraphSettings::of(document_->graph())))
        document_->changeSettings(settings, kind_ == ImportKind::Customers ? tr("Import customers")
                                                                           : tr("Import events"));
    QWizard::accept();
}

void ImportWizard::reject()
{
    if (importing_) {
        session_->cancelImport();
        session_->waitForImport();
    }
    if (imported_ && session_->dataset() == imported_)
        session_->setDataset(previousData_);
    imported_.reset();
    QWizard::reject();
}

void ImportWizard::setDriftBaseline(const ImportReport& previous, const Json& settings)
{
    driftBaseline_ = previous;
    driftSettings_ = settings;
}

QStringList ImportWizard::drift() const
{
    QStringList out;
    const ImportReport* now = report();
    if (!driftBaseline_ || !now)
        return out;
    for (const std::string& d : importDrift(*driftBaseline_, *now, driftSettings_))
        out << QString::fromStdString(d);
    return out;
}

} // namespace seg::ui
