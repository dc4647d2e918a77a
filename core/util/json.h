#pragma once
// ordered_json keeps the key order of files the user wrote, so saving does not reshuffle them.
#include <nlohmann/json.hpp>

namespace seg {
using Json = nlohmann::ordered_json;
}
