// The in-order stage of pass 1: each scanned chunk's columns are appended to the final
// columns right away (see EagerColumn in import_session.h), while the other threads scan on.
#include "data/import_session.h"

#include <algorithm>

namespace seg::detail {

size_t ImportSession::projected(size_t count, uint64_t bytesDone) const
{
    const uint64_t dataBytes = fileSize_ > dataStart_ ? fileSize_ - dataStart_ : 0;
    if (bytesDone == 0 || bytesDone >= dataBytes)
        return count;
    // 2% over the straight projection: rows of one file vary little in length, and a second
    // reservation (a copy of everything so far) costs more than the slack.
    const double scale = static_cast<double>(dataBytes) / static_cast<double>(bytesDone) * 1.02;
    return static_cast<size_t>(static_cast<double>(count) * scale) + 64;
}

void ImportSession::mergeEagerly(size_t c, ChunkColumn& part, size_t rows, uint64_t bytesDone)
{
    EagerColumn& e = eager_[c];
    if (!e.open)
        return;
    if (part.state == ChunkColumn::State::Abandoned) {
        e.open = false;
        return;
    }
    if (part.state == ChunkColumn::State::Empty) { // all NULL: fits any type
        if (!e.typed) {
            e.nullRows += rows;
        } else {
            if (e.values.size() + rows > e.reservedRows) {
                e.reservedRows = std::max(e.values.size() + rows, projected(kept_, bytesDone));
                e.values.reserve(e.reservedRows);
            }
            for (size_t r = 0; r < rows; ++r)
                e.values.appendNull();
        }
    } else {
        Column& values = part.values;
        if (!e.typed) {
            e.values = Column(columns_[c].name, values.type());
            e.typed = true;
        } else if (e.values.type() != values.type()) {
            // Ints widen to doubles (either side) unless "-0" is among them; anything else
            // waits for the final type (loadColumns).
            if (e.values.type() == DataType::Int && values.type() == DataType::Double && !e.negativeZero)
                e.values = intsAsDoubles(std::move(e.values));
            else if (e.values.type() == DataType::Double && values.type() == DataType::Int && !part.negativeZero)
                values = intsAsDoubles(std::move(values));
            else {
                e.open = false;
                return;
            }
        }
        e.negativeZero |= part.negativeZero;
        if (e.values.size() + e.nullRows + rows > e.reservedRows) {
            e.reservedRows = std::max(e.values.size() + e.nullRows + rows, projected(kept_, bytesDone));
            e.values.reserve(e.reservedRows);
        }
        for (; e.nullRows > 0; --e.nullRows)
            e.values.appendNull();
        if (values.type() == DataType::String && e.values.dict().size() + values.dict().size() > e.reservedDistinct) {
            // Room for the strings the whole file will likely hold: a column of e-mails is
            // all distinct, and growing its hash slots step by step re-hashes them each time.
            const size_t distinct = e.values.dict().size() + values.dict().size();
            const size_t bytes = e.values.dict().byteSize() + values.dict().byteSize();
            e.reservedDistinct = std::max(distinct, projected(distinct, bytesDone));
            e.values.reserveDictionary(e.reservedDistinct - e.values.dict().size(),
                                       projected(bytes, bytesDone) - e.values.dict().byteSize());
        }
        e.values.appendColumn(std::move(values));
    }
    ++e.chunks;
    part = ChunkColumn{ChunkColumn::State::Merged, false, 0, {}};
}

bool ImportSession::eagerUsable(size_t c) const
{
    const EagerColumn& e = eager_[c];
    if (e.chunks == 0 || !e.typed)
        return true; // nothing, or only NULLs: fine under any type
    const DataType final = columns_[c].spec.type;
    const DataType stored = e.values.type();
    return stored == final || (stored == DataType::Int && final == DataType::Double && !e.negativeZero);
}

} // namespace seg::detail
