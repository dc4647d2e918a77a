// Pass 2 of the import: the chunks' columns parsed in pass 1 become the final columns. A chunk
// is read again only for the columns whose pass-1 guess is not the final type (in parallel
// over such chunks), then every column is appended chunk by chunk in file order (in parallel
// over columns: each column is independent, and string columns re-code their dictionaries).
#include "data/import_session.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <stdexcept>

namespace seg::detail {

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

bool ImportSession::usable(const ChunkColumn& part, size_t c) const
{
    switch (part.state) {
    case ChunkColumn::State::Empty: return true; // only NULLs: fine under any type
    case ChunkColumn::State::Merged: return true;  // eagerUsable decided (see loadColumns)
    case ChunkColumn::State::Abandoned: return false;
    case ChunkColumn::State::Typed: break;
    }
    const DataType stored = part.values.type();
    const DataType final = columns_[c].spec.type;
    if (columns_[c].fixed || stored == final)
        return true;
    return stored == DataType::Int && final == DataType::Double && !part.negativeZero;
}

std::vector<Column> ImportSession::reloadChunk(size_t chunk, const std::vector<size_t>& which) const
{
    const ChunkStart& start = chunks_[chunk];
    const ChunkStart& end = chunks_[chunk + 1];
    const size_t rows = end.kept - start.kept;
    std::vector<Column> out;
    out.reserve(which.size());
    for (const size_t c : which) {
        out.emplace_back(std::string(), columns_[c].spec.type);
        out.back().reserve(rows);
    }
    if (rows == 0)
        return out;

    CsvReader reader(path_, delimiter_, start.offset, start.line);
    reader.setReadLimit(end.offset);
    watch(reader);
    CsvRecord record;
    RowValues row = makeRowValues();
    for (size_t r = start.record; r < end.record; ++r) {
        if (!reader.next(record) || (r == start.record && record.offset != start.offset))
            failChanged(record.line);
        if (!keep_.test(r))
            continue;
        if (record.brokenQuote || record.fields.size() != columns_.size())
            failChanged(record.line); // pass 1 kept this record
        for (size_t i = 0; i < which.size(); ++i) {
            const size_t c = which[i];
            normalize(row, c, record.fields[c]);
            if (row.nulls[c])
                out[i].appendNull();
            else if (!appendParsed(out[i], columns_[c].spec, row.values[c]))
                failChanged(record.line);
        }
    }
    return out;
}

void ImportSession::appendChunkColumn(Column& to, ChunkColumn&& part, size_t rows) const
{
    if (part.state == ChunkColumn::State::Empty) {
        for (size_t r = 0; r < rows; ++r)
            to.appendNull();
    } else if (part.values.type() != to.type()) {
        to.appendColumn(intsAsDoubles(std::move(part.values))); // the only change usable() allows
    } else {
        to.appendColumn(std::move(part.values));
    }
    part = ChunkColumn{};
}

std::vector<Column> ImportSession::loadColumns(std::vector<size_t>* lineOfRow)
{
    checkCancel(); // pass 1 may have read the last block before a late progress call cancelled
    const size_t chunkCount = scanned_.size();
    const size_t n = columns_.size();

    // Columns merged during pass 1 as a type that is not the final one: their merged chunks
    // are read again like abandoned ones.
    if (eager_.size() != n)
        eager_.assign(n, EagerColumn{});
    for (size_t c = 0; c < n; ++c)
        if (!eagerUsable(c)) {
            for (size_t k = 0; k < eager_[c].chunks; ++k)
                scanned_[k].values[c] = ChunkColumn{ChunkColumn::State::Abandoned, false, 0, {}};
            eager_[c] = EagerColumn{};
        }

    // Chunks whose pass-1 columns are not all usable are read again (only those columns).
    std::vector<size_t> toReload;
    for (size_t k = 0; k < chunkCount; ++k)
        for (size_t c = 0; c < n; ++c)
            if (!usable(scanned_[k].values[c], c)) {
                toReload.push_back(k);
                break;
            }
    auto reload = [&](size_t i) {
        ScanChunk& chunk = scanned_[toReload[i]];
        std::vector<size_t> which;
        for (size_t c = 0; c < n; ++c)
            if (!usable(chunk.values[c], c))
                which.push_back(c);
        std::vector<Column> parts = reloadChunk(toReload[i], which);
        for (size_t i2 = 0; i2 < which.size(); ++i2) {
            ChunkColumn& part = chunk.values[which[i2]];
            part.state = ChunkColumn::State::Typed;
            part.values = std::move(parts[i2]);
        }
    };
    if (toReload.size() == 1)
        reload(0);
    else if (toReload.size() > 1)
        tbb::parallel_for(size_t{0}, toReload.size(), reload);

    std::vector<Column> result = makeColumns(0);
    auto assemble = [&](size_t c) {
        Column& column = result[c];
        EagerColumn& e = eager_[c];
        size_t k = e.chunks; // the chunks before k are in e.values (or were all NULL)
        if (k > 0 && e.typed) {
            column = e.values.type() == column.type() ? std::move(e.values) : intsAsDoubles(std::move(e.values));
            column.setName(columns_[c].name);
        }
        e.values = Column();
        if (k == chunkCount) { // the usual case: everything was merged during pass 1
            for (size_t r = column.size(); r < kept_; ++r)
                column.appendNull();
            return;
        }
        column.reserve(kept_);
        for (size_t r = 0; r < e.nullRows; ++r) // only NULLs before: the rows still owed
            column.appendNull();
        if (column.type() == DataType::String) {
            size_t distinct = column.dict().size(), bytes = column.dict().byteSize(); // at most
            for (size_t j = k; j < chunkCount; ++j)
                if (scanned_[j].values[c].state == ChunkColumn::State::Typed) {
                    distinct += scanned_[j].values[c].values.dict().size();
                    bytes += scanned_[j].values[c].values.dict().byteSize();
                }
            column.reserveDictionary(distinct - column.dict().size(), bytes - column.dict().byteSize());
        }
        for (; k < chunkCount; ++k)
            appendChunkColumn(column, std::move(scanned_[k].values[c]), chunks_[k + 1].kept - chunks_[k].kept);
    };
    if (n > 0)
        tbb::parallel_for(size_t{0}, n, assemble);

    if (lineOfRow) {
        lineOfRow->clear();
        lineOfRow->reserve(kept_);
        for (const ScanChunk& chunk : scanned_)
            lineOfRow->insert(lineOfRow->end(), chunk.lines.begin(), chunk.lines.end());
    }
    scanned_.clear();
    eager_.clear();
    reportProgress(2 * fileSize_);
    if (result.empty() ? kept_ != 0 : result.front().size() != kept_)
        failChanged(0);
    if (lineOfRow && lineOfRow->size() != kept_)
        throw std::logic_error("ImportSession::loadColumns: lines were not collected");
    return result;
}

} // namespace seg::detail
