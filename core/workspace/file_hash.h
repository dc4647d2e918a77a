#pragma once
// The fingerprint of an imported file: a fast 64-bit content hash (XXH3 from libxxhash; not cryptographic; it tells
// whether a file changed between imports), as 16 hex digits.
#include <filesystem>
#include <string>

namespace seg::ws {

// Throws seg::Error naming the file when it cannot be read.
std::string fileHash(const std::filesystem::path& file);
std::string hashHex(std::string_view bytes); // the same hash over bytes in memory

} // namespace seg::ws
