#include "exporting/export_job.h"

#include "export/export_set.h"
#include "session/preview_runner.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace seg::ui {

namespace {

// Share of the progress bar the run takes before any file is written.
constexpr double kRunShare = 0.1;

} // namespace

ExportOutcome runExportJob(const ExportJob& job, const std::function<void(double)>& progress,
                           const std::atomic<bool>* cancel)
{
    ExportOutcome out;
    auto report = [&](double fraction) {
        if (progress)
            progress(fraction);
    };
    try {
        if (!job.data)
            throw Error(QCoreApplication::translate("seg::ui::ExportJob", "No data is loaded: import customers first.").toStdString());
        // The preview's run leaves out nodes that do not validate, so one broken rule elsewhere
        // in the graph does not block exporting the segments that are fine.
        const PreviewResult result = runPreview(job.graph, job.data, Strategy::Auto, 0, nullptr, cancel);
        if (cancel && cancel->load())
            throw Cancelled();
        if (!result.run) {
            QString why = result.runError;
            if (why.isEmpty() && !result.graphErrors.isEmpty())
                why = result.graphErrors.join("; ");
            throw Error(QCoreApplication::translate("seg::ui::ExportJob", "The graph could not be run: %1").arg(why).toStdString());
        }
        report(kRunShare);

        uint64_t total = 0;
        std::vector<const Bitset*> members;
        for (const SegmentExport& segment : job.segments) {
            const Bitset* set = result.run->members(segment.segmentId);
            if (!set) {
                QString why;
                if (auto it = result.invalid.find(segment.segmentId); it != result.invalid.end())
                    why = QString::fromStdString(it->second);
                else if (const NodeRun* node = result.run->node(segment.segmentId); node && !node->error.empty())
                    why = QString::fromStdString(node->error);
                else
                    why = QCoreApplication::translate("seg::ui::ExportJob", "it depends on a rule that has a problem");
                throw Error(QCoreApplication::translate("seg::ui::ExportJob", "Segment '%1' could not be computed (%2); nothing was written to %3")
                                .arg(QString::fromStdString(segment.segmentId), why, segment.file)
                                .toStdString());
            }
            members.push_back(set);
            total += set->count();
        }

        std::unique_ptr<ExportSet> set;
        if (!job.folder.isEmpty())
            set = std::make_unique<ExportSet>(std::filesystem::path(QFile::encodeName(job.folder).toStdString()),
                                              ExportSet::Ownership::ListedFiles);
        uint64_t before = 0;
        for (size_t i = 0; i < job.segments.size(); ++i) {
            const SegmentExport& segment = job.segments[i];
            std::filesystem::path file = QFile::encodeName(segment.file).toStdString();
            if (set) {
                file = set->pathFor(file.filename().string());
            } else {
                const QDir folder = QFileInfo(segment.file).absoluteDir();
                if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
                    throw Error(QCoreApplication::translate("seg::ui::ExportJob", "Cannot create the folder %1 for %2").arg(folder.absolutePath(), segment.file).toStdString());
            }
            ExportOptions options = job.format;
            options.columns = segment.columns;
            options.cancel = cancel;
            options.progress = [&](uint64_t done, uint64_t) {
                if (total > 0)
                    report(kRunShare + (1 - kRunShare) * static_cast<double>(before + done) / static_cast<double>(total));
            };
            try {
                exportMembersCsv(job.data->customers, result.run->derived, *members[i], file, options);
            } catch (const Cancelled&) {
                throw;
            } catch (const Error& e) { // name the final file, not the staged one
                std::string message = e.what();
                if (const size_t at = message.find(file.string()); set && at != std::string::npos)
                    message.replace(at, file.string().size(), segment.file.toStdString());
                throw Error(message);
            }
            if (!set)
                out.written << segment.file;
            before += members[i]->count();
        }
        if (set) {
            set->commit();
            out.replacedAsSet = set->replacedAsSet();
            for (const SegmentExport& segment : job.segments)
                out.written << segment.file;
        }
        report(1.0);
    } catch (const Cancelled&) {
        out.cancelled = true;
    } catch (const std::exception& e) {
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

} // namespace seg::ui
