#pragma once
// Formatting of CSV export rows into memory, a morsel of member rows at a time, so several
// morsels can be formatted in parallel and written in order (csv_export.cpp). Internal to the
// export; the file layout is described in csv_export.h.
#include "data/column.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace seg::csv {

// Growable output bytes of one morsel, reused from morsel to morsel (no allocation once warm).
class RowBuffer {
public:
    const char* data() const { return data_.get(); }
    size_t size() const { return size_; }
    void clear() { size_ = 0; }

    // The write position, with room for at least `n` more bytes after it.
    char* begin(size_t n) { return room(data_.get() + size_, n); }
    // `p` (a position from begin()/room()) with room for `n` more bytes; may move the bytes.
    char* room(char* p, size_t n)
    {
        if (static_cast<size_t>(data_.get() + capacity_ - p) < n)
            p = grow(p, n);
        return p;
    }
    void end(char* p) { size_ = static_cast<size_t>(p - data_.get()); }
    // Capacity for `n` bytes up front: growing copies, and untouched capacity costs no memory.
    void reserve(size_t n)
    {
        if (n > capacity_)
            grow(data_.get() + size_, n - size_);
    }

private:
    char* grow(char* p, size_t n);
    std::unique_ptr<char[]> data_;
    size_t size_ = 0;
    size_t capacity_ = 0;
};

// A text cell: quoted per RFC 4180 when it holds the delimiter, a quote or a line break, is
// empty (so it differs from NULL) or has surrounding spaces/tabs (the importer trims unquoted
// fields); with `spreadsheetSafe`, text that starts like a formula (= + - @ tab CR) gets a
// leading apostrophe. Needs room for 2 * s.size() + 3 bytes at p; returns the end.
char* writeTextCell(char* p, std::string_view s, char delimiter, bool spreadsheetSafe);
constexpr size_t textCellRoom(size_t size) { return 2 * size + 3; }

// Per-thread scratch of RowFormatter: one morsel's column values gathered a block at a time.
struct RowScratch {
    std::vector<uint8_t> nulls;          // columns x kBlockRows
    std::vector<uint64_t> numbers;       // columns x kBlockRows: int64, double bits, date days
    std::vector<std::string_view> texts; // columns x kBlockRows (string columns)
};

// Key order of a run of formatted rows (csv::sortableKey values).
struct KeyRun {
    bool ascending = true; // every key >= the one before
    uint64_t first = 0;
    uint64_t last = 0;
};

class RowFormatter {
public:
    // With `orderKey` (a numeric column without NULLs), format() also reports the key order of
    // the rows it formats, so the caller need not read the key column in a pass of its own.
    // `rowCount`: the rows to be formatted in all; string columns with a dictionary much
    // smaller than that get every distinct value formatted once, up front.
    RowFormatter(std::vector<const Column*> columns, char delimiter, bool spreadsheetSafe, std::string_view lineEnd,
                 size_t rowCount, const Column* orderKey = nullptr);

    // Bytes a row will likely take (generous for text), to size buffers up front.
    size_t rowBytesEstimate() const;

    // Appends the rows rows[0, n) (one line each) to `out`; n > 0.
    KeyRun format(const uint32_t* rows, size_t n, RowScratch& scratch, RowBuffer& out) const;

    // Rows gathered at a time: scattered member rows make every column read a cache miss; a
    // tight gather loop per column lets the CPU overlap them, where formatting row by row would
    // wait for each in turn. Small enough that the gathered values stay in L1/L2.
    static constexpr size_t kBlockRows = 256;

private:
    void gather(size_t c, const uint32_t* rows, size_t n, RowScratch& scratch) const;

    enum class Cell : uint8_t { Int, Timestamp, Double, Bool, Date, Text, TabledText };
    // The cells of a small dictionary, formatted back to back, so writing one is a single
    // 16-byte move for most (kSlack bytes at the end keep that move inside `bytes`).
    struct CellTable {
        static constexpr size_t kSlack = 16;
        std::vector<char> bytes;
        std::vector<uint32_t> starts; // dictionary code -> first byte; one more for the end
        size_t longest = 0;
    };
    static CellTable tabulate(const Column& column, char delimiter, bool spreadsheetSafe);

    std::vector<const Column*> columns_; // the written ones, then orderKey when not among them
    size_t written_ = 0;                 // columns written
    size_t orderKey_ = SIZE_MAX;         // index of orderKey in columns_
    std::vector<DataType> types_;     // columns_[c]->type()
    std::vector<Cell> cells_;         // how columns_[c] is gathered and written, read per cell
    std::vector<CellTable> tables_;   // for TabledText columns, else empty
    char delimiter_;
    bool spreadsheetSafe_;
    bool crlf_; // line ends: CRLF, else LF
};

} // namespace seg::csv
