#include "connectors/connector_secrets.h"

#include "util/error.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstdlib>
#include <fstream>

namespace seg {

std::string readSecret(const std::string& file, const std::string& option, const char* variable, const std::string& what)
{
    std::string secret;
    if (!file.empty()) {
        std::ifstream in(file, std::ios::binary);
        if (!in)
            throw Error(option + ": cannot read " + file);
        std::getline(in, secret);
        while (!secret.empty() && (secret.back() == '\r' || secret.back() == ' ' || secret.back() == '\t'))
            secret.pop_back();
        if (secret.empty())
            throw Error(option + ": the first line of " + file + " is empty (it holds the secret)");
        return secret;
    }
    if (const char* value = std::getenv(variable); value && *value)
        return value;
    throw Error(what + " needs a secret: " + option + " FILE (its first line) or the environment variable " + variable);
}

bool constantTimeEquals(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string hmacSha256Hex(std::string_view key, std::string_view data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
              data.size(), digest, &length))
        throw Error("HMAC-SHA256 failed (OpenSSL)");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 15];
    }
    return hex;
}

std::string webhookSignature(std::string_view secret, int64_t unixSeconds, std::string_view body)
{
    const std::string t = std::to_string(unixSeconds);
    std::string signed_ = t;
    signed_ += '.';
    signed_ += body;
    return "t=" + t + ",v1=" + hmacSha256Hex(secret, signed_);
}

} // namespace seg
