// Where new nodes go (palette double-click, paste, duplicate, a wire dropped on empty canvas):
// the free spot nearest to where the user looks, so a new card never lands on another one.
#include "canvas/node_scene.h"

#include "document/document.h"
#include "util/json.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace seg::ui {

namespace {
constexpr double kMargin = 20;     // free space kept around every card
constexpr double kSearchStep = 30;
constexpr int kSearchRings = 60;   // up to 1800 px away; beyond that the graph is huge anyway
constexpr double kCopiedHeight = 160; // pasted cards' height before they exist (tallest common card)

QPointF snapped(QPointF p) { return {std::round(p.x() / 10) * 10, std::round(p.y() / 10) * 10}; }
} // namespace

QPointF NodeScene::freeTopLeft(QRectF wanted) const
{
    std::vector<QRectF> taken;
    for (NodeItem* item : std::as_const(items_))
        taken.push_back(item->cardSceneRect().adjusted(-kMargin, -kMargin, kMargin, kMargin));
    const auto isFree = [&](const QRectF& r) {
        return std::none_of(taken.begin(), taken.end(), [&](const QRectF& t) { return t.intersects(r); });
    };
    // Square rings around the wanted spot; inside a ring the nearest candidate first.
    for (int ring = 0; ring <= kSearchRings; ++ring) {
        std::vector<QPointF> candidates;
        for (int dx = -ring; dx <= ring; ++dx)
            for (int dy = -ring; dy <= ring; ++dy)
                if (std::max(std::abs(dx), std::abs(dy)) == ring)
                    candidates.push_back(QPointF(dx * kSearchStep, dy * kSearchStep));
        std::stable_sort(candidates.begin(), candidates.end(), [](QPointF a, QPointF b) {
            // Nearest first; on a tie prefer right, then below (reading order of a graph).
            const double da = std::hypot(a.x(), a.y()), db = std::hypot(b.x(), b.y());
            if (da != db)
                return da < db;
            return a.x() != b.x() ? a.x() > b.x() : a.y() > b.y();
        });
        for (QPointF shift : candidates) {
            const QRectF r = wanted.translated(shift);
            if (isFree(snappedRect(r)))
                return snapped(r.topLeft());
        }
    }
    return snapped(wanted.topLeft());
}

QRectF NodeScene::snappedRect(QRectF r) { return QRectF(snapped(r.topLeft()), r.size()); }

QRectF NodeScene::preferredNewNodeRect(QPointF fallbackCentre, double height) const
{
    QRectF selected;
    for (const QString& id : selectedNodeIds())
        selected |= items_.value(id)->cardSceneRect();
    if (!selected.isEmpty()) // to the right of the selection, where its output would flow
        return QRectF(selected.right() + 60, selected.top(), NodeItem::kWidth, height);
    return QRectF(fallbackCentre - QPointF(NodeItem::kWidth / 2, height / 2), QSizeF(NodeItem::kWidth, height));
}

QPointF NodeScene::freePasteOffset(const QString& text, QPointF preferred) const
{
    Json doc;
    try {
        doc = Json::parse(text.toStdString());
    } catch (const std::exception&) {
        return preferred; // not nodes: pasting will say so
    }
    QRectF group;
    if (doc.is_object() && doc.contains("segstudio_nodes") && doc["segstudio_nodes"].is_array())
        for (const Json& entry : doc["segstudio_nodes"])
            if (entry.is_object() && entry.contains("position") && entry["position"].is_array()
                && entry["position"].size() == 2 && entry["position"][0].is_number() && entry["position"][1].is_number())
                group |= QRectF(entry["position"][0].get<double>(), entry["position"][1].get<double>(), NodeItem::kWidth,
                                kCopiedHeight);
    if (group.isEmpty())
        return preferred;
    const QRectF wanted = group.translated(preferred);
    return preferred + (freeTopLeft(wanted) - wanted.topLeft());
}

} // namespace seg::ui
