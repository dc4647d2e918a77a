#include "exporting/destination_job.h"

#include "destinations/destination_export.h"
#include "destinations/manifest.h"
#include "export/csv_export.h"
#include "session/preview_runner.h"
#include "util/error.h"

#include <QCoreApplication>

namespace seg::ui {

namespace {
// Texts are marked with QT_TRANSLATE_NOOP so lupdate finds them under this context.
QString jobText(const char* text, int n = -1)
{
    return QCoreApplication::translate("seg::ui::DestinationJob", text, nullptr, n);
}
} // namespace

DestinationOutcome runDestinationJob(const DestinationJob& job, const std::function<void(double)>& progress,
                                     const std::atomic<bool>* cancel)
{
    DestinationOutcome out;
    try {
        if (!job.data)
            throw Error(jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "No data is loaded: import customers first.")).toStdString());
        const GraphExportSettings& settings = job.graph.exportSettings;
        const Preset* preset = findPreset(settings.preset);
        if (!preset)
            throw Error(jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "Choose a destination.")).toStdString());
        const PreviewResult result = runPreview(job.graph, job.data, Strategy::Auto, 0, nullptr, cancel);
        if (cancel && cancel->load())
            throw Cancelled();
        if (!result.run)
            throw Error(jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "The graph could not be run: %1")).arg(result.runError).toStdString());
        const MappedColumns mapped = resolveMapping(job.data->customers, result.run->derived, settings.columns);

        DestinationExportOptions options;
        options.preset = preset;
        options.defaultRegion = settings.defaultRegion;
        options.cancel = cancel;
        for (const SuppressionList& list : job.lists)
            options.suppression.push_back(&list);
        QStringList lines;
        for (const MappingFinding& f : checkMapping(job.data->customers, mapped, settings.columns, settings.defaultRegion))
            lines << jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "Warning: %1")).arg(QString::fromStdString(f.message));

        ExportSet set(job.folder.toStdString());
        std::vector<std::string> names;
        for (const std::string& id : job.segmentIds) {
            const Node* node = job.graph.find(id);
            names.push_back(node ? node->displayName() : id);
        }
        const std::vector<std::string> slugs = uniqueSlugs(names);
        ManifestSource source;
        source.graphName = job.graph.name;
        source.graphHash = graphHash(job.graph);
        source.asOf = formatDate(result.run->asOf);
        source.runTime = utcNow();
        for (size_t i = 0; i < job.segmentIds.size(); ++i) {
            const Bitset* members = result.run->members(job.segmentIds[i]);
            if (!members)
                throw Error(jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "Segment '%1' could not be computed; nothing was written."))
                                .arg(QString::fromStdString(names[i])).toStdString());
            source.segmentId = job.segmentIds[i];
            source.segmentName = names[i];
            source.definitionHash = segmentDefinitionHash(job.graph, job.segmentIds[i]);
            const DestinationExportSummary s =
                exportForDestination(job.data->customers, mapped, *members, set, slugs[i], options, source);
            QStringList files;
            for (const std::string& f : s.files)
                files << QString::fromStdString(f);
            out.written << files;
            lines << jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "%1: %2 of %3 members written to %4"))
                         .arg(QString::fromStdString(names[i]))
                         .arg(s.written)
                         .arg(s.members)
                         .arg(files.join(", "));
            for (const auto& [list, removed] : s.suppressedByList)
                lines << "  " + jobText(QT_TRANSLATE_N_NOOP("seg::ui::DestinationJob", "suppression list '%1' removed %n"), static_cast<int>(removed)).arg(QString::fromStdString(list));
            for (const std::string& w : s.warnings)
                lines << "  " + jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "Warning: %1")).arg(QString::fromStdString(w));
            if (progress)
                progress(static_cast<double>(i + 1) / static_cast<double>(job.segmentIds.size()));
        }
        set.commit();
        out.summary = lines.join("\n");
    } catch (const Cancelled&) {
        out.cancelled = true;
    } catch (const std::exception& e) {
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

} // namespace seg::ui
