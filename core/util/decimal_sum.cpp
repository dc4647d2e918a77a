#include "util/decimal_sum.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace seg {

namespace {

constexpr int kMaxScale = 30;
const Int128 kLimit = static_cast<Int128>(1) << 120; // headroom before 2^127

Int128 pow10(int e)
{
    Int128 p = 1;
    while (e-- > 0)
        p *= 10;
    return p;
}

// Decimal text of |v| / 10^scale with `digits` significant digits after the integer part,
// and sign, e.g. "-123.4500"; enough digits that from_chars rounds it correctly.
std::string toDecimalText(Int128 numerator, Int128 denominator)
{
    std::string out;
    if ((numerator < 0) != (denominator < 0) && numerator != 0)
        out += '-';
    UInt128 num = numerator < 0 ? static_cast<UInt128>(-numerator) : static_cast<UInt128>(numerator);
    const UInt128 den = denominator < 0 ? static_cast<UInt128>(-denominator) : static_cast<UInt128>(denominator);
    UInt128 whole = num / den, rest = num % den;
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(whole % 10)));
        whole /= 10;
    } while (whole > 0);
    out += digits;
    out += '.';
    // 40 significant digits after the first non-zero one, then a sticky digit for the rest,
    // so the one rounding from_chars does is the only rounding.
    int significant = digits == "0" ? 0 : static_cast<int>(digits.size());
    for (int i = 0; i < 400 && significant < 40; ++i) {
        rest *= 10;
        const int d = static_cast<int>(rest / den);
        rest %= den;
        out += static_cast<char>('0' + d);
        if (significant > 0 || d != 0)
            ++significant;
    }
    if (rest != 0)
        out += '1';
    return out;
}

double parseText(const std::string& text)
{
    double v = 0;
    std::from_chars(text.data(), text.data() + text.size(), v);
    return v;
}

} // namespace

void DecimalSum::clear()
{
    units_ = 0;
    scale_ = 0;
    binaryOnly_ = false;
    binary_.clear();
}

void DecimalSum::add(double x)
{
    binary_.add(x);
    if (!binaryOnly_ && !addDecimal(x))
        binaryOnly_ = true;
}

bool DecimalSum::addDecimal(double x)
{
    // Fast path for money-like values: the fewest decimal places s (up to 6) for which the
    // integer m = x·10^s reads back as x. IEEE division is correctly rounded, so m / 10^s == x
    // means the decimal m·10^-s is exactly what a reader of that text would have stored.
    static constexpr double kPow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    for (int s = 0; s <= 6; ++s) {
        const double m = std::nearbyint(x * kPow10[s]);
        if (std::fabs(m) < 9007199254740992.0 && m / kPow10[s] == x) {
            if (s > scale_) {
                units_ *= pow10(s - scale_);
                scale_ = s;
            }
            units_ += static_cast<Int128>(static_cast<int64_t>(m)) * pow10(scale_ - s);
            if (units_ > kLimit || units_ < -kLimit)
                return false;
            return true;
        }
    }
    char buf[40];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x); // shortest round-trip form
    if (ec != std::errc())
        return false;
    // Split "-123.45e-7" into an integer mantissa and a power of ten.
    Int128 mantissa = 0;
    int exponent = 0;
    bool negative = false, afterPoint = false;
    const char* p = buf;
    if (p < end && *p == '-') {
        negative = true;
        ++p;
    }
    for (; p < end && *p != 'e'; ++p) {
        if (*p == '.') {
            afterPoint = true;
            continue;
        }
        mantissa = mantissa * 10 + (*p - '0');
        if (afterPoint)
            --exponent;
    }
    if (p < end && *p == 'e')
        exponent += std::atoi(std::string(p + 1, static_cast<const char*>(end)).c_str());
    if (negative)
        mantissa = -mantissa;
    int scale = -exponent;
    if (scale < 0) {
        if (-scale > 20)
            return false;
        mantissa *= pow10(-scale);
        scale = 0;
    }
    if (scale > kMaxScale)
        return false;
    if (scale > scale_) {
        const Int128 f = pow10(scale - scale_);
        if (units_ > kLimit / f || units_ < -kLimit / f)
            return false;
        units_ *= f;
        scale_ = scale;
    }
    mantissa *= pow10(scale_ - scale);
    if (mantissa > kLimit || mantissa < -kLimit || units_ > kLimit || units_ < -kLimit)
        return false;
    units_ += mantissa;
    return true;
}

// Quotients whose numerator and denominator are both exact doubles (|x| <= 2^53) need no text:
// IEEE division rounds the exact quotient once to the nearest (ties to even), which is what
// reading the quotient's decimal text does. Most customers' sums take this path.
constexpr Int128 kExactDouble = static_cast<Int128>(1) << 53;

double DecimalSum::value() const
{
    if (binaryOnly_)
        return binary_.value();
    if (scale_ <= 15 && units_ <= kExactDouble && units_ >= -kExactDouble) // 10^15 < 2^53
        return static_cast<double>(static_cast<int64_t>(units_)) / static_cast<double>(static_cast<int64_t>(pow10(scale_)));
    return parseText(toDecimalText(units_, pow10(scale_)));
}

double DecimalSum::mean(int64_t n) const
{
    if (binaryOnly_ || pow10(scale_) > kLimit / n)
        return binary_.value() / static_cast<double>(n);
    const Int128 denominator = pow10(scale_) * n;
    if (units_ <= kExactDouble && units_ >= -kExactDouble && denominator <= kExactDouble)
        return static_cast<double>(static_cast<int64_t>(units_)) / static_cast<double>(static_cast<int64_t>(denominator));
    return parseText(toDecimalText(units_, denominator));
}

} // namespace seg
