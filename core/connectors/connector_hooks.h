#pragma once
// What a broker connection needs from the program around it while it retries: whether to
// give up (SIGINT/SIGTERM), and where to report that the broker went away or came back; and
// for the HTTP source and webhook sinks: where their dead letters go and the files of their
// secrets (--http-token-file, --webhook-secret-file).
#include <functional>
#include <string>

namespace seg {

struct ConnectorHooks {
    std::function<bool()> stopRequested;             // empty: never
    std::function<void(const std::string&)> report;  // empty: stderr
    std::function<void(const std::string&)> deadLetter{}; // one JSON line (empty: stderr)
    std::string httpTokenFile{};     // empty: the variable SEGSTUDIO_HTTP_TOKEN
    std::string webhookSecretFile{}; // empty: the variable SEGSTUDIO_WEBHOOK_SECRET
    void say(const std::string& text) const;
    void dead(const std::string& jsonLine) const;
    bool stopping() const { return stopRequested && stopRequested(); }
};

// Calls tryOnce(why) until it returns true, waiting 0.1 s doubling to 5 s before each try;
// reports that `what` went away (with `why`), every tenth failure and its return. Throws
// seg::Error once the program is stopping.
void retryWithBackoff(const ConnectorHooks& hooks, const std::string& what, const std::string& why,
                      const std::function<bool(std::string&)>& tryOnce);

} // namespace seg
