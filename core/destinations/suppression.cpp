#include "destinations/suppression.h"

#include "destinations/identifier_forms.h"
#include "export/atomic_text_file.h"
#include "util/error.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>

namespace seg {

namespace fs = std::filesystem;

std::vector<std::string> emailForms(std::string_view raw)
{
    std::vector<std::string> forms;
    std::optional<std::string> normalized = normalizeEmail(raw);
    if (!normalized)
        return forms;
    forms.push_back(*normalized);
    EmailRule google;
    google.removeGmailDots = true;
    if (std::optional<std::string> g = normalizeEmail(raw, google); g && *g != forms[0])
        forms.push_back(*g);
    if (std::string mailbox = gmailMailbox(forms[0]); !mailbox.empty())
        forms.push_back(std::move(mailbox));
    return forms;
}

std::vector<std::string> phoneForms(std::string_view raw, std::string_view region, const PhoneNormalizer& phones)
{
    std::vector<std::string> forms;
    if (std::optional<std::string> e164 = phones.e164(raw, region)) {
        forms.push_back(*e164);
        forms.push_back(e164->substr(1));
    }
    return forms;
}

bool SuppressionList::contains(SuppressionKind kind, const Sha256Digest& digest) const
{
    const auto& v = digests[static_cast<size_t>(kind)];
    return std::binary_search(v.begin(), v.end(), digest);
}

void SuppressionList::finish()
{
    for (auto& v : digests) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    }
}

namespace {

// One CSV record; quotes per RFC 4180 within the line (suppression lists hold no line breaks).
std::vector<std::string> splitRecord(std::string_view line, char delimiter)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                fields.back() += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                fields.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == delimiter) {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    return fields;
}

enum class Column { Ignored, Email, Phone, Key, EmailHash, PhoneHash };

Column columnKind(std::string header)
{
    header = std::string(trimSpaces(header));
    std::transform(header.begin(), header.end(), header.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (header == "email")
        return Column::Email;
    if (header == "phone")
        return Column::Phone;
    if (header == "key")
        return Column::Key;
    if (header == "email_sha256")
        return Column::EmailHash;
    if (header == "phone_sha256")
        return Column::PhoneHash;
    return Column::Ignored;
}

std::ifstream openList(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error("cannot read the suppression list '" + file.string() + "': " + std::strerror(errno));
    return in;
}

void chomp(std::string& line)
{
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
}

} // namespace

SuppressionList importSuppressionCsv(const fs::path& file, const std::string& name, const std::string& defaultRegion,
                                     SuppressionImportReport& report)
{
    std::ifstream in = openList(file);
    std::string line;
    if (!std::getline(in, line))
        throw Error("the suppression list '" + file.string() + "' is empty: it needs a header row");
    chomp(line);
    if (line.starts_with("\xEF\xBB\xBF"))
        line.erase(0, 3);
    const char delimiter = line.find(',') == std::string::npos && line.find(';') != std::string::npos ? ';' : ',';
    std::vector<Column> columns;
    bool any = false;
    for (const std::string& header : splitRecord(line, delimiter)) {
        columns.push_back(columnKind(header));
        any |= columns.back() != Column::Ignored;
    }
    if (!any)
        throw Error("the suppression list '" + file.string()
                    + "' line 1: the header names none of email, phone, key, email_sha256, phone_sha256");

    SuppressionList list;
    list.name = name;
    Sha256 hasher;
    PhoneNormalizer phones;
    size_t lineNumber = 1;
    auto invalid = [&] {
        ++report.invalid;
        if (report.invalidLines.size() < 5)
            report.invalidLines.push_back(lineNumber);
    };
    while (std::getline(in, line)) {
        ++lineNumber;
        chomp(line);
        if (trimSpaces(line).empty())
            continue;
        ++report.lines;
        const std::vector<std::string> fields = splitRecord(line, delimiter);
        for (size_t c = 0; c < columns.size() && c < fields.size(); ++c) {
            const std::string_view value = trimSpaces(fields[c]);
            if (columns[c] == Column::Ignored || value.empty())
                continue;
            switch (columns[c]) {
            case Column::Email:
            case Column::Phone:
            case Column::Key: {
                std::vector<std::string> forms;
                SuppressionKind kind = SuppressionKind::Key;
                if (columns[c] == Column::Email) {
                    forms = emailForms(value);
                    kind = SuppressionKind::Email;
                } else if (columns[c] == Column::Phone) {
                    forms = phoneForms(value, defaultRegion, phones);
                    kind = SuppressionKind::Phone;
                } else {
                    forms.emplace_back(value);
                }
                if (forms.empty()) {
                    invalid();
                    continue;
                }
                for (const std::string& form : forms)
                    list.add(kind, hasher.digest(form));
                ++report.entries;
                break;
            }
            case Column::EmailHash:
            case Column::PhoneHash: {
                Sha256Digest digest{};
                if (!hexToDigest(value, digest)) {
                    invalid();
                    continue;
                }
                list.add(columns[c] == Column::EmailHash ? SuppressionKind::Email : SuppressionKind::Phone, digest);
                ++report.entries;
                break;
            }
            case Column::Ignored: break;
            }
        }
    }
    if (in.bad())
        throw Error("cannot read the suppression list '" + file.string() + "': " + std::strerror(errno));
    list.entries = report.entries;
    list.finish();
    return list;
}

namespace {
constexpr std::string_view kStoredHeader = "kind,sha256";
constexpr std::array<std::string_view, kSuppressionKinds> kKindNames = {"email", "phone", "key"};
}

void saveSuppressionList(const SuppressionList& list, const fs::path& file)
{
    AtomicTextFile out(file);
    std::error_code ec;
    fs::permissions(out.tempPath(), fs::perms::owner_read | fs::perms::owner_write, ec);
    if (ec)
        throw Error("cannot write '" + file.string() + "': " + ec.message());
    out.append(kStoredHeader);
    out.append("\n# entries=" + std::to_string(list.entries) + "\n");
    char hex[64];
    for (size_t k = 0; k < kSuppressionKinds; ++k)
        for (const Sha256Digest& digest : list.digests[k]) {
            out.append(kKindNames[k]);
            out.put(',');
            digestToHex(digest, hex);
            out.append(std::string_view(hex, 64));
            out.put('\n');
        }
    out.commit();
}

SuppressionList loadSuppressionList(const fs::path& file, const std::string& name)
{
    std::ifstream in = openList(file);
    std::string line;
    if (!std::getline(in, line) || (chomp(line), line != kStoredHeader))
        throw Error("'" + file.string() + "' line 1: not a stored suppression list (header \"kind,sha256\")");
    SuppressionList list;
    list.name = name;
    size_t lineNumber = 1;
    while (std::getline(in, line)) {
        ++lineNumber;
        chomp(line);
        if (line.empty())
            continue;
        if (line.starts_with("# entries=")) {
            list.entries = std::strtoull(line.c_str() + 10, nullptr, 10);
            continue;
        }
        const size_t comma = line.find(',');
        const std::string_view kindName = std::string_view(line).substr(0, comma);
        const auto kind = std::find(kKindNames.begin(), kKindNames.end(), kindName);
        Sha256Digest digest{};
        if (comma == std::string::npos || kind == kKindNames.end()
            || !hexToDigest(std::string_view(line).substr(comma + 1), digest))
            throw Error("'" + file.string() + "' line " + std::to_string(lineNumber)
                        + ": expected \"email|phone|key,<64 hex digits>\"");
        list.add(static_cast<SuppressionKind>(kind - kKindNames.begin()), digest);
    }
    list.finish();
    return list;
}

SuppressionList readSuppressionFile(const fs::path& file, const std::string& name, const std::string& defaultRegion,
                                    SuppressionImportReport& report)
{
    std::string first;
    {
        std::ifstream in = openList(file);
        std::getline(in, first);
        chomp(first);
    }
    if (first == kStoredHeader)
        return loadSuppressionList(file, name);
    return importSuppressionCsv(file, name, defaultRegion, report);
}

} // namespace seg
