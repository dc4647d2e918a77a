// segbench-destinations: a destination export of 1M members with a hashed preset (issue 17:
// Google Customer Match, e-mail and phone normalised and SHA-256 hashed, at most 1 s on 2
// cores). Prints the median of 5 runs (after a warm-up) per thread count and phone spelling.
//
//   build/bench/segbench-destinations [members=1000000] [threads=2] [international]
// (national phone numbers are measured on a tenth of the members: they take the full parser)
#include "bench_support.h"

#include "destinations/destination_export.h"

#include <tbb/global_control.h>

#include <cstdio>
#include <filesystem>
#include <random>

#include <sys/resource.h>
#include <unistd.h>

using namespace seg;
namespace fs = std::filesystem;

namespace {

// CPU time of all threads of the process (user + system), in ms: on a shared machine the wall
// time depends on the load, the CPU time much less.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval& t) { return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

Column stringColumn(std::string name, const std::vector<std::string>& values)
{
    Column c(std::move(name), DataType::String);
    for (const std::string& v : values)
        c.appendString(v);
    c.finish();
    return c;
}

// Customers as a CRM exports them: mixed-case e-mails (a fifth at gmail.com with dots),
// phones written internationally with spaces or dashes ("+49 30 1234567"), or nationally.
CustomerTable makeCustomers(size_t n, bool nationalPhones)
{
    std::mt19937_64 random(17);
    const char* first[] = {"Anna", "Ben", "Chloé", "David", "Emma", "Felix", "Grace", "Hugo"};
    const char* domains[] = {"Example.com", "gmail.com", "web.de", "Outlook.com", "inbox.example"};
    Column id("id", DataType::Int);
    std::vector<std::string> mails, phones, countries;
    mails.reserve(n);
    phones.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        id.appendInt(static_cast<int64_t>(i + 1));
        const std::string name = first[random() % 8];
        mails.push_back(name + "." + std::to_string(i) + "@" + domains[random() % 5]);
        const bool de = random() % 2;
        const std::string subscriber = std::to_string(1000000 + random() % 8999999);
        if (nationalPhones)
            phones.push_back(de ? "030 " + subscriber : "(212) " + subscriber.substr(0, 3) + "-" + subscriber.substr(3));
        else
            phones.push_back(de ? "+49 30 " + subscriber : "+1-212-" + subscriber.substr(0, 3) + "-" + subscriber.substr(3));
        countries.push_back(de ? "DE" : "US");
    }
    CustomerTable t;
    t.table.rows = n;
    t.table.columns.push_back(std::move(id));
    t.table.columns.push_back(stringColumn("email", mails));
    t.table.columns.push_back(stringColumn("phone", phones));
    t.table.columns.push_back(stringColumn("country", countries));
    t.keyColumn = 0;
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    const size_t members = argc > 1 ? std::stoul(argv[1]) : 1000000;
    const int threads = argc > 2 ? std::stoi(argv[2]) : 2;
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(threads));
    const fs::path dir = fs::temp_directory_path() / ("segbench-destinations-" + std::to_string(::getpid()));
    std::printf("%zu members, %d threads, preset google-customer-match (e-mail + phone hashed)\n", members, threads);
    const bool withNational = !(argc > 3 && std::string(argv[3]) == "international");
    for (const bool national : {false, true}) {
        if (national && !withNational)
            break;
        // National numbers go through libphonenumber's full parser (~8 us each): a tenth of the
        // members is enough to show that cost.
        const size_t n = national ? std::max<size_t>(1, members / 10) : members;
        const CustomerTable customers = makeCustomers(n, national);
        const std::map<Identifier, std::string> mapping = {
            {Identifier::Email, "email"}, {Identifier::Phone, "phone"}, {Identifier::Country, "country"}};
        const MappedColumns mapped = resolveMapping(customers, {}, mapping);
        const Bitset all(n, true);
        DestinationExportOptions options;
        options.preset = findPreset("google-customer-match");
        options.defaultRegion = "DE";
        uint64_t written = 0;
        std::vector<double> cpu;
        const std::vector<double> times = bench::timeRuns(5, [&] {
            const double cpu0 = cpuMs();
            ExportSet set(dir);
            const DestinationExportSummary s =
                exportForDestination(customers, mapped, all, set, "members", options, ManifestSource{});
            set.commit();
            written = s.written;
            cpu.push_back(cpuMs() - cpu0);
        });
        std::printf("  %zu members, phones %-34s median %7.1f ms (runs:", n,
                    national ? "national (\"030 1234567\"):" : "international (\"+49 30 1234567\"):", bench::median(times));
        for (const double t : times)
            std::printf(" %.0f", t);
        std::printf(") CPU median %.0f ms, rows %llu, %s\n", bench::median(cpu), static_cast<unsigned long long>(written),
                    !national ? (bench::median(times) <= 1000 ? "target <= 1000 ms met" : "target <= 1000 ms MISSED") : "no target");
    }
    fs::remove_all(dir);
    return 0;
}
