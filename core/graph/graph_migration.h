#pragma once
// Older graph files are brought up to the current format_version on load, one version at a
// time, by the steps in a table: the next format version adds one entry and nothing else.
#include "util/json.h"

#include <span>
#include <string>

namespace seg {

struct GraphMigration {
    int fromVersion;                  // rewrites a document of this version...
    void (*upgrade)(Json& document);  // ...into fromVersion + 1 (format_version is set by the caller)
};

// This program's steps. Version 1 is the first format, so there are none yet.
std::span<const GraphMigration> graphMigrations();

// Applies the steps from `fromVersion` up to `toVersion` and sets "format_version".
// Returns "" on success, else what is missing ("no migration from format_version 3").
std::string migrateGraphDocument(Json& document, int fromVersion, int toVersion,
                                 std::span<const GraphMigration> table);

} // namespace seg
