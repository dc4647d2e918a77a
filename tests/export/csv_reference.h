#pragma once
// Simple reference implementations of the CSV export for the tests of its fast paths: the
// quoting rules byte by byte, key order by a stable sort, whole files cell by cell from
// Column::textAt; and a generator of tables full of awkward values.
#include "data/table.h"
#include "export/csv_export.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace seg::test {

using DerivedMap = std::map<std::string, std::shared_ptr<const Column>, std::less<>>;

// The quoting rules of docs/segment-graph.md section 6, one byte at a time.
inline std::string referenceCell(std::string_view s, char delimiter, bool spreadsheetSafe)
{
    const bool guard = spreadsheetSafe && !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos;
    bool quote = s.empty() || s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t';
    for (const char c : s)
        quote = quote || c == delimiter || c == '"' || c == '\n' || c == '\r';
    std::string out;
    if (quote)
        out += '"';
    if (guard)
        out += '\'';
    for (const char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quote)
        out += '"';
    return out;
}

// Strings made of pieces that trip quoting, formula guards and the 8/16-byte blocks of the
// fast copy: lengths from 0 to about 100, special bytes at every position.
inline std::vector<std::string> trickyStrings(size_t count, uint64_t seed)
{
    static const std::vector<std::string> pieces = {
        "", " ", "a", "\"", ",", ";", "\n", "\r", "\t", "|", "=", "+", "-", "@", "'", "x",
        "\xC3\xA9", "\xE6\x97\xA5\xE6\x9C\xAC", "\xF0\x9F\x98\x80", "0123456789abcdef", "plain.name@example.com",
    };
    std::mt19937_64 rng(seed);
    std::vector<std::string> out;
    for (size_t i = 0; i < count; ++i) {
        std::string s;
        const size_t n = rng() % 9;
        for (size_t k = 0; k < n; ++k)
            s += pieces[rng() % pieces.size()];
        out.push_back(std::move(s));
    }
    // One special byte at each position of an otherwise plain string.
    for (const char special : std::string(",;\"\n\r\t| ")) {
        for (size_t len = 1; len <= 40; ++len) {
            for (size_t at = 0; at < len; ++at) {
                std::string s(len, 'k');
                s[at] = special;
                out.push_back(std::move(s));
            }
        }
    }
    return out;
}

inline Column intColumn(std::string name, const std::vector<std::optional<int64_t>>& values, DataType type = DataType::Int)
{
    Column c(std::move(name), type);
    for (const auto& v : values)
        v ? c.appendInt(*v) : c.appendNull();
    return c;
}

inline CustomerTable makeCustomers(std::vector<Column> columns)
{
    CustomerTable t;
    t.table.rows = columns.front().size();
    t.table.columns = std::move(columns);
    t.keyColumn = 0;
    return t;
}

enum class KeyShape { Ascending, Shuffled, WithNulls };

// A customer table of n rows whose every column has NULLs and awkward values.
inline CustomerTable trickyTable(size_t n, KeyShape shape, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<std::optional<int64_t>> keys(n);
    for (size_t i = 0; i < n; ++i)
        keys[i] = static_cast<int64_t>(i / 3) * 7 - 1000; // ties: equal keys keep row order
    if (shape != KeyShape::Ascending)
        std::shuffle(keys.begin(), keys.end(), rng);
    if (shape == KeyShape::WithNulls)
        for (size_t i = 0; i < n; i += 97)
            keys[i] = std::nullopt;

    const std::vector<std::string> words = trickyStrings(3000, seed + 1);
    Column text("text", DataType::String);
    Column unique("unique_text", DataType::String); // one dictionary entry per row, like e-mails
    Column spend("spend", DataType::Double);
    Column joined("joined", DataType::Date);
    Column seen("seen", DataType::Timestamp);
    Column active("active", DataType::Bool);
    const double specials[] = {0.0, -0.0, 1e5, 123456.0, 1e-4, 5e-4, 0.001, 99999.9999, 68719476736.0, 1e21,
                               -1e-300, std::numeric_limits<double>::infinity(), std::nan("")};
    for (size_t i = 0; i < n; ++i) {
        rng() % 11 == 0 ? text.appendNull() : text.appendString(words[rng() % words.size()]);
        if (rng() % 13 == 0)
            unique.appendNull();
        else
            unique.appendString("user" + std::to_string(i) + (i % 5 == 0 ? ",\"x\"@example.org" : "@example.com"));
        switch (rng() % 6) {
        case 0: spend.appendNull(); break;
        case 1: spend.appendDouble(std::bit_cast<double>(rng())); break;
        case 2: spend.appendDouble(specials[rng() % std::size(specials)]); break;
        default: spend.appendDouble(static_cast<double>(static_cast<int64_t>(rng() % 20000000) - 10000000) / 100.0);
        }
        rng() % 7 == 0 ? joined.appendNull() : joined.appendDate(static_cast<int32_t>(rng() % 80000) - 30000);
        rng() % 7 == 0 ? seen.appendNull()
                       : seen.appendInt(static_cast<int64_t>(rng() % 4000000000000000ULL) - 1000000000000000LL);
        rng() % 5 == 0 ? active.appendNull() : active.appendBool(rng() % 2);
    }
    text.finish();
    unique.finish();
    return makeCustomers({intColumn("customer_id", keys), std::move(text), std::move(unique), std::move(spend),
                          std::move(joined), std::move(seen), std::move(active)});
}

// Member rows by key: numeric order, NULL keys last, equal keys in row order.
inline std::vector<uint32_t> referenceKeyOrder(const Column& key, const Bitset& members)
{
    std::vector<uint32_t> rows;
    members.forEach([&](size_t r) { rows.push_back(static_cast<uint32_t>(r)); });
    std::stable_sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {
        if (key.isNull(a) || key.isNull(b))
            return !key.isNull(a) && key.isNull(b);
        return key.numericAt(a) < key.numericAt(b);
    });
    return rows;
}

// The whole file, built cell by cell from Column::textAt and referenceCell.
inline std::string referenceExport(const CustomerTable& t, const DerivedMap& derived, const Bitset& members,
                            const ExportOptions& o)
{
    std::vector<const Column*> columns;
    for (const std::string& name : o.columns) {
        const Column* c = t.table.find(name);
        columns.push_back(c ? c : derived.at(name).get());
    }
    const std::string lineEnd = o.crlf ? "\r\n" : "\n";
    std::string out = o.bom ? "\xEF\xBB\xBF" : "";
    for (size_t c = 0; c < columns.size(); ++c)
        out += (c ? std::string(1, o.delimiter) : "") + referenceCell(o.columns[c], o.delimiter, o.spreadsheetSafe);
    out += lineEnd;
    for (const uint32_t r : referenceKeyOrder(t.key(), members)) {
        for (size_t c = 0; c < columns.size(); ++c) {
            if (c)
                out += o.delimiter;
            if (columns[c]->isNull(r))
                continue;
            const std::string cell = columns[c]->textAt(r);
            out += columns[c]->type() == DataType::String ? referenceCell(cell, o.delimiter, o.spreadsheetSafe) : cell;
        }
        out += lineEnd;
    }
    return out;
}

inline Bitset someMembers(size_t n, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    Bitset b(n);
    for (size_t r = 0; r < n; ++r)
        if (rng() % 10 < 6)
            b.set(r);
    return b;
}

} // namespace seg::test
