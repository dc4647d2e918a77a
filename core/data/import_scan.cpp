// Pass 1 of the import: per-row checks, and the parallel driver that cuts the file into
// chunks, scans them (TBB pipeline: parallel scans, merge in file order) and verifies that
// every guessed chunk start really was a record start.
#include "data/import_session.h"

#include "util/error.h"

#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>

namespace seg::detail {

namespace {

// Chunks of 1 MiB: small enough that a chunk's string dictionaries stay in the core's own
// cache (a column of e-mails is all distinct), and many enough to keep both cores busy to the end.
constexpr uint64_t kChunkBytes = uint64_t{1} << 20;

// Offset of the first line start after `from` that is not a blank line (or the file size).
// It is only a guess at a record start: `from` may lie inside a quoted field.
uint64_t guessRecordStart(std::FILE* file, uint64_t from, uint64_t fileSize)
{
    if (fseeko(file, static_cast<off_t>(from), SEEK_SET) != 0)
        return fileSize;
    char buf[4096]; // lines are short: most guesses read one page
    uint64_t offset = from;
    bool sawLineEnd = false;
    for (;;) {
        const size_t got = std::fread(buf, 1, sizeof buf, file);
        if (got == 0)
            return fileSize;
        for (size_t i = 0; i < got; ++i) {
            const bool lineEnd = buf[i] == '\n' || buf[i] == '\r';
            if (sawLineEnd && !lineEnd)
                return offset + i;
            sawLineEnd = sawLineEnd || lineEnd;
        }
        offset += got;
    }
}

} // namespace

ScanChunk ImportSession::newScanChunk(uint64_t begin) const
{
    ScanChunk chunk;
    chunk.begin = begin;
    chunk.inference.resize(columns_.size());
    chunk.values.resize(columns_.size());
    for (size_t c = 0; c < columns_.size(); ++c) {
        if (columns_[c].fixed) { // the type is known: no guess to make
            chunk.values[c].state = ChunkColumn::State::Typed;
            chunk.values[c].values = Column({}, columns_[c].spec.type);
        }
    }
    return chunk;
}

// Reserves the chunk's columns for the rows the chunk will likely hold (from the bytes of its
// first records), so they are not grown (and copied) a dozen times.
void ImportSession::sizeChunkColumns(ScanChunk& chunk, uint64_t bytesSoFar, uint64_t chunkBytes) const
{
    if (bytesSoFar == 0)
        return;
    const double rowsPerByte = static_cast<double>(chunk.kept) / static_cast<double>(bytesSoFar);
    const auto rows = static_cast<size_t>(rowsPerByte * static_cast<double>(chunkBytes) * 1.05) + 16;
    for (ChunkColumn& values : chunk.values) {
        if (values.state != ChunkColumn::State::Typed)
            continue;
        Column& column = values.values;
        column.reserve(rows);
        // Text that is mostly distinct so far (e-mails, names of things) will likely stay so.
        if (column.type() == DataType::String && 2 * column.dict().size() > column.size() - column.nullCount()) {
            const StringDict& dict = column.dict();
            const size_t perEntry = dict.empty() ? 0 : dict.byteSize() / dict.size() + 1;
            column.reserveDictionary(rows, rows * perEntry);
        }
    }
}

RowVerdict ImportSession::scanRow(const CsvRecord& record, RowValues& row, const ScanChunk& chunk) const
{
    row.line = record.line;
    if (record.brokenQuote) {
        const int column = record.brokenField < columns_.size() ? static_cast<int>(record.brokenField) : -1;
        return RowVerdict::reject(column, brokenRecordText(record));
    }
    const size_t n = columns_.size();
    if (record.fields.size() != n)
        return RowVerdict::reject(-1, "has " + std::to_string(record.fields.size())
                                          + (record.fields.size() == 1 ? " field" : " fields") + ", expected "
                                          + std::to_string(n));
    if (record.raw.size() > options_.limits.maxFieldBytes)
        for (size_t c = 0; c < n; ++c)
            if (record.fields[c].size() > options_.limits.maxFieldBytes)
                return RowVerdict::reject(static_cast<int>(c),
                                          "value of " + std::to_string(record.fields[c].size())
                                              + " bytes is longer than the field size limit of "
                                              + std::to_string(options_.limits.maxFieldBytes)
                                              + " bytes (--max-field-bytes)");
    // The reader's fast path has seen every byte: an ASCII record without NUL needs neither
    // check below (one flag instead of two more passes over the record).
    if (record.plainBytes)
        return normalizeAll(record, row);
    // NUL bytes are refused (issue 16 finding 7): spreadsheets, databases and C strings cut
    // text there, so no export could carry such a value faithfully.
    if (std::memchr(record.raw.data(), '\0', record.raw.size()) != nullptr)
        for (size_t c = 0; c < n; ++c)
            if (std::memchr(record.fields[c].data(), '\0', record.fields[c].size()) != nullptr)
                return RowVerdict::reject(static_cast<int>(c),
                                          "holds a NUL byte (0x00), which is refused; if the file is UTF-16 "
                                          "without a byte order mark, set its \"encoding\" to \"utf-16le\" or "
                                          "\"utf-16be\"");
    // Fields are the record's bytes cut at ASCII delimiters, quotes and spaces, so a record
    // that is valid UTF-8 as a whole has only valid fields: one check clears them all, and
    // only a bad record is looked at field by field (to name the first bad one).
    if (encoding_ == TextEncoding::Utf8 && !isAscii(record.raw)
        && findInvalidUtf8(record.raw) != std::string_view::npos) {
        for (size_t c = 0; c < n; ++c) {
            const std::string_view v = trimSpaces(record.fields[c]);
            if (const size_t bad = findInvalidUtf8(v); bad != std::string_view::npos)
                return RowVerdict::reject(static_cast<int>(c), invalidUtf8Reason(v, bad));
        }
    }
    (void)chunk;
    return normalizeAll(record, row);
}

// Every value is normalized: a kept row's values are stored right away (keepScanResult).
RowVerdict ImportSession::normalizeAll(const CsvRecord& record, RowValues& row) const
{
    const size_t n = columns_.size();
    for (size_t c = 0; c < n; ++c) {
        const ImportColumn& column = columns_[c];
        normalize(row, c, record.fields[c]);
        if (column.validate && !row.nulls[c] && !valueFits(column.spec, row.values[c]))
            return RowVerdict::reject(static_cast<int>(c), mismatchReason(column.spec, row.values[c]));
    }
    return RowVerdict::keep();
}

void ImportSession::keepScanResult(ScanChunk& chunk, RowVerdict&& verdict, const RowValues& row, size_t line) const
{
    const bool keep = verdict.kind == RowVerdict::Keep;
    chunk.keep.pushBack(keep);
    if (keep) {
        ++chunk.kept;
        if (collectTags_)
            chunk.tags.push_back(verdict.tag);
        if (collectLines_)
            chunk.lines.push_back(line);
        for (size_t c = 0; c < columns_.size(); ++c)
            storeValue(chunk, c, row);
    } else if (verdict.kind == RowVerdict::Skip) {
        ++chunk.skipped;
    } else {
        ++chunk.rejected;
        if (chunk.rejects.size() < kMaxListedRejects)
            chunk.rejects.push_back({line, verdict.column >= 0 ? columns_[static_cast<size_t>(verdict.column)].name : "",
                                     std::move(verdict.reason)});
    }
}

// A kept row's value of column c: parsed onto the chunk's column, and seen by the inference.
void ImportSession::storeValue(ScanChunk& chunk, size_t c, const RowValues& row) const
{
    ChunkColumn& values = chunk.values[c];
    if (row.nulls[c]) {
        if (values.state == ChunkColumn::State::Typed)
            values.values.appendNull();
        else if (values.state == ChunkColumn::State::Empty)
            ++values.nulls;
        return;
    }
    const std::string_view v = row.values[c];
    if (!columns_[c].fixed) {
        storeInferred(values, chunk.inference[c], v);
    } else if (values.state == ChunkColumn::State::Typed && !appendParsed(values.values, columns_[c].spec, v)) {
        values = ChunkColumn{ChunkColumn::State::Abandoned, false, 0, {}}; // pass 2 decides (and reports)
    }
}

// The inferred column's value: parsed as the type the chunk's values so far agree on, which
// keeps the inference as it is; anything else goes through the full inference and may change
// the guess. An int column that meets a double is converted (ints are exact as doubles); any
// other change leaves this chunk's column to pass 2.
void ImportSession::storeInferred(ChunkColumn& values, TypeInference& inference, std::string_view v) const
{
    if (values.state == ChunkColumn::State::Typed) {
        Column& column = values.values;
        switch (column.type()) {
        // Out-parameters rather than optionals: GCC returns an optional<int64_t> through the
        // stack in two stores and one wider load, which stalls store forwarding on every row.
        case DataType::Int: {
            int64_t x;
            if (parseIntInto(v, x)) {
                values.negativeZero |= x == 0 && v.front() == '-';
                column.appendInt(x);
                inference.countParsed();
                return;
            }
            break;
        }
        case DataType::Double: {
            double x;
            if (parseDoubleInto(v, x)) {
                column.appendDouble(x);
                inference.countParsed();
                return;
            }
            break;
        }
        case DataType::Bool:
            if (const auto x = parseBool(v)) {
                column.appendBool(*x);
                inference.countParsed();
                return;
            }
            break;
        case DataType::Date: {
            int32_t x;
            if (parseIsoDateInto(v, x)) {
                column.appendDate(x);
                inference.countParsed();
                return;
            }
            break;
        }
        case DataType::Timestamp: {
            int64_t x;
            if (parseIsoTimestampInto(v, x)) {
                column.appendInt(x);
                inference.countParsed();
                return;
            }
            break;
        }
        case DataType::String: column.appendString(v); return; // the inference has decided: string
        }
    } else if (values.state == ChunkColumn::State::Abandoned) {
        inference.add(v);
        return;
    }

    inference.add(v);
    const std::optional<DataType> type = inference.settledType();
    auto abandon = [&] { values = ChunkColumn{ChunkColumn::State::Abandoned, false, 0, {}}; };
    if (!type) {
        abandon();
        return;
    }
    if (values.state == ChunkColumn::State::Empty) { // the chunk's first value
        Column column({}, *type);
        for (size_t i = 0; i < values.nulls; ++i)
            column.appendNull();
        values.values = std::move(column);
        values.state = ChunkColumn::State::Typed;
    } else if (values.values.type() == DataType::Int && *type == DataType::Double && !values.negativeZero) {
        values.values = intsAsDoubles(std::move(values.values));
    } else {
        abandon();
        return;
    }
    if (!appendParsed(values.values, TypeSpec{*type, {}}, v))
        abandon();
    else if (*type == DataType::Int) // a chunk's first value may be the "-0" too
        values.negativeZero |= values.values.ints().back() == 0 && v.front() == '-';
}

void ImportSession::mergeScanChunk(ScanChunk& chunk)
{
    const size_t lineBase = chunks_.back().line - 1; // chunk lines are 1-based from its start
    report_.dataRows += chunk.records;
    report_.rejected += chunk.rejected;
    for (auto& reject : chunk.rejects) {
        if (report_.rejects.size() >= kMaxListedRejects)
            break;
        reject.line += lineBase;
        report_.rejects.push_back(std::move(reject));
    }
    keep_.append(chunk.keep);
    kept_ += chunk.kept;
    skipped_ += chunk.skipped;
    tags_.insert(tags_.end(), chunk.tags.begin(), chunk.tags.end());
    for (size_t c = 0; c < columns_.size(); ++c)
        columns_[c].inference.merge(chunk.inference[c]);
    for (size_t& line : chunk.lines)
        line += lineBase;
    if (options_.mergeDuringScan)
        for (size_t c = 0; c < columns_.size(); ++c)
            mergeEagerly(c, chunk.values[c], chunk.kept, chunk.next - dataStart_);
    chunk.keep = Bitset();
    chunk.rejects.clear();
    chunk.tags = {};
    scanned_.push_back(std::move(chunk));
}

void ImportSession::runScan(const ScanRange& scanRange)
{
    // Guessed chunk starts, strictly increasing; the first is exact (just after the header).
    std::vector<uint64_t> begins{dataStart_};
    const uint64_t chunkBytes = options_.chunkBytes > 0 ? options_.chunkBytes : kChunkBytes;
    if (fileSize_ > dataStart_ + chunkBytes) {
        std::FILE* file = std::fopen(path_.c_str(), "rb");
        if (!file)
            throw Error(where() + ": cannot open: " + std::strerror(errno));
        // The next guess starts a chunk after this one's start, not after `at`: a line longer
        // than a chunk would otherwise be read once per chunk it spans (quadratic).
        for (uint64_t at = dataStart_ + chunkBytes; at < fileSize_;) {
            const uint64_t start = guessRecordStart(file, at, fileSize_);
            if (start >= fileSize_)
                break;
            if (start > begins.back())
                begins.push_back(start);
            at = std::max(at, start) + chunkBytes;
        }
        std::fclose(file);
    }

    chunks_.clear();
    scanned_.clear();
    eager_.assign(columns_.size(), EagerColumn{});
    chunks_.push_back({dataStart_, dataStartLine_, 0, 0});
    auto endOf = [&](size_t k) {
        return k + 1 < begins.size() ? begins[k + 1] : std::numeric_limits<uint64_t>::max();
    };
    auto merge = [&](size_t k, ScanChunk& chunk) {
        const ChunkStart start = chunks_.back();
        if (chunk.begin != start.offset) // the guess was inside a quoted field: scan from the true start
            chunk = scanRange(start.offset, endOf(k));
        if (chunk.tooLongLine > 0)
            throw Error(where(start.line - 1 + chunk.tooLongLine) + ": " + chunk.tooLongDetail);
        const uint64_t next = chunk.next;
        const size_t line = start.line + chunk.linesBeforeNext;
        mergeScanChunk(chunk);
        chunks_.push_back({next, line, report_.dataRows, kept_});
        reportProgress(2 * next); // pass 1 now parses the values as well: it stands for both passes
    };

    if (begins.size() == 1) {
        ScanChunk chunk = scanRange(begins[0], endOf(0));
        merge(0, chunk);
    } else {
        using ChunkPtr = std::shared_ptr<std::pair<size_t, ScanChunk>>;
        size_t next = 0;
        const auto inFlight = static_cast<size_t>(2 * std::max(1, tbb::this_task_arena::max_concurrency()));
        tbb::parallel_pipeline(
            inFlight,
            tbb::make_filter<void, size_t>(tbb::filter_mode::serial_in_order,
                                           [&](tbb::flow_control& control) -> size_t {
                                               if (next == begins.size()) {
                                                   control.stop();
                                                   return 0;
                                               }
                                               return next++;
                                           })
                & tbb::make_filter<size_t, ChunkPtr>(
                    tbb::filter_mode::parallel,
                    [&](size_t k) { return std::make_shared<std::pair<size_t, ScanChunk>>(k, scanRange(begins[k], endOf(k))); })
                & tbb::make_filter<ChunkPtr, void>(tbb::filter_mode::serial_in_order,
                                                   [&](const ChunkPtr& chunk) { merge(chunk->first, chunk->second); }));
    }
    // The last entry marks the end of the data: pass 2 reads up to its record count.
    chunks_.back().line = 0;
}

} // namespace seg::detail
