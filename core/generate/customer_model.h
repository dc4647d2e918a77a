#pragma once
// The statistical model behind the generated data. A customer is a pure function of
// (seed, index, as_of), so the event pass can recompute the customer it writes events for
// instead of keeping state per customer.
#include <cstdint>
#include <string_view>

namespace seg::gen {

// xoshiro256** seeded through splitmix64: fast, well distributed, and specified bit for bit
// (unlike std::mt19937's distributions, whose output differs between standard libraries).
class Rng {
public:
    Rng(uint64_t seed, uint64_t stream, uint64_t index);
    uint64_t next();
    // Uniform in [0, n) for n < 2^32 (multiply-shift; bias below 2^-32).
    uint32_t below(uint32_t n) { return static_cast<uint32_t>(((next() >> 32) * n) >> 32); }
    int32_t between(int32_t lo, int32_t hi) { return lo + static_cast<int32_t>(below(static_cast<uint32_t>(hi - lo + 1))); }
    bool chance(uint32_t permille) { return below(1000) < permille; }
    // Index into a table of integer weights (picked with probability weight / sum).
    template <class Table> size_t pick(const Table& weights, uint32_t total)
    {
        uint32_t r = below(total);
        for (size_t i = 0;; ++i) {
            if (r < weights[i].weight)
                return i;
            r -= weights[i].weight;
        }
    }

private:
    uint64_t s_[4];
};

enum class Activity : uint8_t { Dormant, Casual, Regular, Vip };

// Values as the CSV writer needs them: indexes into the tables below, integer days, cents and
// permille. A negative or sentinel value means NULL where a column allows it.
struct Customer {
    int64_t id = 0;
    Activity activity = Activity::Casual;
    uint16_t firstName = 0, lastName = 0, domain = 0;
    int8_t gender = -1;            // -1: NULL
    int16_t age = -1;              // -1: NULL
    uint8_t country = 0, city = 0; // city indexes the country's cities
    int32_t signupDay = 0;
    uint8_t channel = 0;
    int8_t device = -1;            // -1: NULL
    int32_t orders = 0;
    int64_t spendCents = 0;
    int32_t firstOrderDay = 0, lastOrderDay = 0; // valid when orders > 0
    int64_t lastSeenMicros = 0;
    uint8_t tier = 0;
    bool emailOptIn = false;
    int8_t smsOptIn = -1;          // -1: NULL
    int16_t churnPermille = -1;    // -1: NULL (too new to score)
    int32_t referrals = 0, returns = 0;
    int8_t preferredCategory = -1; // -1: NULL (never ordered)
    int8_t nps = -1;               // -1: NULL (not surveyed)
    uint32_t eventWeight = 0;      // share of the events; 0: no activity in the event window
    int32_t eventWindowStart = 0, eventWindowEnd = 0; // days, inclusive
    int64_t typicalOrderCents = 0;
};

Customer makeCustomer(uint64_t seed, uint64_t index, int32_t asOf);

struct Weighted {
    std::string_view text;
    uint32_t weight;
};

struct CountryInfo {
    std::string_view code;
    uint32_t weight;
    const Weighted* cities;
    uint32_t cityCount;
    uint32_t cityWeightTotal;
};

// Tables (text as written to the CSV; a few contain commas, apostrophes or non-ASCII letters
// so that the files exercise quoting and UTF-8).
std::string_view firstNameText(uint16_t i);
std::string_view firstNameEmail(uint16_t i); // ASCII form for the e-mail address
std::string_view lastNameText(uint16_t i);
std::string_view lastNameEmail(uint16_t i);
std::string_view emailDomain(uint16_t i);
std::string_view genderText(int8_t i);
const CountryInfo& country(uint8_t i);
std::string_view channelText(uint8_t i);
std::string_view deviceText(int8_t i);
std::string_view tierText(uint8_t i);
std::string_view categoryText(int8_t i);

// Event generation for one customer: type and category tables.
enum class EventType : uint8_t { View, Cart, EmailOpen, Purchase };
std::string_view eventTypeText(EventType t);
int8_t randomCategory(Rng& rng);
EventType randomEventType(Rng& rng);

} // namespace seg::gen
