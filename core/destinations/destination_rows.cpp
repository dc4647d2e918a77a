#include "destinations/destination_rows.h"

#include "destinations/identifier_forms.h"
#include "export/csv_rows.h"

#include <xxhash.h>

#include <algorithm>

namespace seg::dest {

void Morsel::clear(size_t lists)
{
    bytes.clear();
    rowEnds.clear();
    dedup.clear();
    stats = MorselStats{};
    stats.suppressedByList.assign(lists, 0);
}

namespace {
void appendRows(std::vector<uint64_t>& into, const std::vector<uint64_t>& rows)
{
    for (const uint64_t r : rows)
        if (into.size() < kFirstRows)
            into.push_back(r);
}
void noteRow(std::vector<uint64_t>& rows, uint32_t row)
{
    if (rows.size() < kFirstRows)
        rows.push_back(uint64_t{row} + 1);
}
} // namespace

void MorselStats::mergeInto(DestinationExportSummary& summary) const
{
    for (size_t i = 0; i < suppressedByList.size(); ++i)
        summary.suppressedByList[i].second += suppressedByList[i];
    summary.suppressed += suppressed;
    summary.noIdentifier += noIdentifier;
    appendRows(summary.noIdentifierRows, noIdentifierRows);
    for (size_t i = 0; i < kIdentifierCount; ++i) {
        summary.identifiers[i].invalid += identifiers[i].invalid; // duplicates: counted by the writer
        appendRows(summary.identifiers[i].firstRows, identifiers[i].firstRows);
    }
}

DestinationRows::DestinationRows(const Preset& preset, const MappedColumns& mapped, std::string defaultRegion,
                                 std::vector<const SuppressionList*> suppression, PhoneCheck phoneCheck)
    : preset_(preset), mapped_(mapped), defaultRegion_(std::move(defaultRegion)), lists_(std::move(suppression)),
      phoneCheck_(phoneCheck)
{
    for (const Identifier id : preset.uniqueBy)
        if (mapped[id] && uniqueBy_.size() < kMaxUniqueBy)
            uniqueBy_.push_back(id);
    for (const SuppressionList* list : lists_)
        for (size_t k = 0; k < kSuppressionKinds; ++k)
            anyList_[k] = anyList_[k] || list->has(static_cast<SuppressionKind>(k));
    for (const PresetColumn& c : preset.columns) {
        const bool isMapped = mapped[c.identifier] != nullptr;
        if (isMapped || preset.writeUnmappedColumns)
            out_.push_back({c.identifier, c.header, c.hashed, isMapped});
    }
    if (const Column* country = mapped[Identifier::Country];
        country && country->type() == DataType::String && country->dict().size() <= 100000) {
        countryByCode_.resize(country->dict().size());
        for (size_t code = 0; code < countryByCode_.size(); ++code)
            countryByCode_[code] = normalizeCountry(country->dict()[code]);
    }
}

std::string DestinationRows::headerLine() const
{
    std::string line;
    auto cell = [&](const std::string& text) {
        if (!line.empty())
            line += ',';
        line += text; // preset headers are plain words: no quoting needed
    };
    for (const OutColumn& c : out_)
        cell(c.header);
    for (const std::string& extra : preset_.extraEmptyHeaders)
        cell(extra);
    return line + lineEnd_;
}

std::string_view DestinationRows::raw(Identifier id, uint32_t row, ThreadTools& tools) const
{
    const Column* column = mapped_[id];
    if (!column || column->isNull(row))
        return {};
    if (column->type() == DataType::String)
        return trimSpaces(column->stringAt(row));
    std::string& text = tools.text[static_cast<size_t>(id)];
    text = column->textAt(row);
    return trimSpaces(text);
}

std::optional<std::string> DestinationRows::countryOf(uint32_t row, ThreadTools& tools) const
{
    const Column* column = mapped_[Identifier::Country];
    if (!column || column->isNull(row))
        return std::nullopt;
    if (!countryByCode_.empty())
        return countryByCode_[static_cast<size_t>(column->codes()[row])];
    const std::string_view value = raw(Identifier::Country, row, tools);
    return value.empty() ? std::nullopt : normalizeCountry(value);
}

bool DestinationRows::isSuppressed(uint32_t row, std::string_view region, ThreadTools& tools, MorselStats& stats) const
{
    std::array<std::vector<Sha256Digest>, kSuppressionKinds> digests;
    if (anyList_[0])
        for (const std::string& form : emailForms(raw(Identifier::Email, row, tools)))
            digests[0].push_back(tools.hasher.digest(form));
    if (anyList_[1])
        for (const std::string& form : phoneForms(raw(Identifier::Phone, row, tools), region, tools.phones))
            digests[1].push_back(tools.hasher.digest(form));
    if (anyList_[2])
        if (const std::string_view key = raw(Identifier::Key, row, tools); !key.empty())
            digests[2].push_back(tools.hasher.digest(key));
    bool suppressed = false;
    for (size_t l = 0; l < lists_.size(); ++l) {
        bool hit = false;
        for (size_t k = 0; k < kSuppressionKinds && !hit; ++k)
            for (const Sha256Digest& d : digests[k])
                if (lists_[l]->contains(static_cast<SuppressionKind>(k), d)) {
                    hit = true;
                    break;
                }
        if (hit) {
            ++stats.suppressedByList[l];
            suppressed = true;
        }
    }
    stats.suppressed += suppressed;
    return suppressed;
}

bool DestinationRows::matchable(const Values& values, std::optional<Identifier> without) const
{
    for (const std::vector<Identifier>& key : preset_.matchKeys) {
        bool all = true;
        for (const Identifier id : key)
            all = all && id != without && values[static_cast<size_t>(id)].has_value();
        if (all)
            return true;
    }
    return false;
}

void DestinationRows::format(const uint32_t* rows, size_t n, ThreadTools& tools, Morsel& out) const
{
    Values values;
    char hex[64];
    const bool dedup = removesDuplicates();
    for (size_t i = 0; i < n; ++i) {
        const uint32_t row = rows[i];
        const std::optional<std::string> country = countryOf(row, tools);
        const std::string_view region = country ? std::string_view(*country) : std::string_view(defaultRegion_);
        if (!lists_.empty() && isSuppressed(row, region, tools, out.stats))
            continue;

        // Normalise what the file (and the match rule) needs.
        for (const OutColumn& c : out_) {
            auto& value = values[static_cast<size_t>(c.identifier)];
            value.reset();
            const std::string_view rawValue = raw(c.identifier, row, tools);
            if (rawValue.empty())
                continue;
            switch (c.identifier) {
            case Identifier::Key: value = std::string(rawValue); break;
            case Identifier::Email: value = normalizeEmail(rawValue, preset_.email); break;
            case Identifier::Phone:
                value = tools.phones.e164(rawValue, region, phoneCheck_);
                if (value && preset_.phone == PhoneForm::DigitsOnly)
                    value->erase(0, 1);
                break;
            case Identifier::FirstName:
            case Identifier::LastName: value = normalizeName(rawValue, preset_.names); break;
            case Identifier::Country:
                value = country;
                if (value && preset_.countryLowerCase)
                    std::transform(value->begin(), value->end(), value->begin(),
                                   [](char ch) { return static_cast<char>(ch - 'A' + 'a'); });
                break;
            case Identifier::Zip: value = normalizeZip(rawValue, preset_.zip, country ? *country : ""); break;
            }
            if (!value) {
                IdentifierCount& count = out.stats.identifiers[static_cast<size_t>(c.identifier)];
                ++count.invalid;
                noteRow(count.firstRows, row);
            }
        }
        if (!matchable(values)) {
            ++out.stats.noIdentifier;
            noteRow(out.stats.noIdentifierRows, row);
            continue;
        }

        RowDedup info;
        const size_t rowStart = out.bytes.size();
        bool first = true;
        for (const OutColumn& c : out_) {
            if (!first)
                out.bytes += ',';
            first = false;
            const auto& value = values[static_cast<size_t>(c.identifier)];
            if (!c.mapped || !value)
                continue;
            const auto unique = std::find(uniqueBy_.begin(), uniqueBy_.end(), c.identifier);
            const size_t k = static_cast<size_t>(unique - uniqueBy_.begin());
            if (unique != uniqueBy_.end())
                info.cellBegin[k] = static_cast<uint32_t>(out.bytes.size());
            if (c.hashed) {
                tools.hasher.hexInto(*value, hex);
                out.bytes.append(hex, 64);
            } else {
                const size_t at = out.bytes.size();
                out.bytes.resize(at + csv::textCellRoom(value->size()));
                char* end = csv::writeTextCell(out.bytes.data() + at, *value, ',', preset_.spreadsheetSafe);
                out.bytes.resize(static_cast<size_t>(end - out.bytes.data()));
            }
            if (unique != uniqueBy_.end())
                info.cellEnd[k] = static_cast<uint32_t>(out.bytes.size());
        }
        for (size_t e = 0; e < preset_.extraEmptyHeaders.size(); ++e)
            out.bytes += ',';
        if (dedup) {
            info.customerRow = row;
            auto hash = [&](size_t begin, size_t end) {
                const XXH128_hash_t h = XXH3_128bits(out.bytes.data() + begin, end - begin);
                return Hash128{h.low64, h.high64};
            };
            if (uniqueBy_.empty()) { // dropIdenticalRows: the whole row is the key
                info.keys[0] = hash(rowStart, out.bytes.size());
            } else {
                for (size_t k = 0; k < uniqueBy_.size(); ++k) {
                    if (info.cellEnd[k] > info.cellBegin[k])
                        info.keys[k] = hash(info.cellBegin[k], info.cellEnd[k]);
                    info.matchableWithout[k] = matchable(values, uniqueBy_[k]);
                }
            }
            out.dedup.push_back(info);
        }
        out.bytes += lineEnd_;
        out.rowEnds.push_back(static_cast<uint32_t>(out.bytes.size()));
    }
}

} // namespace seg::dest
