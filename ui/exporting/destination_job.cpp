#include "exporting/destination_job.h"

#include "destinations/destination_export.h"
#include "destinations/manifest.h"
#include "export/csv_export.h"
#include "export/segment_exports.h"
#include "session/preview_runner.h"
#include "util/error.h"

#include <QCoreApplication>

#include <algorithm>

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
        if (job.segmentIds.empty())
            throw Error(jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "Choose at least one segment to export.")).toStdString());
        std::vector<Identifier> mappedIds;
        for (const auto& [id, column] : settings.columns)
            mappedIds.push_back(id);
        if (!presetCanMatch(*preset, mappedIds))
            throw Error(jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "%1 needs columns mapped to %2."))
                            .arg(QString::fromStdString(preset->title), QString::fromStdString(presetMatchText(*preset)))
                            .toStdString());
        const PreviewResult result = runPreview(job.graph, job.data, Strategy::Auto, 0, nullptr, cancel);
        if (cancel && cancel->load())
            throw Cancelled();
        if (!result.run)
            throw Error(jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "The graph could not be run: %1")).arg(result.runError).toStdString());
        const MappedColumns mapped = resolveMapping(job.data->customers, result.run->derived, settings.columns);

        DestinationExportOptions options;
        options.preset = preset;
        options.defaultRegion = settings.defaultRegion;
        options.phoneCheck = job.phoneCheck;
        options.cancel = cancel;
        for (const SuppressionList& list : job.lists)
            options.suppression.push_back(&list);
        QStringList lines;
        out.findings = checkMapping(job.data->customers, mapped, settings.columns, settings.defaultRegion, 10000, job.phoneCheck);
        for (const MappingFinding& f : out.findings) {
            lines << jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "Warning: %1")).arg(QString::fromStdString(f.message));
            out.stoppedForMapping = out.stoppedForMapping || (job.stopOnBadMapping && f.mostlyInvalid());
        }
        if (out.stoppedForMapping) {
            out.summary = lines.join("\n");
            return out;
        }

        ExportSet set(job.folder.toStdString());
        ManifestSource source;
        source.graphName = job.graph.name;
        source.graphHash = graphHash(job.graph);
        source.asOf = formatDate(result.run->asOf);
        source.runTime = utcNow();
        const std::vector<SegmentExport> segments = segmentExports(*result.run);
        size_t done = 0;
        for (const SegmentExport& e : segments) {
            if (std::find(job.segmentIds.begin(), job.segmentIds.end(), e.segment->id) == job.segmentIds.end())
                continue;
            const QString name = QString::fromStdString(e.segment->name);
            if (!e.members)
                throw Error(jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "Segment '%1' could not be computed; nothing was written."))
                                .arg(name).toStdString());
            source.segmentId = e.segment->id;
            source.segmentName = e.segment->name;
            source.definitionHash = segmentDefinitionHash(job.graph, e.segment->id);
            const DestinationExportSummary s =
                exportForDestination(job.data->customers, mapped, *e.members, set, e.slug, options, source);
            QStringList files;
            for (const std::string& f : s.files)
                files << QString::fromStdString(f);
            out.written << files;
            lines << jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "%1: %2 of %3 members written to %4"))
                         .arg(name)
                         .arg(s.written)
                         .arg(s.members)
                         .arg(files.join(", "));
            for (const auto& [list, removed] : s.suppressedByList)
                lines << "  " + jobText(QT_TRANSLATE_N_NOOP("seg::ui::DestinationJob", "suppression list '%1' removed %n"), static_cast<int>(removed)).arg(QString::fromStdString(list));
            for (const std::string& w : s.warnings)
                lines << "  " + jobText(QT_TRANSLATE_NOOP("seg::ui::DestinationJob", "Warning: %1")).arg(QString::fromStdString(w));
            ++done;
            if (progress)
                progress(static_cast<double>(done) / static_cast<double>(job.segmentIds.size()));
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
