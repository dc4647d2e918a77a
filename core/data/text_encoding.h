#pragma once
// Text encodings a CSV file may declare ("encoding" in the dataset spec). Everything inside the
// column store is UTF-8; single-byte files are converted field by field while importing.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace seg {

enum class TextEncoding { Utf8, Latin1, Windows1252 };

// Case-insensitive: utf-8/utf8, latin-1/latin1/iso-8859-1/iso8859-1, windows-1252/cp1252.
// These three are read field by field; any other encoding glibc's iconv knows (utf-16le,
// iso-8859-15, windows-1251, koi8-r, ...; `iconv -l`) is converted to UTF-8 as a whole before
// the import reads it (see input_spool.h).
std::optional<TextEncoding> parseEncodingName(std::string_view name);
bool iconvKnows(const std::string& name);

// A byte order mark at the start of `data`: "utf-8", "utf-16le" or "utf-16be" and its length,
// or an empty name. (UTF-32 marks start like UTF-16 ones and are not told apart: rare in CSV.)
struct ByteOrderMark {
    std::string_view encoding;
    size_t length = 0;
};
ByteOrderMark detectByteOrderMark(std::string_view data);
std::string_view encodingName(TextEncoding e); // canonical: "utf-8", "latin-1", "windows-1252"

// True when every byte is below 0x80 (the common case; checked a word at a time).
bool isAscii(std::string_view text);

// Offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or npos when the text is valid.
size_t findInvalidUtf8(std::string_view text);

// Appends `text`, read in the single-byte encoding `from`, as UTF-8. Windows-1252 bytes with no
// assigned character (0x81 0x8D 0x8F 0x90 0x9D) map to the C1 controls of the same value, as
// ISO-8859-1 does.
void appendAsUtf8(std::string_view text, TextEncoding from, std::string& out);

} // namespace seg
