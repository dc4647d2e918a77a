// HTTP/1.1 POST over a plain TCP socket (see http_client.h).
#include "sql/http_client.h"

#include "util/error.h"

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <string_view>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace seg {

namespace {

class Socket {
public:
    explicit Socket(int fd) : fd_(fd) {}
    ~Socket()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    int fd() const { return fd_; }

private:
    int fd_;
};

std::string where(const HttpEndpoint& e) { return e.host + ":" + std::to_string(e.port); }

int connectTo(const HttpEndpoint& e, int timeoutMs)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const int rc = ::getaddrinfo(e.host.c_str(), std::to_string(e.port).c_str(), &hints, &found);
    if (rc != 0)
        throw Error("cannot resolve " + where(e) + ": " + gai_strerror(rc));
    std::string lastError = "no address";
    int fd = -1;
    for (addrinfo* a = found; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) {
            lastError = std::strerror(errno);
            continue;
        }
        timeval tv{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        if (::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            lastError = std::strerror(errno);
            ::close(fd);
            fd = -1;
        }
    }
    ::freeaddrinfo(found);
    if (fd < 0)
        throw Error("cannot connect to " + where(e) + ": " + lastError);
    return fd;
}

void sendAll(int fd, std::string_view data, const HttpEndpoint& e)
{
    while (!data.empty()) {
        const ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw Error("sending to " + where(e) + " failed: " + (n < 0 ? std::strerror(errno) : "connection closed"));
        data.remove_prefix(static_cast<size_t>(n));
    }
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

} // namespace

std::string urlEncode(std::string_view s)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.' || c == '~') {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string decodeChunked(std::string_view body)
{
    std::string out;
    size_t pos = 0;
    for (;;) {
        const size_t eol = body.find("\r\n", pos);
        if (eol == std::string_view::npos)
            throw Error("malformed chunked HTTP body: chunk size line not terminated at byte " + std::to_string(pos));
        size_t size = 0;
        size_t i = pos;
        for (; i < eol && body[i] != ';'; ++i) {
            const char c = body[i];
            const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0 || size > (SIZE_MAX >> 4))
                throw Error("malformed chunked HTTP body: bad chunk size at byte " + std::to_string(pos));
            size = size * 16 + static_cast<size_t>(d);
        }
        if (i == pos)
            throw Error("malformed chunked HTTP body: empty chunk size at byte " + std::to_string(pos));
        pos = eol + 2;
        if (size == 0)
            return out; // trailers, if any, are ignored
        if (body.size() - pos < size + 2 || body.substr(pos + size, 2) != "\r\n")
            throw Error("malformed chunked HTTP body: chunk at byte " + std::to_string(pos) + " is cut short");
        out.append(body.substr(pos, size));
        pos += size + 2;
    }
}

HttpResponse httpPost(const HttpEndpoint& endpoint, const std::string& target, const std::string& body, int timeoutMs)
{
    Socket socket(connectTo(endpoint, timeoutMs));
    const std::string head = "POST " + target + " HTTP/1.1\r\nHost: " + where(endpoint)
        + "\r\nConnection: close\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Length: "
        + std::to_string(body.size()) + "\r\n\r\n";
    sendAll(socket.fd(), head, endpoint);
    sendAll(socket.fd(), body, endpoint);

    std::string raw;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::recv(socket.fd(), buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw Error("receiving from " + where(endpoint) + " failed: "
                        + (errno == EAGAIN || errno == EWOULDBLOCK ? std::string("timed out") : std::strerror(errno)));
        if (n == 0)
            break;
        raw.append(buffer, static_cast<size_t>(n));
    }
    const size_t headEnd = raw.find("\r\n\r\n");
    if (raw.compare(0, 5, "HTTP/") != 0 || headEnd == std::string::npos)
        throw Error("malformed HTTP response from " + where(endpoint) + " (" + std::to_string(raw.size()) + " bytes)");
    HttpResponse r;
    const size_t space = raw.find(' ');
    if (space == std::string::npos || space + 4 > headEnd)
        throw Error("malformed HTTP status line from " + where(endpoint));
    r.status = std::atoi(raw.c_str() + space + 1);
    bool chunked = false;
    long long length = -1;
    size_t line = raw.find("\r\n") + 2;
    while (line < headEnd) {
        const size_t end = raw.find("\r\n", line);
        const std::string_view header(raw.data() + line, end - line);
        const size_t colon = header.find(':');
        if (colon != std::string_view::npos) {
            const std::string name = lowerAscii(header.substr(0, colon));
            std::string value = lowerAscii(header.substr(colon + 1));
            value.erase(0, value.find_first_not_of(" \t"));
            if (name == "transfer-encoding" && value.find("chunked") != std::string::npos)
                chunked = true;
            else if (name == "content-length")
                length = std::atoll(value.c_str());
        }
        line = end + 2;
    }
    const std::string_view payload(raw.data() + headEnd + 4, raw.size() - headEnd - 4);
    try {
        if (chunked)
            r.body = decodeChunked(payload);
        else if (length >= 0 && static_cast<size_t>(length) <= payload.size())
            r.body.assign(payload.substr(0, static_cast<size_t>(length)));
        else if (length >= 0)
            throw Error("body cut short: " + std::to_string(payload.size()) + " of " + std::to_string(length) + " bytes");
        else
            r.body.assign(payload);
    } catch (const Error& e) {
        throw Error("HTTP response from " + where(endpoint) + ": " + e.what());
    }
    return r;
}

} // namespace seg
