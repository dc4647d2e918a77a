#include "destinations/destination_export.h"

#include "destinations/destination_rows.h"
#include "destinations/duplicates.h"
#include "destinations/manifest.h"
#include "export/atomic_text_file.h"
#include "export/csv_export.h"
#include "util/error.h"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/task_group.h>

#include <optional>

namespace seg {

namespace fs = std::filesystem;

namespace {

constexpr size_t kMorselRows = 4096;
constexpr size_t kBatchMorsels = 16;

std::string thousands(uint64_t n)
{
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

// The files of one export, split at the preset's limits; each written atomically, 0600.
class PartWriter {
public:
    PartWriter(ExportSet& set, std::string slug, const Preset& preset, std::string header)
        : set_(set), slug_(std::move(slug)), preset_(preset), header_(std::move(header))
    {
    }

    void append(const dest::Morsel& morsel)
    {
        size_t start = 0;
        const size_t rows = morsel.rowEnds.size();
        size_t i = 0;
        while (i < rows) {
            if (!file_)
                open();
            // The longest run of rows that still fits in this file.
            size_t end = i;
            uint64_t bytes = bytes_;
            uint64_t count = rows_;
            while (end < rows) {
                const uint64_t rowBytes = morsel.rowEnds[end] - (end == 0 ? 0 : morsel.rowEnds[end - 1]);
                if ((preset_.maxRowsPerFile && count + 1 > preset_.maxRowsPerFile)
                    || (preset_.maxBytesPerFile && bytes + rowBytes > preset_.maxBytesPerFile && count > 0))
                    break;
                bytes += rowBytes;
                ++count;
                ++end;
            }
            if (end == i) { // full: the next row starts the next part
                close();
                continue;
            }
            const size_t stop = morsel.rowEnds[end - 1];
            write(std::string_view(morsel.bytes).substr(start, stop - start));
            rows_ = count;
            start = stop;
            i = end;
        }
    }

    // Commits the last part; names a single part after the segment. Returns the parts.
    std::vector<ManifestFile> finish()
    {
        if (!file_ && parts_.empty())
            open(); // an empty segment still gets its file with the header
        if (file_)
            close();
        if (parts_.size() == 1) {
            const std::string single = slug_ + ".csv";
            set_.renameFile(parts_[0].name, single);
            parts_[0].name = single;
        }
        for (ManifestFile& part : parts_)
            part.parts = parts_.size();
        return parts_;
    }

private:
    void open()
    {
        ManifestFile part;
        part.part = parts_.size() + 1;
        part.name = slug_ + "-part" + std::to_string(part.part) + ".csv";
        parts_.push_back(part);
        file_ = std::make_unique<AtomicTextFile>(set_.pathFor(part.name));
        std::error_code ec;
        fs::permissions(file_->tempPath(), fs::perms::owner_read | fs::perms::owner_write, ec);
        if (ec)
            throw Error("cannot write '" + part.name + "': " + ec.message());
        bytes_ = 0;
        rows_ = 0;
        if (preset_.bom)
            write("\xEF\xBB\xBF");
        write(header_);
    }
    void write(std::string_view bytes)
    {
        file_->append(bytes);
        hash_.update(bytes);
        bytes_ += bytes.size();
    }
    void close()
    {
        file_->commit();
        file_.reset();
        ManifestFile& part = parts_.back();
        part.rows = rows_;
        part.bytes = bytes_;
        part.sha256 = hash_.finishHex();
    }

    ExportSet& set_;
    std::string slug_;
    const Preset& preset_;
    std::string header_;
    std::unique_ptr<AtomicTextFile> file_;
    Sha256Stream hash_;
    uint64_t bytes_ = 0;
    uint64_t rows_ = 0;
    std::vector<ManifestFile> parts_;
};

void writeManifest(ExportSet& set, const std::string& name, const Json& manifest)
{
    AtomicTextFile out(set.pathFor(name));
    out.append(manifest.dump(2));
    out.put('\n');
    out.commit();
}

} // namespace

MappedColumns resolveMapping(const CustomerTable& customers, const DerivedColumns& derived,
                             const std::map<Identifier, std::string>& columns)
{
    MappedColumns mapped;
    mapped.columns[static_cast<size_t>(Identifier::Key)] = &customers.key();
    for (const auto& [id, name] : columns) {
        const Column* column = customers.table.find(name);
        if (!column)
            if (const auto it = derived.find(name); it != derived.end())
                column = it->second.get();
        if (!column)
            throw Error("the export maps " + std::string(identifierName(id)) + " to the column '" + name
                        + "', which the customer data does not have");
        mapped.columns[static_cast<size_t>(id)] = column;
    }
    return mapped;
}

std::string rowList(const std::vector<uint64_t>& rows, uint64_t total)
{
    std::string out = rows.size() == 1 ? "customer row " : "customer rows ";
    for (size_t i = 0; i < rows.size(); ++i)
        out += (i ? ", " : "") + std::to_string(rows[i]);
    if (total > rows.size())
        out += ", ...";
    return out;
}

DestinationExportSummary exportForDestination(const CustomerTable& customers, const MappedColumns& mapped,
                                              const Bitset& members, ExportSet& set, const std::string& slug,
                                              const DestinationExportOptions& options, const ManifestSource& source)
{
    if (!options.preset)
        throw Error("no destination preset chosen");
    const Preset& preset = *options.preset;
    for (const SuppressionList* list : options.suppression) {
        const char* missing = list->has(SuppressionKind::Email) && !mapped[Identifier::Email] ? "e-mail"
            : list->has(SuppressionKind::Phone) && !mapped[Identifier::Phone]                ? "phone"
                                                                                             : nullptr;
        if (missing)
            throw Error("the suppression list '" + list->name + "' holds " + missing + " identifiers, but no column is "
                        + "mapped to " + (std::string(missing) == "phone" ? "phone" : "email")
                        + ": map it, or the list cannot be applied");
    }

    DestinationExportSummary summary;
    summary.segmentId = source.segmentId;
    for (const SuppressionList* list : options.suppression)
        summary.suppressedByList.emplace_back(list->name, 0);

    const std::vector<uint32_t> rows = membersInKeyOrder(customers.key(), members);
    summary.members = rows.size();
    const dest::DestinationRows formatter(preset, mapped, options.defaultRegion, options.suppression, options.phoneCheck);
    PartWriter writer(set, slug, preset, formatter.headerLine());
    std::optional<dest::Deduplicator> dedup;
    if (formatter.removesDuplicates())
        dedup.emplace(formatter, rows.size());
    dest::Morsel scratch;
    tbb::enumerable_thread_specific<dest::ThreadTools> tools;

    // Batches of morsels formatted in parallel while the previous batch is written.
    const size_t morsels = (rows.size() + kMorselRows - 1) / kMorselRows;
    std::vector<dest::Morsel> current(kBatchMorsels), next(kBatchMorsels);
    auto formatBatch = [&](size_t firstMorsel, std::vector<dest::Morsel>& batch) {
        const size_t count = std::min(kBatchMorsels, morsels - firstMorsel);
        tbb::parallel_for(size_t{0}, count, [&](size_t m) {
            const size_t begin = (firstMorsel + m) * kMorselRows;
            const size_t end = std::min(rows.size(), begin + kMorselRows);
            batch[m].clear(options.suppression.size());
            formatter.format(rows.data() + begin, end - begin, tools.local(), batch[m]);
        });
        return count;
    };
    size_t done = 0;
    size_t count = morsels ? formatBatch(0, current) : 0;
    for (size_t first = 0; first < morsels;) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            throw Cancelled();
        const size_t nextFirst = first + count;
        size_t nextCount = 0;
        tbb::task_group group;
        if (nextFirst < morsels)
            group.run([&] { nextCount = formatBatch(nextFirst, next); });
        try {
            for (size_t m = 0; m < count; ++m) {
                const dest::Morsel& rowsToWrite = dedup ? dedup->filter(current[m], scratch, summary) : current[m];
                writer.append(rowsToWrite);
                current[m].stats.mergeInto(summary);
                summary.written += rowsToWrite.rowEnds.size();
            }
        } catch (...) {
            group.wait();
            throw;
        }
        group.wait();
        done = std::min(rows.size(), nextFirst * kMorselRows);
        if (options.progress)
            options.progress(done, rows.size());
        std::swap(current, next);
        first = nextFirst;
        count = nextCount;
    }
    const std::vector<ManifestFile> parts = writer.finish();
    for (const ManifestFile& part : parts)
        summary.files.push_back(part.name);

    // Warnings, with row numbers only (never a value).
    for (const Identifier id : kAllIdentifiers) {
        const IdentifierCount& c = summary.identifiers[static_cast<size_t>(id)];
        if (c.invalid)
            summary.warnings.push_back(thousands(c.invalid) + " " + std::string(identifierName(id))
                                       + (c.invalid == 1 ? " value" : " values") + " could not be normalised and "
                                       + "were left out (" + rowList(c.firstRows, c.invalid) + ")");
    }
    if (summary.noIdentifier)
        summary.warnings.push_back(thousands(summary.noIdentifier) + (summary.noIdentifier == 1 ? " member has" : " members have")
                                   + " nothing " + preset.title + " can match on and " + (summary.noIdentifier == 1 ? "was" : "were")
                                   + " left out (" + rowList(summary.noIdentifierRows, summary.noIdentifier) + ")");
    if (summary.duplicates) {
        const std::vector<Identifier>& unique = formatter.uniqueBy();
        std::string same = "identifiers";
        if (!unique.empty()) {
            same = std::string(identifierName(unique[0]));
            for (size_t k = 1; k < unique.size(); ++k)
                same += " (or the same " + std::string(identifierName(unique[k])) + " and no " + std::string(identifierName(unique[0])) + ")";
        }
        summary.warnings.push_back(thousands(summary.duplicates) + (summary.duplicates == 1 ? " row was" : " rows were")
                                   + " left out as duplicates: an earlier row (in customer key order) has the same " + same
                                   + " (" + rowList(summary.duplicateRows, summary.duplicates) + ")");
    }
    for (const Identifier id : formatter.uniqueBy()) {
        const IdentifierCount& c = summary.identifiers[static_cast<size_t>(id)];
        if (c.duplicate)
            summary.warnings.push_back(thousands(c.duplicate) + " " + std::string(identifierName(id))
                                       + (c.duplicate == 1 ? " value was" : " values were") + " left empty: an earlier row has the same "
                                       + std::string(identifierName(id)) + " (" + rowList(c.duplicateRows, c.duplicate) + ")");
    }
    if (preset.minAudience && summary.written < preset.minAudience)
        summary.warnings.push_back("only " + thousands(summary.written) + " rows: " + preset.minAudienceReason);
    if (parts.size() > 1)
        summary.warnings.push_back("split into " + std::to_string(parts.size()) + " files to stay within "
                                   + preset.title + "'s limit per upload; upload each");

    std::map<Identifier, std::string> columnNames;
    for (const Identifier id : kAllIdentifiers)
        if (const Column* c = mapped[id])
            columnNames[id] = c->name();
    for (const ManifestFile& part : parts) {
        const std::string stem = part.name.substr(0, part.name.size() - 4);
        writeManifest(set, stem + ".manifest.json", destinationManifest(source, preset, summary, part, columnNames));
    }
    return summary;
}

std::vector<MappingFinding> checkMapping(const CustomerTable& customers, const MappedColumns& mapped,
                                         const std::map<Identifier, std::string>& columns,
                                         const std::string& defaultRegion, size_t sampleRows, PhoneCheck phoneCheck)
{
    std::vector<MappingFinding> findings;
    const size_t total = customers.rows();
    const size_t step = total <= sampleRows ? 1 : total / sampleRows;
    PhoneNormalizer phones;
    const Column* countryColumn = mapped[Identifier::Country];
    for (const auto& [id, name] : columns) {
        const Column* column = mapped[id];
        if (!column || id == Identifier::Key)
            continue;
        MappingFinding f{id, name, 0, 0, {}, {}, {}};
        for (size_t row = 0; row < total; row += step) {
            if (column->isNull(row))
                continue;
            const std::string text = column->textAt(row);
            if (isBlank(text))
                continue;
            ++f.checked;
            bool ok = true;
            switch (id) {
            case Identifier::Email: ok = normalizeEmail(text).has_value(); break;
            case Identifier::Phone: {
                std::optional<std::string> country;
                if (countryColumn && !countryColumn->isNull(row))
                    country = normalizeCountry(countryColumn->textAt(row));
                ok = phones.e164(text, country ? *country : defaultRegion, phoneCheck).has_value();
                break;
            }
            case Identifier::Country: ok = normalizeCountry(text).has_value(); break;
            case Identifier::FirstName:
            case Identifier::LastName: ok = normalizeName(text, NameRule::LowerCollapsed).has_value(); break;
            case Identifier::Zip: ok = normalizeZip(text, ZipRule::Trimmed, "").has_value(); break;
            case Identifier::Key: break;
            }
            if (!ok) {
                ++f.invalid;
                if (f.firstRows.size() < dest::kFirstRows) {
                    f.firstRows.push_back(row + 1);
                    f.firstValues.push_back(text);
                }
            }
        }
        if (f.invalid == 0)
            continue;
        const bool mostly = f.mostlyInvalid();
        f.message = "column '" + name + "' (mapped to " + std::string(identifierName(id)) + "): "
                    + thousands(f.invalid) + " of " + thousands(f.checked) + (step > 1 ? " sampled" : "")
                    + " values cannot be read as " + std::string(identifierName(id))
                    + (mostly ? " (most of them: is it the right column?)" : "") + ", e.g. " + rowList(f.firstRows, f.invalid);
        findings.push_back(std::move(f));
    }
    return findings;
}

} // namespace seg
