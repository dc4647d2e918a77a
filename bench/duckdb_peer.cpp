#include "duckdb_peer.h"

#include "util/error.h"

#include <cstdio>
#include <fstream>

namespace seg::bench {

namespace {

std::string shellQuoted(const std::string& s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

} // namespace

Json runDuckdb(const DuckdbJob& job, const std::filesystem::path& workDir)
{
    const std::filesystem::path jobFile = workDir / "duckdb-job.json";
    {
        Json j{{"threads", job.threads}, {"runs", job.runs}, {"tables", job.tables}, {"queries", job.queries}};
        if (!job.importCsv.empty())
            j["import"] = job.importCsv;
        if (!job.database.empty())
            j["database"] = job.database;
        if (!job.memoryLimit.empty())
            j["memory_limit"] = job.memoryLimit;
        std::ofstream out(jobFile);
        out << j.dump(1);
        if (!out)
            throw Error("duckdb: cannot write " + jobFile.string());
    }
    const std::string command =
        shellQuoted(job.node) + " " + shellQuoted(job.runner.string()) + " " + shellQuoted(jobFile.string()) + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        throw Error("duckdb: cannot start " + command);
    std::string output;
    char buffer[65536];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
        output.append(buffer, n);
    const int status = pclose(pipe);
    if (status != 0)
        throw Error("duckdb: the runner failed (" + command + "):\n" + output);
    try {
        return Json::parse(output);
    } catch (const std::exception&) {
        throw Error("duckdb: the runner printed no JSON:\n" + output.substr(0, 4000));
    }
}

} // namespace seg::bench
