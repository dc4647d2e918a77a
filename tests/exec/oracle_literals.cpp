#include "oracle_literals.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace seg::oracle {

namespace {

constexpr int64_t kMicrosInDay = 86'400'000'000LL;

std::vector<std::string> opsFor(const SqlOperand& o)
{
    if (o.kind != SqlOperand::Kind::Plain || o.type == DataType::Int || o.type == DataType::Double)
        return {"eq", "ne", "lt", "le", "gt", "ge", "between", "in", "not_in", "is_null", "not_null", "eq", "ge", "le"};
    switch (o.type) {
    case DataType::Bool: return {"eq", "ne", "in", "not_in", "is_true", "is_false", "is_null", "not_null"};
    case DataType::Date:
    case DataType::Timestamp:
        return {"eq",      "ne",      "lt",       "le",     "gt",           "ge",          "between", "in",
                "not_in", "is_null", "not_null", "within_last_days", "within_last_days", "before_days_ago", "before_days_ago"};
    default:
        return {"eq", "ne", "lt", "le", "gt", "ge", "between", "in", "not_in", "is_null", "not_null",
                "contains", "starts_with", "ends_with", "contains", "starts_with", "ends_with"};
    }
}

} // namespace

bool sqlLess(const SqlValue& a, const SqlValue& b)
{
    if (a.kind == SqlValue::Kind::Text)
        return a.s < b.s;
    return a.asReal() < b.asReal();
}

Literal LiteralMaker::number(DataType type, const SqlValue* sample)
{
    if (type == DataType::Bool) {
        const bool b = sample ? sample->i != 0 : rng_.chance(50);
        return {Json(b), SqlValue::ofInt(b ? 1 : 0)};
    }
    if (type == DataType::Int) {
        int64_t v = sample ? (sample->kind == SqlValue::Kind::Int ? sample->i : std::llround(sample->d)) : rng_.range(-5, 100);
        if (rng_.chance(20))
            v += rng_.chance(50) ? 1 : -1;
        if (rng_.chance(12)) // a fractional threshold on an integer column
            return {Json(static_cast<double>(v) + 0.5), SqlValue::ofReal(static_cast<double>(v) + 0.5)};
        return {Json(v), SqlValue::ofInt(v)};
    }
    double d = sample ? sample->asReal() : static_cast<double>(rng_.range(-50'000, 200'000)) / 100.0;
    if (rng_.chance(10)) { // an integer literal for a double column
        const int64_t v = std::llround(d);
        return {Json(v), SqlValue::ofInt(v)};
    }
    return {Json(d), SqlValue::ofReal(d)};
}

Literal LiteralMaker::cents(const SqlValue* sample)
{
    int64_t c = sample ? (sample->kind == SqlValue::Kind::Int ? sample->i : std::llround(sample->d)) : rng_.range(-2'000, 60'000);
    if (rng_.chance(15))
        c += rng_.chance(50) ? 1 : -1;
    if (c % 100 == 0 && rng_.chance(50))
        return {Json(c / 100), SqlValue::ofInt(c)};
    return {Json(static_cast<double>(c) / 100.0), SqlValue::ofInt(c)};
}

Literal LiteralMaker::date(const SqlValue* sample)
{
    int32_t day = sample ? daysOfIso(sample->s)
                         : static_cast<int32_t>(asOf_ - rng_.pick(kWindowDays) + rng_.range(-1, 1));
    if (rng_.chance(15))
        day += rng_.chance(50) ? 1 : -1;
    const std::string iso = isoDate(day);
    return {Json(iso), SqlValue::ofText(iso)};
}

Literal LiteralMaker::timestamp(const SqlValue* sample)
{
    int64_t t = sample ? microsOfIso(sample->s)
                       : (asOf_ - rng_.pick(kWindowDays)) * kMicrosInDay + rng_.range(0, 86'399) * 1'000'000LL;
    if (rng_.chance(15))
        t += (rng_.chance(50) ? 1 : -1) * (rng_.chance(50) ? 1'000'000LL : kMicrosInDay);
    const std::string iso = isoTimestamp(t);
    std::string written = iso;
    if (rng_.chance(30))
        written[10] = 'T';
    return {Json(written), SqlValue::ofText(iso)};
}

Literal LiteralMaker::text(const SqlValue* sample, const std::string& op, bool ignoreCase)
{
    static const std::vector<std::string> pool{"US", "us", "CA", "Zürich", "ÅLAND", "user7@example.com", "example", "Z"};
    std::string s = sample ? sample->s : rng_.pick(pool);
    if ((op == "contains" || op == "starts_with" || op == "ends_with") && !s.empty()) {
        // A piece of the value, cut on character boundaries so that the text stays valid UTF-8.
        std::vector<size_t> bounds;
        for (size_t i = 0; i <= s.size(); ++i)
            if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80)
                bounds.push_back(i);
        const size_t chars = bounds.size() - 1;
        const size_t len = static_cast<size_t>(rng_.range(1, static_cast<int64_t>(std::min<size_t>(chars, 6))));
        const size_t first = op == "starts_with" ? 0 : op == "ends_with" ? chars - len : rng_.index(chars - len + 1);
        s = s.substr(bounds[first], bounds[first + len] - bounds[first]);
    }
    if (ignoreCase && rng_.chance(60))
        for (char& ch : s)
            if (std::isalpha(static_cast<unsigned char>(ch)) && rng_.chance(50))
                ch = static_cast<char>(ch ^ 0x20);
    return {Json(s), SqlValue::ofText(s)};
}

Literal LiteralMaker::literal(const SqlOperand& o, const std::vector<SqlValue>& samples, const std::string& op)
{
    const SqlValue* sample = !samples.empty() && rng_.chance(80) ? &samples[rng_.index(samples.size())] : nullptr;
    if (o.kind != SqlOperand::Kind::Plain)
        return cents(sample);
    switch (o.type) {
    case DataType::Date: return date(sample);
    case DataType::Timestamp: return timestamp(sample);
    case DataType::String: return text(sample, op, ignoreCase_);
    default: return number(o.type, sample);
    }
}

GenComparison LiteralMaker::comparison(const SqlOperand& o, const std::vector<SqlValue>& samples)
{
    GenComparison c;
    c.op = rng_.pick(opsFor(o));
    ignoreCase_ = o.kind == SqlOperand::Kind::Plain && o.type == DataType::String && c.op != "is_null"
        && c.op != "not_null" && rng_.chance(30);
    c.ignoreCase = ignoreCase_;
    if (c.op == "within_last_days" || c.op == "before_days_ago") {
        c.days = rng_.pick(kWindowDays);
    } else if (c.op == "between") {
        c.values.push_back(literal(o, samples, c.op));
        c.values.push_back(literal(o, samples, c.op));
        const bool ordered = !sqlLess(c.values[1].sql, c.values[0].sql);
        if (!ordered && rng_.chance(80)) // mostly a proper range; sometimes min > max (empty)
            std::swap(c.values[0], c.values[1]);
    } else if (c.op == "in" || c.op == "not_in") {
        const int n = static_cast<int>(rng_.range(1, 4));
        for (int k = 0; k < n; ++k)
            c.values.push_back(literal(o, samples, c.op));
    } else if (c.op != "is_null" && c.op != "not_null" && c.op != "is_true" && c.op != "is_false") {
        c.values.push_back(literal(o, samples, c.op));
    }
    return c;
}

} // namespace seg::oracle
