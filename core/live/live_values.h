#pragma once
// Small value helpers shared by the live engine's files (internal to core/live).
#include "data/column.h"
#include "data/value.h"
#include "exec/event_aggregate.h"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace seg::live_detail {

inline constexpr int32_t kNoDeadline = std::numeric_limits<int32_t>::max();

inline Value valueAt(const Column& c, size_t row)
{
    if (c.isNull(row))
        return Value::nullOf(c.type());
    switch (c.type()) {
    case DataType::Int: return Value::ofInt(c.intAt(row));
    case DataType::Timestamp: return Value::ofTimestamp(c.intAt(row));
    case DataType::Double: return Value::ofDouble(c.doubleAt(row));
    case DataType::Bool: return Value::ofBool(c.boolAt(row));
    case DataType::Date: return Value::ofDate(c.dateAt(row));
    case DataType::String: return Value::ofString(std::string(c.stringAt(row)));
    }
    return Value::nullOf(c.type());
}

inline void appendValue(Column& c, const Value& v)
{
    if (v.null) {
        c.appendNull();
        return;
    }
    switch (c.type()) {
    case DataType::Int:
    case DataType::Timestamp: c.appendInt(v.i); break;
    case DataType::Double: c.appendDouble(v.d); break;
    case DataType::Bool: c.appendBool(v.i != 0); break;
    case DataType::Date: c.appendDate(static_cast<int32_t>(v.i)); break;
    case DataType::String: c.appendString(v.s); break;
    }
}

// The calendar day of a date or timestamp value.
inline int32_t dayOf(DataType type, int64_t v)
{
    return type == DataType::Timestamp ? dayOfTimestamp(v) : static_cast<int32_t>(v);
}

inline Value aggregateToValue(const AggregateValue& a, DataType type)
{
    Value v = Value::nullOf(type);
    v.null = a.null;
    v.i = a.i;
    v.d = a.d;
    return v;
}


} // namespace seg::live_detail
