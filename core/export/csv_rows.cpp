#include "export/csv_rows.h"

#include "export/atomic_text_file.h"
#include "export/key_order.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__) // every x86-64 has SSE2: no runtime dispatch needed
#include <emmintrin.h>
#endif

namespace seg::csv {

namespace {

bool startsLikeFormula(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

bool isQuoteTrigger(char c, char delimiter) { return c == delimiter || c == '"' || c == '\n' || c == '\r'; }

#if defined(__SSE2__)
__m128i quoteTriggers(__m128i v, __m128i delimiter)
{
    const __m128i a = _mm_or_si128(_mm_cmpeq_epi8(v, delimiter), _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    const __m128i b = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
    return _mm_or_si128(a, b);
}
#endif

// Copies s[0, n) to p and tells whether any byte forces quoting. Most cells need no quotes, so
// checking while copying, 16 bytes at a time, replaces a byte loop plus a memcpy. Loads and
// stores stay inside both ranges (the last block overlaps the one before instead of reading
// past the end of the string).
bool copyFindingQuoteTriggers(char* p, const char* s, size_t n, char delimiter)
{
#if defined(__SSE2__)
    const __m128i d = _mm_set1_epi8(delimiter);
    if (n >= 16) {
        __m128i hits = _mm_setzero_si128();
        size_t i = 0;
        for (; i + 16 <= n; i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(p + i), v);
            hits = _mm_or_si128(hits, quoteTriggers(v, d));
        }
        if (i < n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + n - 16));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(p + n - 16), v);
            hits = _mm_or_si128(hits, quoteTriggers(v, d));
        }
        return _mm_movemask_epi8(hits) != 0;
    }
    if (n >= 8) { // two overlapping 8-byte words cover the cell
        uint64_t head, tail;
        std::memcpy(&head, s, 8);
        std::memcpy(&tail, s + n - 8, 8);
        std::memcpy(p, &head, 8);
        std::memcpy(p + n - 8, &tail, 8);
        const __m128i v = _mm_set_epi64x(static_cast<long long>(tail), static_cast<long long>(head));
        return _mm_movemask_epi8(quoteTriggers(v, d)) != 0;
    }
#endif
    bool hit = false;
    for (size_t i = 0; i < n; ++i) {
        p[i] = s[i];
        hit |= isQuoteTrigger(s[i], delimiter);
    }
    return hit;
}

// The general form of a text cell (the reference the fast path in writeTextCell must match).
char* writeQuotedText(char* p, std::string_view s, char delimiter, bool spreadsheetSafe)
{
    const bool guard = spreadsheetSafe && !s.empty() && startsLikeFormula(s.front());
    bool quote = s.empty() || s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t';
    for (size_t i = 0; i < s.size() && !quote; ++i)
        quote = isQuoteTrigger(s[i], delimiter);
    if (quote)
        *p++ = '"';
    if (guard)
        *p++ = '\'';
    for (const char c : s) {
        if (c == '"')
            *p++ = '"';
        *p++ = c;
    }
    if (quote)
        *p++ = '"';
    return p;
}

} // namespace

char* RowBuffer::grow(char* p, size_t n)
{
    const size_t used = static_cast<size_t>(p - data_.get());
    const size_t capacity = std::max({capacity_ * 2, used + n, size_t{1} << 16});
    auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
    if (used)
        std::memcpy(bigger.get(), data_.get(), used);
    data_ = std::move(bigger);
    capacity_ = capacity;
    return data_.get() + used;
}

char* writeTextCell(char* p, std::string_view s, char delimiter, bool spreadsheetSafe)
{
    if (s.empty())
        return writeQuotedText(p, s, delimiter, spreadsheetSafe);
    const char first = s.front(), last = s.back();
    bool general = first == ' ' || first == '\t' || last == ' ' || last == '\t'
        || (spreadsheetSafe && startsLikeFormula(first));
    general |= copyFindingQuoteTriggers(p, s.data(), s.size(), delimiter);
    return general ? writeQuotedText(p, s, delimiter, spreadsheetSafe) : p + s.size();
}

RowFormatter::RowFormatter(std::vector<const Column*> columns, char delimiter, bool spreadsheetSafe,
                           std::string_view lineEnd, size_t rowCount, const Column* orderKey)
    : columns_(std::move(columns)), written_(columns_.size()), delimiter_(delimiter), spreadsheetSafe_(spreadsheetSafe),
      crlf_(lineEnd == "\r\n")
{
    if (orderKey) {
        orderKey_ = static_cast<size_t>(std::find(columns_.begin(), columns_.end(), orderKey) - columns_.begin());
        if (orderKey_ == columns_.size())
            columns_.push_back(orderKey); // gathered, not written
    }
    tables_.resize(columns_.size());
    for (size_t c = 0; c < columns_.size(); ++c) {
        const Column& column = *columns_[c];
        types_.push_back(column.type());
        switch (column.type()) {
        case DataType::Int: cells_.push_back(Cell::Int); break;
        case DataType::Timestamp: cells_.push_back(Cell::Timestamp); break;
        case DataType::Double: cells_.push_back(Cell::Double); break;
        case DataType::Bool: cells_.push_back(Cell::Bool); break;
        case DataType::Date: cells_.push_back(Cell::Date); break;
        case DataType::String:
            // Names, countries, tiers: formatting each distinct value once beats checking
            // it for quotes on every row. Unique values (e-mails) are formatted per row.
            if (c < written_ && column.dict().size() <= rowCount / 8) {
                tables_[c] = tabulate(column, delimiter, spreadsheetSafe);
                if (!tables_[c].starts.empty()) {
                    cells_.push_back(Cell::TabledText);
                    break;
                }
            }
            cells_.push_back(Cell::Text);
            break;
        }
    }
}

RowFormatter::CellTable RowFormatter::tabulate(const Column& column, char delimiter, bool spreadsheetSafe)
{
    CellTable table;
    const StringDict& dict = column.dict();
    size_t room = CellTable::kSlack;
    for (const std::string_view s : dict)
        room += textCellRoom(s.size());
    if (room > (size_t{1} << 30)) // offsets are 32-bit; such dictionaries are not small anyway
        return table;
    table.bytes.resize(room);
    table.starts.reserve(dict.size() + 1);
    char* p = table.bytes.data();
    for (const std::string_view s : dict) {
        table.starts.push_back(static_cast<uint32_t>(p - table.bytes.data()));
        char* end = writeTextCell(p, s, delimiter, spreadsheetSafe);
        table.longest = std::max(table.longest, static_cast<size_t>(end - p));
        p = end;
    }
    table.starts.push_back(static_cast<uint32_t>(p - table.bytes.data()));
    return table;
}

void RowFormatter::gather(size_t c, const uint32_t* rows, size_t n, RowScratch& scratch) const
{
    const Column& column = *columns_[c];
    uint8_t* nulls = scratch.nulls.data() + c * kBlockRows;
    if (column.hasNulls()) {
        const Bitset& valid = column.validity();
        for (size_t k = 0; k < n; ++k)
            nulls[k] = !valid.test(rows[k]);
    } else {
        std::memset(nulls, 0, n);
    }
    uint64_t* numbers = scratch.numbers.data() + c * kBlockRows;
    switch (column.type()) {
    case DataType::Int:
    case DataType::Timestamp: {
        const int64_t* values = column.ints().data();
        for (size_t k = 0; k < n; ++k)
            numbers[k] = static_cast<uint64_t>(values[rows[k]]);
        break;
    }
    case DataType::Double: {
        const double* values = column.doubles().data();
        for (size_t k = 0; k < n; ++k)
            numbers[k] = std::bit_cast<uint64_t>(values[rows[k]]);
        break;
    }
    case DataType::Bool: {
        const uint8_t* values = column.bools().data();
        for (size_t k = 0; k < n; ++k)
            numbers[k] = values[rows[k]];
        break;
    }
    case DataType::Date: {
        const int32_t* values = column.codes().data();
        for (size_t k = 0; k < n; ++k)
            numbers[k] = static_cast<uint64_t>(static_cast<int64_t>(values[rows[k]]));
        break;
    }
    case DataType::String: {
        if (cells_[c] == Cell::TabledText) { // codes only: the cell table has the text
            const int32_t* codes = column.codes().data();
            for (size_t k = 0; k < n; ++k)
                numbers[k] = static_cast<uint32_t>(codes[rows[k]]);
            break;
        }
        std::string_view* texts = scratch.texts.data() + c * kBlockRows;
        const int32_t* codes = column.codes().data();
        const StringDict& dict = column.dict();
        if (column.hasNulls()) { // a column of NULLs only may have an empty dictionary
            for (size_t k = 0; k < n; ++k)
                texts[k] = nulls[k] ? std::string_view() : dict[static_cast<size_t>(codes[rows[k]])];
        } else {
            for (size_t k = 0; k < n; ++k)
                texts[k] = dict[static_cast<size_t>(codes[rows[k]])];
        }
#if defined(__GNUC__)
        // The rows' texts are scattered over the dictionary's arena (rows in any order): ask
        // for them now, so the misses overlap with gathering the other columns.
        for (size_t k = 0; k < n; ++k) {
            __builtin_prefetch(texts[k].data());
            __builtin_prefetch(texts[k].data() + texts[k].size());
        }
#endif
        break;
    }
    }
}

size_t RowFormatter::rowBytesEstimate() const
{
    size_t bytes = 2; // line end
    for (size_t c = 0; c < written_; ++c) {
        switch (cells_[c]) {
        case Cell::Int: bytes += 21; break;
        case Cell::Timestamp: bytes += 28; break;
        case Cell::Double: bytes += 25; break;
        case Cell::Bool: bytes += 6; break;
        case Cell::Date: bytes += 11; break;
        case Cell::Text: bytes += 64; break;
        case Cell::TabledText: bytes += tables_[c].longest + 1; break;
        }
    }
    return bytes;
}

KeyRun RowFormatter::format(const uint32_t* rows, size_t n, RowScratch& scratch, RowBuffer& out) const
{
    KeyRun run;
    const size_t columnCount = columns_.size();
    const size_t slots = columnCount * kBlockRows;
    if (scratch.nulls.size() < slots) {
        scratch.nulls.resize(slots);
        scratch.numbers.resize(slots);
        scratch.texts.resize(slots);
    }
    char* p = out.begin(0);
    for (size_t first = 0; first < n; first += kBlockRows) {
        const size_t m = std::min(kBlockRows, n - first);
        for (size_t c = 0; c < columnCount; ++c)
            gather(c, rows + first, m, scratch);
        if (orderKey_ != SIZE_MAX) {
            const uint64_t* raw = scratch.numbers.data() + orderKey_ * kBlockRows;
            const DataType type = types_[orderKey_];
            if (first == 0)
                run.first = run.last = sortableKey(type, raw[0]);
            for (size_t k = 0; k < m; ++k) {
                const uint64_t key = sortableKey(type, raw[k]);
                run.ascending &= key >= run.last;
                run.last = key;
            }
        }
        for (size_t k = 0; k < m; ++k) {
            for (size_t c = 0; c < written_; ++c) {
                const size_t i = c * kBlockRows + k;
                const Cell cell = cells_[c];
                const size_t room = cell == Cell::Text         ? textCellRoom(scratch.texts[i].size())
                                    : cell == Cell::TabledText ? tables_[c].longest + CellTable::kSlack
                                                               : text::kMaxNumberChars;
                p = out.room(p, 1 + room);
                if (c)
                    *p++ = delimiter_;
                if (scratch.nulls[i])
                    continue; // NULL: an empty field
                const uint64_t v = scratch.numbers[i];
                switch (cell) {
                case Cell::Text: p = writeTextCell(p, scratch.texts[i], delimiter_, spreadsheetSafe_); break;
                case Cell::TabledText: {
                    const CellTable& table = tables_[c];
                    const char* from = table.bytes.data() + table.starts[v];
                    const size_t size = table.starts[v + 1] - table.starts[v];
                    for (size_t j = 0; j < size; j += CellTable::kSlack) // whole moves, no memcpy call
                        std::memcpy(p + j, from + j, CellTable::kSlack);
                    p += size;
                    break;
                }
                case Cell::Int: p = text::writeInt(p, static_cast<int64_t>(v)); break;
                case Cell::Timestamp: p = text::writeTimestamp(p, static_cast<int64_t>(v)); break;
                case Cell::Double: p = text::writeDouble(p, std::bit_cast<double>(v)); break;
                case Cell::Bool:
                    if (v) {
                        std::memcpy(p, "true", 4);
                        p += 4;
                    } else {
                        std::memcpy(p, "false", 5);
                        p += 5;
                    }
                    break;
                case Cell::Date: p = text::writeDate(p, static_cast<int32_t>(static_cast<int64_t>(v))); break;
                }
            }
            p = out.room(p, 2);
            if (crlf_)
                *p++ = '\r';
            *p++ = '\n';
        }
    }
    out.end(p);
    return run;
}

} // namespace seg::csv
