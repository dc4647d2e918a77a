#include "explain/explain_tree.h"

#include "document/rule_text.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QTreeWidget>

namespace seg::ui {

namespace {

class ExplainTree {
    Q_DECLARE_TR_FUNCTIONS(ExplainTree)
public:
    static QString text(const char* source, int n = -1) { return tr(source, nullptr, n); }
};

const QColor kIn(0x15, 0x80, 0x3d);
const QColor kOut(0xb9, 0x1c, 0x1c);
const QColor kExcludingBackground(0xfe, 0xe2, 0xe2);

QString q(const std::string& s) { return QString::fromStdString(s); }

QTreeWidgetItem* child(QTreeWidgetItem* parent, const QString& text)
{
    auto* item = new QTreeWidgetItem(parent);
    item->setText(kExplainNode, text);
    item->setFirstColumnSpanned(true);
    return item;
}

void addEvents(QTreeWidgetItem* item, const ExplainEvents& e)
{
    const QLocale locale;
    child(item, ExplainTree::tr("%1 events in all, %2 of its kind in the time window, %3 matched: %4 = %5")
                    .arg(locale.toString(qulonglong(e.total)), locale.toString(qulonglong(e.inWindow)),
                         locale.toString(qulonglong(e.matched)), q(e.aggregate), q(e.value)));
    for (const ExplainEvent& ev : e.listed) {
        QString text = q(ev.time);
        if (!ev.type.empty())
            text += "  " + q(ev.type);
        if (!ev.value.empty())
            text += "  " + q(ev.value);
        for (const auto& w : ev.where)
            text += QStringLiteral("  %1 = %2").arg(q(w.name), q(w.value));
        QTreeWidgetItem* row = child(item, (ev.matched ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + text);
        row->setForeground(kExplainNode, ev.matched ? kIn : kOut);
    }
    if (e.inWindow > e.listed.size())
        child(item, ExplainTree::tr("… and %n more", nullptr, static_cast<int>(e.inWindow - e.listed.size())));
}

QString verdictText(const ExplainStep& s)
{
    if (!s.producesSet)
        return ExplainTree::tr("= %1").arg(q(s.value));
    if (!s.error.empty())
        return ExplainTree::tr("✗ not evaluated");
    QString text = s.member ? ExplainTree::tr("✓ in") : ExplainTree::tr("✗ out");
    if (s.member && !s.port.empty())
        text += QStringLiteral(" (%1)").arg(q(s.port));
    return text;
}

} // namespace

QString exclusionText(const ExplainStep& s, const Graph& graph)
{
    const Node* node = graph.find(s.node);
    const QString rule = node ? ruleSentence(*node, &graph) : q(s.rule);
    if (!s.error.empty())
        return ExplainTree::tr("it could not be evaluated: %1").arg(q(s.error));
    switch (s.type) {
    case NodeType::Condition:
        if (!s.read.empty())
            return ExplainTree::tr("%1 is %2, and the rule is: %3").arg(q(s.read.front().name), q(s.read.front().value), rule);
        break;
    case NodeType::Expression:
        return s.value == "NULL" ? ExplainTree::tr("the formula is empty (NULL) for this customer")
                                 : ExplainTree::tr("the formula is false for this customer");
    case NodeType::Behavior:
        if (s.events)
            return ExplainTree::tr("%1 = %2, and the rule is: %3").arg(q(s.events->aggregate), q(s.events->value), rule);
        break;
    case NodeType::Top:
        if (!s.rank)
            return ExplainTree::tr("%1 is empty (NULL), so the customer is not ranked")
                .arg(s.read.empty() ? QString() : q(s.read.front().name));
        return ExplainTree::tr("rank %1 of %2 is after the cut at %3").arg(*s.rank).arg(s.candidates.value_or(0)).arg(s.cut.value_or(0));
    case NodeType::Split: return ExplainTree::tr("the customer's bucket is in the part '%1'").arg(q(s.port));
    case NodeType::Priority:
        return ExplainTree::tr("an earlier segment took the customer: '%1'").arg(readableName(graph, s.takenBy));
    case NodeType::Except:
        if (s.inputs.size() == 2)
            return ExplainTree::tr("the customer is also in '%1', which this node takes away")
                .arg(readableName(graph, s.inputs[1].ref));
        break;
    case NodeType::Not:
        if (!s.inputs.empty())
            return ExplainTree::tr("the customer is in '%1'").arg(readableName(graph, s.inputs[0].ref));
        break;
    default: break;
    }
    return q(s.reason);
}

void fillExplainTree(QTreeWidget* tree, const SegmentExplanation& x, const Graph& graph)
{
    tree->clear();
    QTreeWidgetItem* excluding = nullptr;
    for (const ExplainStep& s : x.path) {
        const Node* node = graph.find(s.node);
        auto* item = new QTreeWidgetItem(tree);
        item->setData(kExplainNode, Qt::UserRole, q(s.node));
        item->setText(kExplainNode, node ? nodeCardTitle(*node) : q(s.title));
        QStringList read;
        for (const auto& r : s.read)
            read << QStringLiteral("%1 = %2").arg(q(r.name), q(r.value));
        if (s.events)
            read << QStringLiteral("%1 = %2").arg(q(s.events->aggregate), q(s.events->value));
        else if (!s.value.empty() && s.producesSet && s.type == NodeType::Expression)
            read << ExplainTree::tr("result = %1").arg(q(s.value));
        item->setText(kExplainRead, read.join(QStringLiteral(", ")));
        const QString rule = node ? ruleSentence(*node, &graph) : q(s.rule);
        item->setText(kExplainRule, rule);
        item->setToolTip(kExplainRule, q(s.rule));
        item->setText(kExplainVerdict, verdictText(s));
        item->setForeground(kExplainVerdict, !s.producesSet ? tree->palette().text().color() : s.member ? kIn : kOut);

        if (!s.error.empty())
            child(item, ExplainTree::tr("Could not be evaluated: %1").arg(q(s.error)));
        if (s.events)
            addEvents(item, *s.events);
        if (s.cut) {
            child(item, s.rank ? ExplainTree::tr("Rank %1 of %2 candidates; the cut keeps the first %3")
                                     .arg(*s.rank).arg(*s.candidates).arg(*s.cut)
                               : ExplainTree::tr("Not ranked (not a candidate); %1 candidates, the cut keeps the first %2")
                                     .arg(*s.candidates).arg(*s.cut));
        }
        if (s.bucket)
            child(item, ExplainTree::tr("Bucket %1 of 100: part '%2'").arg(*s.bucket, 0, 'f', 2).arg(q(s.port)));
        if (!s.takenBy.empty())
            child(item, ExplainTree::tr("Taken by '%1' (earlier in the priority order)")
                            .arg(readableName(graph, s.takenBy)));
        if (s.type != NodeType::Segment)
            for (const ExplainInput& in : s.inputs) {
                QTreeWidgetItem* row = child(item, (in.member ? ExplainTree::tr("✓ input %1") : ExplainTree::tr("✗ input %1"))
                                                       .arg(readableName(graph, in.ref)));
                row->setForeground(kExplainNode, in.member ? kIn : kOut);
            }
        if (s.excludes) {
            excluding = item;
            child(item, ExplainTree::tr("Why: %1").arg(exclusionText(s, graph)))->setToolTip(kExplainNode, q(s.reason));
            QFont bold = item->font(kExplainNode);
            bold.setBold(true);
            for (int c = 0; c < kExplainColumns; ++c) {
                item->setBackground(c, kExcludingBackground);
                item->setFont(c, bold);
            }
        }
    }
    for (int c = 0; c < kExplainColumns - 1; ++c)
        tree->resizeColumnToContents(c);
    if (excluding) {
        excluding->setExpanded(true);
        tree->setCurrentItem(excluding);
        tree->scrollToItem(excluding);
    }
}

} // namespace seg::ui
