// Pass 2 of the import: the chunks found in pass 1 are parsed in parallel into their own
// typed columns and appended in file order (TBB pipeline: read order in, parse in parallel,
// append in order), so memory stays near the final columns plus a few chunks in flight.
#include "data/import_session.h"

#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <memory>

namespace seg::detail {

struct ImportSession::LoadedChunk {
    size_t index = 0;
    std::vector<Column> columns;
    std::vector<size_t> lines;
};

std::vector<Column> ImportSession::makeColumns(size_t reserveRows) const
{
    std::vector<Column> out;
    out.reserve(columns_.size() + 1); // +1: room for the "_row" key without moving
    for (const auto& c : columns_) {
        out.emplace_back(c.name, c.spec.type);
        out.back().reserve(reserveRows);
    }
    return out;
}

void ImportSession::loadRow(const CsvRecord& record, RowValues& row, std::vector<Column>& columns) const
{
    if (record.brokenQuote || record.fields.size() != columns_.size())
        failChanged(record.line); // pass 1 kept this record
    for (size_t c = 0; c < columns_.size(); ++c) {
        normalize(row, c, record.fields[c]);
        if (row.nulls[c])
            columns[c].appendNull();
        else if (!appendParsed(columns[c], columns_[c].spec, row.values[c]))
            failChanged(record.line);
    }
}

ImportSession::LoadedChunk ImportSession::loadChunk(size_t chunk, bool wantLines) const
{
    const ChunkStart& start = chunks_[chunk];
    const ChunkStart& end = chunks_[chunk + 1];
    LoadedChunk out;
    out.index = chunk;
    const size_t rows = end.kept - start.kept;
    out.columns = makeColumns(rows);
    if (rows == 0)
        return out; // nothing kept here: no need to read it

    CsvReader reader(path_, delimiter_, start.offset, start.line);
    watch(reader);
    CsvRecord record;
    RowValues row = makeRowValues();
    for (size_t r = start.record; r < end.record; ++r) {
        if (!reader.next(record) || (r == start.record && record.offset != start.offset))
            failChanged(record.line);
        if (!keep_.test(r))
            continue;
        loadRow(record, row, out.columns);
        if (wantLines)
            out.lines.push_back(record.line);
    }
    return out;
}

std::vector<Column> ImportSession::loadColumns(std::vector<size_t>* lineOfRow)
{
    std::vector<Column> result = makeColumns(kept_);
    if (lineOfRow) {
        lineOfRow->clear();
        lineOfRow->reserve(kept_);
    }
    const size_t chunkCount = chunks_.empty() ? 0 : chunks_.size() - 1;
    auto append = [&](LoadedChunk& chunk) {
        for (size_t c = 0; c < result.size(); ++c)
            result[c].appendColumn(std::move(chunk.columns[c]));
        if (lineOfRow)
            lineOfRow->insert(lineOfRow->end(), chunk.lines.begin(), chunk.lines.end());
        reportProgress(fileSize_ + std::min(chunks_[chunk.index + 1].offset, fileSize_));
    };

    if (chunkCount <= 1) {
        for (size_t i = 0; i < chunkCount; ++i) {
            LoadedChunk chunk = loadChunk(i, lineOfRow != nullptr);
            append(chunk);
        }
    } else {
        using ChunkPtr = std::shared_ptr<LoadedChunk>;
        size_t next = 0;
        const auto inFlight = static_cast<size_t>(2 * std::max(1, tbb::this_task_arena::max_concurrency()));
        tbb::parallel_pipeline(
            inFlight,
            tbb::make_filter<void, size_t>(tbb::filter_mode::serial_in_order,
                                           [&](tbb::flow_control& control) -> size_t {
                                               if (next == chunkCount) {
                                                   control.stop();
                                                   return 0;
                                               }
                                               return next++;
                                           })
                & tbb::make_filter<size_t, ChunkPtr>(tbb::filter_mode::parallel,
                                                     [&](size_t i) {
                                                         return std::make_shared<LoadedChunk>(
                                                             loadChunk(i, lineOfRow != nullptr));
                                                     })
                & tbb::make_filter<ChunkPtr, void>(tbb::filter_mode::serial_in_order,
                                                   [&](const ChunkPtr& chunk) { append(*chunk); }));
    }
    if (result.empty() ? kept_ != 0 : result.front().size() != kept_)
        failChanged(0);
    return result;
}

} // namespace seg::detail
