// segstudio-cli: the headless front end of Segment Studio. main() only dispatches and turns
// every failure into an exit code with a message, so no input can end in an abort.
#include "args.h"
#include "commands.h"
#include "run_timings.h"

#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#ifndef SEG_VERSION
#define SEG_VERSION "unknown"
#endif

namespace {

using namespace seg::cli;

int dispatch(const std::string& command, const std::vector<std::string>& args)
{
    if (command == "describe")
        return describeCommand(args);
    if (command == "validate")
        return validateCommand(args);
    if (command == "plan")
        return planCommand(args);
    if (command == "run")
        return runCommand(args);
    if (command == "generate")
        return generateCommand(args);
    if (command == "sql")
        return sqlCommand(args);
    if (command == "stream")
        return streamCommand(args);
    if (command == "publish")
        return publishCommand(args);
    if (command == "load")
        return loadCommand(args);
    if (command == "template")
        return templateCommand(args);
    if (command == "explain")
        return explainCommand(args);
    if (command == "workspace")
        return workspaceCommand(args);
    if (command == "history")
        return historyCommand(args);
    if (command == "diff")
        return diffCommand(args);
    if (command == "suppress")
        return suppressCommand(args);
    if (command == "help" || command == "--help" || command == "-h") {
        std::cout << helpText();
        return kExitOk;
    }
    if (command == "--version" || command == "version") {
        std::cout << "segstudio-cli " << SEG_VERSION << "\n";
        return kExitOk;
    }
    throw UsageError("", "unknown command '" + command + "'");
}

int runAndTime(const std::vector<std::string>& all)
{
    RunTimings::process().startMain();
    const int code = dispatch(all.front(), {all.begin() + 1, all.end()});
    // `run --timings`: the exit phase includes freeing the command's data (its locals are gone).
    const std::string timings = RunTimings::process().finish();
    if (!timings.empty())
        std::cerr << timings << std::flush;
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> all(argv + 1, argv + argc);
    try {
        if (all.empty())
            throw UsageError("", "missing command");
        return runAndTime(all);
    } catch (const UsageError& e) {
        std::cerr << "segstudio-cli: " << e.what() << "\n";
        const std::string_view usage = commandUsage(e.command());
        if (!usage.empty())
            std::cerr << "usage: " << usage << "\n";
        std::cerr << "Run 'segstudio-cli help' for all commands and options.\n";
        return kExitUsage;
    } catch (const std::bad_alloc&) {
        std::cerr << "segstudio-cli: error: out of memory\n";
        return kExitInvalidInput;
    } catch (const std::exception& e) {
        std::cerr << "segstudio-cli: error: " << e.what() << "\n";
        return kExitInvalidInput;
    } catch (...) {
        std::cerr << "segstudio-cli: error: unexpected failure\n";
        return kExitInvalidInput;
    }
}
