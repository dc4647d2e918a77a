#pragma once
// The tables of workspace schema version 1 (docs/workspace.md describes each).
#include <string_view>

namespace seg::ws {

inline constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE graph(id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, base_dir TEXT NOT NULL,
                   saved_at TEXT NOT NULL);
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE imports(id INTEGER PRIMARY KEY, dataset TEXT NOT NULL, at TEXT NOT NULL, path TEXT NOT NULL,
                     file_size INTEGER NOT NULL, file_hash TEXT NOT NULL, rows INTEGER NOT NULL,
                     report TEXT NOT NULL, drift TEXT NOT NULL);
CREATE TABLE datasets(name TEXT PRIMARY KEY, import_id INTEGER, rows INTEGER NOT NULL,
                      key_column INTEGER NOT NULL, time_column INTEGER NOT NULL, type_column INTEGER NOT NULL);
CREATE TABLE columns(dataset TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
                     nulls INTEGER NOT NULL, dict_entries INTEGER NOT NULL, dict_bytes INTEGER NOT NULL,
                     PRIMARY KEY(dataset, position));
CREATE TABLE chunks(id INTEGER PRIMARY KEY, dataset TEXT NOT NULL, position INTEGER NOT NULL,
                    part INTEGER NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL,
                    UNIQUE(dataset, position, part, chunk));
CREATE TABLE graphs(hash TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE runs(id INTEGER PRIMARY KEY, at TEXT NOT NULL, source TEXT NOT NULL, graph_hash TEXT NOT NULL,
                  customers_import INTEGER, events_import INTEGER, as_of TEXT NOT NULL, strategy TEXT NOT NULL,
                  threads INTEGER NOT NULL, total_ms REAL NOT NULL, rows INTEGER NOT NULL, events INTEGER NOT NULL,
                  fingerprint TEXT NOT NULL);
CREATE TABLE run_segments(run_id INTEGER NOT NULL, segment_id TEXT NOT NULL, name TEXT NOT NULL,
                          size INTEGER NOT NULL, warnings TEXT NOT NULL, members BLOB,
                          members_base INTEGER, members_depth INTEGER NOT NULL DEFAULT 0,
                          PRIMARY KEY(run_id, segment_id));
CREATE TABLE run_nodes(run_id INTEGER NOT NULL, node_id TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
                       size INTEGER, ms REAL NOT NULL, error TEXT NOT NULL, PRIMARY KEY(run_id, node_id));
)sql";

// Chunk parts (chunks.part).
enum Part : int { kValuesPart = 0, kValidityPart = 1, kDictionaryPart = 2 };

} // namespace seg::ws
