#include "checkpoint/live_state_codec.h"

#include "live/live_values.h"

#include <algorithm>

namespace seg {

namespace {

constexpr uint32_t kSectionData = 0x41544144;   // "DATA"
constexpr uint32_t kSectionEngine = 0x454E474E; // "NGNE"
constexpr uint32_t kSectionIntake = 0x4B544E49; // "INTK"

void expectSection(ByteReader& in, uint32_t tag, const char* name)
{
    if (in.get<uint32_t>() != tag)
        in.fail(std::string("is damaged: the ") + name + " section is not where it should be");
}

DataType readType(ByteReader& in)
{
    const auto t = in.get<uint8_t>();
    if (t > static_cast<uint8_t>(DataType::String))
        in.fail("is damaged: unknown column type " + std::to_string(t));
    return static_cast<DataType>(t);
}

void writeDict(ByteWriter& out, const StringDict& dict)
{
    out.put<uint64_t>(dict.size());
    out.put<uint64_t>(dict.byteSize());
    // 64-bit offsets in the file whatever the dictionary holds in memory (32-bit below 4 GiB).
    std::vector<uint64_t> offsets(dict.size() + 1);
    for (size_t i = 0; i < offsets.size(); ++i)
        offsets[i] = dict.offset(i);
    out.bytes(offsets.data(), offsets.size() * sizeof(uint64_t));
    out.bytes(dict.bytes(), dict.byteSize());
}

StringDict readDict(ByteReader& in)
{
    const size_t n = in.count(8);
    const size_t bytes = in.count(1);
    std::vector<uint64_t> offsets(n + 1);
    std::memcpy(offsets.data(), in.take(offsets.size() * sizeof(uint64_t)), offsets.size() * sizeof(uint64_t));
    const char* text = in.take(bytes);
    StringDict dict;
    dict.reserve(n, bytes);
    for (size_t i = 0; i < n; ++i) {
        if (offsets[i] > offsets[i + 1] || offsets[i + 1] > bytes)
            in.fail("is damaged: a text dictionary's offsets are out of order");
        dict.push_back({text + offsets[i], static_cast<size_t>(offsets[i + 1] - offsets[i])});
    }
    return dict;
}

// A column with its rows (rows = false: only its name, type and text dictionary).
void writeColumn(ByteWriter& out, const Column& c, bool rows)
{
    out.text(c.name());
    out.put<uint8_t>(static_cast<uint8_t>(c.type()));
    out.put<uint64_t>(rows ? c.size() : 0);
    if (rows) {
        const Bitset& valid = c.validity();
        out.put<uint64_t>(valid.wordCount());
        out.bytes(valid.words(), valid.wordCount() * 8);
        switch (c.type()) {
        case DataType::Int:
        case DataType::Timestamp: out.vec(c.ints()); break;
        case DataType::Double: out.vec(c.doubles()); break;
        case DataType::Bool: out.vec(c.bools()); break;
        case DataType::Date:
        case DataType::String: out.vec(c.codes()); break;
        }
    }
    if (c.type() == DataType::String)
        writeDict(out, c.dict());
}

Column readColumn(ByteReader& in)
{
    std::string name = in.text();
    const DataType type = readType(in);
    const size_t rows = static_cast<size_t>(in.get<uint64_t>());
    Bitset valid(rows, true);
    auto checkRows = [&](size_t n) {
        if (n != rows)
            in.fail("is damaged: column '" + name + "' has " + std::to_string(n) + " values for " +
                    std::to_string(rows) + " rows");
    };
    std::vector<int64_t> ints;
    std::vector<double> doubles;
    std::vector<uint8_t> bools;
    std::vector<int32_t> codes;
    if (rows) {
        const size_t words = in.count(8);
        if (words != valid.wordCount())
            in.fail("is damaged: column '" + name + "' has a validity map of the wrong size");
        std::memcpy(valid.words(), in.take(words * 8), words * 8);
        switch (type) {
        case DataType::Int:
        case DataType::Timestamp: ints = in.vec<int64_t>(); checkRows(ints.size()); break;
        case DataType::Double: doubles = in.vec<double>(); checkRows(doubles.size()); break;
        case DataType::Bool: bools = in.vec<uint8_t>(); checkRows(bools.size()); break;
        case DataType::Date:
        case DataType::String: codes = in.vec<int32_t>(); checkRows(codes.size()); break;
        }
    }
    switch (type) {
    case DataType::Int:
    case DataType::Timestamp: return Column::fromInts(std::move(name), type, std::move(ints), std::move(valid));
    case DataType::Double: return Column::fromDoubles(std::move(name), std::move(doubles), std::move(valid));
    case DataType::Bool: return Column::fromBools(std::move(name), std::move(bools), std::move(valid));
    case DataType::Date: return Column::fromDates(std::move(name), std::move(codes), std::move(valid));
    case DataType::String: {
        StringDict dict = readDict(in);
        for (int32_t code : codes)
            if (code < 0 || static_cast<size_t>(code) >= std::max<size_t>(1, dict.size()))
                in.fail("is damaged: column '" + name + "' refers to text outside its dictionary");
        return Column::fromStrings(std::move(name), std::move(codes), std::move(dict), std::move(valid));
    }
    }
    in.fail("is damaged: unknown column type");
}

void writeValue(ByteWriter& out, const Value& v)
{
    out.put<uint8_t>(static_cast<uint8_t>(v.type));
    out.put<uint8_t>(v.null ? 1 : 0);
    out.put<int64_t>(v.i);
    out.put<double>(v.d);
    out.text(v.s);
}

Value readValue(ByteReader& in)
{
    Value v;
    v.type = readType(in);
    v.null = in.get<uint8_t>() != 0;
    v.i = in.get<int64_t>();
    v.d = in.get<double>();
    v.s = in.text();
    return v;
}

void writeReport(ByteWriter& out, const ImportReport& r)
{
    out.text(r.path);
    out.put<uint64_t>(r.dataRows);
    out.put<uint64_t>(r.rows);
    out.put<uint64_t>(r.rejected);
    out.put<uint64_t>(r.duplicateKeys);
    out.put<uint64_t>(r.unknownKeys);
}

ImportReport readReport(ByteReader& in, bool events)
{
    ImportReport r;
    r.isEvents = events;
    r.path = in.text();
    r.dataRows = static_cast<size_t>(in.get<uint64_t>());
    r.rows = static_cast<size_t>(in.get<uint64_t>());
    r.rejected = static_cast<size_t>(in.get<uint64_t>());
    r.duplicateKeys = static_cast<size_t>(in.get<uint64_t>());
    r.unknownKeys = static_cast<size_t>(in.get<uint64_t>());
    return r;
}

} // namespace

void writeDataset(ByteWriter& out, const Dataset& data)
{
    out.put(kSectionData);
    out.put<uint64_t>(data.customers.rows());
    out.put<int32_t>(data.customers.keyColumn);
    out.put<uint64_t>(data.customers.table.columns.size());
    for (const Column& c : data.customers.table.columns)
        writeColumn(out, c, true);
    writeReport(out, data.customersReport);
    out.text(data.eventsError);
    out.put<uint8_t>(data.events ? 1 : 0);
    if (data.events) {
        // The events themselves live on in the engine's stored events; only the schema (and
        // the event types' dictionary, which names the known types) is needed again.
        const EventTable& ev = *data.events;
        out.put<int32_t>(ev.timeColumn);
        out.put<int32_t>(ev.typeColumn);
        out.put<int32_t>(ev.keyColumn);
        out.put<uint64_t>(ev.table.columns.size());
        for (const Column& c : ev.table.columns)
            writeColumn(out, c, false);
    }
    out.put<uint8_t>(data.eventsReport ? 1 : 0);
    if (data.eventsReport)
        writeReport(out, *data.eventsReport);
}

Dataset readDataset(ByteReader& in)
{
    expectSection(in, kSectionData, "data");
    Dataset data;
    data.customers.table.rows = static_cast<size_t>(in.get<uint64_t>());
    data.customers.keyColumn = in.get<int32_t>();
    const size_t columns = in.count(16);
    for (size_t i = 0; i < columns; ++i) {
        data.customers.table.columns.push_back(readColumn(in));
        if (data.customers.table.columns.back().size() != data.customers.table.rows)
            in.fail("is damaged: a customer column has the wrong number of rows");
    }
    if (data.customers.keyColumn < 0 || static_cast<size_t>(data.customers.keyColumn) >= columns)
        in.fail("is damaged: the customers' key column is out of range");
    data.customersReport = readReport(in, false);
    data.eventsError = in.text();
    if (in.get<uint8_t>()) {
        EventTable ev;
        ev.timeColumn = in.get<int32_t>();
        ev.typeColumn = in.get<int32_t>();
        ev.keyColumn = in.get<int32_t>();
        const size_t n = in.count(16);
        for (size_t i = 0; i < n; ++i)
            ev.table.columns.push_back(readColumn(in));
        const auto inRange = [&](int c, bool optional) { return (optional && c == -1) || (c >= 0 && static_cast<size_t>(c) < n); };
        if (!inRange(ev.timeColumn, false) || !inRange(ev.keyColumn, false) || !inRange(ev.typeColumn, true))
            in.fail("is damaged: the events' time, key or type column is out of range");
        ev.offsets.assign(data.customers.rows() + 1, 0);
        data.events = std::move(ev);
    }
    if (in.get<uint8_t>())
        data.eventsReport = readReport(in, true);
    return data;
}

struct LiveCheckpointAccess {
    static void writeEngine(ByteWriter& out, const LiveEngine& e)
    {
        out.put(kSectionEngine);
        out.put<int32_t>(e.clock_);
        out.put<uint64_t>(e.customers_);
        out.put<uint64_t>(e.importedCustomers());
        // Created customers: their keys, in row order (restored through createCustomer).
        out.put<uint64_t>(e.createdCustomers());
        for (size_t r = e.importedCustomers(); r < e.customers_; ++r)
            out.text(e.keyText(static_cast<uint32_t>(r)));
        out.put<uint64_t>(e.storedEvents_);
        out.vec(e.member_.words_);
        out.vec(e.member_.bytes_);
        out.put<uint64_t>(e.derived_.size());
        for (const DerivedStore& d : e.derived_) {
            out.put<uint8_t>(static_cast<uint8_t>(d.type_));
            out.vec(d.valid_.words_);
            if (d.type_ == DataType::String)
                out.texts(d.strings_);
            else
                out.vec(d.raw_);
        }
        for (const auto& t : e.tops_) {
            out.put<uint8_t>(t ? 1 : 0);
            if (!t)
                continue;
            out.vec(t->raw_);
            out.texts(t->strings_);
            out.vec(t->inTree_);
            out.vec(t->member_);
            out.put<uint64_t>(t->k_);
        }
        out.put<uint64_t>(e.stride_);
        for (const EventList& list : e.events_) {
            const auto n = static_cast<uint32_t>(list.size());
            out.put(n);
            if (n)
                out.bytes(reinterpret_cast<const char*>(&list.head(0, e.stride_)), n * e.stride_);
        }
        // Profile updates, by row (sorted: the same state writes the same bytes).
        std::vector<uint32_t> rows;
        rows.reserve(e.profiles_.size());
        for (const auto& [row, values] : e.profiles_)
            rows.push_back(row);
        std::sort(rows.begin(), rows.end());
        out.put<uint64_t>(rows.size());
        for (uint32_t row : rows) {
            const auto& values = e.profiles_.at(row);
            out.put(row);
            out.put<uint64_t>(values.size());
            for (const Value& v : values)
                writeValue(out, v);
        }
        out.vec(e.scheduled_);
    }

    static void readEngine(ByteReader& in, LiveEngine& e)
    {
        expectSection(in, kSectionEngine, "engine");
        const auto mismatch = [&](const std::string& what) {
            in.fail("does not fit this graph and data: " + what);
        };
        if (in.get<int32_t>() != e.clock_)
            mismatch("the engine's clock differs");
        const auto customers = in.get<uint64_t>();
        if (in.get<uint64_t>() != e.importedCustomers())
            mismatch("the number of imported customers differs");
        const size_t created = in.count(8);
        for (size_t i = 0; i < created; ++i) {
            const std::string key = in.text();
            std::string problem;
            if (!e.createCustomer(key, &problem))
                in.fail("is damaged: created customer '" + key + "' cannot be restored (" + problem + ")");
        }
        if (customers != e.customers_)
            mismatch("the number of customers differs");
        e.storedEvents_ = in.get<uint64_t>();
        auto words = in.vec<uint64_t>();
        auto bytes = in.vec<uint8_t>();
        if (words.size() != e.member_.words_.size() || bytes.size() != e.member_.bytes_.size())
            mismatch("the graph's set nodes differ");
        e.member_.words_ = std::move(words);
        e.member_.bytes_ = std::move(bytes);
        if (in.get<uint64_t>() != e.derived_.size())
            mismatch("the graph's derived columns differ");
        for (DerivedStore& d : e.derived_) {
            if (readType(in) != d.type_)
                mismatch("a derived column's type differs");
            auto valid = in.vec<uint64_t>();
            if (valid.size() != d.valid_.words_.size())
                mismatch("a derived column's size differs");
            d.valid_.words_ = std::move(valid);
            if (d.type_ == DataType::String) {
                auto strings = in.texts();
                if (strings.size() != d.strings_.size())
                    mismatch("a derived column's size differs");
                d.strings_ = std::move(strings);
            } else {
                auto raw = in.vec<uint64_t>();
                if (raw.size() != d.raw_.size())
                    mismatch("a derived column's size differs");
                d.raw_ = std::move(raw);
            }
        }
        for (auto& t : e.tops_) {
            if ((in.get<uint8_t>() != 0) != (t != nullptr))
                mismatch("the graph's top nodes differ");
            if (!t)
                continue;
            auto raw = in.vec<uint64_t>();
            auto strings = in.texts();
            auto inTree = in.vec<uint8_t>();
            auto member = in.vec<uint8_t>();
            if (raw.size() != t->raw_.size() || strings.size() != t->strings_.size() ||
                inTree.size() != t->inTree_.size() || member.size() != t->member_.size())
                mismatch("a top node's size differs");
            t->raw_ = std::move(raw);
            t->strings_ = std::move(strings);
            t->inTree_ = std::move(inTree);
            t->member_ = std::move(member);
            t->k_ = static_cast<size_t>(in.get<uint64_t>());
            t->tree_.clear();
            for (uint32_t r = 0; r < t->inTree_.size(); ++r)
                if (t->inTree_[r])
                    t->tree_.insert(t->entryOf(r));
            if (t->k_ > t->tree_.size())
                in.fail("is damaged: a top node's cut is larger than its candidates");
        }
        if (in.get<uint64_t>() != e.stride_)
            mismatch("the event columns the graph keeps differ");
        for (EventList& list : e.events_) {
            const auto n = in.get<uint32_t>();
            list.truncate(0);
            if (!n)
                continue;
            const char* records = in.take(static_cast<size_t>(n) * e.stride_);
            const size_t kept = (e.stride_ - sizeof(StoredEventHead)) / 8;
            for (uint32_t i = 0; i < n; ++i) {
                const char* r = records + static_cast<size_t>(i) * e.stride_;
                StoredEventHead head;
                std::memcpy(&head, r, sizeof head);
                uint64_t values[32];
                std::memcpy(values, r + sizeof head, kept * 8);
                list.push(head, values, kept, e.stride_);
            }
        }
        e.profiles_.clear();
        const size_t profiled = in.count(12);
        for (size_t i = 0; i < profiled; ++i) {
            const auto row = in.get<uint32_t>();
            if (row >= e.customers_)
                in.fail("is damaged: a profile update names row " + std::to_string(row));
            const size_t n = in.count(19);
            if (n != static_cast<size_t>(e.bound_.customerColumns))
                mismatch("the customers' columns differ");
            auto& values = e.profiles_[row];
            values.clear();
            for (size_t c = 0; c < n; ++c)
                values.push_back(readValue(in));
        }
        auto scheduled = in.vec<int32_t>();
        if (scheduled.size() != e.scheduled_.size())
            mismatch("the number of customers differs");
        e.scheduled_ = std::move(scheduled);
        // The deadline queue again from each customer's day (superseded entries the queue had
        // are skipped when popped anyway, so this orders the same days the same way).
        decltype(e.deadlines_) deadlines;
        for (uint32_t r = 0; r < e.scheduled_.size(); ++r)
            if (e.scheduled_[r] != live_detail::kNoDeadline)
                deadlines.emplace(e.scheduled_[r], r);
        e.deadlines_ = std::move(deadlines);
    }

    static void writeIntake(ByteWriter& out, const LiveIntake& in)
    {
        out.put(kSectionIntake);
        const LiveCounters& c = in.counters_;
        for (uint64_t v : {c.messages, c.events, c.profiles, c.duplicates, c.deadLettered, c.unknownCustomers,
                           c.createdCustomers, c.unknownEventTypes, c.tooLate, c.tooEarly, c.changes, c.idsForgotten})
            out.put(v);
        out.put<uint64_t>(c.perSegment.size());
        for (const auto& [segment, counts] : c.perSegment) {
            out.text(segment);
            out.put(counts.first);
            out.put(counts.second);
        }
        out.vec(in.seenIds_.slots_);
        out.text(in.seenIds_.arena_);
        out.put<uint64_t>(in.seenIds_.size_);
        out.put<uint64_t>(in.insertsSincePrune_);
    }

    static void readIntake(ByteReader& r, LiveIntake& in)
    {
        expectSection(r, kSectionIntake, "intake");
        LiveCounters& c = in.counters_;
        for (uint64_t* v : {&c.messages, &c.events, &c.profiles, &c.duplicates, &c.deadLettered, &c.unknownCustomers,
                            &c.createdCustomers, &c.unknownEventTypes, &c.tooLate, &c.tooEarly, &c.changes, &c.idsForgotten})
            *v = r.get<uint64_t>();
        c.perSegment.clear();
        const size_t segments = r.count(24);
        for (size_t i = 0; i < segments; ++i) {
            std::string id = r.text();
            const auto enters = r.get<uint64_t>();
            c.perSegment[id] = {enters, r.get<uint64_t>()};
        }
        using Slot = decltype(in.seenIds_.slots_)::value_type;
        auto slots = r.vec<Slot>();
        std::string arena = r.text();
        const auto size = r.get<uint64_t>();
        size_t used = 0;
        for (const Slot& s : slots) {
            if (s.hash == 0)
                continue;
            ++used;
            if (s.offset + s.length > arena.size())
                r.fail("is damaged: the de-duplication window refers to text outside it");
        }
        if (used != size || (!slots.empty() && (slots.size() & (slots.size() - 1)) != 0))
            r.fail("is damaged: the de-duplication window's table is inconsistent");
        in.seenIds_.slots_ = std::move(slots);
        in.seenIds_.arena_ = std::move(arena);
        in.seenIds_.size_ = static_cast<size_t>(size);
        in.insertsSincePrune_ = static_cast<size_t>(r.get<uint64_t>());
    }

    static LiveClockMode setMode(LiveIntake& in, LiveClockMode mode) { return std::exchange(in.options_.clock, mode); }
};

void writeEngineState(ByteWriter& out, const LiveEngine& engine) { LiveCheckpointAccess::writeEngine(out, engine); }
void readEngineState(ByteReader& in, LiveEngine& engine) { LiveCheckpointAccess::readEngine(in, engine); }
void writeIntakeState(ByteWriter& out, const LiveIntake& intake) { LiveCheckpointAccess::writeIntake(out, intake); }
void readIntakeState(ByteReader& in, LiveIntake& intake) { LiveCheckpointAccess::readIntake(in, intake); }
LiveClockMode setIntakeClockMode(LiveIntake& intake, LiveClockMode mode) { return LiveCheckpointAccess::setMode(intake, mode); }

} // namespace seg
