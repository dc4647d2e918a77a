#include "data/string_dict.h"

#include <algorithm>

namespace seg {

StringDict::StringDict(const std::vector<std::string>& strings)
{
    size_t total = 0;
    for (const std::string& s : strings)
        total += s.size();
    reserve(strings.size(), total);
    for (const std::string& s : strings)
        push_back(s);
}

namespace {

// Room for `more` elements, growing at least geometrically: called once per appended chunk,
// an exact reserve would copy the whole arena each time.
template <class T> void reserveMore(std::vector<T>& v, size_t more)
{
    const size_t need = v.size() + more;
    if (need > v.capacity())
        v.reserve(std::max(need, v.capacity() + v.capacity() / 2));
}

// Shrinks only when the slack is worth a copy of the whole vector.
template <class T> void shrinkIfSlack(std::vector<T>& v)
{
    if (v.capacity() - v.size() > v.size() / 8 + 4096 / sizeof(T))
        v.shrink_to_fit();
}

} // namespace

void StringDict::reserve(size_t entries, size_t bytes)
{
    reserveMore(offsets_, entries + (offsets_.empty() ? 1 : 0));
    reserveMore(bytes_, bytes);
}

void StringDict::shrinkToFit()
{
    shrinkIfSlack(bytes_);
    shrinkIfSlack(offsets_);
}

void StringDict::clear()
{
    bytes_.clear();
    offsets_.clear();
}

std::vector<std::string> StringDict::toStrings() const
{
    std::vector<std::string> out;
    out.reserve(size());
    for (size_t i = 0; i < size(); ++i)
        out.emplace_back((*this)[i]);
    return out;
}

bool operator==(const StringDict& a, const StringDict& b)
{
    return a.size() == b.size() && a.bytes_ == b.bytes_ && (a.empty() || a.offsets_ == b.offsets_);
}

bool operator==(const StringDict& a, const std::vector<std::string>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < b.size(); ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

} // namespace seg
