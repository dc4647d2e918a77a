// Customers created by the stream (a profile update naming an unknown key) and the customers
// table as it stands after profile updates, for the export of the final state.
#include "live/live_engine.h"
#include "live/live_values.h"

#include "data/types.h"

namespace seg {

using namespace live_detail;

namespace {

bool sameValue(const Value& a, const Value& b)
{
    if (a.null || b.null)
        return a.null == b.null;
    return a.i == b.i && a.s == b.s && (a.d == b.d || (a.d != a.d && b.d != b.d));
}

} // namespace

void LiveEngine::growCustomers()
{
    member_.grow();
    for (auto& d : derived_)
        d.grow();
    for (auto& t : tops_)
        if (t)
            t->addCustomer();
    events_.emplace_back();
    scheduled_.push_back(kNoDeadline);
    dirtyFlag_.push_back(0);
    ++customers_;
}

std::optional<uint32_t> LiveEngine::createCustomer(std::string_view key, std::string* problem)
{
    auto fail = [&](std::string reason) -> std::optional<uint32_t> {
        if (problem)
            *problem = std::move(reason);
        return std::nullopt;
    };
    if (!graph_.customers.key)
        return fail("the customers dataset has no key column (rows are numbered), so profile updates cannot "
                    "create customers");
    const Column& imported = data_.customers.key();
    Value keyValue;
    if (imported.type() == DataType::Int) {
        const auto v = parseInt64(key);
        if (!v)
            return fail("unknown customer \"" + std::string(key) + "\": a new customer's key must be an integer, as "
                        "the key column \"" + imported.name() + "\" is");
        keyValue = Value::ofInt(*v);
    } else if (imported.type() == DataType::String) {
        if (key.empty())
            return fail("a new customer's key may not be empty");
        keyValue = Value::ofString(std::string(key));
    } else {
        return fail("unknown customer \"" + std::string(key) + "\": customers can be created only where the key column "
                    "holds integers or text");
    }
    if (rowOfKey(key))
        return fail("customer \"" + std::string(key) + "\" exists already");
    if (customers_ >= UINT32_MAX - 1)
        return fail("too many customers");
    if (!ownedKey_) {
        // From now on keys grow: an own copy of the imported column, built by appending (a
        // copied string column could not intern new strings after its finish()).
        ownedKey_ = std::make_unique<Column>(imported.name(), imported.type());
        ownedKey_->reserve(imported.size() + 1);
        for (size_t r = 0; r < imported.size(); ++r)
            appendValue(*ownedKey_, valueAt(imported, r));
        key_ = ownedKey_.get();
    }
    appendValue(*ownedKey_, keyValue);
    const auto row = static_cast<uint32_t>(customers_);
    growCustomers();
    if (imported.type() == DataType::Int)
        intKeys_.insert(keyValue.i, row);
    else
        textKeys_.emplace(keyValue.s, row);
    // Every column NULL but the key, as an imported row with empty fields would be.
    std::vector<Value>& values = profiles_[row];
    for (int c = 0; c < bound_.customerColumns; ++c)
        values.push_back(c == data_.customers.keyColumn
                             ? keyValue
                             : Value::nullOf(data_.customers.table.columns[static_cast<size_t>(c)].type()));
    return row;
}

CustomerTable LiveEngine::customerTable() const
{
    const CustomerTable& imported = data_.customers;
    CustomerTable out;
    out.keyColumn = imported.keyColumn;
    out.table.rows = customers_;
    for (size_t c = 0; c < imported.table.columns.size(); ++c) {
        const Column& from = imported.table.columns[c];
        if (static_cast<int>(c) == imported.keyColumn && ownedKey_) {
            out.table.columns.push_back(*ownedKey_);
            continue;
        }
        bool edited = customers_ > imported.rows();
        for (const auto& [row, values] : profiles_) {
            if (edited)
                break;
            edited = !sameValue(values[c], valueAt(from, row));
        }
        if (!edited) {
            out.table.columns.push_back(from);
            continue;
        }
        Column col(from.name(), from.type());
        col.reserve(customers_);
        for (size_t r = 0; r < customers_; ++r) {
            auto it = profiles_.find(static_cast<uint32_t>(r));
            appendValue(col, it != profiles_.end() ? it->second[c] : valueAt(from, r));
        }
        col.finish();
        out.table.columns.push_back(std::move(col));
    }
    return out;
}

} // namespace seg
