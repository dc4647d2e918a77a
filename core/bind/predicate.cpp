#include "bind/predicate.h"

#include <cmath>
#include <limits>

namespace seg {

namespace {

using Form = BoundPredicate::Form;
constexpr int64_t kIntMin = std::numeric_limits<int64_t>::min();
constexpr int64_t kIntMax = std::numeric_limits<int64_t>::max();

// Doubles at or beyond ±2^63 do not fit int64; clamp so range ends stay meaningful.
int64_t clampToInt(double v)
{
    if (v >= 9223372036854775808.0)
        return kIntMax;
    if (v < -9223372036854775808.0)
        return kIntMin;
    return static_cast<int64_t>(v);
}

std::string jsonText(const Json& j) { return j.dump(); }

// A literal for a numeric column: either exactly an int, or a double.
struct NumLiteral {
    bool isInt = false;
    int64_t i = 0;
    double d = 0;
};

std::optional<NumLiteral> numberOf(const Json& j)
{
    if (j.is_number_integer() && !(j.is_number_unsigned() && j.get<uint64_t>() > uint64_t(kIntMax)))
        return NumLiteral{true, j.get<int64_t>(), 0.0};
    if (j.is_number())
        return NumLiteral{false, 0, j.get<double>()};
    return std::nullopt;
}

// Temporal literal as the stored unit of `type` (days for Date, microseconds for Timestamp).
std::optional<int64_t> temporalOf(const Json& j, DataType type)
{
    if (!j.is_string())
        return std::nullopt;
    const auto s = j.get<std::string>();
    if (type == DataType::Date) {
        if (auto d = parseIsoDate(s))
            return *d;
        return std::nullopt;
    }
    if (auto t = parseIsoTimestamp(s))
        return *t;
    if (auto d = parseIsoDate(s))
        return int64_t{*d} * kMicrosPerDay;
    return std::nullopt;
}

std::string expectation(DataType type)
{
    switch (type) {
    case DataType::Int:
    case DataType::Double: return "a number";
    case DataType::Bool: return "true or false";
    case DataType::Date: return "an ISO date \"YYYY-MM-DD\"";
    case DataType::Timestamp: return "an ISO date or timestamp \"YYYY-MM-DD HH:MM:SS\"";
    case DataType::String: return "a string";
    }
    return "a value";
}

bool opFitsType(CompareOp op, DataType type)
{
    switch (op) {
    case CompareOp::IsNull:
    case CompareOp::NotNull: return true;
    case CompareOp::Eq:
    case CompareOp::Ne:
    case CompareOp::In:
    case CompareOp::NotIn: return true;
    case CompareOp::Lt:
    case CompareOp::Le:
    case CompareOp::Gt:
    case CompareOp::Ge:
    case CompareOp::Between: return type != DataType::Bool;
    case CompareOp::Contains:
    case CompareOp::StartsWith:
    case CompareOp::EndsWith: return type == DataType::String;
    case CompareOp::IsTrue:
    case CompareOp::IsFalse: return type == DataType::Bool;
    case CompareOp::WithinLastDays:
    case CompareOp::BeforeDaysAgo: return isTemporal(type);
    }
    return false;
}

// Integer-valued columns (Int, Date, Timestamp, Bool): every operator becomes a range or a set.
std::optional<std::string> bindIntLike(const Comparison& c, DataType type, int32_t asOf, BoundPredicate& p)
{
    // Converts one literal to [lo, hi] bounds that an integer value must respect for `op`.
    auto literal = [&](const Json& j, NumLiteral& out) -> bool {
        if (type == DataType::Int) {
            auto n = numberOf(j);
            if (!n)
                return false;
            out = *n;
            return true;
        }
        if (type == DataType::Bool) {
            if (!j.is_boolean())
                return false;
            out = NumLiteral{true, j.get<bool>() ? 1 : 0, 0};
            return true;
        }
        auto t = temporalOf(j, type);
        if (!t)
            return false;
        out = NumLiteral{true, *t, 0};
        return true;
    };
    auto bad = [&](const Json& j) {
        return "value " + jsonText(j) + " does not fit column type " + std::string(typeName(type)) + ": expected "
            + expectation(type);
    };
    // Smallest int >= v and largest int <= v, for comparing int columns with fractional literals.
    auto ceilOf = [](const NumLiteral& n) { return n.isInt ? n.i : clampToInt(std::ceil(n.d)); };
    auto floorOf = [](const NumLiteral& n) { return n.isInt ? n.i : clampToInt(std::floor(n.d)); };
    auto isWhole = [](const NumLiteral& n) {
        return n.isInt || (std::floor(n.d) == n.d && std::fabs(n.d) < 9.2e18);
    };
    auto exact = [](const NumLiteral& n) { return n.isInt ? n.i : static_cast<int64_t>(n.d); };

    const int64_t unit = type == DataType::Timestamp ? kMicrosPerDay : 1;
    NumLiteral a, b;
    switch (c.op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        if (!literal(c.value, a))
            return bad(c.value);
        if (!isWhole(a)) {
            p.form = c.op == CompareOp::Eq ? Form::Never : Form::NotNull;
            return std::nullopt;
        }
        p.form = c.op == CompareOp::Eq ? Form::IntRange : Form::IntOutside;
        p.ilo = p.ihi = exact(a);
        return std::nullopt;
    case CompareOp::Lt:
    case CompareOp::Le:
    case CompareOp::Gt:
    case CompareOp::Ge:
        if (!literal(c.value, a))
            return bad(c.value);
        p.form = Form::IntRange;
        p.ilo = kIntMin;
        p.ihi = kIntMax;
        if (c.op == CompareOp::Lt)
            p.ihi = isWhole(a) ? exact(a) - (exact(a) == kIntMin ? 0 : 1) : floorOf(a);
        if (c.op == CompareOp::Le)
            p.ihi = floorOf(a);
        if (c.op == CompareOp::Gt)
            p.ilo = isWhole(a) ? exact(a) + (exact(a) == kIntMax ? 0 : 1) : ceilOf(a);
        if (c.op == CompareOp::Ge)
            p.ilo = ceilOf(a);
        if ((c.op == CompareOp::Lt && isWhole(a) && exact(a) == kIntMin)
            || (c.op == CompareOp::Gt && isWhole(a) && exact(a) == kIntMax))
            p.form = Form::Never;
        return std::nullopt;
    case CompareOp::Between:
        if (!literal(c.min, a))
            return bad(c.min);
        if (!literal(c.max, b))
            return bad(c.max);
        p.form = Form::IntRange;
        p.ilo = ceilOf(a);
        p.ihi = floorOf(b);
        return std::nullopt;
    case CompareOp::In:
    case CompareOp::NotIn:
        p.form = Form::IntSet;
        p.negate = c.op == CompareOp::NotIn;
        for (const auto& j : c.values) {
            if (!literal(j, a))
                return bad(j);
            if (isWhole(a))
                p.iset.push_back(exact(a));
        }
        std::sort(p.iset.begin(), p.iset.end());
        return std::nullopt;
    case CompareOp::IsTrue:
    case CompareOp::IsFalse:
        p.form = Form::IntRange;
        p.ilo = p.ihi = c.op == CompareOp::IsTrue ? 1 : 0;
        return std::nullopt;
    case CompareOp::WithinLastDays:
        // as_of - N days <= day(value) <= as_of
        p.form = Form::IntRange;
        p.ilo = (int64_t{asOf} - c.days) * unit;
        p.ihi = (int64_t{asOf} + 1) * unit - 1;
        return std::nullopt;
    case CompareOp::BeforeDaysAgo:
        // day(value) < as_of - N days
        p.form = Form::IntRange;
        p.ilo = kIntMin;
        p.ihi = (int64_t{asOf} - c.days) * unit - 1;
        return std::nullopt;
    default: break;
    }
    return "operator '" + std::string(compareOpName(c.op)) + "' is not supported here";
}

std::optional<std::string> bindDouble(const Comparison& c, BoundPredicate& p)
{
    auto num = [](const Json& j) -> std::optional<double> {
        if (!j.is_number())
            return std::nullopt;
        return j.get<double>();
    };
    auto bad = [](const Json& j) { return "value " + jsonText(j) + " does not fit column type double: expected a number"; };
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::optional<double> a, b;
    switch (c.op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
    case CompareOp::Lt:
    case CompareOp::Le:
    case CompareOp::Gt:
    case CompareOp::Ge:
        if (!(a = num(c.value)))
            return bad(c.value);
        p.form = c.op == CompareOp::Ne ? Form::DoubleOutside : Form::DoubleRange;
        p.dlo = -inf;
        p.dhi = inf;
        if (c.op == CompareOp::Eq || c.op == CompareOp::Ne)
            p.dlo = p.dhi = *a;
        if (c.op == CompareOp::Lt || c.op == CompareOp::Le) {
            p.dhi = *a;
            p.hiInclusive = c.op == CompareOp::Le;
        }
        if (c.op == CompareOp::Gt || c.op == CompareOp::Ge) {
            p.dlo = *a;
            p.loInclusive = c.op == CompareOp::Ge;
        }
        return std::nullopt;
    case CompareOp::Between:
        if (!(a = num(c.min)))
            return bad(c.min);
        if (!(b = num(c.max)))
            return bad(c.max);
        p.form = Form::DoubleRange;
        p.dlo = *a;
        p.dhi = *b;
        return std::nullopt;
    case CompareOp::In:
    case CompareOp::NotIn:
        p.form = Form::DoubleSet;
        p.negate = c.op == CompareOp::NotIn;
        for (const auto& j : c.values) {
            if (!(a = num(j)))
                return bad(j);
            p.dset.push_back(*a);
        }
        std::sort(p.dset.begin(), p.dset.end());
        return std::nullopt;
    default: break;
    }
    return "operator '" + std::string(compareOpName(c.op)) + "' is not supported for double columns";
}

std::optional<std::string> bindString(const Comparison& c, BoundPredicate& p)
{
    auto text = [&](const Json& j, std::string& out) {
        if (!j.is_string())
            return false;
        out = c.ignoreCase ? asciiLower(j.get<std::string>()) : j.get<std::string>();
        return true;
    };
    auto bad = [](const Json& j) { return "value " + jsonText(j) + " does not fit column type string: expected a string"; };
    p.form = Form::String;
    p.ignoreCase = c.ignoreCase;
    switch (c.op) {
    case CompareOp::Between:
        if (!text(c.min, p.s1))
            return bad(c.min);
        if (!text(c.max, p.s2))
            return bad(c.max);
        return std::nullopt;
    case CompareOp::In:
    case CompareOp::NotIn:
        for (const auto& j : c.values) {
            std::string s;
            if (!text(j, s))
                return bad(j);
            p.sset.push_back(std::move(s));
        }
        std::sort(p.sset.begin(), p.sset.end());
        return std::nullopt;
    default:
        if (!text(c.value, p.s1))
            return bad(c.value);
        return std::nullopt;
    }
}

} // namespace

std::string asciiLower(std::string_view s)
{
    std::string out(s);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

std::optional<std::string> bindPredicate(const Comparison& cmp, DataType type, int32_t asOfDay, BoundPredicate& out)
{
    out = BoundPredicate{};
    out.op = cmp.op;
    out.type = type;
    if (!opFitsType(cmp.op, type))
        return "operator '" + std::string(compareOpName(cmp.op)) + "' cannot be used on "
            + (type == DataType::Int ? "an " : "a ") + std::string(typeName(type)) + " column";
    if (cmp.ignoreCase && type != DataType::String)
        return "ignore_case applies only to string columns, not " + std::string(typeName(type));
    if (cmp.op == CompareOp::IsNull || cmp.op == CompareOp::NotNull) {
        out.form = cmp.op == CompareOp::IsNull ? Form::IsNull : Form::NotNull;
        return std::nullopt;
    }
    if ((cmp.op == CompareOp::In || cmp.op == CompareOp::NotIn)) {
        for (const auto& v : cmp.values)
            if (v.is_null())
                return std::string("the values list may not contain null: use is_null / not_null to test for NULL");
    }
    if ((cmp.op == CompareOp::WithinLastDays || cmp.op == CompareOp::BeforeDaysAgo) && cmp.days < 0)
        return "days must be 0 or more, not " + std::to_string(cmp.days);
    switch (type) {
    case DataType::Double: return bindDouble(cmp, out);
    case DataType::String: return bindString(cmp, out);
    default: return bindIntLike(cmp, type, asOfDay, out);
    }
}

bool matchString(const BoundPredicate& p, std::string_view raw)
{
    if (p.form != Form::String)
        return p.form == Form::NotNull;
    std::string folded;
    std::string_view v = raw;
    if (p.ignoreCase) {
        folded = asciiLower(raw);
        v = folded;
    }
    switch (p.op) {
    case CompareOp::Eq: return v == p.s1;
    case CompareOp::Ne: return v != p.s1;
    case CompareOp::Lt: return v < p.s1;
    case CompareOp::Le: return v <= p.s1;
    case CompareOp::Gt: return v > p.s1;
    case CompareOp::Ge: return v >= p.s1;
    case CompareOp::Between: return v >= p.s1 && v <= p.s2;
    case CompareOp::In: return std::binary_search(p.sset.begin(), p.sset.end(), v);
    case CompareOp::NotIn: return !std::binary_search(p.sset.begin(), p.sset.end(), v);
    case CompareOp::Contains: return v.find(p.s1) != std::string_view::npos;
    case CompareOp::StartsWith: return v.starts_with(p.s1);
    case CompareOp::EndsWith: return v.ends_with(p.s1);
    default: return false;
    }
}

bool matchesValue(const BoundPredicate& p, const Value& v)
{
    if (v.null)
        return p.form == BoundPredicate::Form::IsNull;
    switch (p.form) {
    case BoundPredicate::Form::IsNull: return false;
    case BoundPredicate::Form::NotNull: return true;
    case BoundPredicate::Form::Never: return false;
    default: break;
    }
    switch (v.type) {
    case DataType::Int:
    case DataType::Timestamp:
    case DataType::Date:
    case DataType::Bool: return matchInt(p, v.i);
    case DataType::Double: return matchDouble(p, v.d);
    case DataType::String: return matchString(p, v.s);
    }
    return false;
}

} // namespace seg
