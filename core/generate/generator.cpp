// Writes the generated files. Both passes stream over customer indexes; the event pass
// recomputes each customer from its PRNG stream, so memory stays constant whatever the size.
#include "generate/generator.h"

#include "data/types.h"
#include "export/atomic_text_file.h"
#include "generate/customer_model.h"
#include "util/error.h"

#include <algorithm>
#include <limits>

namespace seg {

namespace {

using gen::Customer;
using gen::EventType;

constexpr size_t kCheckEvery = 1024; // customers between cancel checks / progress calls
constexpr uint64_t kEventStream = 2;  // PRNG stream of a customer's events (1: the customer itself)
constexpr uint64_t kMaxEventsPerCustomer = 10000;

// floor(a * b / c) without overflow: the event quota of the first customers.
uint64_t mulDiv(uint64_t a, uint64_t b, uint64_t c)
{
#if defined(__SIZEOF_INT128__)
    __extension__ using Wide = unsigned __int128;
    return static_cast<uint64_t>(static_cast<Wide>(a) * b / c);
#else
    if (b != 0 && a > std::numeric_limits<uint64_t>::max() / b)
        throw Error("generate: too many events for this platform");
    return a * b / c;
#endif
}

// The generated text never contains quotes or line breaks; a comma (one city) needs quotes.
void writeTextField(AtomicTextFile& out, std::string_view s)
{
    if (s.find(',') == std::string_view::npos) {
        out.append(s);
        return;
    }
    out.put('"');
    out.append(s);
    out.put('"');
}

class Progress {
public:
    explicit Progress(const GenerateOptions& o) : options_(o), total_(o.customers + o.events) {}
    void step(uint64_t rows)
    {
        done_ += rows;
        if (options_.cancel && options_.cancel->load(std::memory_order_relaxed))
            throw Cancelled();
        if (options_.progress)
            options_.progress(done_, total_);
    }

private:
    const GenerateOptions& options_;
    uint64_t total_;
    uint64_t done_ = 0;
};

void writeCustomerRow(AtomicTextFile& out, const Customer& c, int32_t asOf)
{
    using namespace text;
    const gen::CountryInfo& home = gen::country(c.country);
    char* p = out.reserve(256);
    p = writeInt(p, c.id);
    *p++ = ',';
    out.advance(p);
    out.append(gen::firstNameEmail(c.firstName));
    out.put('.');
    out.append(gen::lastNameEmail(c.lastName));
    p = writeInt(out.reserve(32), c.id);
    *p++ = '@';
    out.advance(p);
    out.append(gen::emailDomain(c.domain));
    out.put(',');
    writeTextField(out, gen::firstNameText(c.firstName));
    out.put(',');
    writeTextField(out, gen::lastNameText(c.lastName));
    out.put(',');
    out.append(gen::genderText(c.gender));
    p = out.reserve(64);
    *p++ = ',';
    if (c.age >= 0)
        p = writeInt(p, c.age);
    *p++ = ',';
    out.advance(p);
    out.append(home.code);
    out.put(',');
    writeTextField(out, home.cities[c.city].text);
    p = out.reserve(64);
    *p++ = ',';
    p = writeDate(p, c.signupDay);
    *p++ = ',';
    p = writeInt(p, asOf - c.signupDay);
    *p++ = ',';
    out.advance(p);
    out.append(gen::channelText(c.channel));
    out.put(',');
    out.append(gen::deviceText(c.device));

    p = out.reserve(256);
    *p++ = ',';
    p = writeInt(p, c.orders);
    *p++ = ',';
    p = writeFixed(p, c.spendCents, 2);
    *p++ = ',';
    if (c.orders > 0)
        p = writeFixed(p, (c.spendCents * 2 + c.orders) / (2 * int64_t{c.orders}), 2); // rounded
    *p++ = ',';
    if (c.orders > 0)
        p = writeDate(p, c.firstOrderDay);
    *p++ = ',';
    if (c.orders > 0)
        p = writeDate(p, c.lastOrderDay);
    *p++ = ',';
    out.advance(p);
    out.append(gen::tierText(c.tier));
    out.append(c.emailOptIn ? std::string_view(",true,") : std::string_view(",false,"));
    if (c.smsOptIn >= 0)
        out.append(c.smsOptIn ? std::string_view("true") : std::string_view("false"));
    p = out.reserve(128);
    *p++ = ',';
    if (c.churnPermille >= 0)
        p = writeFixed(p, c.churnPermille, 3);
    *p++ = ',';
    p = writeTimestamp(p, c.lastSeenMicros);
    *p++ = ',';
    p = writeInt(p, c.referrals);
    *p++ = ',';
    p = writeInt(p, c.returns);
    *p++ = ',';
    out.advance(p);
    out.append(gen::categoryText(c.preferredCategory));
    p = out.reserve(8);
    *p++ = ',';
    if (c.nps >= 0)
        p = writeInt(p, c.nps);
    *p++ = '\n';
    out.advance(p);
}

struct Event {
    int64_t micros;
    uint32_t sequence; // generation order: makes the sort order total, so output is deterministic
    EventType type;
    int8_t category;
    int64_t amountCents;
};

// One customer's events, time-ordered. `events` is reused across customers (no per-customer allocation).
void makeEvents(const GenerateOptions& o, uint64_t index, const Customer& c, uint64_t count, int32_t windowEnd,
                std::vector<Event>& events)
{
    gen::Rng r(o.seed, kEventStream, index);
    events.clear();
    const int32_t start = c.eventWindowStart;
    const auto span = static_cast<uint32_t>(windowEnd - start + 1);
    const bool canPurchase = c.orders > 0 && c.lastOrderDay >= start;
    for (uint64_t k = 0; k < count; ++k) {
        Event e{};
        e.sequence = static_cast<uint32_t>(k);
        e.type = gen::randomEventType(r);
        if ((e.type == EventType::Purchase && !canPurchase) || (e.type == EventType::EmailOpen && !c.emailOptIn))
            e.type = EventType::View;
        int32_t day;
        if (e.type == EventType::Purchase) {
            const int32_t first = std::max(start, c.firstOrderDay);
            const int32_t last = std::min(windowEnd, c.lastOrderDay);
            day = first + static_cast<int32_t>(r.below(static_cast<uint32_t>(last - first + 1)));
            e.amountCents = c.typicalOrderCents * (50 + r.below(101)) / 100;
        } else {
            day = windowEnd - static_cast<int32_t>(std::min(r.below(span), r.below(span))); // recent is likelier
        }
        e.micros = day * kMicrosPerDay + int64_t{r.below(86400)} * kMicrosPerSecond;
        if (e.type == EventType::EmailOpen)
            e.category = -1;
        else
            e.category = c.preferredCategory >= 0 && r.chance(500) ? c.preferredCategory : gen::randomCategory(r);
        events.push_back(e);
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return a.micros != b.micros ? a.micros < b.micros : a.sequence < b.sequence;
    });
}

void writeEventRow(AtomicTextFile& out, int64_t customerId, const Event& e)
{
    char* p = out.reserve(96);
    p = text::writeInt(p, customerId);
    *p++ = ',';
    p = text::writeTimestamp(p, e.micros);
    *p++ = ',';
    out.advance(p);
    out.append(gen::eventTypeText(e.type));
    p = out.reserve(48);
    *p++ = ',';
    if (e.type == EventType::Purchase)
        p = text::writeFixed(p, e.amountCents, 2);
    *p++ = ',';
    out.advance(p);
    out.append(gen::categoryText(e.category));
    out.put('\n');
}

void writeHeader(AtomicTextFile& out, const std::vector<std::string>& columns)
{
    for (size_t i = 0; i < columns.size(); ++i) {
        if (i)
            out.put(',');
        out.append(columns[i]);
    }
    out.put('\n');
}

} // namespace

const std::vector<std::string>& generatedCustomerColumns()
{
    static const std::vector<std::string> columns{
        "customer_id", "email", "first_name", "last_name", "gender", "age", "country", "city", "signup_date",
        "lifetime_days", "channel", "device", "orders", "total_spend", "avg_order_value", "first_order_date",
        "last_order_date", "loyalty_tier", "email_opt_in", "sms_opt_in", "churn_score", "last_seen",
        "referrals", "returns", "preferred_category", "nps"};
    return columns;
}

const std::vector<std::string>& generatedEventColumns()
{
    static const std::vector<std::string> columns{"customer_id", "ts", "event_type", "amount", "product_category"};
    return columns;
}

void generateDataset(const GenerateOptions& o)
{
    if (o.outDir.empty())
        throw Error("generate: no output directory given");
    if (o.events > 0 && o.customers == 0)
        throw Error("generate: events need at least one customer");
    // A customer's events are sorted in memory, so their number must stay bounded.
    if (o.events > 0 && (o.events - 1) / o.customers >= kMaxEventsPerCustomer) // events > max x customers
        throw Error("generate: at most " + std::to_string(kMaxEventsPerCustomer)
                    + " events per customer on average (" + std::to_string(o.events) + " events for "
                    + std::to_string(o.customers) + " customers)");
    std::error_code ec;
    std::filesystem::create_directories(o.outDir, ec);
    if (ec)
        throw Error("generate: cannot create directory '" + o.outDir.string() + "': " + ec.message());

    Progress progress(o);
    uint64_t totalWeight = 0;
    {
        AtomicTextFile out(o.outDir / "customers.csv");
        writeHeader(out, generatedCustomerColumns());
        for (size_t i = 0; i < o.customers; ++i) {
            const Customer c = gen::makeCustomer(o.seed, i, o.asOf);
            totalWeight += c.eventWeight;
            writeCustomerRow(out, c, o.asOf);
            if ((i + 1) % kCheckEvery == 0)
                progress.step(kCheckEvery);
        }
        out.commit();
        progress.step(o.customers % kCheckEvery);
    }

    if (o.events > 0) {
        // Customer i gets the events between quota(i) and quota(i+1), quota being the event
        // count times the cumulative weight share: the total is exact, the spread proportional.
        // When no customer was active in the window (tiny data sets), everyone counts equally.
        const bool uniform = totalWeight == 0;
        const uint64_t weightSum = uniform ? o.customers : totalWeight;
        AtomicTextFile out(o.outDir / "events.csv");
        writeHeader(out, generatedEventColumns());
        std::vector<Event> events;
        uint64_t cumulative = 0, written = 0, pending = 0;
        for (size_t i = 0; i < o.customers; ++i) {
            const Customer c = gen::makeCustomer(o.seed, i, o.asOf);
            cumulative += uniform ? 1 : c.eventWeight;
            const uint64_t quota = mulDiv(o.events, cumulative, weightSum);
            const uint64_t count = quota - written;
            written = quota;
            if (count > 0) {
                makeEvents(o, i, c, count, uniform ? o.asOf : c.eventWindowEnd, events);
                for (const Event& e : events)
                    writeEventRow(out, c.id, e);
            }
            pending += count;
            if ((i + 1) % kCheckEvery == 0) {
                progress.step(pending);
                pending = 0;
            }
        }
        out.commit();
        progress.step(pending);
    }

    const Json graph = demoGraphJson(o);
    AtomicTextFile out(o.outDir / "demo.segment.json");
    out.append(graph.dump(2));
    out.put('\n');
    out.commit();
}

} // namespace seg
