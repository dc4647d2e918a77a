// The datasets in a workspace: written column by column as chunks (column_codec.h), read back by
// several connections at once, each decoding the chunks it reads straight into the columns.
#include "workspace/column_codec.h"
#include "workspace/schema.h"
#include "workspace/workspace_internal.h"

#include "util/error.h"

#include <tbb/parallel_for.h>

#include <atomic>
#include <exception>
#include <mutex>
#include <sys/stat.h>
#include <thread>

namespace seg {

namespace fs = std::filesystem;

namespace ws {

namespace {

[[noreturn]] void damaged(const fs::path& file, const std::string& what)
{
    throw Error("workspace " + file.string() + " is damaged (" + what + "). Nothing was changed.");
}

ino_t inodeOf(const fs::path& file)
{
    struct stat st {};
    return ::stat(file.c_str(), &st) == 0 ? st.st_ino : 0;
}

struct ColumnMeta {
    size_t dataset = 0; // index into the result
    int position = 0;
    std::string name;
    DataType type = DataType::Int;
    size_t dictEntries = 0, dictBytes = 0;
};

struct ChunkTask {
    int64_t id = 0;
    size_t column = 0; // index into the builders
    int part = 0;
    size_t chunk = 0;
};

} // namespace

void writeTable(Db& db, const std::string& dataset, const Table& table, std::optional<int64_t> importId,
                int keyColumn, int timeColumn, int typeColumn)
{
    Stmt d(db, "INSERT INTO datasets(name, import_id, rows, key_column, time_column, type_column) VALUES(?, ?, ?, ?, ?, ?)");
    d.bind(1, dataset);
    importId ? d.bind(2, *importId) : d.bindNull(2);
    d.bind(3, static_cast<int64_t>(table.rows)).bind(4, int64_t{keyColumn}).bind(5, int64_t{timeColumn});
    d.bind(6, int64_t{typeColumn}).run();
    Stmt c(db, "INSERT INTO columns(dataset, position, name, type, nulls, dict_entries, dict_bytes) VALUES(?, ?, ?, ?, ?, ?, ?)");
    Stmt k(db, "INSERT INTO chunks(dataset, position, part, chunk, data) VALUES(?, ?, ?, ?, ?)");
    for (size_t p = 0; p < table.columns.size(); ++p) {
        const Column& col = table.columns[p];
        const bool isString = col.type() == DataType::String;
        c.bind(1, dataset).bind(2, static_cast<int64_t>(p)).bind(3, col.name()).bind(4, typeName(col.type()));
        c.bind(5, static_cast<int64_t>(col.nullCount()));
        c.bind(6, static_cast<int64_t>(isString ? col.dict().size() : 0));
        c.bind(7, static_cast<int64_t>(isString ? col.dict().byteSize() : 0)).run();

        // Encode all chunks of the column at once (on all cores), then store them in order.
        const size_t chunks = chunkCount(col.size());
        const size_t dictChunks = isString ? (col.dict().size() + kDictEntries - 1) / kDictEntries : 0;
        std::vector<std::string> values(chunks), validity(chunks), dict(dictChunks);
        tbb::parallel_for(size_t{0}, chunks + dictChunks, [&](size_t i) {
            if (i < chunks) {
                values[i] = encodeValues(col, i);
                validity[i] = encodeValidity(col, i);
            } else {
                dict[i - chunks] = encodeDictionary(col.dict(), i - chunks);
            }
        });
        auto store = [&](int part, size_t chunk, const std::string& blob) {
            k.bind(1, dataset).bind(2, static_cast<int64_t>(p)).bind(3, int64_t{part}).bind(4, static_cast<int64_t>(chunk));
            k.bindBlob(5, blob.data(), blob.size()).run();
        };
        for (size_t i = 0; i < dictChunks; ++i)
            store(kDictionaryPart, i, dict[i]);
        for (size_t i = 0; i < chunks; ++i) {
            store(kValuesPart, i, values[i]);
            if (!validity[i].empty())
                store(kValidityPart, i, validity[i]);
        }
    }
}

std::vector<TableRead> readTables(const fs::path& file, const std::vector<std::string>& datasets, int threads,
                                  bool keyOnly)
{
    const ino_t inode = inodeOf(file);
    Db db = openChecked(file, false);
    std::vector<TableRead> result(datasets.size());
    std::vector<ColumnMeta> metas;
    for (size_t i = 0; i < datasets.size(); ++i) {
        Stmt d(db, "SELECT rows, key_column, time_column, type_column FROM datasets WHERE name = ?");
        d.bind(1, datasets[i]);
        if (!d.step())
            damaged(file, "dataset '" + datasets[i] + "' is missing");
        const int64_t rows = d.integer(0);
        if (rows < 0 || rows > (int64_t{1} << 40))
            damaged(file, "dataset '" + datasets[i] + "' has " + std::to_string(rows) + " rows");
        result[i].table.rows = static_cast<size_t>(rows);
        result[i].keyColumn = static_cast<int>(d.integer(1));
        result[i].timeColumn = static_cast<int>(d.integer(2));
        result[i].typeColumn = static_cast<int>(d.integer(3));
        Stmt c(db, "SELECT position, name, type, dict_entries, dict_bytes FROM columns WHERE dataset = ? ORDER BY position");
        c.bind(1, datasets[i]);
        int expected = 0;
        while (c.step()) {
            ColumnMeta m;
            m.dataset = i;
            m.position = static_cast<int>(c.integer(0));
            m.name = c.text(1);
            const auto type = parseTypeName(c.text(2));
            const int64_t entries = c.integer(3), bytes = c.integer(4);
            if (m.position != expected++ || !type || entries < 0 || bytes < 0 || entries > (int64_t{1} << 40) ||
                bytes > (int64_t{1} << 44))
                damaged(file, "column list of '" + datasets[i] + "'");
            m.type = *type;
            m.dictEntries = static_cast<size_t>(entries);
            m.dictBytes = static_cast<size_t>(bytes);
            if (!keyOnly || m.position == result[i].keyColumn)
                metas.push_back(std::move(m));
        }
    }

    // Allocate every column's arrays (in parallel: the first touch of fresh pages is most of it).
    std::vector<std::optional<ColumnBuilder>> builders(metas.size());
    tbb::parallel_for(size_t{0}, metas.size(), [&](size_t i) {
        const ColumnMeta& m = metas[i];
        builders[i].emplace(m.name, m.type, result[m.dataset].table.rows, m.dictEntries, m.dictBytes);
    });

    std::vector<ChunkTask> tasks;
    std::vector<size_t> valueChunks(metas.size()), dictChunks(metas.size());
    {
        std::string placeholders;
        for (size_t i = 0; i < datasets.size(); ++i)
            placeholders += i ? ", ?" : "?";
        Stmt t(db, "SELECT id, dataset, position, part, chunk FROM chunks WHERE dataset IN (" + placeholders + ") ORDER BY id");
        for (size_t i = 0; i < datasets.size(); ++i)
            t.bind(static_cast<int>(i + 1), datasets[i]);
        while (t.step()) {
            const std::string name = t.text(1);
            const int64_t position = t.integer(2), part = t.integer(3), chunk = t.integer(4);
            size_t column = metas.size();
            for (size_t m = 0; m < metas.size(); ++m)
                if (metas[m].position == position && datasets[metas[m].dataset] == name)
                    column = m;
            if (column == metas.size() && keyOnly)
                continue;
            if (column == metas.size())
                damaged(file, "a chunk of '" + name + "' belongs to no column");
            const ColumnMeta& m = metas[column];
            const size_t rows = result[m.dataset].table.rows;
            const size_t limit = part == kDictionaryPart ? (m.dictEntries + kDictEntries - 1) / kDictEntries : chunkCount(rows);
            if (chunk < 0 || static_cast<size_t>(chunk) >= limit || part < 0 || part > kDictionaryPart)
                damaged(file, "column '" + m.name + "' has a chunk out of range");
            if (part == kValuesPart)
                ++valueChunks[column];
            else if (part == kDictionaryPart)
                ++dictChunks[column];
            tasks.push_back({t.integer(0), column, static_cast<int>(part), static_cast<size_t>(chunk)});
        }
    }
    for (size_t m = 0; m < metas.size(); ++m)
        if (valueChunks[m] != chunkCount(result[metas[m].dataset].table.rows) ||
            dictChunks[m] != (metas[m].dictEntries + kDictEntries - 1) / kDictEntries)
            damaged(file, "column '" + metas[m].name + "' is missing chunks");

    // Readers: one connection each, taking chunks in file order.
    const size_t hardware = std::max(1u, std::thread::hardware_concurrency());
    const size_t workers = std::min<size_t>({threads > 0 ? static_cast<size_t>(threads) : hardware, 16,
                                             std::max<size_t>(tasks.size(), 1)});
    std::atomic<size_t> next{0};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto work = [&] {
        try {
            Db reader(file, Db::Mode::ReadOnly, 2000);
            // Pages straight from the mapped file: no read() call and no copy into SQLite's page
            // cache per 64 KiB page (SQLite caps this at its compile-time maximum).
            reader.exec("PRAGMA mmap_size = 17179869184");
            BlobReader blobs(reader, "chunks", "data");
            for (size_t i = next++; i < tasks.size(); i = next++) {
                const ChunkTask& task = tasks[i];
                const std::string_view blob = blobs.read(task.id);
                ColumnBuilder& b = *builders[task.column];
                if (task.part == kValuesPart)
                    b.decodeValues(task.chunk, blob);
                else if (task.part == kValidityPart)
                    b.decodeValidity(task.chunk, blob);
                else
                    b.decodeDictionary(task.chunk, blob);
            }
        } catch (...) {
            std::lock_guard lock(errorMutex);
            if (!error)
                error = std::current_exception();
            next = tasks.size();
        }
    };
    std::vector<std::thread> pool;
    for (size_t i = 1; i < workers; ++i)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
    if (error) {
        try {
            std::rethrow_exception(error);
        } catch (const Error& e) {
            const std::string what = e.what();
            if (what.rfind("workspace ", 0) == 0)
                throw;
            damaged(file, what);
        }
    }
    if (inodeOf(file) != inode)
        throw Error("workspace " + file.string() + " was replaced while it was read; open it again");

    std::vector<Column> columns(metas.size());
    tbb::parallel_for(size_t{0}, metas.size(), [&](size_t i) { columns[i] = builders[i]->finish(); });
    for (size_t i = 0; i < metas.size(); ++i)
        result[metas[i].dataset].table.columns.push_back(std::move(columns[i]));
    if (keyOnly)
        for (TableRead& t : result) {
            if (t.table.columns.size() != 1)
                damaged(file, "a key column is missing");
            t.keyColumn = 0;
        }
    return result;
}

} // namespace ws

Dataset loadWorkspaceData(const WorkspaceInfo& info, int threads)
{
    std::vector<std::string> names{"customers"};
    if (info.events)
        names.insert(names.end(), {"events", "events.counts"});
    std::vector<ws::TableRead> tables = ws::readTables(info.file, names, threads);
    Dataset data;
    const auto badColumn = [&](int c, const Table& t, bool optional) {
        return optional && c == -1 ? false : c < 0 || static_cast<size_t>(c) >= t.columns.size();
    };
    if (badColumn(tables[0].keyColumn, tables[0].table, false))
        throw Error("workspace " + info.file.string() + " is damaged (customer key column). Nothing was changed.");
    data.customers.table = std::move(tables[0].table);
    data.customers.keyColumn = tables[0].keyColumn;
    data.customersReport = info.customers.report;
    if (info.events) {
        EventTable events;
        events.keyColumn = tables[1].keyColumn;
        events.timeColumn = tables[1].timeColumn;
        events.typeColumn = tables[1].typeColumn;
        const Table& counts = tables[2].table;
        if (badColumn(events.keyColumn, tables[1].table, false) || badColumn(events.timeColumn, tables[1].table, false) ||
            badColumn(events.typeColumn, tables[1].table, true) || counts.columns.size() != 1 ||
            counts.rows != data.customers.rows() || counts.columns[0].type() != DataType::Int)
            throw Error("workspace " + info.file.string() + " is damaged (events layout). Nothing was changed.");
        events.table = std::move(tables[1].table);
        events.offsets.resize(counts.rows + 1);
        uint64_t at = 0;
        const auto& c = counts.columns[0].ints();
        for (size_t i = 0; i < counts.rows; ++i) {
            events.offsets[i] = at;
            at += static_cast<uint64_t>(c[i]);
        }
        events.offsets[counts.rows] = at;
        if (at != events.table.rows)
            throw Error("workspace " + info.file.string() + " is damaged (event counts). Nothing was changed.");
        data.events = std::move(events);
        data.eventsReport = info.events->report;
    }
    static std::atomic<uint64_t> versions{uint64_t{1} << 62}; // apart from loadDataset's numbering
    data.version = ++versions;
    return data;
}

} // namespace seg
