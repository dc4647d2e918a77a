// The English wording of the findings (the CLI's; the editor words them with tr()).
#include "diagnose/column_stats.h"
#include "diagnose/diagnosis.h"

#include <cmath>
#include <cstdlib>

namespace seg {

DayGap dayGap(int32_t days)
{
    const double d = std::abs(static_cast<double>(days));
    if (d >= 548) // a year and a half: whole years read best from here on
        return {static_cast<int>(std::lround(d / 365.2425)), DayGap::Years};
    if (d >= 60)
        return {static_cast<int>(std::lround(d / 30.436875)), DayGap::Months};
    return {static_cast<int>(d), DayGap::Days};
}

std::string describeDayGap(int32_t days)
{
    const DayGap gap = dayGap(days);
    const char* unit = gap.unit == DayGap::Years ? " year" : gap.unit == DayGap::Months ? " month" : " day";
    return std::to_string(gap.amount) + unit + (gap.amount == 1 ? "" : "s");
}

namespace {

std::string quoted(const std::string& s) { return "'" + s + "'"; }

std::string subject(const Diagnosis& d)
{
    if (!d.onEvents)
        return "customer";
    return d.eventType.empty() ? "event" : quoted(d.eventType) + " event";
}

std::string didYouMean(const Diagnosis& d)
{
    if (d.suggestion.empty())
        return {};
    return " (did you mean " + quoted(d.suggestion) + ", " + formatCount(d.suggestionCount) + "?)";
}

// What a window counts: "event", "'purchase' event", or a customer column's values.
std::string windowSubject(const Diagnosis& d, bool last)
{
    if (d.onEvents)
        return std::string(last ? "the last " : "the first ") + subject(d);
    return std::string(last ? "the latest " : "the earliest ") + d.column;
}

std::string opWords(CompareOp op)
{
    switch (op) {
    case CompareOp::StartsWith: return "starts with";
    case CompareOp::EndsWith: return "ends with";
    default: return "contains";
    }
}

std::string sizedRef(const Diagnosis& d, size_t i)
{
    return quoted(d.inputs[i]) + " (" + formatCount(i < d.inputSizes.size() ? d.inputSizes[i] : 0) + ")";
}

} // namespace

std::string Diagnosis::toString() const
{
    const std::string lastDayQuestion = ": set as-of to the data's last day?";
    switch (kind) {
    case DiagnosisKind::ValueNotFound:
        if (!low.empty()) // a number or date: no "did you mean", the range instead
            return "no " + subject(*this) + " has " + column + " = " + value + " (the values run from " + low
                   + " to " + high + ")";
        return "no " + subject(*this) + " has " + column + " = " + quoted(value) + didYouMean(*this);
    case DiagnosisKind::ValueOutOfRange:
        return "no " + subject(*this) + " has " + condition + ": the values run from " + low + " to " + high;
    case DiagnosisKind::TextNoMatch:
        return "no " + subject(*this) + "'s " + column + " " + opWords(op) + " " + quoted(value)
               + (fix == FixKind::SetIgnoreCase
                      ? " (" + formatCount(suggestionCount) + " do when upper/lower case is ignored: ignore case?)"
                      : "");
    case DiagnosisKind::NoEmptyValues:
        return "no " + subject(*this) + " has an empty (NULL) " + column;
    case DiagnosisKind::AllEmpty:
        return column + " is empty (NULL) for every " + subject(*this);
    case DiagnosisKind::WindowAfterData:
        return "as-of " + formatDate(asOf) + " is " + describeDayGap(asOf - dataDay) + " after "
               + windowSubject(*this, true) + " (" + formatDate(dataDay) + ")" + lastDayQuestion;
    case DiagnosisKind::WindowBeforeData:
        return "as-of " + formatDate(asOf) + " is " + describeDayGap(dataDay - asOf) + " before "
               + windowSubject(*this, false) + " (" + formatDate(dataDay) + ")" + lastDayQuestion;
    case DiagnosisKind::WindowEmpty:
        return "no " + subject(*this) + " falls in the window " + condition + " (the events run from " + low
               + " to " + high + ")";
    case DiagnosisKind::EventTypeNotFound:
        return "no event has type " + quoted(value) + didYouMean(*this);
    case DiagnosisKind::NoEvents:
        return "the events dataset has no rows";
    case DiagnosisKind::EmptyInput: {
        const std::string input = inputs.empty() ? std::string() : inputs.front();
        const bool deeper = !rootNode.empty() && rootNode != splitInputRef(input).first;
        return "input " + quoted(input) + " is empty" + (deeper ? " (because of " + quoted(rootNode) + ")" : "");
    }
    case DiagnosisKind::NoCommonMembers: {
        if (ruleMatches > 0 && !inputs.empty())
            return "none of the " + formatCount(inputSizes.empty() ? 0 : inputSizes[0]) + " members of "
                   + quoted(inputs[0]) + " has " + condition + " (" + formatCount(ruleMatches) + " customers do)";
        std::string list;
        for (size_t i = 0; i < inputs.size(); ++i)
            list += (i == 0 ? "" : i + 1 == inputs.size() ? " and " : ", ") + sizedRef(*this, i);
        return list + " have no customer in common";
    }
    case DiagnosisKind::AllExcluded:
        return "all " + formatCount(inputSizes.empty() ? 0 : inputSizes[0]) + " members of "
               + quoted(inputs.size() > 0 ? inputs[0] : "") + " are also in " + quoted(inputs.size() > 1 ? inputs[1] : "");
    case DiagnosisKind::EveryoneInInput:
        return "input " + quoted(inputs.empty() ? "" : inputs[0]) + " holds every customer";
    case DiagnosisKind::EventsEndBeforeAsOf:
        return "the events end on " + formatDate(dataDay) + ", " + describeDayGap(asOf - dataDay)
               + " before as-of " + formatDate(asOf) + lastDayQuestion;
    }
    return {};
}

std::string Diagnosis::fixLabel() const
{
    switch (fix) {
    case FixKind::ReplaceValue:
    case FixKind::ReplaceEventType: return "Use " + quoted(suggestion);
    case FixKind::SetIgnoreCase: return "Ignore case";
    case FixKind::SetAsOf: return "Set as-of to " + formatDate(fixDay);
    case FixKind::None: break;
    }
    return {};
}

} // namespace seg
