#include "generate/customer_model.h"

#include "data/types.h"

#include <algorithm>
#include <array>

namespace seg::gen {

namespace {

constexpr uint64_t kGolden = 0x9e3779b97f4a7c15ULL;

uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

struct Name {
    std::string_view text;
    std::string_view email;
};

// 24 female, 24 male, 8 unisex first names (gender picks the block).
constexpr std::array<Name, 56> kFirstNames{{
    {"Olivia", "olivia"}, {"Emma", "emma"}, {"Sophia", "sophia"}, {"Charlotte", "charlotte"},
    {"Amelia", "amelia"}, {"Mia", "mia"}, {"Isabella", "isabella"}, {"Ava", "ava"},
    {"Chloé", "chloe"}, {"Zoë", "zoe"}, {"Lucía", "lucia"}, {"Hannah", "hannah"},
    {"Léa", "lea"}, {"Emilia", "emilia"}, {"Sofia", "sofia"}, {"Maria", "maria"},
    {"Julia", "julia"}, {"Anna", "anna"}, {"Laura", "laura"}, {"Sarah", "sarah"},
    {"Grace", "grace"}, {"Freya", "freya"}, {"Ingrid", "ingrid"}, {"Aoife", "aoife"},
    {"Liam", "liam"}, {"Noah", "noah"}, {"Oliver", "oliver"}, {"James", "james"},
    {"Lucas", "lucas"}, {"Leon", "leon"}, {"Hugo", "hugo"}, {"Mateo", "mateo"},
    {"José", "jose"}, {"Jack", "jack"}, {"Ethan", "ethan"}, {"Benjamin", "benjamin"},
    {"Elias", "elias"}, {"Felix", "felix"}, {"Louis", "louis"}, {"Paul", "paul"},
    {"Daniel", "daniel"}, {"David", "david"}, {"Thomas", "thomas"}, {"Björn", "bjorn"},
    {"Søren", "soren"}, {"Luca", "luca"}, {"Marco", "marco"}, {"Finn", "finn"},
    {"Alex", "alex"}, {"Sam", "sam"}, {"Jordan", "jordan"}, {"Taylor", "taylor"},
    {"Robin", "robin"}, {"Charlie", "charlie"}, {"Kim", "kim"}, {"Andrea", "andrea"},
}};

constexpr std::array<Name, 44> kLastNames{{
    {"Smith", "smith"}, {"Johnson", "johnson"}, {"Williams", "williams"}, {"Brown", "brown"},
    {"Jones", "jones"}, {"García", "garcia"}, {"Miller", "miller"}, {"Davis", "davis"},
    {"Martínez", "martinez"}, {"Wilson", "wilson"}, {"Anderson", "anderson"}, {"Taylor", "taylor"},
    {"Thomas", "thomas"}, {"Moore", "moore"}, {"Martin", "martin"}, {"Lee", "lee"},
    {"Nguyen", "nguyen"}, {"Müller", "mueller"}, {"Schmidt", "schmidt"}, {"Schneider", "schneider"},
    {"Fischer", "fischer"}, {"Dubois", "dubois"}, {"Bernard", "bernard"}, {"Moreau", "moreau"},
    {"Lefèvre", "lefevre"}, {"Rossi", "rossi"}, {"Bianchi", "bianchi"}, {"Fernández", "fernandez"},
    {"López", "lopez"}, {"O'Brien", "obrien"}, {"O'Connor", "oconnor"}, {"Murphy", "murphy"},
    {"Kelly", "kelly"}, {"Andersson", "andersson"}, {"Johansson", "johansson"}, {"de Vries", "devries"},
    {"van Dijk", "vandijk"}, {"Tremblay", "tremblay"}, {"Roy", "roy"}, {"Singh", "singh"},
    {"Patel", "patel"}, {"Chen", "chen"}, {"Wong", "wong"}, {"Kowalski", "kowalski"},
}};

constexpr std::array<Weighted, 5> kDomains{{
    {"example.com", 40}, {"example.net", 20}, {"example.org", 15}, {"mail.example", 15}, {"inbox.example", 10},
}};

constexpr std::array<std::string_view, 3> kGenders{"female", "male", "nonbinary"};

constexpr Weighted kUsCities[] = {{"New York", 22}, {"Los Angeles", 16}, {"Chicago", 12}, {"Houston", 10},
                                  {"Phoenix", 8}, {"Seattle", 8}, {"Boston", 8}, {"Washington, D.C.", 8},
                                  {"Miami", 8}};
constexpr Weighted kGbCities[] = {{"London", 40}, {"Manchester", 15}, {"Birmingham", 15},
                                  {"Leeds", 10}, {"Glasgow", 10}, {"Bristol", 10}};
constexpr Weighted kDeCities[] = {{"Berlin", 30}, {"Hamburg", 20}, {"München", 20}, {"Köln", 15},
                                  {"Frankfurt am Main", 15}};
constexpr Weighted kFrCities[] = {{"Paris", 40}, {"Lyon", 15}, {"Marseille", 15}, {"Toulouse", 10},
                                  {"Nice", 10}, {"Bordeaux", 10}};
constexpr Weighted kCaCities[] = {{"Toronto", 35}, {"Montréal", 25}, {"Vancouver", 20}, {"Calgary", 10},
                                  {"Ottawa", 10}};
constexpr Weighted kEsCities[] = {{"Madrid", 35}, {"Barcelona", 30}, {"Valencia", 15}, {"Sevilla", 10},
                                  {"Málaga", 10}};
constexpr Weighted kAuCities[] = {{"Sydney", 40}, {"Melbourne", 35}, {"Brisbane", 15}, {"Perth", 10}};
constexpr Weighted kNlCities[] = {{"Amsterdam", 40}, {"Rotterdam", 25}, {"Utrecht", 20}, {"'s-Hertogenbosch", 15}};
constexpr Weighted kItCities[] = {{"Roma", 30}, {"Milano", 30}, {"Napoli", 15}, {"Torino", 15}, {"Firenze", 10}};
constexpr Weighted kSeCities[] = {{"Stockholm", 50}, {"Göteborg", 30}, {"Malmö", 20}};

template <size_t N> constexpr uint32_t totalWeight(const Weighted (&t)[N])
{
    uint32_t s = 0;
    for (const auto& w : t)
        s += w.weight;
    return s;
}
#define SEG_CITIES(code, weight, table) {code, weight, table, std::size(table), totalWeight(table)}
constexpr std::array<CountryInfo, 10> kCountries{{
    SEG_CITIES("US", 38, kUsCities), SEG_CITIES("GB", 14, kGbCities), SEG_CITIES("DE", 11, kDeCities),
    SEG_CITIES("FR", 9, kFrCities), SEG_CITIES("CA", 7, kCaCities), SEG_CITIES("ES", 6, kEsCities),
    SEG_CITIES("AU", 5, kAuCities), SEG_CITIES("NL", 4, kNlCities), SEG_CITIES("IT", 4, kItCities),
    SEG_CITIES("SE", 2, kSeCities),
}};
#undef SEG_CITIES

constexpr std::array<Weighted, 3> kChannels{{{"web", 50}, {"app", 30}, {"store", 20}}};
constexpr std::array<Weighted, 3> kDevices{{{"ios", 38}, {"android", 34}, {"desktop", 28}}};
constexpr std::array<std::string_view, 4> kTiers{"bronze", "silver", "gold", "platinum"};
constexpr std::array<Weighted, 8> kCategories{{
    {"electronics", 14}, {"apparel", 24}, {"home", 16}, {"beauty", 14},
    {"sports", 10}, {"toys", 8}, {"grocery", 9}, {"books", 5},
}};
constexpr std::array<Weighted, 4> kActivities{{{"dormant", 25}, {"casual", 45}, {"regular", 22}, {"vip", 8}}};
// Event mix of a typical shop: mostly browsing, a tenth of the events are purchases.
constexpr std::array<Weighted, 4> kEventTypes{{{"view", 55}, {"cart", 15}, {"email_open", 20}, {"purchase", 10}}};

} // namespace

Rng::Rng(uint64_t seed, uint64_t stream, uint64_t index)
{
    uint64_t x = mix64(seed + kGolden) ^ mix64((stream + 1) * 0xd1b54a32d192ed03ULL + index);
    for (uint64_t& s : s_) {
        x += kGolden;
        s = mix64(x);
    }
}

uint64_t Rng::next()
{
    const uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

Customer makeCustomer(uint64_t seed, uint64_t index, int32_t asOf)
{
    Rng r(seed, 1, index);
    Customer c;
    c.id = 100001 + static_cast<int64_t>(index);
    c.activity = static_cast<Activity>(r.pick(kActivities, 100));

    const uint32_t genderRoll = r.below(1000);
    c.gender = genderRoll < 490 ? 0 : genderRoll < 970 ? 1 : genderRoll < 985 ? 2 : -1;
    c.firstName = static_cast<uint16_t>(c.gender == 0 ? r.below(24) : c.gender == 1 ? 24 + r.below(24) : 48 + r.below(8));
    c.lastName = static_cast<uint16_t>(r.below(kLastNames.size()));
    c.domain = static_cast<uint16_t>(r.pick(kDomains, 100));
    c.age = r.chance(50) ? int16_t{-1} : static_cast<int16_t>(18 + r.below(31) + r.below(32));
    c.country = static_cast<uint8_t>(r.pick(kCountries, 100));
    const CountryInfo& home = kCountries[c.country];
    c.city = static_cast<uint8_t>(r.pick(home.cities, home.cityWeightTotal));

    // Recent sign-ups are more common than old ones (min of two uniforms), up to six years.
    const int32_t tenure = static_cast<int32_t>(std::min(r.below(2190), r.below(2190)));
    c.signupDay = asOf - tenure;
    c.channel = static_cast<uint8_t>(r.pick(kChannels, 100));
    c.device = r.chance(c.channel == 2 ? 300 : 30) ? int8_t{-1} : static_cast<int8_t>(r.pick(kDevices, 100));

    int32_t orders = 0;
    int32_t orderRecency = 0; // days from the last order to as_of
    int32_t seenRecency = 0;
    switch (c.activity) {
    case Activity::Dormant:
        orders = r.chance(700) ? 0 : 1 + static_cast<int32_t>(r.below(2));
        orderRecency = 150 + static_cast<int32_t>(r.below(900));
        seenRecency = 60 + static_cast<int32_t>(r.below(700));
        c.eventWeight = 1;
        break;
    case Activity::Casual:
        orders = 1 + static_cast<int32_t>(r.below(4));
        orderRecency = static_cast<int32_t>(r.below(300));
        seenRecency = static_cast<int32_t>(r.below(120));
        c.eventWeight = 3;
        break;
    case Activity::Regular:
        orders = 4 + static_cast<int32_t>(r.below(12));
        orderRecency = static_cast<int32_t>(r.below(90));
        seenRecency = static_cast<int32_t>(r.below(30));
        c.eventWeight = 8;
        break;
    case Activity::Vip:
        orders = 12 + static_cast<int32_t>(r.below(40));
        orderRecency = static_cast<int32_t>(r.below(40));
        seenRecency = static_cast<int32_t>(r.below(10));
        c.eventWeight = 20;
        break;
    }
    // Some good customers drift away: the "high value at risk" every retailer wants to catch.
    if ((c.activity == Activity::Regular || c.activity == Activity::Vip) && r.chance(150)) {
        orderRecency = 120 + static_cast<int32_t>(r.below(400));
        seenRecency = std::min(orderRecency, 20 + static_cast<int32_t>(r.below(300)));
        c.eventWeight /= 2;
    }
    c.orders = std::min(orders, 1 + tenure / 10); // new customers cannot have many orders yet

    c.typicalOrderCents = 2500 + r.below(6000)
        + (c.activity == Activity::Vip ? r.below(12000) : c.activity == Activity::Regular ? r.below(4000) : 0);
    if (c.orders > 0) {
        const int64_t n = c.orders;
        const int64_t jitter = static_cast<int64_t>(r.below(static_cast<uint32_t>(n * 600 + 1))) - n * 300;
        c.spendCents = std::max(n * c.typicalOrderCents + jitter, n * 499);
        c.firstOrderDay = c.signupDay + static_cast<int32_t>(r.below(static_cast<uint32_t>(std::min(tenure, 60) + 1)));
        c.lastOrderDay = c.orders == 1 ? c.firstOrderDay : std::max(c.firstOrderDay, asOf - orderRecency);
    }
    const int32_t lastActivity = c.orders > 0 ? c.lastOrderDay : c.signupDay;
    const int32_t lastSeenDay = std::min(asOf, std::max(lastActivity, asOf - seenRecency));
    c.lastSeenMicros = lastSeenDay * kMicrosPerDay + int64_t{r.below(86400)} * kMicrosPerSecond;

    c.tier = c.spendCents < 20000 ? 0 : c.spendCents < 100000 ? 1 : c.spendCents < 300000 ? 2 : 3;
    c.emailOptIn = r.chance(620);
    c.smsOptIn = r.chance(40) ? int8_t{-1} : static_cast<int8_t>(r.chance(300));
    if (tenure >= 30) {
        const int32_t idle = asOf - lastActivity;
        const int32_t base = std::min(1000, idle * 1000 / 365);
        c.churnPermille = static_cast<int16_t>((base * 3 + static_cast<int32_t>(r.below(1001))) / 4);
    }
    while (c.referrals < 20 && r.chance(c.activity == Activity::Vip ? 400 : 200))
        ++c.referrals;
    c.returns = c.orders > 0 ? static_cast<int32_t>(r.below(static_cast<uint32_t>(c.orders / 4 + 1))) : 0;
    c.preferredCategory = c.orders > 0 ? randomCategory(r) : int8_t{-1};
    if (r.chance(300))
        c.nps = static_cast<int8_t>(r.chance(200) ? r.below(7) : 7 + r.below(4));

    // Events happen in the last two years, between sign-up and last visit.
    c.eventWindowStart = std::max(c.signupDay, asOf - 730);
    c.eventWindowEnd = lastSeenDay;
    if (c.eventWindowEnd < c.eventWindowStart)
        c.eventWeight = 0;
    return c;
}

std::string_view firstNameText(uint16_t i) { return kFirstNames[i].text; }
std::string_view firstNameEmail(uint16_t i) { return kFirstNames[i].email; }
std::string_view lastNameText(uint16_t i) { return kLastNames[i].text; }
std::string_view lastNameEmail(uint16_t i) { return kLastNames[i].email; }
std::string_view emailDomain(uint16_t i) { return kDomains[i].text; }
std::string_view genderText(int8_t i) { return i < 0 ? std::string_view() : kGenders[static_cast<size_t>(i)]; }
const CountryInfo& country(uint8_t i) { return kCountries[i]; }
std::string_view channelText(uint8_t i) { return kChannels[i].text; }
std::string_view deviceText(int8_t i) { return i < 0 ? std::string_view() : kDevices[static_cast<size_t>(i)].text; }
std::string_view tierText(uint8_t i) { return kTiers[i]; }
std::string_view categoryText(int8_t i) { return i < 0 ? std::string_view() : kCategories[static_cast<size_t>(i)].text; }
std::string_view eventTypeText(EventType t) { return kEventTypes[static_cast<size_t>(t)].text; }
int8_t randomCategory(Rng& rng) { return static_cast<int8_t>(rng.pick(kCategories, 100)); }
EventType randomEventType(Rng& rng) { return static_cast<EventType>(rng.pick(kEventTypes, 100)); }

} // namespace seg::gen
