// The DuckDB side of the cold-path benchmark (issue 18), run by segbench-cold, not by hand.
// node duckdb_cold.mjs JOB.json, where the job's "mode" is
//  - "import": times `CREATE TABLE AS SELECT * FROM read_csv(...)` of job.csv `runs` times after
//    one warm-up, then reports the row count, each column's NULL count and the sums of
//    job.sums (the value check against Segment Studio's import);
//  - "query": loads job.csv as table customers with job.columns' types, runs job.sql once
//    (its one row of segment sizes is returned) and `runs` more times, timed;
//  - "job": the whole nightly job once, as one process (its wall clock is taken by the caller):
//    read_csv into a table, the rule layer (one pass, a boolean column per rule) into a
//    table, then one COPY of each segment's keys (job.segments: [{file, predicate}]).
// Prints one JSON object on stdout.
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
await con.run(`SET threads = ${job.threads}`);
const text = (s) => `'${s.replaceAll("'", "''")}'`;
const readCsv = (path) => `read_csv(${text(path)}, header = true, delim = ',', quote = '"')`;

const out = {};
if (job.mode === 'import') {
  const times = [];
  for (let i = 0; i <= job.runs; ++i) {
    await con.run('DROP TABLE IF EXISTS t');
    const t0 = performance.now();
    await con.run(`CREATE TABLE t AS SELECT * FROM ${readCsv(job.csv)}`);
    if (i > 0) times.push(performance.now() - t0); // the first read warms the page cache
  }
  out.times_ms = times;
  const cols = (await con.runAndReadAll('DESCRIBE t')).getRowObjects().map((r) => r.column_name);
  const parts = ['count(*) AS n', ...cols.map((c, i) => `count(*) - count("${c}") AS null_${i}`),
                 ...job.sums.map((c, i) => `sum("${c}")::DOUBLE AS sum_${i}`)];
  const row = (await con.runAndReadAll(`SELECT ${parts.join(', ')} FROM t`)).getRowObjects()[0];
  out.rows = Number(row.n);
  out.nulls = Object.fromEntries(cols.map((c, i) => [c, Number(row[`null_${i}`])]));
  out.sums = Object.fromEntries(job.sums.map((c, i) => [c, Number(row[`sum_${i}`])]));
} else if (job.mode === 'query') {
  // The graph's one-query twin on table `customers` (column types as Segment Studio inferred
  // them): one run for the sizes, then `runs` timed runs.
  const types = Object.entries(job.columns).map(([n, t]) => `'${n}': '${t}'`).join(', ');
  await con.run(`CREATE TABLE customers AS SELECT * FROM read_csv(${text(job.csv)}, header = true, delim = ',', quote = '"', columns = {${types}})`);
  const first = (await con.runAndReadAll(job.sql)).getRowObjects()[0];
  out.sizes = Object.fromEntries(Object.entries(first).map(([k, v]) => [k, Number(v ?? 0)]));
  out.times_ms = [];
  for (let i = 0; i < job.runs; ++i) {
    const t0 = performance.now();
    await con.runAndReadAll(job.sql);
    out.times_ms.push(performance.now() - t0);
  }
} else if (job.mode === 'job') {
  await con.run(`CREATE TABLE customers AS SELECT * FROM ${readCsv(job.csv)}`);
  await con.run(`CREATE TABLE r AS ${job.rule_layer}`);
  for (const s of job.segments)
    await con.run(`COPY (SELECT customer_id FROM r WHERE ${s.predicate} ORDER BY customer_id) TO ${text(s.file)} (HEADER, DELIMITER ',')`);
  out.segments = job.segments.length;
} else {
  throw new Error(`unknown mode ${job.mode}`);
}
process.stdout.write(JSON.stringify(out));
