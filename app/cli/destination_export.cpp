#include "destination_export.h"

#include "destinations/destination_export.h"
#include "destinations/manifest.h"
#include "export/csv_export.h"
#include "export/segment_exports.h"
#include "util/error.h"

#include <iostream>

namespace seg::cli {

namespace fs = std::filesystem;

std::map<Identifier, std::string> parseColumnMap(const ParsedArgs& parsed, const std::string& text)
{
    std::map<Identifier, std::string> columns;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t comma = std::min(text.find(',', start), text.size());
        const std::string part = text.substr(start, comma - start);
        start = comma + 1;
        const size_t eq = part.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == part.size())
            parsed.fail("option '--map' takes IDENTIFIER=COLUMN pairs separated by commas, e.g. email=mail,phone=mobile; got '"
                        + part + "'");
        const auto id = parseIdentifier(part.substr(0, eq));
        if (!id)
            parsed.fail("option '--map': unknown identifier '" + part.substr(0, eq)
                        + "'; identifiers: email, phone, first_name, last_name, country, zip");
        if (*id == Identifier::Key)
            parsed.fail("option '--map': the key is always the key column of the customer data");
        if (columns.count(*id))
            parsed.fail("option '--map' maps " + part.substr(0, eq) + " twice");
        columns[*id] = part.substr(eq + 1);
    }
    return columns;
}

std::optional<DestinationRequest> destinationRequest(const ParsedArgs& parsed, const Graph& graph, bool exporting)
{
    const bool anyFlag = parsed.has("--preset") || parsed.has("--map") || parsed.has("--suppress")
        || parsed.has("--suppression-lists") || parsed.has("--default-region") || parsed.has("--phone-check");
    if (anyFlag && !exporting)
        parsed.fail("options '--preset', '--map', '--suppress', '--suppression-lists', '--default-region' and "
                    "'--phone-check' apply to '--export'");
    const GraphExportSettings& saved = graph.exportSettings;
    DestinationRequest request;
    request.preset = parsed.value("--preset").value_or(saved.preset);
    if (request.preset.empty()) {
        if (anyFlag)
            parsed.fail("options '--map', '--suppress', '--suppression-lists', '--default-region' and '--phone-check' "
                        "need a destination '--preset' (" + presetNameList() + ")");
        return std::nullopt;
    }
    if (!findPreset(request.preset))
        parsed.fail("unknown preset '" + request.preset + "'; presets: " + presetNameList());
    if (parsed.has("--spreadsheet-safe") || parsed.has("--bom"))
        parsed.fail("options '--spreadsheet-safe' and '--bom' do not combine with a preset: the preset decides "
                    "(use --preset excel for both)");
    request.columns = saved.columns;
    if (const auto map = parsed.value("--map"))
        request.columns = parseColumnMap(parsed, *map); // --map replaces the saved mapping as a whole
    request.defaultRegion = saved.defaultRegion;
    if (const auto region = parsed.value("--default-region")) {
        std::string upper = *region;
        for (char& c : upper)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (!PhoneNormalizer::knownRegion(upper))
            parsed.fail("option '--default-region' takes a two-letter country code such as DE or US; got '" + *region + "'");
        request.defaultRegion = upper;
    }
    if (const auto check = parsed.value("--phone-check")) {
        const auto parsedCheck = parsePhoneCheck(*check);
        if (!parsedCheck)
            parsed.fail("option '--phone-check' takes 'length' (the number's length fits its country) or 'valid' "
                        "(also inside an assigned number range); got '" + *check + "'");
        request.phoneCheck = *parsedCheck;
    }
    request.extraLists = parsed.values("--suppress");
    if (const auto names = parsed.value("--suppression-lists")) {
        std::vector<std::string> chosen;
        if (*names != "none") {
            size_t start = 0;
            while (start <= names->size()) {
                const size_t comma = std::min(names->find(',', start), names->size());
                const std::string name = names->substr(start, comma - start);
                start = comma + 1;
                bool known = false;
                for (const SuppressionListRef& ref : saved.suppressionLists)
                    known |= ref.name == name;
                if (!known)
                    parsed.fail("option '--suppression-lists': the graph has no suppression list named '" + name
                                + "' (see its \"export\" section, or 'none')");
                chosen.push_back(name);
            }
        }
        request.listNames = chosen;
    }
    return request;
}

namespace {

std::vector<SuppressionList> loadLists(const Graph& graph, const DestinationRequest& request)
{
    std::vector<SuppressionList> lists;
    for (const SuppressionListRef& ref : graph.exportSettings.suppressionLists) {
        const bool chosen = request.listNames
            ? std::find(request.listNames->begin(), request.listNames->end(), ref.name) != request.listNames->end()
            : ref.always;
        if (!chosen)
            continue;
        SuppressionImportReport report;
        lists.push_back(readSuppressionFile(graph.resolve(ref.file), ref.name, request.defaultRegion, report));
    }
    for (const std::string& file : request.extraLists) {
        SuppressionImportReport report;
        lists.push_back(readSuppressionFile(file, fs::path(file).filename().string(), request.defaultRegion, report));
        if (report.invalid)
            std::cerr << "warning: suppression list '" << file << "': " << report.invalid
                      << " entries could not be read and do not suppress anyone (first at line "
                      << report.invalidLines.front() << ")\n";
    }
    return lists;
}

} // namespace

size_t exportSegmentsForDestination(const Graph& graph, const Dataset& data, const RunResult& result,
                                    const fs::path& dir, const DestinationRequest& request, bool quiet)
{
    const Preset& preset = *findPreset(request.preset);
    const MappedColumns mapped = resolveMapping(data.customers, result.derived, request.columns);
    std::vector<Identifier> mappedIds;
    for (const auto& [id, column] : request.columns)
        mappedIds.push_back(id);
    if (!presetCanMatch(preset, mappedIds))
        throw Error(preset.title + " needs columns mapped to " + presetMatchText(preset) + ": add --map "
                    + std::string(identifierName(preset.matchKeys[0][0]))
                    + "=COLUMN (or save the mapping in the graph's \"export\" section)");
    for (const MappingFinding& f : checkMapping(data.customers, mapped, request.columns, request.defaultRegion, 10000,
                                                       request.phoneCheck))
        std::cerr << "warning: " << f.message << "\n";

    const std::vector<SuppressionList> lists = loadLists(graph, request);
    DestinationExportOptions options;
    options.preset = &preset;
    options.defaultRegion = request.defaultRegion;
    options.phoneCheck = request.phoneCheck;
    for (const SuppressionList& list : lists)
        options.suppression.push_back(&list);

    ExportSet set(dir);
    ManifestSource source;
    source.graphName = graph.name;
    source.graphHash = graphHash(graph);
    source.asOf = formatDate(result.asOf);
    source.runTime = utcNow();
    size_t written = 0;
    for (const SegmentExport& e : segmentExports(result)) {
        const SegmentRun& segment = *e.segment;
        if (!e.members) {
            std::cerr << "note: segment '" << segment.id << "' was not computed; no export written\n";
            continue;
        }
        source.segmentId = segment.id;
        source.segmentName = segment.name;
        source.definitionHash = segmentDefinitionHash(graph, segment.id);
        const DestinationExportSummary summary =
            exportForDestination(data.customers, mapped, *e.members, set, e.slug, options, source);
        ++written;
        if (!quiet) {
            std::cout << segment.name << ": " << summary.written << " of " << summary.members << " members to";
            for (const std::string& f : summary.files)
                std::cout << " " << f;
            std::cout << "\n";
            for (const auto& [name, count] : summary.suppressedByList)
                std::cout << "  suppression list '" << name << "' removed " << count << "\n";
        }
        for (const std::string& w : summary.warnings)
            std::cerr << "warning: segment '" << segment.name << "': " << w << "\n";
    }
    set.commit();
    if (!quiet)
        std::cout << "Preset: " << preset.title << (lists.empty() ? "; no suppression list applied" : "") << "\n";
    return written;
}

} // namespace seg::cli
