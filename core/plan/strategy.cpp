#include "plan/strategy.h"

namespace seg {

std::string_view strategyName(Strategy s)
{
    switch (s) {
    case Strategy::Sequential: return "sequential";
    case Strategy::Parallel: return "parallel";
    case Strategy::Hybrid: return "hybrid";
    case Strategy::Auto: return "auto";
    }
    return "?";
}

std::optional<Strategy> parseStrategy(std::string_view s)
{
    for (Strategy candidate : {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid, Strategy::Auto})
        if (strategyName(candidate) == s)
            return candidate;
    return std::nullopt;
}

} // namespace seg
