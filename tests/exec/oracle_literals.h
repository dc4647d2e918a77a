#pragma once
// Comparison literals for the random graphs: taken from the values the data really has (so
// that eq / le / between hit rows exactly on the edge), nudged by one unit now and then, or
// drawn at random when no sample is available.
#include "oracle_graph.h"

namespace seg::oracle {

class LiteralMaker {
public:
    LiteralMaker(Rng& rng, int32_t asOf) : rng_(rng), asOf_(asOf) {}

    // A random comparison for `operand`, literals drawn from `samples` (may be empty).
    GenComparison comparison(const SqlOperand& operand, const std::vector<SqlValue>& samples);
    Literal literal(const SqlOperand& operand, const std::vector<SqlValue>& samples, const std::string& op);

private:
    Literal number(DataType type, const SqlValue* sample);
    Literal cents(const SqlValue* sample);
    Literal date(const SqlValue* sample);
    Literal timestamp(const SqlValue* sample);
    Literal text(const SqlValue* sample, const std::string& op, bool ignoreCase);

    Rng& rng_;
    int32_t asOf_;
    bool ignoreCase_ = false;
};

// a < b for literals of one operand (SQL values: numbers numerically, text by bytes).
bool sqlLess(const SqlValue& a, const SqlValue& b);

} // namespace seg::oracle
