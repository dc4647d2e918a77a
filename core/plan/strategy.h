#pragma once
#include <optional>
#include <string_view>

namespace seg {

// Schedules of spec section 5. Auto is resolved by the planner's cost model before running.
enum class Strategy { Sequential, Parallel, Hybrid, Auto };

std::string_view strategyName(Strategy s);
std::optional<Strategy> parseStrategy(std::string_view s);

} // namespace seg
