#include "workspace/file_hash.h"

#include "util/error.h"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

#include <xxhash.h>

namespace seg::ws {

namespace {

// XXH3 (Debian's libxxhash): a fingerprint at memory speed, not a cryptographic hash.
std::string hex(XXH64_hash_t v)
{
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(v));
    return buffer;
}

} // namespace

std::string hashHex(std::string_view bytes)
{
    return hex(XXH3_64bits(bytes.data(), bytes.size()));
}

std::string fileHash(const std::filesystem::path& file)
{
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(file.c_str(), "rb"), &std::fclose);
    if (!in)
        throw Error("cannot read " + file.string() + " to fingerprint it: " + std::strerror(errno));
    std::unique_ptr<XXH3_state_t, XXH_errorcode (*)(XXH3_state_t*)> state(XXH3_createState(), &XXH3_freeState);
    if (!state || XXH3_64bits_reset(state.get()) != XXH_OK)
        throw Error("cannot fingerprint " + file.string() + ": out of memory");
    std::unique_ptr<char[]> buffer(new char[1 << 20]);
    size_t n;
    while ((n = std::fread(buffer.get(), 1, 1 << 20, in.get())) > 0)
        XXH3_64bits_update(state.get(), buffer.get(), n);
    if (std::ferror(in.get()))
        throw Error("cannot read " + file.string() + " to fingerprint it: " + std::strerror(errno));
    return hex(XXH3_64bits_digest(state.get()));
}

} // namespace seg::ws
