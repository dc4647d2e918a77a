#pragma once
// Internal to core/sql: the state shared while one statement is written, and the translation
// of expressions and bound predicates (the engine's operator meanings) into SQL.
#include "bind/predicate.h"
#include "expr/program.h"
#include "sql/dialect.h"

#include <functional>
#include <string>
#include <vector>

namespace seg::sql {

// Collects the parameters of one statement: a value becomes a placeholder when binding, or
// the dialect's escaped literal otherwise.
class SqlWriter {
public:
    SqlWriter(const Dialect& dialect, bool bind) : dialect_(dialect), bind_(bind) {}
    const Dialect& dialect() const { return dialect_; }
    std::string value(const Value& v)
    {
        if (!bind_ || v.null)
            return dialect_.literal(v);
        dialect_.literal(v); // same checks (NUL) whether bound or written
        params_.push_back(v);
        return dialect_.placeholder(params_.size(), v.type);
    }
    std::function<std::string(const Value&)> binder()
    {
        return [this](const Value& v) { return value(v); };
    }
    std::vector<Value> takeParams() { return std::move(params_); }

private:
    const Dialect& dialect_;
    bool bind_;
    std::vector<Value> params_;
};

// SQL for one customer or derived column of an expression slot.
using SlotSql = std::function<std::string(int slot)>;

// The SQL value of a compiled expression (three-valued logic as in SQL). `asOfDay` is the
// run's as_of for days_since().
std::string expressionSql(const CompiledExpr& expr, const SlotSql& slots, int32_t asOfDay, SqlWriter& w);

// The SQL condition "x satisfies p" for a present x; NULL x never matches (used in WHERE only).
std::string predicateSql(const BoundPredicate& p, const std::string& x, SqlWriter& w);

} // namespace seg::sql
