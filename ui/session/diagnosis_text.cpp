#include "session/diagnosis_text.h"

#include "document/document.h"

#include <QLocale>

namespace seg::ui {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString count(size_t n) { return QLocale().toString(static_cast<qulonglong>(n)); }
QString day(int32_t d) { return q(formatDate(d)); }

} // namespace

QString DiagnosisText::gap(int32_t days)
{
    // Spelled out rather than "%n year(s)": the words read right without a plural-forms file.
    const DayGap g = dayGap(days);
    const bool one = g.amount == 1;
    switch (g.unit) {
    case DayGap::Years: return one ? tr("1 year") : tr("%1 years").arg(g.amount);
    case DayGap::Months: return one ? tr("1 month") : tr("%1 months").arg(g.amount);
    case DayGap::Days: break;
    }
    return one ? tr("1 day") : tr("%1 days").arg(g.amount);
}

QString DiagnosisText::describe(const Diagnosis& d)
{
    const QString subject = !d.onEvents          ? tr("no customer")
                            : d.eventType.empty() ? tr("no event")
                                                  : tr("no '%1' event").arg(q(d.eventType));
    const QString didYouMean =
        d.suggestion.empty() ? QString() : tr(" (did you mean '%1', %2?)").arg(q(d.suggestion), count(d.suggestionCount));
    const QString lastDay = tr("set as-of to the data's last day?");
    auto windowSubject = [&](bool last) {
        if (!d.onEvents)
            return last ? tr("the latest %1").arg(q(d.column)) : tr("the earliest %1").arg(q(d.column));
        if (d.eventType.empty())
            return last ? tr("the last event") : tr("the first event");
        return last ? tr("the last '%1' event").arg(q(d.eventType)) : tr("the first '%1' event").arg(q(d.eventType));
    };
    auto input = [&](size_t i) { return i < d.inputs.size() ? q(d.inputs[i]) : QString(); };
    auto inputSize = [&](size_t i) { return count(i < d.inputSizes.size() ? d.inputSizes[i] : 0); };
    switch (d.kind) {
    case DiagnosisKind::ValueNotFound:
        if (!d.low.empty())
            return tr("%1 has %2 = %3 (the values run from %4 to %5)")
                .arg(subject, q(d.column), q(d.value), q(d.low), q(d.high));
        return tr("%1 has %2 = '%3'").arg(subject, q(d.column), q(d.value)) + didYouMean;
    case DiagnosisKind::ValueOutOfRange:
        return tr("%1 has %2: the values run from %3 to %4").arg(subject, q(d.condition), q(d.low), q(d.high));
    case DiagnosisKind::TextNoMatch: {
        const QString op = d.op == CompareOp::StartsWith ? tr("starts with")
                           : d.op == CompareOp::EndsWith ? tr("ends with")
                                                         : tr("contains");
        QString text = tr("%1 matches %2 %3 '%4'").arg(subject, q(d.column), op, q(d.value));
        if (d.fix == FixKind::SetIgnoreCase)
            text += tr(" (%1 do when upper/lower case is ignored)").arg(count(d.suggestionCount));
        return text;
    }
    case DiagnosisKind::NoEmptyValues: return tr("%1 has an empty (NULL) %2").arg(subject, q(d.column));
    case DiagnosisKind::AllEmpty:
        return d.onEvents ? tr("%1 is empty (NULL) for every event").arg(q(d.column))
                          : tr("%1 is empty (NULL) for every customer").arg(q(d.column));
    case DiagnosisKind::WindowAfterData:
        return tr("as-of %1 is %2 after %3 (%4): %5")
            .arg(day(d.asOf), gap(d.asOf - d.dataDay), windowSubject(true), day(d.dataDay), lastDay);
    case DiagnosisKind::WindowBeforeData:
        return tr("as-of %1 is %2 before %3 (%4): %5")
            .arg(day(d.asOf), gap(d.dataDay - d.asOf), windowSubject(false), day(d.dataDay), lastDay);
    case DiagnosisKind::WindowEmpty:
        return tr("%1 falls in the window %2 (the events run from %3 to %4)")
            .arg(subject, q(d.condition), q(d.low), q(d.high));
    case DiagnosisKind::EventTypeNotFound: return tr("no event has type '%1'").arg(q(d.value)) + didYouMean;
    case DiagnosisKind::NoEvents: return tr("the events dataset has no rows");
    case DiagnosisKind::EmptyInput: {
        const bool deeper = !d.rootNode.empty() && d.rootNode != splitInputRef(d.inputs.empty() ? "" : d.inputs[0]).first;
        return deeper ? tr("input '%1' is empty (because of '%2')").arg(input(0), q(d.rootNode))
                      : tr("input '%1' is empty").arg(input(0));
    }
    case DiagnosisKind::NoCommonMembers: {
        if (d.ruleMatches > 0)
            return tr("none of the %1 members of '%2' has %3 (%4 customers do)")
                .arg(inputSize(0), input(0), q(d.condition), count(d.ruleMatches));
        QStringList parts;
        for (size_t i = 0; i < d.inputs.size(); ++i)
            parts << QStringLiteral("'%1' (%2)").arg(input(i), inputSize(i));
        return tr("%1 have no customer in common").arg(parts.join(QStringLiteral(", ")));
    }
    case DiagnosisKind::AllExcluded:
        return tr("all %1 members of '%2' are also in '%3'").arg(inputSize(0), input(0), input(1));
    case DiagnosisKind::EveryoneInInput: return tr("input '%1' holds every customer").arg(input(0));
    case DiagnosisKind::EventsEndBeforeAsOf:
        return tr("the events end on %1, %2 before as-of %3: %4")
            .arg(day(d.dataDay), gap(d.asOf - d.dataDay), day(d.asOf), lastDay);
    }
    return {};
}

QString DiagnosisText::fixLabel(const Diagnosis& d)
{
    switch (d.fix) {
    case FixKind::ReplaceValue:
    case FixKind::ReplaceEventType: return tr("Use '%1'").arg(q(d.suggestion));
    case FixKind::SetIgnoreCase: return tr("Ignore case");
    case FixKind::SetAsOf: return tr("Set as-of to %1").arg(day(d.fixDay));
    case FixKind::None: break;
    }
    return {};
}

bool applyDiagnosisFix(Document* document, const Diagnosis& d)
{
    if (d.fix == FixKind::SetAsOf) {
        GraphSettings settings = GraphSettings::of(document->graph());
        if (settings.asOf == d.fixDay)
            return false;
        settings.asOf = d.fixDay;
        document->changeSettings(settings, DiagnosisText::fixLabel(d));
        return true;
    }
    const Node* node = document->node(q(d.nodeId));
    if (!node)
        return false;
    Node fixed = *node;
    if (!applyNodeFix(fixed, d))
        return false;
    document->changeNode(fixed, DiagnosisText::tr("%1 in %2").arg(DiagnosisText::fixLabel(d), q(d.nodeId)));
    return true;
}

} // namespace seg::ui
