#include "canvas/node_item.h"

#include "canvas/node_scene.h"
#include "canvas/node_style.h"
#include "document/node_catalog.h"
#include "document/rule_text.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace seg::ui {

namespace {
constexpr double kHeaderHeight = 28;
// The card keeps the size it had before it showed rules (saved layouts stay tidy): the share
// bar became a stripe at the header's foot to make room for two lines of rule.
constexpr double kShareStripe = 3;
constexpr double kRuleTop = 30;      // two lines of the rule in plain words under the header
constexpr double kRuleLine = 15;
constexpr double kCountTop = 60;
constexpr double kStatusTop = 75;
constexpr double kInfoBottom = 92;   // header + rule + count line + status line
constexpr double kRowHeight = 20;
constexpr double kPortRadius = 5;
constexpr double kPortHitRadius = 10;
constexpr double kCorner = 6;

QString tr(const char* text) { return QCoreApplication::translate("seg::ui::NodeItem", text); }

// `text` broken at spaces into at most `maxLines` lines of `width`, the last one elided.
QStringList wrapLines(const QFontMetricsF& fm, const QString& text, double width, int maxLines)
{
    QStringList lines;
    QString rest = text.simplified();
    while (!rest.isEmpty() && lines.size() < maxLines) {
        if (lines.size() == maxLines - 1 || fm.horizontalAdvance(rest) <= width) {
            lines << fm.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        int cut = -1;
        for (int i = 1; i < rest.size() && fm.horizontalAdvance(rest.left(i)) <= width; ++i)
            if (rest[i] == QLatin1Char(' '))
                cut = i;
        if (cut <= 0) { // one long word: as many characters as fit
            int fit = 1;
            while (fit < rest.size() && fm.horizontalAdvance(rest.left(fit + 1)) <= width)
                ++fit;
            cut = fit;
        }
        lines << rest.left(cut);
        rest = rest.mid(cut).trimmed();
    }
    return lines;
}
} // namespace

NodeItem::NodeItem(const Node& node) : node_(node)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    updateToolTip();
}

void NodeItem::setNode(const Node& node)
{
    prepareGeometryChange();
    node_ = node;
    updateToolTip();
    update();
}

void NodeItem::setRuleText(const QString& text)
{
    if (ruleText_ == text)
        return;
    ruleText_ = text;
    updateToolTip();
    update();
}

QString NodeItem::titleText() const { return nodeCardTitle(node_); }

void NodeItem::setLiveState(const NodeLiveState& state)
{
    state_ = state;
    updateToolTip();
    update();
}

void NodeItem::setDropHighlight(bool on)
{
    if (dropHighlight_ != on) {
        dropHighlight_ = on;
        update();
    }
}

// ---- text ----

QString NodeItem::countText() const
{
    if (node_.type == NodeType::Derive)
        return tr("Column “%1”").arg(QString::fromStdString(node_.name));
    if (!state_.members)
        return tr("– customers");
    return tr("%L1 customers").arg(static_cast<qulonglong>(*state_.members));
}

QString NodeItem::statusText() const
{
    using S = NodeLiveState::Status;
    switch (state_.status) {
    case S::NotRun: return state_.message.isEmpty() ? tr("Not run yet") : state_.message;
    case S::Ok: return state_.cached ? tr("Up to date (cached)") : tr("Up to date");
    case S::Stale: return tr("Out of date");
    case S::Running: return tr("Running…");
    case S::Failed: return tr("Failed: %1").arg(state_.message);
    case S::Skipped: return tr("Skipped: %1").arg(state_.message);
    case S::Invalid: return tr("Invalid: %1").arg(state_.message);
    case S::Warning: return tr("Warning: %1").arg(state_.message);
    case S::Live: return state_.message.isEmpty() ? tr("Live") : state_.message;
    }
    return {};
}

void NodeItem::updateToolTip()
{
    // The same rule as on the card, in full (the card may elide it), then the type's meaning.
    const QString rule = ruleText_.isEmpty() ? ruleSentence(node_) : ruleText_;
    QString tip = QStringLiteral("<b>%1</b> — %2 (%3)<br>%4<br><i>%5</i>")
                      .arg(titleText().toHtmlEscaped(), nodeTitle(node_.type), id().toHtmlEscaped(),
                           rule.toHtmlEscaped(), nodeDescription(node_.type));
    tip += QStringLiteral("<br><br>") + countText().toHtmlEscaped();
    tip += QStringLiteral("<br>") + statusText().toHtmlEscaped();
    if (state_.runMs)
        tip += QStringLiteral("<br>") + tr("Last run: %1 ms").arg(*state_.runMs, 0, 'f', 1);
    if (!state_.alerts.isEmpty()) {
        tip += QStringLiteral("<br><br><b>") + tr("Alerts:") + QStringLiteral("</b>");
        for (const QString& alert : state_.alerts)
            tip += QStringLiteral("<br>\u26A0 ") + alert.toHtmlEscaped();
    }
    setToolTip(tip);
}

// ---- geometry ----

int NodeItem::inputSlotCount(const Node& node)
{
    const int max = maxInputs(node.type);
    const int connected = static_cast<int>(node.inputs.size());
    if (max == 0)
        return 0;
    if (max == 1)
        return 1;
    const int withFree = (max < 0 || connected < max) ? connected + 1 : connected;
    return std::max(minInputs(node.type), withFree);
}

int NodeItem::inputSlotCount() const { return inputSlotCount(node_); }

QStringList NodeItem::outputRefs() const
{
    QStringList refs;
    for (const std::string& ref : seg::ui::outputRefs(node_))
        refs << QString::fromStdString(ref);
    return refs;
}

bool NodeItem::portsInRows(const Node& node)
{
    return inputSlotCount(node) > 1 || seg::ui::outputRefs(node).size() > 1;
}

int NodeItem::portRows(const Node& node)
{
    return portsInRows(node) ? std::max<int>(inputSlotCount(node), static_cast<int>(seg::ui::outputRefs(node).size()))
                             : 0;
}

double NodeItem::heightFor(const Node& node)
{
    const int rows = portRows(node);
    return kInfoBottom + (rows > 0 ? rows * kRowHeight + 8 : 0);
}

double NodeItem::rowY(int row) const
{
    if (!portsInRows(node_))
        return height() / 2;
    return kInfoBottom + 4 + kRowHeight * row + kRowHeight / 2;
}

QPointF NodeItem::inputAnchor(int slot) const { return mapToScene(QPointF(0, rowY(slot))); }

QPointF NodeItem::outputAnchor(const QString& ref) const
{
    const int row = std::max<int>(0, static_cast<int>(outputRefs().indexOf(ref)));
    return mapToScene(QPointF(kWidth, rowY(row)));
}

QString NodeItem::outputRefAt(QPointF scenePos) const
{
    for (const QString& ref : outputRefs())
        if (QLineF(outputAnchor(ref), scenePos).length() <= kPortHitRadius)
            return ref;
    return {};
}

bool NodeItem::takesWireAt(QPointF scenePos) const
{
    constexpr double slack = 4;
    const QRectF area = QRectF(-kPortHitRadius - slack, -slack, kWidth + kPortHitRadius + 2 * slack, height() + 2 * slack);
    return area.contains(mapFromScene(scenePos));
}

QRectF NodeItem::cardSceneRect() const { return mapRectToScene(QRectF(0, 0, kWidth, height())); }

int NodeItem::highlightedSlot() const
{
    // The slot a dropped wire takes: the free one, or the only one (a single input is replaced).
    const int slots = inputSlotCount();
    if (slots == 0)
        return -1;
    return std::min(static_cast<int>(node_.inputs.size()), slots - 1);
}

QRectF NodeItem::boundingRect() const
{
    const double m = kPortHitRadius;
    return QRectF(-m, -m, kWidth + 2 * m, height() + 2 * m);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill); // the port circles overlap the card: union, not holes
    path.addRoundedRect(QRectF(0, 0, kWidth, height()), kCorner, kCorner);
    for (int slot = 0; slot < inputSlotCount(); ++slot)
        path.addEllipse(mapFromScene(inputAnchor(slot)), kPortHitRadius, kPortHitRadius);
    for (const QString& ref : outputRefs())
        path.addEllipse(mapFromScene(outputAnchor(ref)), kPortHitRadius, kPortHitRadius);
    return path;
}

QString NodeItem::inputSlotLabel(int slot) const
{
    if (node_.type == NodeType::Except)
        return slot == 0 ? tr("keep") : tr("minus");
    if (node_.type == NodeType::Priority && slot < static_cast<int>(node_.inputs.size()))
        return tr("#%1").arg(slot + 1);
    return {};
}

QString NodeItem::outputPortLabel(const QString& ref) const
{
    const QString port = ref.section(':', 1);
    const auto it = state_.portMembers.find(port.toStdString());
    if (it == state_.portMembers.end() || state_.status == NodeLiveState::Status::Stale)
        return port;
    return QStringLiteral("%1  %L2").arg(port).arg(static_cast<qulonglong>(it->second));
}

// ---- painting ----

void NodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    using namespace canvas_colors;
    using S = NodeLiveState::Status;
    p->setRenderHint(QPainter::Antialiasing);
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform());
    if (scale < kDetailScale) {
        paintOverview(p, scale);
        return;
    }
    const QRectF card(0, 0, kWidth, height());
    const QColor typeColor = nodeColor(node_.type);

    // Card with a coloured header; the border says selected / drop target / failed.
    QColor border = kNodeBorder;
    double borderWidth = 1;
    if (state_.status == S::Failed || state_.status == S::Invalid)
        border = kFailed, borderWidth = 1.5;
    if (dropHighlight_)
        border = kOk, borderWidth = 2.5;
    if (isSelected())
        border = kSelection, borderWidth = 2.5;
    p->setPen(Qt::NoPen);
    p->setBrush(kNodeBody);
    p->drawRoundedRect(card, kCorner, kCorner);
    p->save(); // the header is the top of the rounded card, square at its bottom edge
    p->setClipRect(QRectF(0, 0, kWidth, kHeaderHeight));
    p->setBrush(typeColor);
    p->drawRoundedRect(card, kCorner, kCorner);
    p->restore();
    p->setPen(QPen(border, borderWidth));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(card, kCorner, kCorner); // the border last, so the header does not cover it

    QFont base = p->font();
    base.setPointSizeF(9);
    QFont bold = base;
    bold.setBold(true);
    QFont small = base;
    small.setPointSizeF(7.5);

    // Header: title (label or a readable default) and, when the title does not say it, the
    // type's initial in a badge (as in the palette; the tooltip names the type).
    const QString title = titleText();
    const bool typeBadge = title != nodeTitle(node_.type);
    const double typeWidth = typeBadge ? 22 : 0;
    if (typeBadge) {
        const QRectF badge(kWidth - 22, 6, 16, 16);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(255, 255, 255, 70));
        p->drawRoundedRect(badge, 3, 3);
        p->setFont(small);
        p->setPen(Qt::white);
        p->drawText(badge, Qt::AlignCenter, nodeTitle(node_.type).left(1).toUpper());
    }
    // A segment with alerts: an amber "!" badge left of the type badge (the tooltip lists them).
    const double alertWidth = state_.alerts.isEmpty() ? 0 : 20;
    if (alertWidth > 0) {
        const QRectF badge(kWidth - typeWidth - 22, 6, 16, 16);
        p->setPen(QPen(Qt::white, 1));
        p->setBrush(kWarning);
        p->drawEllipse(badge);
        p->setFont(bold);
        p->setPen(Qt::black);
        p->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }
    p->setFont(bold);
    p->setPen(Qt::white);
    const double titleWidth = kWidth - typeWidth - alertWidth - 16;
    p->drawText(QRectF(10, 0, titleWidth, kHeaderHeight), Qt::AlignVCenter,
                QFontMetricsF(bold).elidedText(title, Qt::ElideRight, titleWidth));

    // The rule in plain words, two lines at most (the tooltip has all of it).
    QFont ruleFont = base;
    ruleFont.setPointSizeF(8.5);
    p->setFont(ruleFont);
    p->setPen(kText);
    const QStringList lines = wrapLines(QFontMetricsF(ruleFont), ruleText_, kWidth - 20, 2);
    for (int i = 0; i < lines.size(); ++i)
        p->drawText(QRectF(10, kRuleTop + i * kRuleLine, kWidth - 20, kRuleLine), Qt::AlignVCenter, lines[i]);

    // Count and share.
    const bool stale = state_.status == S::Stale || state_.status == S::Running;
    p->setFont(bold);
    p->setPen(stale ? kMutedText : kText);
    p->drawText(QRectF(10, kCountTop, kWidth - 70, 16), Qt::AlignVCenter,
                QFontMetricsF(bold).elidedText(countText(), Qt::ElideRight, kWidth - 70));
    const bool hasShare = state_.members && state_.universe > 0;
    const double share = hasShare ? double(*state_.members) / double(state_.universe) : 0;
    if (hasShare) {
        p->setFont(base);
        p->setPen(kMutedText);
        p->drawText(QRectF(kWidth - 70, kCountTop, 60, 16), Qt::AlignVCenter | Qt::AlignRight,
                    QStringLiteral("%1%").arg(share * 100, 0, 'f', share < 0.1 ? 2 : 1));
    }
    if (node_.type != NodeType::Derive) { // the share as a stripe along the header's foot
        const QRectF track(1, kHeaderHeight - kShareStripe, kWidth - 2, kShareStripe);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0, 0, 0, 45));
        p->drawRect(track);
        if (hasShare && share > 0) {
            p->setBrush(stale ? QColor(255, 255, 255, 120) : QColor(255, 255, 255, 230));
            p->drawRect(QRectF(track.topLeft(), QSizeF(std::max(3.0, track.width() * share), track.height())));
        }
    }

    // Status dot, text and time.
    QColor statusColor = kStale;
    switch (state_.status) {
    case S::Ok: statusColor = kOk; break;
    case S::Running: statusColor = kRunning; break;
    case S::Live: statusColor = kLive; break;
    case S::Failed:
    case S::Invalid: statusColor = kFailed; break;
    case S::Warning:
    case S::Skipped: statusColor = kWarning; break;
    case S::NotRun:
    case S::Stale: break;
    }
    p->setPen(Qt::NoPen);
    p->setBrush(statusColor);
    p->drawEllipse(QPointF(14, kStatusTop + 8), 4, 4);
    p->setFont(base);
    QString timeText;
    if (state_.runMs && !stale)
        timeText = *state_.runMs < 0.05 ? tr("<0.1 ms") : tr("%1 ms").arg(*state_.runMs, 0, 'f', *state_.runMs < 10 ? 1 : 0);
    const double timeWidth = timeText.isEmpty() ? 0 : QFontMetricsF(base).horizontalAdvance(timeText) + 8;
    p->setPen(state_.status == S::Failed || state_.status == S::Invalid ? kFailed : kMutedText);
    p->drawText(QRectF(24, kStatusTop, kWidth - 34 - timeWidth, 16), Qt::AlignVCenter,
                QFontMetricsF(base).elidedText(statusText(), Qt::ElideRight, kWidth - 34 - timeWidth));
    if (!timeText.isEmpty()) {
        p->setPen(kMutedText);
        p->drawText(QRectF(kWidth - 10 - timeWidth, kStatusTop, timeWidth, 16), Qt::AlignVCenter | Qt::AlignRight,
                    timeText);
    }

    // Port rows: a thin separator, then labels beside the ports.
    if (portsInRows(node_)) {
        p->setPen(QPen(kGrid, 1));
        p->drawLine(QPointF(8, kInfoBottom), QPointF(kWidth - 8, kInfoBottom));
    }
    paintPorts(p);
}

void NodeItem::paintPorts(QPainter* p)
{
    using namespace canvas_colors;
    const QColor typeColor = nodeColor(node_.type);
    QFont small = p->font();
    small.setBold(false);
    small.setPointSizeF(7.5);
    p->setFont(small);
    const int target = dropHighlight_ ? highlightedSlot() : -1;
    for (int slot = 0; slot < inputSlotCount(); ++slot) {
        const QPointF at(0, rowY(slot));
        const bool connected = slot < static_cast<int>(node_.inputs.size());
        if (slot == target) { // where the dragged wire will arrive
            p->setPen(QPen(kOk.darker(120), 2));
            p->setBrush(kOk);
            p->drawEllipse(at, kPortRadius + 3, kPortRadius + 3);
        } else {
            p->setPen(QPen(kEdge, 1.5));
            p->setBrush(connected ? kEdge : kNodeBody);
            p->drawEllipse(at, kPortRadius, kPortRadius);
        }
        const QString label = inputSlotLabel(slot);
        if (!label.isEmpty()) {
            p->setPen(kMutedText);
            p->drawText(QRectF(10, at.y() - 9, 80, 18), Qt::AlignVCenter, label);
        }
    }
    const QStringList outputs = outputRefs();
    for (int row = 0; row < outputs.size(); ++row) {
        const QPointF at(kWidth, rowY(row));
        p->setPen(QPen(typeColor.darker(120), 1.5));
        p->setBrush(typeColor);
        p->drawEllipse(at, kPortRadius + 0.5, kPortRadius + 0.5);
        if (outputs.size() > 1 || node_.type == NodeType::Priority) {
            p->setPen(kText);
            p->drawText(QRectF(kWidth / 2 - 20, at.y() - 9, kWidth / 2 + 8, 18), Qt::AlignVCenter | Qt::AlignRight,
                        outputPortLabel(outputs[row]));
        }
    }
}

// Zoomed out: the title and the count in a font that stays about 14 px on screen, on a card
// tinted in the type's colour; details would only be illegible specks.
void NodeItem::paintOverview(QPainter* p, double scale)
{
    using namespace canvas_colors;
    const QRectF card(0, 0, kWidth, height());
    const QColor typeColor = nodeColor(node_.type);
    QColor tint = typeColor;
    tint.setAlphaF(0.18);
    p->setPen(QPen(isSelected() ? kSelection : dropHighlight_ ? kOk : typeColor, (isSelected() || dropHighlight_ ? 3 : 1.5) / scale));
    p->setBrush(kNodeBody);
    p->drawRoundedRect(card, kCorner, kCorner);
    p->setPen(Qt::NoPen);
    p->setBrush(tint);
    p->drawRoundedRect(card, kCorner, kCorner);
    p->setBrush(typeColor);
    p->drawRect(QRectF(0, 0, std::min(kWidth / 8, 8 / scale), height()));

    const double inset = std::min(kWidth / 8, 8 / scale) + 6;
    const double textWidth = kWidth - inset - 6;
    // About 15 px (title) and 13 px (count) on screen, as far as the card's height allows.
    const double room = height() - 8;
    const double titlePx = std::min(15 / scale, room * 0.5);
    const double countPx = std::min(13 / scale, room * 0.4);
    QFont title = p->font();
    title.setBold(true);
    title.setPixelSize(std::max(1, int(titlePx)));
    QFont count = title;
    count.setBold(false);
    count.setPixelSize(std::max(1, int(countPx)));
    const QFontMetricsF titleMetrics(title);
    const int titleLines = std::clamp(int((room - QFontMetricsF(count).height()) / titleMetrics.height()), 1, 2);
    const QStringList lines = wrapLines(titleMetrics, titleText(), textWidth, titleLines);
    p->setFont(title);
    p->setPen(kText);
    for (int i = 0; i < lines.size(); ++i)
        p->drawText(QRectF(inset, 4 + i * titleMetrics.height(), textWidth, titleMetrics.height()), Qt::AlignVCenter,
                    lines[i]);
    const bool stale = state_.status == NodeLiveState::Status::Stale || state_.status == NodeLiveState::Status::Running;
    QString number = QStringLiteral("–");
    if (node_.type == NodeType::Derive)
        number = QString::fromStdString(node_.name);
    else if (state_.members)
        number = QStringLiteral("%L1").arg(static_cast<qulonglong>(*state_.members));
    p->setFont(count);
    p->setPen(state_.status == NodeLiveState::Status::Failed || state_.status == NodeLiveState::Status::Invalid
                  ? kFailed
              : stale ? kMutedText
                      : kText);
    const double countHeight = QFontMetricsF(count).height();
    p->drawText(QRectF(inset, height() - countHeight - 4, textWidth, countHeight), Qt::AlignVCenter,
                QFontMetricsF(count).elidedText(number, Qt::ElideRight, textWidth));
    if (!state_.alerts.isEmpty()) { // the alert badge, about 14 px on screen at any zoom
        const double d = std::min(14 / scale, height() * 0.4);
        const QRectF badge(kWidth - d - 4, 4, d, d);
        p->setPen(Qt::NoPen);
        p->setBrush(kWarning);
        p->drawEllipse(badge);
        p->setFont(title);
        p->setPen(Qt::black);
        p->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }
    paintPorts(p);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged)
        if (auto* nodeScene = dynamic_cast<NodeScene*>(scene()))
            nodeScene->nodeItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace seg::ui
