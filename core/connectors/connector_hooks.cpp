#include "connectors/connector_hooks.h"

#include "util/error.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <thread>

namespace seg {

void ConnectorHooks::say(const std::string& text) const
{
    if (report)
        report(text);
    else
        std::cerr << text << '\n';
}

void ConnectorHooks::dead(const std::string& jsonLine) const
{
    if (deadLetter)
        deadLetter(jsonLine);
    else
        std::cerr << jsonLine << '\n';
}

void retryWithBackoff(const ConnectorHooks& hooks, const std::string& what, const std::string& why,
                      const std::function<bool(std::string&)>& tryOnce)
{
    auto delay = std::chrono::milliseconds(100);
    hooks.say("stream: " + what + " went away (" + why + "); reconnecting");
    std::string last = why;
    for (int attempt = 1;; ++attempt) {
        if (hooks.stopping())
            throw Error("stopped while the " + what + " was unreachable (" + last + ")");
        std::this_thread::sleep_for(delay);
        if (tryOnce(last)) {
            hooks.say("stream: " + what + " is back after " + std::to_string(attempt) + (attempt == 1 ? " try" : " tries"));
            return;
        }
        if (attempt == 1 || attempt % 10 == 0)
            hooks.say("stream: " + what + " still unreachable (" + last + "), try " + std::to_string(attempt));
        delay = std::min(delay * 2, std::chrono::milliseconds(5'000));
    }
}

} // namespace seg
