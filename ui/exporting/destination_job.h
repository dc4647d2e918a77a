#pragma once
// The work behind the destination export dialog (issue 17), without widgets: run the graph on
// the current data, then export each segment for the chosen preset with the mapping and the
// suppression lists (core/destinations), as `segstudio-cli run --export --preset` does.
#include "data/dataset.h"
#include "destinations/destination_export.h"
#include "destinations/suppression.h"
#include "graph/graph.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace seg::ui {

struct DestinationJob {
    Graph graph; // its exportSettings: preset, columns, default region
    std::shared_ptr<const Dataset> data;
    std::vector<std::string> segmentIds; // the segments chosen for this export
    QString folder;
    std::vector<SuppressionList> lists; // the lists applied to this export
    PhoneCheck phoneCheck = PhoneCheck::Length;
    // Stop before writing anything when a mapped column is mostly unreadable as its
    // identifier (the user then confirms with "Export Anyway", which clears this).
    bool stopOnBadMapping = true;
};

struct DestinationOutcome {
    QStringList written;  // file names in the folder
    QString summary;      // per segment: rows, files, removed per list, warnings (no personal data)
    QString error;
    bool cancelled = false;
    // The mapping check (core/destinations checkMapping), before anything was written.
    std::vector<MappingFinding> findings;
    bool stoppedForMapping = false; // nothing written: a mapped column is mostly unreadable
};

DestinationOutcome runDestinationJob(const DestinationJob& job, const std::function<void(double)>& progress,
                                     const std::atomic<bool>* cancel);

} // namespace seg::ui
