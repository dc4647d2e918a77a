#pragma once
// The work behind the destination export dialog (issue 17), without widgets: run the graph on
// the current data, then export each segment for the chosen preset with the mapping and the
// suppression lists (core/destinations), as `segstudio-cli run --export --preset` does.
#include "data/dataset.h"
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
    std::vector<std::string> segmentIds;
    QString folder;
    std::vector<SuppressionList> lists; // the lists applied to this export
};

struct DestinationOutcome {
    QStringList written;  // file names in the folder
    QString summary;      // per segment: rows, files, removed per list, warnings (no personal data)
    QString error;
    bool cancelled = false;
};

DestinationOutcome runDestinationJob(const DestinationJob& job, const std::function<void(double)>& progress,
                                     const std::atomic<bool>* cancel);

} // namespace seg::ui
