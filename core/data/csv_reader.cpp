#include "data/csv_reader.h"

#include "util/error.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace seg {

namespace {

// Line breaks inside a quoted span: LF, CRLF and a lone CR each count once.
size_t countLineBreaks(const char* s, size_t n)
{
    size_t lines = 0;
    for (size_t i = 0; i < n; ++i) {
        if (s[i] == '\n')
            ++lines;
        else if (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n'))
            ++lines;
    }
    return lines;
}

std::FILE* openForReading(const std::filesystem::path& path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw Error(path.string() + ": is a directory, not a CSV file");
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        throw Error(path.string() + ": cannot open: " + std::strerror(errno));
    return f;
}

constexpr unsigned char kBom[] = {0xEF, 0xBB, 0xBF};

bool startsWithBom(const char* data, size_t size)
{
    return size >= 3 && std::memcmp(data, kBom, 3) == 0;
}

// For 64 bytes from p: bit i of `special` set when p[i] is the delimiter, a quote, CR or LF;
// of `unusual` when p[i] is NUL or not ASCII (what the import must look at more closely).
struct BlockMasks {
    uint64_t special;
    uint64_t unusual;
};

BlockMasks blockMasks(const char* p, char delimiter)
{
#if defined(__SSE2__)
    // SSE2 is part of x86-64 itself: no dispatch needed.
    const __m128i d = _mm_set1_epi8(delimiter);
    const __m128i q = _mm_set1_epi8('"');
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i zero = _mm_setzero_si128();
    uint64_t special = 0;
    uint64_t unusual = 0;
    for (int k = 0; k < 4; ++k) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, d), _mm_cmpeq_epi8(x, q)),
                                         _mm_or_si128(_mm_cmpeq_epi8(x, lf), _mm_cmpeq_epi8(x, cr)));
        special |= uint64_t{static_cast<uint16_t>(_mm_movemask_epi8(hit))} << (16 * k);
        // The sign bit is set for non-ASCII bytes; NUL bytes are made to look the same.
        const __m128i odd = _mm_or_si128(x, _mm_cmpeq_epi8(x, zero));
        unusual |= uint64_t{static_cast<uint16_t>(_mm_movemask_epi8(odd))} << (16 * k);
    }
    return {special, unusual};
#else
    uint64_t special = 0;
    uint64_t unusual = 0;
    for (int i = 0; i < 64; ++i) {
        const char c = p[i];
        special |= uint64_t{c == delimiter || c == '"' || c == '\n' || c == '\r'} << i;
        unusual |= uint64_t{c == '\0' || static_cast<unsigned char>(c) >= 0x80} << i;
    }
    return {special, unusual};
#endif
}

std::vector<CsvReader::Block>& blockPool()
{
    thread_local std::vector<CsvReader::Block> pool;
    return pool;
}

} // namespace

// Splits the record at pos_ with one 64-byte mask of delimiters, quotes and line ends at a
// time, walking its set bits. A quote anywhere before the line end, a CR as the last byte in
// the buffer or a record running into the buffer's last 64 bytes hands the record to the
// general code, so the result is always the same as that code's.
bool CsvReader::parsePlainRecord(CsvRecord& record)
{
    const char* buf = buffer_.bytes.get();
    record.fields.clear();
    size_t fieldStart = pos_;
    uint64_t unusual = 0; // of the blocks before this one
    for (size_t block = pos_; block + 64 <= end_; block += 64) {
        const BlockMasks masks = blockMasks(buf + block, delimiter_);
        uint64_t mask = masks.special;
        while (mask != 0) {
            const size_t i = block + static_cast<size_t>(std::countr_zero(mask));
            mask &= mask - 1;
            const char c = buf[i];
            if (c == delimiter_) {
                record.fields.emplace_back(buf + fieldStart, i - fieldStart);
                fieldStart = i + 1;
                continue;
            }
            if (c == '"')
                return false;
            size_t next = i + 1;
            if (c == '\r') {
                if (next >= end_)
                    return false; // a CRLF pair may be cut by the buffer's end
                next += buf[next] == '\n';
            }
            record.fields.emplace_back(buf + fieldStart, i - fieldStart);
            // The record's bytes in this block are those below the line end.
            unusual |= masks.unusual & ((uint64_t{1} << (i - block)) - 1);
            record.plainBytes = unusual == 0;
            record.line = line_;
            record.raw = std::string_view(buf + pos_, i - pos_);
            record.offset = consumed_ - (end_ - pos_);
            ++line_;
            pos_ = next;
            return true;
        }
        unusual |= masks.unusual;
    }
    return false;
}

// First delimiter, CR or LF at or after `from` (or `end`): eight bytes per step, because this
// scan over unquoted fields is most of the reader's time.
inline size_t CsvReader::findSpecial(const char* buf, size_t from, size_t end) const
{
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    constexpr uint64_t kHighs = 0x8080808080808080ULL;
    const uint64_t delimiters = kOnes * static_cast<unsigned char>(delimiter_);
    auto zeroBytes = [](uint64_t x) { return (x - kOnes) & ~x & kHighs; }; // lowest set bit is exact
    size_t t = from;
    while (t + 8 <= end) {
        uint64_t w;
        std::memcpy(&w, buf + t, 8);
        const uint64_t hits = zeroBytes(w ^ delimiters) | zeroBytes(w ^ (kOnes * '\n')) | zeroBytes(w ^ (kOnes * '\r'));
        if (hits != 0) {
            if constexpr (std::endian::native == std::endian::little)
                return t + static_cast<size_t>(std::countr_zero(hits)) / 8;
            break; // big-endian: finish bytewise below
        }
        t += 8;
    }
    while (t < end && !isSpecial_[static_cast<unsigned char>(buf[t])])
        ++t;
    return t;
}

CsvReader::Block CsvReader::takeBlock(size_t size)
{
    if (size == kBlockSize) {
        std::vector<Block>& pool = blockPool();
        if (!pool.empty()) {
            Block block = std::move(pool.back());
            pool.pop_back();
            return block;
        }
    }
    return Block{std::unique_ptr<char[]>(new char[size]), size};
}

void CsvReader::giveBack(Block block)
{
    std::vector<Block>& pool = blockPool();
    if (block.bytes && block.size == kBlockSize && pool.size() < kPooledBlocks)
        pool.push_back(std::move(block));
}

char* CsvReader::storage()
{
    if (!fieldStorage_)
        fieldStorage_.reset(new char[buffer_.size]);
    return fieldStorage_.get();
}

CsvReader::CsvReader(const std::filesystem::path& path, char delimiter) : CsvReader(path, delimiter, 0, 1) {}

CsvReader::CsvReader(const std::filesystem::path& path, char delimiter, uint64_t startOffset, size_t startLine)
    : file_(openForReading(path)), path_(path), delimiter_(delimiter), consumed_(startOffset), line_(startLine)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    fileSize_ = ec ? 0 : static_cast<uint64_t>(size);
    if (startOffset > 0 && fseeko(file_, static_cast<off_t>(startOffset), SEEK_SET) != 0) {
        std::fclose(file_);
        throw Error(path.string() + ": cannot seek to byte " + std::to_string(startOffset));
    }
    buffer_ = takeBlock(kBlockSize);
    isSpecial_[static_cast<unsigned char>(delimiter_)] = true;
    isSpecial_[static_cast<unsigned char>('\n')] = true;
    isSpecial_[static_cast<unsigned char>('\r')] = true;
    try {
        fill();
    } catch (...) {
        std::fclose(file_);
        throw;
    }
    // Every byte order mark at the start goes (a file saved twice by a BOM-adding editor has
    // two; the second must not end up in the first column's name: issue 16 finding 11).
    while (startOffset == 0 && startsWithBom(buffer_.bytes.get() + pos_, end_ - pos_)) {
        pos_ += 3;
        hadBom_ = true;
    }
}

CsvReader::~CsvReader()
{
    if (file_)
        std::fclose(file_);
    giveBack(std::move(buffer_));
}

bool CsvReader::fill()
{
    char* buf = buffer_.bytes.get();
    if (pos_ > 0) {
        std::memmove(buf, buf + pos_, end_ - pos_);
        end_ -= pos_;
        pos_ = 0;
    }
    if (end_ == buffer_.size) { // one record longer than the buffer: grow instead of failing
        Block bigger = takeBlock(buffer_.size * 2);
        std::memcpy(bigger.bytes.get(), buf, end_);
        giveBack(std::exchange(buffer_, std::move(bigger)));
        buf = buffer_.bytes.get();
        fieldStorage_.reset(); // must be as large as the buffer: allocated again when needed
    }
    size_t want = buffer_.size - end_;
    if (readLimit_ > consumed_)
        want = std::min<uint64_t>(want, readLimit_ - consumed_);
    else if (readLimit_ != 0)
        // Past the limit, steps grow with the pending record: every refill parses the record
        // again from its start, so fixed small steps would make a long record quadratic.
        want = std::min(want, std::max(kStepPastLimit, end_));
    const size_t got = std::fread(buf + end_, 1, want, file_);
    if (got < want) {
        if (std::ferror(file_))
            throw Error(path_.string() + ": read error: " + std::strerror(errno));
        eof_ = true;
    }
    end_ += got;
    consumed_ += got;
    if (onBlock_)
        onBlock_(consumed_);
    return got > 0;
}

bool CsvReader::next(CsvRecord& record)
{
    for (;;) {
        switch (parseRecord(record)) {
        case Parse::Record: checkRecordSize(record); return true;
        case Parse::End: return false;
        case Parse::NeedMore: fill(); break;
        }
    }
}

void CsvReader::checkRecordSize(CsvRecord& record) const
{
    if (hitLimit_ && record.resumedNextLine) {
        if (record.quoteProblem == QuoteProblem::Unclosed)
            record.quoteProblem = QuoteProblem::UnclosedAtLimit;
        return;
    }
    if (!hitLimit_ && record.raw.size() <= limits_.maxRecordBytes)
        return;
    throw RecordTooLong(displayName(), record.line,
                        "a record longer than " + std::to_string(limits_.maxRecordBytes)
                            + " bytes, the record size limit (raise it with --max-record-bytes if the file really "
                              "has such records)");
}

void CsvReader::cutAtFirstLineEnd(CsvRecord& record, size_t recordEnd, size_t& p, size_t& lines) const
{
    const char* buf = buffer_.bytes.get();
    const size_t n = recordEnd - pos_;
    const void* lf = std::memchr(buf + pos_, '\n', n);
    const void* cr = std::memchr(buf + pos_, '\r', n);
    if (!lf && !cr)
        return; // one line: the record ends where it ends
    const char* first = !lf ? static_cast<const char*>(cr)
        : !cr               ? static_cast<const char*>(lf)
                            : std::min(static_cast<const char*>(lf), static_cast<const char*>(cr));
    const size_t e = static_cast<size_t>(first - buf);
    // The field the line end falls in keeps its bytes up to there; later fields are dropped.
    size_t k = fieldStarts_.size();
    while (k > 0 && fieldStarts_[k - 1] > e)
        --k;
    k = std::max<size_t>(k, 1);
    record.fields.resize(k - 1);
    const size_t start = std::min(fieldStarts_[k - 1], e);
    record.fields.emplace_back(buf + start, e - start);
    record.brokenField = std::min(record.brokenField, k - 1);
    record.resumedNextLine = true;
    p = e + 1;
    if (buf[e] == '\r' && p < end_ && buf[p] == '\n')
        ++p;
    lines = 1;
}

// Parses one record starting at pos_. Returns NeedMore (without consuming anything) when the
// record may continue past the bytes in the buffer, so the caller refills and parses again.
CsvReader::Parse CsvReader::parseRecord(CsvRecord& record)
{
    const char* buf = buffer_.bytes.get();
    hitLimit_ = false;

    // Blank lines carry no record; they are consumed right away (decision: skipped).
    for (;;) {
        if (pos_ >= end_)
            return eof_ ? Parse::End : Parse::NeedMore;
        const char c = buf[pos_];
        if (c == '\n') {
            ++pos_;
        } else if (c == '\r') {
            if (pos_ + 1 >= end_ && !eof_)
                return Parse::NeedMore;
            pos_ += (pos_ + 1 < end_ && buf[pos_ + 1] == '\n') ? 2 : 1;
        } else {
            break;
        }
        ++line_;
    }

    // A record is parsed as if the file ended maxRecordBytes after its start: what it is
    // never depends on how much more the buffer happens to hold.
    size_t end = end_;
    bool eof = eof_;
    if (end_ - pos_ > limits_.maxRecordBytes) {
        end = pos_ + static_cast<size_t>(limits_.maxRecordBytes);
        eof = true;
    }

    record.brokenQuote = false;
    record.quoteProblem = QuoteProblem::None;
    record.brokenField = 0;
    record.resumedNextLine = false;
    record.plainBytes = false;
    if (parsePlainRecord(record))
        return Parse::Record;
    record.fields.clear();
    fieldStarts_.clear();
    size_t p = pos_;
    size_t lines = 0;
    size_t stored = 0; // bytes of fieldStorage_ used by this record
    size_t recordEnd = p;

    auto markBroken = [&](QuoteProblem problem) {
        if (!record.brokenQuote) {
            record.brokenQuote = true;
            record.quoteProblem = problem;
            record.brokenField = record.fields.size();
        }
    };
    auto store = [&](const char* s, size_t n) {
        std::memcpy(storage() + stored, s, n);
        stored += n;
    };

    for (;;) {
        std::string_view field;
        size_t q = p;
        while (q < end && buf[q] == ' ')
            ++q;
        if (q >= end && !eof)
            return Parse::NeedMore;

        if (q < end && buf[q] == '"') {
            const size_t innerStart = q + 1;
            fieldStarts_.push_back(innerStart);
            size_t s = innerStart;
            size_t storedStart = stored;
            bool escaped = false;
            bool closed = false;
            for (;;) {
                const void* hit = s < end ? std::memchr(buf + s, '"', end - s) : nullptr;
                const size_t quote = hit ? static_cast<size_t>(static_cast<const char*>(hit) - buf) : end;
                if (!hit && !eof)
                    return Parse::NeedMore;
                lines += countLineBreaks(buf + s, quote - s);
                if (!hit) { // end of file inside quotes
                    if (escaped)
                        store(buf + s, end - s);
                    markBroken(QuoteProblem::Unclosed);
                    p = end;
                    break;
                }
                if (quote + 1 >= end && !eof)
                    return Parse::NeedMore;
                if (quote + 1 < end && buf[quote + 1] == '"') { // doubled quote: one literal quote
                    escaped = true;
                    store(buf + s, quote + 1 - s);
                    s = quote + 2;
                    continue;
                }
                if (escaped)
                    store(buf + s, quote - s);
                p = quote + 1;
                closed = true;
                break;
            }
            if (escaped)
                field = std::string_view(fieldStorage_.get() + storedStart, stored - storedStart);
            else
                field = std::string_view(buf + innerStart, (closed ? p - 1 : p) - innerStart);

            if (closed) {
                size_t r = p;
                while (r < end && buf[r] == ' ')
                    ++r;
                if (r >= end && !eof)
                    return Parse::NeedMore;
                if (r < end && !isSpecial_[static_cast<unsigned char>(buf[r])]) {
                    // "abc"def: keep the text (so nothing is lost in the report) but flag the record.
                    size_t t = r;
                    while (t < end && !isSpecial_[static_cast<unsigned char>(buf[t])])
                        ++t;
                    if (t >= end && !eof)
                        return Parse::NeedMore;
                    markBroken(QuoteProblem::TextAfterQuote);
                    if (!escaped) {
                        storedStart = stored;
                        store(field.data(), field.size());
                    }
                    store(buf + p, t - p);
                    field = std::string_view(fieldStorage_.get() + storedStart, stored - storedStart);
                    p = t;
                } else {
                    p = r;
                }
            }
        } else {
            fieldStarts_.push_back(p);
            const size_t t = findSpecial(buf, q, end);
            if (t >= end && !eof)
                return Parse::NeedMore;
            field = std::string_view(buf + p, t - p);
            p = t;
        }
        record.fields.push_back(field);

        recordEnd = p;
        if (p >= end) {
            hitLimit_ = end < end_; // the limit, not the file, ended it
            break; // end of file ends the record
        }
        const char c = buf[p];
        if (c == delimiter_) {
            ++p;
            continue;
        }
        if (c == '\n') {
            ++p;
            ++lines;
            break;
        }
        // '\r' (the only other byte that can stop a field)
        if (p + 1 >= end && !eof)
            return Parse::NeedMore;
        ++p;
        if (p < end && buf[p] == '\n')
            ++p;
        ++lines;
        break;
    }

    if (record.brokenQuote)
        cutAtFirstLineEnd(record, recordEnd, p, lines);
    record.line = line_;
    if (record.resumedNextLine) { // raw: the first line, without its line end
        recordEnd = pos_;
        while (recordEnd < end && buf[recordEnd] != '\n' && buf[recordEnd] != '\r')
            ++recordEnd;
    }
    record.raw = std::string_view(buf + pos_, recordEnd - pos_);
    record.offset = consumed_ - (end_ - pos_);
    line_ += lines;
    pos_ = p;
    return Parse::Record;
}

char CsvReader::detectDelimiter(const std::filesystem::path& path)
{
    static constexpr std::array<char, 4> kCandidates{',', ';', '\t', '|'};
    static constexpr size_t kSampleBytes = 64 * 1024;
    static constexpr size_t kSampleRecords = 100;

    std::FILE* f = openForReading(path);
    std::string sample(kSampleBytes, '\0');
    const size_t got = std::fread(sample.data(), 1, sample.size(), f);
    const bool wholeFile = got < sample.size();
    std::fclose(f);
    sample.resize(got);
    size_t i = 0;
    while (startsWithBom(sample.data() + i, sample.size() - i))
        i += 3;

    // Counts of each candidate per record, outside quotes (a quote toggles the state, which
    // also handles doubled quotes).
    std::vector<std::array<int, 4>> counts;
    std::array<int, 4> current{};
    bool inQuotes = false, hasContent = false;
    for (; i < sample.size() && counts.size() < kSampleRecords; ++i) {
        const char c = sample[i];
        if (c == '"') {
            inQuotes = !inQuotes;
            hasContent = true;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (hasContent)
                counts.push_back(current);
            current = {};
            hasContent = false;
        } else {
            hasContent = true;
            if (!inQuotes)
                for (size_t k = 0; k < kCandidates.size(); ++k)
                    current[k] += c == kCandidates[k];
        }
    }
    if (wholeFile && hasContent && counts.size() < kSampleRecords)
        counts.push_back(current); // last line without a newline
    if (counts.empty())
        return ',';

    // A delimiter that splits every sampled line into the same number of fields wins; among
    // those, the one making the most fields; ties go to the order , ; tab |.
    int best = -1;
    for (size_t k = 0; k < kCandidates.size(); ++k) {
        const int n = counts.front()[k];
        if (n == 0)
            continue;
        bool consistent = true;
        for (const auto& row : counts)
            consistent = consistent && row[k] == n;
        if (consistent && (best < 0 || n > counts.front()[static_cast<size_t>(best)]))
            best = static_cast<int>(k);
    }
    if (best >= 0)
        return kCandidates[static_cast<size_t>(best)];

    // No candidate is consistent (ragged lines): the one agreeing with the header most often.
    size_t bestAgree = 0;
    for (size_t k = 0; k < kCandidates.size(); ++k) {
        const int n = counts.front()[k];
        if (n == 0)
            continue;
        size_t agree = 0;
        for (const auto& row : counts)
            agree += row[k] == n;
        if (agree > bestAgree) {
            bestAgree = agree;
            best = static_cast<int>(k);
        }
    }
    return best >= 0 ? kCandidates[static_cast<size_t>(best)] : ',';
}

} // namespace seg
