#pragma once
// The URLs of `stream --from/--notify` and `publish --to`:
//   scheme://[user[:password]@]host[:port][/path][?name=value&...]
// Percent-escapes are decoded in the user, password, path and query. A URL that cannot be
// read throws seg::Error naming the URL and the problem.
#include <map>
#include <optional>
#include <string>

namespace seg {

struct ConnectorUrl {
    std::string text;   // as given (for messages; the password is masked by redacted())
    std::string scheme; // lower case: "redis", "amqp", ...
    std::string user;
    std::string password;
    std::string host;
    int port = 0; // 0: the scheme's default
    std::string path; // without the leading '/'
    std::map<std::string, std::string> query;

    // A query parameter that must be there (throws naming the URL otherwise).
    const std::string& required(const std::string& name) const;
    std::string value(const std::string& name, const std::string& fallback) const;
    // A whole-number parameter in [min, max] (throws naming it otherwise).
    long long number(const std::string& name, long long fallback, long long min, long long max) const;
    // The URL with the password replaced by "***".
    std::string redacted() const;
};

// True when `text` starts with "scheme://" (letters, digits, '+', '-', '.').
bool looksLikeUrl(const std::string& text);
ConnectorUrl parseConnectorUrl(const std::string& text);

} // namespace seg
