#include "oracle_data.h"

#include <algorithm>
#include <cstdio>
#include <charconv>
#include <fstream>
#include <numeric>

namespace seg::oracle {

namespace {

constexpr int64_t kMicrosPerSec = 1'000'000;
constexpr int64_t kMicrosInDay = 86'400 * kMicrosPerSec;

const std::vector<std::string> kCountries{"US", "US", "US", "CA", "DE", "FR", "us", "Us", "GB", "Zürich", "ÅLAND", "CH"};
const std::vector<std::string> kDomains{"example.com", "Mail.org", "shop.de", "ex-ample.co.uk"};
const std::vector<std::string> kEventTypes{"purchase", "purchase", "purchase", "purchase", "purchase",
                                           "visit",    "visit",    "visit",    "refund",   "signup"};
const std::vector<std::string> kChannels{"web", "store", "app", "Web"};
// Amounts that sum to round numbers in decimal but not in binary (0.10 + 0.20, 150.10 + 49.90).
const std::vector<int64_t> kCommonCents{10, 20, 30, 15010, 4990, 1999, 2001, 100, 5000, 33};

// A day on the edge of one of the windows: as_of - N - 1, as_of - N, as_of or as_of + 1.
int32_t edgeDay(Rng& rng, int32_t asOf)
{
    const int64_t n = rng.pick(kWindowDays);
    switch (rng.range(0, 3)) {
    case 0: return static_cast<int32_t>(asOf - n - 1);
    case 1: return static_cast<int32_t>(asOf - n);
    case 2: return asOf;
    default: return asOf + 1;
    }
}

// A time of day biased to the first and last second.
int64_t timeOfDay(Rng& rng)
{
    switch (rng.range(0, 3)) {
    case 0: return 0;
    case 1: return kMicrosInDay - kMicrosPerSec;
    default: return rng.range(0, 86'399) * kMicrosPerSec;
    }
}

template <class T> std::optional<T> maybe(Rng& rng, int nullPercent, T value)
{
    if (rng.chance(nullPercent))
        return std::nullopt;
    return value;
}

void makeCustomers(Rng& rng, const DataOptions& o, CustomerModel& c)
{
    const size_t n = o.customers;
    // Distinct keys in random order, some negative, so key order differs from row order.
    std::vector<int64_t> pool(n * 3);
    std::iota(pool.begin(), pool.end(), -static_cast<int64_t>(n / 2));
    rng.shuffle(pool);
    pool.resize(n);
    if (o.stringKeys) {
        for (int64_t k : pool) // "c10" < "c9" in byte order; "C.." sorts before "c.."
            c.strKey.push_back((k % 7 == 0 ? "C" : "c") + std::to_string(k < 0 ? -k * 2 + 1 : k * 2));
    } else {
        c.intKey = pool;
    }
    for (size_t r = 0; r < n; ++r) {
        c.age.push_back(maybe<int64_t>(rng, 8, rng.range(18, 80)));
        c.visits.push_back(rng.chance(30) ? 0 : rng.range(0, 20));
        const double score = rng.chance(50) ? static_cast<double>(rng.range(-50'000, 200'000)) / 100.0
                                            : static_cast<double>(rng.range(-160, 1600)) / 4.0;
        c.score.push_back(maybe(rng, 10, score));
        c.vip.push_back(maybe(rng, 10, rng.chance(30)));
        const int32_t joined = rng.chance(40) ? edgeDay(rng, o.asOf) : static_cast<int32_t>(o.asOf + rng.range(-800, 30));
        c.joined.push_back(maybe(rng, 10, joined));
        const int32_t seenDay = rng.chance(40) ? edgeDay(rng, o.asOf) : static_cast<int32_t>(o.asOf + rng.range(-800, 30));
        c.lastSeen.push_back(maybe(rng, 10, int64_t{seenDay} * kMicrosInDay + timeOfDay(rng)));
        c.country.push_back(maybe(rng, 8, rng.pick(kCountries)));
        const std::string user = (rng.chance(20) ? "User" : "user") + std::to_string(rng.range(1, 999));
        c.email.push_back(maybe(rng, 10, user + "@" + rng.pick(kDomains)));
    }
}

void makeEvents(Rng& rng, const DataOptions& o, EventModel& e)
{
    for (size_t r = 0; r < o.customers; ++r) {
        const int count = rng.chance(20) ? 0 : static_cast<int>(rng.range(1, o.maxEventsPerCustomer));
        std::vector<int64_t> times;
        for (int k = 0; k < count; ++k) {
            const int32_t day = rng.chance(35) ? edgeDay(rng, o.asOf) : static_cast<int32_t>(o.asOf + rng.range(-400, 5));
            times.push_back(o.timeIsDate ? int64_t{day} : int64_t{day} * kMicrosInDay + timeOfDay(rng));
        }
        std::sort(times.begin(), times.end());
        for (int64_t t : times) {
            e.customerRow.push_back(static_cast<uint32_t>(r));
            e.time.push_back(t);
            e.type.push_back(maybe(rng, 2, rng.pick(kEventTypes)));
            e.channel.push_back(maybe(rng, 10, rng.pick(kChannels)));
            const int64_t cents = rng.chance(40) ? rng.pick(kCommonCents) : rng.range(-2'000, 30'000);
            e.cents.push_back(maybe(rng, 15, cents));
        }
    }
}

template <class T, class Append>
Column buildColumn(const std::string& name, DataType type, const std::vector<std::optional<T>>& values, Append append)
{
    Column col(name, type);
    col.reserve(values.size());
    for (const auto& v : values) {
        if (v)
            append(col, *v);
        else
            col.appendNull();
    }
    col.finish();
    return col;
}

Column keyColumn(const std::string& name, const RandomData& d, const std::vector<uint32_t>* rows)
{
    const bool str = d.options.stringKeys;
    Column col(name, str ? DataType::String : DataType::Int);
    const size_t n = rows ? rows->size() : d.rows();
    col.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const size_t r = rows ? (*rows)[i] : i;
        if (str)
            col.appendString(d.customers.strKey[r]);
        else
            col.appendInt(d.customers.intKey[r]);
    }
    col.finish();
    return col;
}

void buildDataset(RandomData& d)
{
    const CustomerModel& c = d.customers;
    const EventModel& e = d.events;
    Table& t = d.dataset.customers.table;
    t.rows = d.rows();
    t.columns.push_back(keyColumn("id", d, nullptr));
    auto ints = [](Column& col, int64_t v) { col.appendInt(v); };
    t.columns.push_back(buildColumn("age", DataType::Int, c.age, ints));
    t.columns.push_back(buildColumn("visits", DataType::Int, c.visits, ints));
    t.columns.push_back(buildColumn("score", DataType::Double, c.score, [](Column& col, double v) { col.appendDouble(v); }));
    t.columns.push_back(buildColumn("vip", DataType::Bool, c.vip, [](Column& col, bool v) { col.appendBool(v); }));
    t.columns.push_back(buildColumn("joined", DataType::Date, c.joined, [](Column& col, int32_t v) { col.appendDate(v); }));
    t.columns.push_back(buildColumn("last_seen", DataType::Timestamp, c.lastSeen, ints));
    auto strings = [](Column& col, const std::string& v) { col.appendString(v); };
    t.columns.push_back(buildColumn("country", DataType::String, c.country, strings));
    t.columns.push_back(buildColumn("email", DataType::String, c.email, strings));
    d.dataset.customers.keyColumn = 0;
    d.dataset.customersReport.rows = t.rows;
    d.dataset.customersReport.dataRows = t.rows;

    EventTable ev;
    ev.table.rows = e.customerRow.size();
    ev.table.columns.push_back(keyColumn("customer_id", d, &e.customerRow));
    if (d.options.timeIsDate) {
        Column col("ts", DataType::Date);
        for (int64_t v : e.time)
            col.appendDate(static_cast<int32_t>(v));
        ev.table.columns.push_back(std::move(col));
    } else {
        Column col("ts", DataType::Timestamp);
        for (int64_t v : e.time)
            col.appendInt(v);
        ev.table.columns.push_back(std::move(col));
    }
    ev.table.columns.push_back(buildColumn("event_type", DataType::String, e.type, strings));
    std::vector<std::optional<double>> amounts;
    for (const auto& cents : e.cents)
        amounts.push_back(cents ? std::optional<double>(static_cast<double>(*cents) / 100.0) : std::nullopt);
    ev.table.columns.push_back(buildColumn("amount", DataType::Double, amounts, [](Column& col, double v) { col.appendDouble(v); }));
    ev.table.columns.push_back(buildColumn("channel", DataType::String, e.channel, strings));
    ev.keyColumn = 0;
    ev.timeColumn = 1;
    ev.typeColumn = 2;
    ev.offsets.assign(t.rows + 1, 0);
    for (uint32_t r : e.customerRow)
        ++ev.offsets[r + 1];
    for (size_t r = 0; r < t.rows; ++r)
        ev.offsets[r + 1] += ev.offsets[r];
    ImportReport report;
    report.isEvents = true;
    report.rows = report.dataRows = ev.table.rows;
    d.dataset.events = std::move(ev);
    d.dataset.eventsReport = report;
}

} // namespace

RandomData makeRandomData(const DataOptions& options, uint64_t seed)
{
    Rng rng(seed);
    RandomData d;
    d.options = options;
    makeCustomers(rng, options, d.customers);
    makeEvents(rng, options, d.events);
    buildDataset(d);
    d.dataset.version = seed + 1;
    return d;
}

Dataset importThroughCsv(const RandomData& d, const std::string& dir)
{
    const CustomerModel& c = d.customers;
    const EventModel& e = d.events;
    auto text = [](const auto& v, auto format) { return v ? format(*v) : std::string(); };
    auto num = [](auto v) { return std::to_string(v); };
    auto same = [](const std::string& v) { return v; };
    auto money = [](int64_t cents) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%s%lld.%02lld", cents < 0 ? "-" : "", static_cast<long long>(std::llabs(cents) / 100),
                      static_cast<long long>(std::llabs(cents) % 100));
        return std::string(buf);
    };
    auto real = [](double v) { // shortest text that reads back to the same double
        char buf[64];
        const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
        return std::string(buf, end);
    };
    std::ofstream customers(dir + "/customers.csv", std::ios::binary);
    customers << "id,age,visits,score,vip,joined,last_seen,country,email\n";
    for (size_t r = 0; r < d.rows(); ++r)
        customers << d.keyText(r) << ',' << text(c.age[r], num) << ',' << text(c.visits[r], num) << ','
                  << text(c.score[r], real) << ',' << text(c.vip[r], [](bool b) { return std::string(b ? "true" : "false"); })
                  << ',' << text(c.joined[r], isoDate) << ',' << text(c.lastSeen[r], isoTimestamp) << ','
                  << text(c.country[r], same) << ',' << text(c.email[r], same) << "\n";
    std::ofstream events(dir + "/events.csv", std::ios::binary);
    events << "customer_id,ts,event_type,amount,channel\n";
    for (size_t k = 0; k < e.customerRow.size(); ++k)
        events << d.keyText(e.customerRow[k]) << ','
               << (d.options.timeIsDate ? isoDate(static_cast<int32_t>(e.time[k])) : isoTimestamp(e.time[k])) << ','
               << text(e.type[k], same) << ',' << text(e.cents[k], money) << ',' << text(e.channel[k], same) << "\n";
    customers.close();
    events.close();
    DatasetSpec customerSpec, eventSpec;
    customerSpec.path = "customers.csv";
    customerSpec.key = "id";
    eventSpec.path = "events.csv";
    eventSpec.key = "customer_id";
    eventSpec.time = "ts";
    eventSpec.type = "event_type";
    return loadDataset(customerSpec, dir + "/customers.csv", eventSpec, std::filesystem::path(dir + "/events.csv"));
}

std::vector<ColumnDef> customerColumns(const DataOptions& o)
{
    return {{"id", o.stringKeys ? DataType::String : DataType::Int},
            {"age", DataType::Int},
            {"visits", DataType::Int},
            {"score", DataType::Double},
            {"vip", DataType::Bool},
            {"joined", DataType::Date},
            {"last_seen", DataType::Timestamp},
            {"country", DataType::String},
            {"email", DataType::String}};
}

std::vector<ColumnDef> eventColumns(const DataOptions& o)
{
    return {{"customer_id", o.stringKeys ? DataType::String : DataType::Int},
            {"ts", o.timeIsDate ? DataType::Date : DataType::Timestamp},
            {"event_type", DataType::String},
            {"amount", DataType::Double},
            {"channel", DataType::String}};
}

std::string isoDate(int32_t days)
{
    // Howard Hinnant's civil_from_days, written out here so the oracle does not use the engine's.
    const int64_t z = int64_t{days} + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t day = doy - (153 * mp + 2) / 5 + 1;
    const int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const int64_t year = yoe + era * 400 + (month <= 2);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(year), static_cast<long long>(month),
                  static_cast<long long>(day));
    return buf;
}

std::string isoTimestamp(int64_t micros)
{
    int64_t day = micros / kMicrosInDay;
    if (micros % kMicrosInDay < 0)
        --day;
    const int64_t secs = (micros - day * kMicrosInDay) / kMicrosPerSec;
    char buf[64];
    std::snprintf(buf, sizeof buf, " %02lld:%02lld:%02lld", static_cast<long long>(secs / 3600),
                  static_cast<long long>(secs / 60 % 60), static_cast<long long>(secs % 60));
    return isoDate(static_cast<int32_t>(day)) + buf;
}

int32_t daysOfIso(const std::string& iso)
{
    // Howard Hinnant's days_from_civil.
    int64_t y = std::stoll(iso.substr(0, 4));
    const int64_t m = std::stoll(iso.substr(5, 2));
    const int64_t d = std::stoll(iso.substr(8, 2));
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<int32_t>(era * 146097 + doe - 719468);
}

int64_t microsOfIso(const std::string& iso)
{
    int64_t micros = int64_t{daysOfIso(iso)} * kMicrosInDay;
    if (iso.size() >= 19)
        micros += (std::stoll(iso.substr(11, 2)) * 3600 + std::stoll(iso.substr(14, 2)) * 60 + std::stoll(iso.substr(17, 2)))
            * kMicrosPerSec;
    return micros;
}

} // namespace seg::oracle
