#pragma once
// A small HTTP/1.1 client over POSIX sockets: one POST per connection (Connection: close),
// Content-Length request bodies, Content-Length / chunked / until-close response bodies. Enough
// for ClickHouse's HTTP interface without a client library; no TLS, no redirects.
#include <string>

namespace seg {

struct HttpResponse {
    int status = 0;
    std::string body;
};

struct HttpEndpoint {
    std::string host;
    int port = 0;
};

// Throws seg::Error naming host:port for connection, timeout and protocol errors. An HTTP
// error status is returned, not thrown. timeoutMs bounds each send/receive wait.
HttpResponse httpPost(const HttpEndpoint& endpoint, const std::string& target, const std::string& body,
                      int timeoutMs = 600000);

// Percent-encodes everything but unreserved characters (RFC 3986), for query strings.
std::string urlEncode(std::string_view s);

// Decodes a chunked transfer-coded body. Throws seg::Error when it is malformed.
std::string decodeChunked(std::string_view body);

} // namespace seg
