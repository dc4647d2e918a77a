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
    const bool fresh = narrowOffsets_.empty() && wideOffsets_.empty();
    if (wide_ && !fresh)
        reserveMore(wideOffsets_, entries);
    else
        reserveMore(narrowOffsets_, entries + (fresh ? 1 : 0));
    reserveMore(bytes_, bytes);
}

void StringDict::startOffsets()
{
    wide_ = false;
    wideOffsets_ = {};
    narrowOffsets_.push_back(0);
}

void StringDict::pushWide(uint64_t end)
{
    if (!wide_) {
        // Every offset so far widened once, with room for as many entries as were reserved.
        wideOffsets_.reserve(std::max(narrowOffsets_.capacity(), narrowOffsets_.size() + 1));
        wideOffsets_.assign(narrowOffsets_.begin(), narrowOffsets_.end());
        std::vector<NarrowOffset>().swap(narrowOffsets_);
        wide_ = true;
    }
    wideOffsets_.push_back(end);
}

void StringDict::shrinkToFit()
{
    shrinkIfSlack(bytes_);
    shrinkIfSlack(narrowOffsets_);
    shrinkIfSlack(wideOffsets_);
}

void StringDict::clear()
{
    bytes_.clear();
    narrowOffsets_.clear();
    wideOffsets_.clear();
    wide_ = false;
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
    if (a.size() != b.size() || a.bytes_ != b.bytes_)
        return false;
    for (size_t i = 1; i <= a.size(); ++i)
        if (a.offset(i) != b.offset(i))
            return false;
    return true;
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
