// The DuckDB side of the benchmark (run by segbench, not by hand): loads the generated CSV
// files, then per thread count runs each query once (warm-up; its sizes go back to segbench
// for the equality check) and `runs` more times, timed. Reads a job JSON file (argv[2]) and
// prints one JSON object on stdout.
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// A database file with a memory limit: the 100M-event table does not have to fit in memory
// next to segbench's own copy of the data (the machine is shared).
if (job.database) rmSync(job.database, { force: true });
const instance = await DuckDBInstance.create(job.database ?? ':memory:',
  job.memory_limit ? { memory_limit: job.memory_limit } : {});
const con = await instance.connect();

function readCsv(path, columns) {
  const types = columns
    ? `, columns = {${Object.entries(columns).map(([n, t]) => `'${n}': '${t}'`).join(', ')}}`
    : '';
  return `read_csv('${path.replaceAll("'", "''")}', header = true, delim = ',', quote = '"'${types})`;
}

async function timed(sql) {
  const t0 = performance.now();
  const reader = await con.runAndReadAll(sql);
  return { ms: performance.now() - t0, rows: reader.getRowObjects() };
}

const out = { version: (await timed('SELECT version() AS v')).rows[0].v, load_ms: {}, queries: {}, import: {} };
await con.run(`SET threads = ${Math.max(...job.threads)}`);
for (const t of job.tables) {
  const r = await timed(`CREATE TABLE ${t.name} AS SELECT * FROM ${readCsv(t.path, t.columns)}`);
  out.load_ms[t.name] = r.ms;
}
for (const threads of job.threads) {
  await con.run(`SET threads = ${threads}`);
  for (const q of job.queries) {
    const warm = await timed(q.sql);
    const sizes = {};
    for (const [k, v] of Object.entries(warm.rows[0])) sizes[k] = Number(v ?? 0);
    const times = [];
    for (let i = 0; i < job.runs; ++i) times.push((await timed(q.sql)).ms);
    (out.queries[q.name] ??= {})[threads] = { sizes, times_ms: times };
  }
  if (job.import) {
    const times = [];
    for (let i = 0; i <= job.runs; ++i) {
      await con.run('DROP TABLE IF EXISTS import_probe');
      const r = await timed(`CREATE TABLE import_probe AS SELECT * FROM read_csv('${job.import.replaceAll("'", "''")}')`);
      if (i > 0) times.push(r.ms); // the first read warms the page cache, like segbench's
    }
    out.import[threads] = { times_ms: times };
  }
}
process.stdout.write(JSON.stringify(out));
