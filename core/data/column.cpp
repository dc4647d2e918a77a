#include "data/column.h"

#include <cassert>

namespace seg {

void Column::reserve(size_t n)
{
    valid_.reserve(n);
    switch (type_) {
    case DataType::Int:
    case DataType::Timestamp: ints_.reserve(n); break;
    case DataType::Double: doubles_.reserve(n); break;
    case DataType::Bool: bools_.reserve(n); break;
    case DataType::Date:
    case DataType::String: codes_.reserve(n); break;
    }
}

void Column::pushValidity(bool present)
{
    valid_.pushBack(present);
    hasNulls_ |= !present;
    ++size_;
}

void Column::appendNull()
{
    switch (type_) {
    case DataType::Int:
    case DataType::Timestamp: ints_.push_back(0); break;
    case DataType::Double: doubles_.push_back(0.0); break;
    case DataType::Bool: bools_.push_back(0); break;
    case DataType::Date:
    case DataType::String: codes_.push_back(0); break;
    }
    pushValidity(false);
}

void Column::appendInt(int64_t v)
{
    assert(type_ == DataType::Int || type_ == DataType::Timestamp);
    ints_.push_back(v);
    pushValidity(true);
}

void Column::appendDouble(double v)
{
    assert(type_ == DataType::Double);
    doubles_.push_back(v);
    pushValidity(true);
}

void Column::appendBool(bool v)
{
    assert(type_ == DataType::Bool);
    bools_.push_back(v ? 1 : 0);
    pushValidity(true);
}

void Column::appendDate(int32_t days)
{
    assert(type_ == DataType::Date);
    codes_.push_back(days);
    pushValidity(true);
}

void Column::appendString(std::string_view v)
{
    assert(type_ == DataType::String);
    auto it = dictIndex_.find(v);
    if (it == dictIndex_.end()) {
        it = dictIndex_.emplace(std::string(v), static_cast<int32_t>(dict_.size())).first;
        dict_.emplace_back(v);
    }
    codes_.push_back(it->second);
    pushValidity(true);
}

int32_t Column::findCode(std::string_view v) const
{
    const auto it = dictIndex_.find(v);
    return it == dictIndex_.end() ? -1 : it->second;
}

namespace {

template <class T> void gatherVector(std::vector<T>& values, const std::vector<uint32_t>& rows)
{
    if (values.empty())
        return;
    std::vector<T> out;
    out.reserve(rows.size());
    for (const uint32_t r : rows)
        out.push_back(values[r]);
    values = std::move(out);
}

} // namespace

void Column::gather(const std::vector<uint32_t>& rows)
{
    gatherVector(ints_, rows);
    gatherVector(doubles_, rows);
    gatherVector(bools_, rows);
    gatherVector(codes_, rows);
    if (hasNulls_) {
        Bitset valid(rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            if (valid_.test(rows[i]))
                valid.set(i);
        valid_ = std::move(valid);
        hasNulls_ = valid_.count() != rows.size();
    } else {
        valid_.resize(rows.size(), true);
    }
    size_ = rows.size();
}

double Column::numericAt(size_t row) const
{
    switch (type_) {
    case DataType::Int:
    case DataType::Timestamp: return static_cast<double>(ints_[row]);
    case DataType::Double: return doubles_[row];
    case DataType::Bool: return bools_[row];
    case DataType::Date: return codes_[row];
    case DataType::String: return 0.0;
    }
    return 0.0;
}

std::string Column::textAt(size_t row) const
{
    if (isNull(row))
        return {};
    switch (type_) {
    case DataType::Int: return std::to_string(ints_[row]);
    case DataType::Timestamp: return formatTimestamp(ints_[row]);
    case DataType::Double: return formatDouble(doubles_[row]);
    case DataType::Bool: return bools_[row] ? "true" : "false";
    case DataType::Date: return formatDate(codes_[row]);
    case DataType::String: return std::string(stringAt(row));
    }
    return {};
}

size_t Column::memoryBytes() const
{
    size_t bytes = ints_.capacity() * sizeof(int64_t) + doubles_.capacity() * sizeof(double)
        + bools_.capacity() + codes_.capacity() * sizeof(int32_t) + valid_.wordCount() * sizeof(uint64_t);
    for (const auto& s : dict_)
        bytes += sizeof(std::string) + (s.size() > 15 ? s.capacity() : 0);
    return bytes;
}

void Column::adoptValidity(Bitset valid, size_t n)
{
    assert(valid.size() == n);
    size_ = n;
    hasNulls_ = valid.count() != n;
    valid_ = std::move(valid);
}

Column Column::fromInts(std::string name, DataType type, std::vector<int64_t> v, Bitset valid)
{
    Column c(std::move(name), type);
    const size_t n = v.size();
    c.ints_ = std::move(v);
    c.adoptValidity(std::move(valid), n);
    return c;
}

Column Column::fromDoubles(std::string name, std::vector<double> v, Bitset valid)
{
    Column c(std::move(name), DataType::Double);
    const size_t n = v.size();
    c.doubles_ = std::move(v);
    c.adoptValidity(std::move(valid), n);
    return c;
}

Column Column::fromBools(std::string name, std::vector<uint8_t> v, Bitset valid)
{
    Column c(std::move(name), DataType::Bool);
    const size_t n = v.size();
    c.bools_ = std::move(v);
    c.adoptValidity(std::move(valid), n);
    return c;
}

Column Column::fromDates(std::string name, std::vector<int32_t> v, Bitset valid)
{
    Column c(std::move(name), DataType::Date);
    const size_t n = v.size();
    c.codes_ = std::move(v);
    c.adoptValidity(std::move(valid), n);
    return c;
}

Column Column::fromStrings(std::string name, std::vector<int32_t> codes, std::vector<std::string> dict,
                           Bitset valid)
{
    Column c(std::move(name), DataType::String);
    const size_t n = codes.size();
    c.codes_ = std::move(codes);
    c.dict_ = std::move(dict);
    c.adoptValidity(std::move(valid), n);
    return c;
}

} // namespace seg
