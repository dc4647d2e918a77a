#pragma once
// The subcommands of segstudio-cli. Each takes the arguments after its name and returns the
// process exit code; usage mistakes throw UsageError, unusable input throws seg::Error.
#include "data/dataset.h"
#include "exec/run_result.h"
#include "export/csv_export.h"
#include "graph/graph.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace seg::cli {

// Exit codes of the CLI (README "Exit codes").
enum ExitCode : int {
    kExitOk = 0,
    kExitInvalidInput = 1, // bad graph, unreadable or malformed data
    kExitUsage = 2,        // unknown command or flag, missing argument, bad number
    kExitNodesFailed = 3,  // the run finished but some nodes failed
    kExitWarnings = 4,     // run --fail-on-warning: the run finished with segment alerts or data drift
};

int describeCommand(const std::vector<std::string>& args);
int validateCommand(const std::vector<std::string>& args);
int planCommand(const std::vector<std::string>& args);
int runCommand(const std::vector<std::string>& args);
int generateCommand(const std::vector<std::string>& args);
int sqlCommand(const std::vector<std::string>& args);
int loadCommand(const std::vector<std::string>& args);
int templateCommand(const std::vector<std::string>& args);
int suppressCommand(const std::vector<std::string>& args);

int streamCommand(const std::vector<std::string>& args);
int explainCommand(const std::vector<std::string>& args);
int workspaceCommand(const std::vector<std::string>& args);
int historyCommand(const std::vector<std::string>& args);
int diffCommand(const std::vector<std::string>& args);
int publishCommand(const std::vector<std::string>& args);

// run --export's writer, shared with stream --export (run_command.cpp): one CSV per computed
// segment, named after its slug, in `dir` (created), replaced as a set. `base` carries the
// command's --bom / --spreadsheet-safe; each segment's own columns and spreadsheet_safe are
// added. Returns how many were written.
size_t exportSegments(const Graph& graph, const Dataset& data, const RunResult& result,
                      const std::filesystem::path& dir, const ExportOptions& base = {});

// "segstudio-cli run <graph> [...]" for one command; empty when the command is unknown.
std::string_view commandUsage(std::string_view command);
std::string helpText();

} // namespace seg::cli
