// The catalog at scale: `npm run bench:catalog` (builds first) generates 1,000 documents from the
// bundled sample (250 departments × 4 years: the sample's text with another department's name,
// codes and year), runs `budget-widgets catalog` on them on this machine's cores, runs it again
// (nothing changed: every document skipped), and writes bench/catalog.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const DEPARTMENTS = Number(process.env.BENCH_DEPARTMENTS ?? 250);
const YEARS = [2022, 2023, 2024, 2025];
const NAME = '中共河北沧州经济开发区工委组织人事部';
const sample = readFileSync(join(ROOT, 'data/samples/cangzhou-kfq-zzrsb-2024.txt'), 'utf8');

const work = mkdtempSync(join(tmpdir(), 'budget-catalog-bench-'));
const inbox = join(work, 'documents');
const out = join(work, 'site');
mkdirSync(inbox);
for (let d = 0; d < DEPARTMENTS; d++) {
  const code = String(500 + d);
  const name = `合成部门${String(d + 1).padStart(3, '0')}`;
  const department = sample.replaceAll(`313001${NAME}本级`, `${code}001${name}本级`).replaceAll(`313${NAME}`, `${code}${name}`).replaceAll(NAME, name);
  for (const year of YEARS) writeFileSync(join(inbox, `${code}-${year}.txt`), department.replaceAll('2024', String(year)));
}
const documents = DEPARTMENTS * YEARS.length;
const bytes = readdirSync(inbox).reduce((sum, f) => sum + statSync(join(inbox, f)).size, 0);

function run() {
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/budget-widgets.js'), 'catalog', inbox, '-o', out, '--lang', 'en'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`catalog failed: ${result.stderr.slice(-2000)}`);
  return { seconds, summary: result.stdout.trim().split('\n').at(-1) };
}
console.error(`bench:catalog: ${documents} documents (${(bytes / 1024 / 1024).toFixed(0)} MB of text) in ${inbox}…`);
const first = run();
const again = run();
const catalog = JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8'));
const written = readdirSync(out).reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
rmSync(work, { recursive: true, force: true });

const result = `# Catalog benchmark

Written by \`npm run bench:catalog\`. ${documents} documents generated from the bundled sample (${DEPARTMENTS} departments × ${YEARS.length} years; ${(bytes / 1024 / 1024).toFixed(0)} MB of text), converted by \`budget-widgets catalog\` on ${availableParallelism()} cores of this machine (${process.env.BENCH_MACHINE ?? 'shared, 2 cores'}), Node ${process.version}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.

| run | time | documents / s | report |
| --- | ---: | ---: | --- |
| first (every document converted: read, recognised, checked, views precomputed, written) | ${first.seconds.toFixed(1)} s | ${(documents / first.seconds).toFixed(1)} | ${first.summary} |
| again (nothing changed: every document's SHA-256 matches, skipped) | ${again.seconds.toFixed(1)} s | ${(documents / again.seconds).toFixed(0)} | ${again.summary} |

The catalog lists ${catalog.datasets.length} datasets; the folder holds ${(written / 1024 / 1024).toFixed(0)} MB of JSON (datasets with their views; a web server's gzip makes each about a tenth). The overview's render from such a catalog.json is in [results.md](results.md) (\`budget-catalog\`).
`;
writeFileSync(join(ROOT, 'bench/catalog.md'), result);
console.log(result);
