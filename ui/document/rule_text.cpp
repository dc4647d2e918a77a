#include "document/rule_text.h"

#include "document/node_catalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace seg::ui {

namespace {
constexpr int kListShown = 5;       // "A, B, C, D, E and 3 more"
constexpr int kShortNameChars = 40; // an unlabelled input is named by its rule up to this length
} // namespace

// Holds the sentences' translation context ("seg::ui::RuleText") for lupdate and tr().
class RuleText {
    Q_DECLARE_TR_FUNCTIONS(seg::ui::RuleText)
public:
    static QString value(const Json& v);
    static QString valueList(const std::vector<Json>& values);
    static QString comparison(const QString& subject, const Comparison& cmp);
    static QString countComparison(const QString& event, const Comparison& cmp);
    static QString events(const EventAggregate& events);
    static QString behavior(const Node& node);
    static QString setCombination(const Node& node, const Graph* graph);
    static QString segment(const Node& node, const Graph* graph);
    static QString top(const Node& node);
    static QString split(const Node& node);
    static QString inputName(const Node& node, size_t index, const Graph* graph);
};

QString RuleText::value(const Json& v)
{
    if (v.is_string()) {
        const std::string s = v.get<std::string>();
        return s.empty() ? tr("(empty text)") : QString::fromStdString(s);
    }
    if (v.is_null())
        return tr("(no value)");
    if (v.is_number_float())
        return QString::number(v.get<double>(), 'g', 15);
    return QString::fromStdString(v.dump()); // integers and true/false as written
}

QString RuleText::valueList(const std::vector<Json>& values)
{
    QStringList shown;
    for (size_t i = 0; i < values.size() && i < size_t(kListShown); ++i)
        shown << value(values[i]);
    QString text = shown.join(QStringLiteral(", "));
    if (values.size() > size_t(kListShown))
        text = tr("%1 and %n more", nullptr, int(values.size()) - kListShown).arg(text);
    return text.isEmpty() ? tr("(no values)") : text;
}

QString RuleText::comparison(const QString& subject, const Comparison& cmp)
{
    const bool number = cmp.value.is_number();
    const QString v = value(cmp.value);
    const int days = static_cast<int>(cmp.days);
    QString text;
    switch (cmp.op) {
    case CompareOp::Eq: text = number ? QStringLiteral("%1 = %2").arg(subject, v) : tr("%1 is %2").arg(subject, v); break;
    case CompareOp::Ne: text = tr("%1 is not %2").arg(subject, v); break;
    case CompareOp::Lt: text = QStringLiteral("%1 < %2").arg(subject, v); break;
    case CompareOp::Le: text = QStringLiteral("%1 <= %2").arg(subject, v); break;
    case CompareOp::Gt: text = QStringLiteral("%1 > %2").arg(subject, v); break;
    case CompareOp::Ge: text = QStringLiteral("%1 >= %2").arg(subject, v); break;
    case CompareOp::Between: text = tr("%1 between %2 and %3").arg(subject, value(cmp.min), value(cmp.max)); break;
    case CompareOp::In: text = tr("%1 is one of %2").arg(subject, valueList(cmp.values)); break;
    case CompareOp::NotIn: text = tr("%1 is none of %2").arg(subject, valueList(cmp.values)); break;
    case CompareOp::IsNull: text = tr("%1 is empty").arg(subject); break;
    case CompareOp::NotNull: text = tr("%1 has a value").arg(subject); break;
    case CompareOp::Contains: text = tr("%1 contains %2").arg(subject, v); break;
    case CompareOp::StartsWith: text = tr("%1 starts with %2").arg(subject, v); break;
    case CompareOp::EndsWith: text = tr("%1 ends with %2").arg(subject, v); break;
    case CompareOp::IsTrue: text = tr("%1 is true").arg(subject); break;
    case CompareOp::IsFalse: text = tr("%1 is false").arg(subject); break;
    case CompareOp::WithinLastDays: text = tr("%1 in the last %n day(s)", nullptr, days).arg(subject); break;
    case CompareOp::BeforeDaysAgo: text = tr("%1 more than %n day(s) ago", nullptr, days).arg(subject); break;
    }
    return cmp.ignoreCase ? tr("%1 (ignore case)").arg(text) : text;
}

// "purchase at least 2 times": counts read as how often the customer did it.
QString RuleText::countComparison(const QString& event, const Comparison& cmp)
{
    if (cmp.value.is_number_integer() && !cmp.ignoreCase) {
        const int n = static_cast<int>(cmp.value.get<int64_t>());
        switch (cmp.op) {
        case CompareOp::Eq: return n == 0 ? tr("no %1").arg(event) : tr("%1 exactly %n time(s)", nullptr, n).arg(event);
        case CompareOp::Lt: return tr("%1 fewer than %n time(s)", nullptr, n).arg(event);
        case CompareOp::Le: return tr("%1 at most %n time(s)", nullptr, n).arg(event);
        case CompareOp::Gt: return tr("%1 more than %n time(s)", nullptr, n).arg(event);
        case CompareOp::Ge: return tr("%1 at least %n time(s)", nullptr, n).arg(event);
        default: break;
        }
    }
    if (cmp.op == CompareOp::Between)
        return tr("%1 between %2 and %3 times").arg(event, value(cmp.min), value(cmp.max));
    return comparison(tr("count of %1").arg(event), cmp);
}

// "sum of amount over purchase (amount >= 20) in the last 90 days": an aggregate's value.
QString RuleText::events(const EventAggregate& e)
{
    const QString field = QString::fromStdString(e.field);
    QString text;
    if (e.aggregate == Aggregate::Count) {
        text = tr("count of %1").arg(e.event ? QString::fromStdString(*e.event) : tr("all events"));
    } else {
        switch (e.aggregate) {
        case Aggregate::Sum: text = tr("sum of %1").arg(field); break;
        case Aggregate::Min: text = tr("minimum of %1").arg(field); break;
        case Aggregate::Max: text = tr("maximum of %1").arg(field); break;
        case Aggregate::Avg: text = tr("average of %1").arg(field); break;
        case Aggregate::Count: break;
        }
        text = tr("%1 over %2").arg(text, e.event ? QString::fromStdString(*e.event) : tr("all events"));
    }
    QStringList where;
    for (const FieldCondition& w : e.where)
        where << comparison(QString::fromStdString(w.field), w.cmp);
    if (!where.isEmpty())
        text = QStringLiteral("%1 (%2)").arg(text, where.join(QStringLiteral(", ")));
    if (e.withinLastDays)
        text = tr("%1 in the last %n day(s)", nullptr, static_cast<int>(*e.withinLastDays)).arg(text);
    return text;
}

QString RuleText::behavior(const Node& node)
{
    const EventAggregate& e = node.events;
    if (e.aggregate != Aggregate::Count)
        return comparison(events(e), node.compare);
    // "purchase at least 2 times, amount >= 20, in the last 30 days"
    QStringList parts{countComparison(e.event ? QString::fromStdString(*e.event) : tr("any event"), node.compare)};
    for (const FieldCondition& w : e.where)
        parts << comparison(QString::fromStdString(w.field), w.cmp);
    if (e.withinLastDays)
        parts << tr("in the last %n day(s)", nullptr, static_cast<int>(*e.withinLastDays));
    return parts.join(QStringLiteral(", "));
}

QString RuleText::inputName(const Node& node, size_t index, const Graph* graph)
{
    if (index >= node.inputs.size())
        return QStringLiteral("…"); // not connected yet
    const std::string& ref = node.inputs[index];
    return graph ? readableName(*graph, ref) : QString::fromStdString(ref);
}

QString RuleText::setCombination(const Node& node, const Graph* graph)
{
    const auto name = [&](size_t i) { return inputName(node, i, graph); };
    const size_t n = std::max<size_t>(node.inputs.size(), 2);
    QString text = name(0);
    for (size_t i = 1; i < n; ++i)
        text = (node.type == NodeType::And ? tr("%1 and %2") : tr("%1 or %2")).arg(text, name(i));
    return text;
}

QString RuleText::segment(const Node& node, const Graph* graph)
{
    QString text = tr("output of %1").arg(inputName(node, 0, graph));
    if (node.expectedMin && node.expectedMax)
        text = tr("%1, expected %2 to %3").arg(text, QLocale().toString(*node.expectedMin), QLocale().toString(*node.expectedMax));
    else if (node.expectedMin)
        text = tr("%1, expected at least %2").arg(text, QLocale().toString(*node.expectedMin));
    else if (node.expectedMax)
        text = tr("%1, expected at most %2").arg(text, QLocale().toString(*node.expectedMax));
    return text;
}

QString RuleText::top(const Node& node)
{
    const QString field = node.field.empty() ? tr("(no column)") : QString::fromStdString(node.field);
    QString text;
    if (node.count)
        text = tr("top %1 by %2").arg(QLocale().toString(*node.count), field);
    else
        text = tr("top %1 % by %2").arg(QLocale().toString(node.percent.value_or(0), 'g', 6), field);
    return node.ascending ? tr("%1 (lowest first)").arg(text) : text;
}

QString RuleText::split(const Node& node)
{
    QStringList parts;
    for (const SplitPart& p : node.parts)
        parts << tr("%1 % %2").arg(QLocale().toString(p.percent, 'g', 6), QString::fromStdString(p.name));
    return parts.isEmpty() ? tr("(no parts)") : parts.join(QStringLiteral(" / "));
}

QString ruleSentence(const Node& node, const Graph* graph)
{
    switch (node.type) {
    case NodeType::Condition:
        return RuleText::comparison(node.condition.field.empty() ? RuleText::tr("(no column)")
                                                                 : QString::fromStdString(node.condition.field),
                                    node.condition.cmp);
    case NodeType::Expression:
        return node.expr.empty() ? RuleText::tr("(no formula)") : QString::fromStdString(node.expr);
    case NodeType::Behavior: return RuleText::behavior(node);
    case NodeType::Derive:
        return QStringLiteral("%1 = %2").arg(QString::fromStdString(node.name),
                                             node.fromEvents ? RuleText::events(node.events)
                                                             : QString::fromStdString(node.expr));
    case NodeType::And:
    case NodeType::Or: return RuleText::setCombination(node, graph);
    case NodeType::Except:
        return RuleText::tr("%1 except %2")
            .arg(RuleText::inputName(node, 0, graph), RuleText::inputName(node, 1, graph));
    case NodeType::Not: return RuleText::tr("not %1").arg(RuleText::inputName(node, 0, graph));
    case NodeType::Top: return RuleText::top(node);
    case NodeType::Split: return RuleText::split(node);
    case NodeType::Priority: {
        QStringList names;
        for (size_t i = 0; i < node.inputs.size(); ++i)
            names << RuleText::inputName(node, i, graph);
        return RuleText::tr("first of %1").arg(names.isEmpty() ? QStringLiteral("…") : names.join(QStringLiteral(", ")));
    }
    case NodeType::Segment: return RuleText::segment(node, graph);
    }
    return {};
}

QString nodeCardTitle(const Node& node)
{
    if (!node.label.empty())
        return QString::fromStdString(node.label);
    if ((node.type == NodeType::Segment || node.type == NodeType::Derive) && !node.name.empty())
        return QString::fromStdString(node.name);
    return nodeTitle(node.type);
}

QString readableName(const Graph& graph, std::string_view ref)
{
    const auto [id, port] = splitInputRef(ref);
    const Node* node = graph.find(id);
    QString name = QString::fromStdString(id);
    if (node && !node->label.empty()) {
        name = QString::fromStdString(node->label);
    } else if (node && !node->name.empty() && (node->type == NodeType::Segment || node->type == NodeType::Derive)) {
        name = QString::fromStdString(node->name);
    } else if (node && (node->type == NodeType::Condition || node->type == NodeType::Expression
                        || node->type == NodeType::Behavior || node->type == NodeType::Top)) {
        // An unlabelled leaf reads best by its own rule, when that is short.
        const QString rule = ruleSentence(*node, nullptr);
        if (rule.size() <= kShortNameChars)
            name = rule;
    }
    return port.empty() ? name : QStringLiteral("%1 (%2)").arg(name, QString::fromStdString(port));
}

} // namespace seg::ui
