// describe: what the importer makes of a CSV file, before it is used in a graph.
#include "args.h"
#include "commands.h"

#include "data/import_preview.h"
#include "data/importer.h"
#include "data/input_spool.h"

#include <iostream>

namespace seg::cli {

namespace {

// Columns read as text whose values are dates in a known non-ISO layout (from the preview's
// sample, as the import wizard finds them), with the override that imports them as dates.
struct RecognisedDates {
    std::string column;
    DateLayoutGuess guess;
};

std::vector<RecognisedDates> recogniseDates(const std::string& path, std::optional<char> delimiter)
{
    PreviewOptions options;
    options.delimiter = delimiter;
    const ImportPreview preview = previewImport(path, options);
    std::vector<RecognisedDates> out;
    for (size_t c = 0; c < preview.columns.size(); ++c)
        if (DateLayoutGuess guess = sampleDateLayout(preview, c); guess.found())
            out.push_back({preview.columns[c].name, std::move(guess)});
    return out;
}

std::string datesText(const std::vector<RecognisedDates>& dates)
{
    if (dates.empty())
        return {};
    std::string text = "\nDates in other layouts (give the override in the graph's \"columns\"):\n";
    for (const RecognisedDates& d : dates) {
        text += "  " + d.column + ": ";
        if (d.guess.ambiguous()) {
            text += d.guess.layouts[0]->pattern + " or " + d.guess.layouts[1]->pattern
                + " (every day is 12 or less, so the order is ambiguous): \"" + typeSpecText(d.guess.spec())
                + "\" or \"" + typeSpecText({d.guess.layouts[1]->type, d.guess.layouts[1]->format}) + "\"\n";
        } else {
            text += d.guess.layouts[0]->pattern + " -> \"" + typeSpecText(d.guess.spec()) + "\"\n";
        }
    }
    return text;
}

Json datesJson(const std::vector<RecognisedDates>& dates)
{
    Json out = Json::object();
    for (const RecognisedDates& d : dates) {
        Json formats = Json::array();
        for (const DateLayout* layout : d.guess.layouts)
            formats.push_back(typeSpecText({layout->type, layout->format}));
        out[d.column] = {{"layout", d.guess.layouts[0]->pattern}, {"ambiguous", d.guess.ambiguous()},
                         {"overrides", std::move(formats)}};
    }
    return out;
}

} // namespace

int describeCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("describe", args, {{"--delimiter"}, {"--key"}, {"--json", false}, SEG_CLI_LIMIT_FLAGS}, 1, 1);
    ImportOptions options;
    options.spec.path = parsed.positionals()[0];
    options.spec.delimiter = parsed.delimiter("--delimiter");
    options.limits = parsed.limits();
    if (auto key = parsed.value("--key")) {
        if (key->empty())
            parsed.fail("option '--key' needs a column name");
        options.spec.key = *key;
    }

    // Read a pipe or stdin once (issue 16 finding 5): the import and the date-layout sample
    // both read the same copy; the report still names what the user gave.
    const std::string given = options.spec.path;
    const std::unique_ptr<SpooledInput> spooled = SpooledInput::spoolIfNeeded(given, options.limits);
    const std::string input = spooled ? spooled->path().string() : given;
    ImportReport report;
    importCustomers(input, options, report); // throws seg::Error naming the file
    if (spooled)
        report.path = SpooledInput::isStdin(given) ? std::string("<stdin>") : given;
    const std::vector<RecognisedDates> dates = recogniseDates(input, options.spec.delimiter);
    if (parsed.has("--json")) {
        Json json = importReportToJson(report);
        json["date_formats"] = datesJson(dates);
        std::cout << json.dump(2) << "\n";
    } else {
        std::cout << importReportToText(report) << datesText(dates);
    }
    // Rejected rows are what describe is for: they are listed, and the file is still usable.
    return kExitOk;
}

} // namespace seg::cli
