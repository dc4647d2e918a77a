#pragma once
// What a broker connection needs from the program around it while it retries: whether to
// give up (SIGINT/SIGTERM), and where to report that the broker went away or came back.
#include <functional>
#include <string>

namespace seg {

struct ConnectorHooks {
    std::function<bool()> stopRequested;             // empty: never
    std::function<void(const std::string&)> report;  // empty: stderr
    void say(const std::string& text) const;
    bool stopping() const { return stopRequested && stopRequested(); }
};

} // namespace seg
