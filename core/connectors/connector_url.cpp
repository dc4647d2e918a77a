#include "connectors/connector_url.h"

#include "util/error.h"

#include <cctype>
#include <charconv>

namespace seg {

namespace {

std::string decode(const std::string& text, const std::string& url)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        int value = 0;
        if (i + 2 >= text.size() ||
            std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16).ptr != text.data() + i + 3)
            throw Error("bad percent-escape in the URL " + url);
        out += static_cast<char>(value);
        i += 2;
    }
    return out;
}

} // namespace

bool looksLikeUrl(const std::string& text)
{
    const size_t colon = text.find("://");
    if (colon == std::string::npos || colon == 0)
        return false;
    for (size_t i = 0; i < colon; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (!std::isalnum(c) && c != '+' && c != '-' && c != '.')
            return false;
    }
    return std::isalpha(static_cast<unsigned char>(text[0])) != 0;
}

ConnectorUrl parseConnectorUrl(const std::string& text)
{
    if (!looksLikeUrl(text))
        throw Error("'" + text + "' is not a URL (scheme://host:port/...)");
    ConnectorUrl u;
    u.text = text;
    const size_t schemeEnd = text.find("://");
    for (size_t i = 0; i < schemeEnd; ++i)
        u.scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    std::string rest = text.substr(schemeEnd + 3);
    if (const size_t q = rest.find('?'); q != std::string::npos) {
        const std::string query = rest.substr(q + 1);
        rest.resize(q);
        size_t start = 0;
        while (start <= query.size()) {
            size_t end = query.find('&', start);
            if (end == std::string::npos)
                end = query.size();
            const std::string pair = query.substr(start, end - start);
            if (!pair.empty()) {
                const size_t eq = pair.find('=');
                const std::string name = decode(pair.substr(0, eq), text);
                const std::string value = eq == std::string::npos ? "" : decode(pair.substr(eq + 1), text);
                if (!u.query.emplace(name, value).second)
                    throw Error("the URL " + u.redacted() + " gives '" + name + "' twice");
            }
            start = end + 1;
        }
    }
    std::string authority = rest;
    if (const size_t slash = rest.find('/'); slash != std::string::npos) {
        authority = rest.substr(0, slash);
        u.path = decode(rest.substr(slash + 1), text);
    }
    if (const size_t at = authority.rfind('@'); at != std::string::npos) {
        const std::string userInfo = authority.substr(0, at);
        authority = authority.substr(at + 1);
        const size_t colon = userInfo.find(':');
        u.user = decode(userInfo.substr(0, colon), text);
        if (colon != std::string::npos)
            u.password = decode(userInfo.substr(colon + 1), text);
    }
    if (const size_t colon = authority.rfind(':'); colon != std::string::npos && authority.find(']', colon) == std::string::npos) {
        const std::string port = authority.substr(colon + 1);
        authority.resize(colon);
        const auto [ptr, ec] = std::from_chars(port.data(), port.data() + port.size(), u.port);
        if (port.empty() || ec != std::errc() || ptr != port.data() + port.size() || u.port < 1 || u.port > 65535)
            throw Error("the URL " + u.redacted() + " has a bad port '" + port + "'");
    }
    u.host = authority;
    if (u.host.empty())
        throw Error("the URL " + u.redacted() + " names no host");
    return u;
}

const std::string& ConnectorUrl::required(const std::string& name) const
{
    const auto it = query.find(name);
    if (it == query.end() || it->second.empty())
        throw Error("the URL " + redacted() + " needs ?" + name + "=...");
    return it->second;
}

std::string ConnectorUrl::value(const std::string& name, const std::string& fallback) const
{
    const auto it = query.find(name);
    return it == query.end() ? fallback : it->second;
}

long long ConnectorUrl::number(const std::string& name, long long fallback, long long min, long long max) const
{
    const auto it = query.find(name);
    if (it == query.end())
        return fallback;
    long long v = 0;
    const std::string& s = it->second;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || ptr != s.data() + s.size() || v < min || v > max)
        throw Error("the URL " + redacted() + ": '" + name + "' must be a whole number from " + std::to_string(min) +
                    " to " + std::to_string(max) + ", not '" + s + "'");
    return v;
}

std::string ConnectorUrl::redacted() const
{
    if (password.empty())
        return text;
    const size_t at = text.find('@');
    const size_t colon = text.find(':', text.find("://") + 3);
    if (at == std::string::npos || colon == std::string::npos || colon > at)
        return text;
    return text.substr(0, colon + 1) + "***" + text.substr(at);
}

} // namespace seg
