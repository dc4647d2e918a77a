#include "util/sha256.h"

#include "util/error.h"

#include <openssl/evp.h>

namespace seg {

Sha256::Sha256()
{
    // Fetched once: EVP_sha256() would look the implementation up again on every init.
    md_ = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    ctx_ = EVP_MD_CTX_new();
    if (!md_ || !ctx_)
        throw Error("cannot set up SHA-256: OpenSSL's libcrypto has no SHA-256");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(ctx_);
    EVP_MD_free(md_);
}

Sha256Digest Sha256::digest(std::string_view data)
{
    Sha256Digest out{};
    unsigned int length = 0;
    if (EVP_DigestInit_ex2(ctx_, md_, nullptr) != 1 || EVP_DigestUpdate(ctx_, data.data(), data.size()) != 1
        || EVP_DigestFinal_ex(ctx_, out.data(), &length) != 1 || length != out.size())
        throw Error("SHA-256 failed in OpenSSL's libcrypto");
    return out;
}

void Sha256::hexInto(std::string_view data, char* out) { digestToHex(digest(data), out); }

std::string Sha256::hex(std::string_view data)
{
    std::string out(64, '\0');
    hexInto(data, out.data());
    return out;
}

void digestToHex(const Sha256Digest& digest, char* out)
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (const uint8_t byte : digest) {
        *out++ = kHex[byte >> 4];
        *out++ = kHex[byte & 15];
    }
}

bool hexToDigest(std::string_view hex, Sha256Digest& out)
{
    if (hex.size() != 64)
        return false;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (size_t i = 0; i < 32; ++i) {
        const int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = static_cast<uint8_t>(hi << 4 | lo);
    }
    return true;
}

std::string sha256Hex(std::string_view data)
{
    Sha256 hasher;
    return hasher.hex(data);
}

} // namespace seg

namespace seg {

Sha256Stream::Sha256Stream()
{
    md_ = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    ctx_ = EVP_MD_CTX_new();
    if (!md_ || !ctx_ || EVP_DigestInit_ex2(ctx_, md_, nullptr) != 1)
        throw Error("cannot set up SHA-256: OpenSSL's libcrypto has no SHA-256");
}

Sha256Stream::~Sha256Stream()
{
    EVP_MD_CTX_free(ctx_);
    EVP_MD_free(md_);
}

void Sha256Stream::update(std::string_view data)
{
    if (!data.empty() && EVP_DigestUpdate(ctx_, data.data(), data.size()) != 1)
        throw Error("SHA-256 failed in OpenSSL's libcrypto");
}

std::string Sha256Stream::finishHex()
{
    Sha256Digest out{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx_, out.data(), &length) != 1 || EVP_DigestInit_ex2(ctx_, md_, nullptr) != 1)
        throw Error("SHA-256 failed in OpenSSL's libcrypto");
    std::string hex(64, '\0');
    digestToHex(out, hex.data());
    return hex;
}

} // namespace seg
