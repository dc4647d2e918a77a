#pragma once
// The live state in bytes, for the snapshot of `stream --state` (snapshot_file.h):
// the imported data (customers table, the events table's columns without their rows), the
// engine's per-customer state (memberships, derived values, top trees, stored events,
// profile updates, created customers, deadlines) and the intake's (counters, the
// de-duplication window). Restoring is: readDataset, a LiveEngine over that data at the
// saved clock (never start()), readEngineState, a LiveIntake, readIntakeState. A restored
// engine and intake behave exactly as the ones saved (tests/checkpoint).
#include "checkpoint/byte_io.h"
#include "data/dataset.h"
#include "live/live_engine.h"
#include "live/message_intake.h"

namespace seg {

void writeDataset(ByteWriter& out, const Dataset& data);
Dataset readDataset(ByteReader& in);

void writeEngineState(ByteWriter& out, const LiveEngine& engine);
// `engine` is freshly built over the restored data at the saved clock; throws seg::Error
// naming the reader's file when the bytes do not fit it (a snapshot of another graph).
void readEngineState(ByteReader& in, LiveEngine& engine);

void writeIntakeState(ByteWriter& out, const LiveIntake& intake);
void readIntakeState(ByteReader& in, LiveIntake& intake);

// Switches a restored intake's clock to fixed while the log is replayed (a wall clock would
// read today's date, not the one the message had), and back.
LiveClockMode setIntakeClockMode(LiveIntake& intake, LiveClockMode mode);

} // namespace seg
