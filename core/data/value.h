#pragma once
// One typed, nullable scalar: literals of the expression language and per-customer results.
#include "data/types.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace seg {

struct Value {
    DataType type = DataType::Int;
    bool null = true;
    int64_t i = 0;    // Int, Timestamp (micros), Date (days), Bool (0/1)
    double d = 0.0;   // Double
    std::string s;    // String

    static Value nullOf(DataType t) { Value v; v.type = t; return v; }
    static Value ofInt(int64_t x) { Value v; v.type = DataType::Int; v.null = false; v.i = x; return v; }
    static Value ofDouble(double x) { Value v; v.type = DataType::Double; v.null = false; v.d = x; return v; }
    static Value ofBool(bool x) { Value v; v.type = DataType::Bool; v.null = false; v.i = x; return v; }
    static Value ofDate(int32_t days) { Value v; v.type = DataType::Date; v.null = false; v.i = days; return v; }
    static Value ofTimestamp(int64_t us) { Value v; v.type = DataType::Timestamp; v.null = false; v.i = us; return v; }
    static Value ofString(std::string x) { Value v; v.type = DataType::String; v.null = false; v.s = std::move(x); return v; }

    double asDouble() const { return type == DataType::Double ? d : static_cast<double>(i); }
};

// A value as text in its type's form ("2024-12-30 10:00:00", "19.9", "true"); `nullText` for
// NULL. One form for trigger times, dead-letter reasons (live) and explanations.
std::string valueText(const Value& v, std::string_view nullText = {});

} // namespace seg
