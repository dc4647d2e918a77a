// DuckDB's side of the import benchmark (issue 18): `CREATE TABLE t AS SELECT * FROM
// read_csv(FILE)` with the given threads, timed after one warm-up read, then the check values
// (row count, null counts, a few column sums) that segbench-import prints for its own import.
// usage: node bench/duckdb_import.mjs CUSTOMERS.csv EVENTS.csv [THREADS=2] [RUNS=3]
import { DuckDBInstance } from '@duckdb/node-api';
import { performance } from 'node:perf_hooks';

const [customers, events] = process.argv.slice(2, 4);
const threads = Number(process.argv[4] ?? 2);
const runs = Number(process.argv[5] ?? 3);
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
await con.run(`SET threads = ${threads}`);
const quote = (p) => `'${p.replaceAll("'", "''")}'`;

// Median wall time, and the mean CPU time (user + system, all threads of the process: on a
// shared machine a steadier measure of the work than the wall clock).
async function timeImport(file) {
  const times = [];
  let cpuUs = 0;
  for (let i = 0; i <= runs; ++i) {
    await con.run('DROP TABLE IF EXISTS t');
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await con.run(`CREATE TABLE t AS SELECT * FROM read_csv(${quote(file)})`);
    const c = process.cpuUsage(c0);
    if (i > 0) { // the first read warms the page cache
      times.push(performance.now() - t0);
      cpuUs += c.user + c.system;
    }
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], cpuMs: cpuUs / 1000 / runs };
}

async function checks() {
  const cols = (await con.runAndReadAll("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position")).getRowObjects();
  const parts = ['count(*) AS rows'];
  for (const c of cols) {
    const n = `"${c.column_name}"`;
    parts.push(`count(*) - count(${n}) AS "nulls:${c.column_name}"`);
    if (/INT|DOUBLE|DECIMAL|FLOAT/.test(c.data_type)) parts.push(`sum(${n})::DOUBLE AS "sum:${c.column_name}"`);
    else if (c.data_type === 'DATE') parts.push(`sum(${n} - DATE '1970-01-01')::DOUBLE AS "sum:${c.column_name}"`);
    else if (c.data_type === 'BOOLEAN') parts.push(`sum(${n}::INT)::DOUBLE AS "sum:${c.column_name}"`);
    else if (c.data_type === 'VARCHAR') parts.push(`count(DISTINCT ${n}) AS "distinct:${c.column_name}"`);
  }
  const row = (await con.runAndReadAll(`SELECT ${parts.join(', ')} FROM t`)).getRowObjects()[0];
  const types = cols.map((c) => `${c.column_name}:${c.data_type}`).join(' ');
  return { types, values: Object.entries(row).map(([k, v]) => `${k}=${Number(v)}`).join(' ') };
}

for (const [what, file] of [['customers', customers], ['events', events]]) {
  if (!file) continue;
  const { ms, cpuMs } = await timeImport(file);
  const c = await checks();
  console.log(`duckdb ${what}: ${ms.toFixed(1)} ms (median of ${runs}, ${threads} threads; ${cpuMs.toFixed(0)} ms CPU)`);
  console.log(`  types ${c.types}`);
  console.log(`  check ${c.values}`);
}
