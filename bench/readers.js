// Reading published files: `npm run bench:readers` (builds first) → bench/readers.md.
// PDF pages per second in Node (the CLI's path) and in Chromium (the demo: drop → figures shown,
// conversion in a worker), side by side with pdfplumber's extract_tables() on the same files in
// the same run; the sample as DOCX and XLSX; the lazily loaded reader's download size.
// pdfplumber is optional: without it (`pip install pdfplumber`) its column stays empty.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { convertFile } from '../dist/converter.js';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.js';
import { serveStatic } from '../scripts/static-server.js';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fixtures = [
  ...readdirSync(join(ROOT, 'test/fixtures/pdf')).filter((f) => f.endsWith('.pdf')).map((f) => join(ROOT, 'test/fixtures/pdf', f)),
  join(ROOT, 'test/fixtures/sample/cangzhou-kfq-zzrsb-2024.pdf'),
];
const name = (path) => path.split('/').pop();

// 1. Node: convertFile (pdf.js + grid + recognition), median of RUNS after one warm-up.
console.error('bench: PDF in Node…');
const node = [];
for (const file of fixtures) {
  const bytes = new Uint8Array(readFileSync(file));
  let result = await convertFile(bytes, { fileName: name(file) });
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = await convertFile(bytes, { fileName: name(file) });
    times.push(performance.now() - start);
  }
  const tables = result.dataset.entities.reduce((n, e) => n + e.tables.length + e.projects.length, 0);
  node.push({ file, pages: result.dataset.meta.source.pages, ms: median(times), tables });
}

// 2. The peer: pdfplumber, same files, same run.
console.error('bench: pdfplumber…');
let peer = new Map();
const probe = spawnSync('python3', ['-c', 'import pdfplumber'], { encoding: 'utf8' });
if (probe.status === 0) {
  const out = execFileSync('python3', [join(ROOT, 'bench/peers/pdfplumber_tables.py'), ...fixtures], { encoding: 'utf8', maxBuffer: 1 << 24 });
  peer = new Map(out.trim().split('\n').map((line) => JSON.parse(line)).map((r) => [r.file, r]));
} else {
  console.error('bench: pdfplumber is not installed (pip install pdfplumber); its column stays empty.');
}

// 3. Chromium: the built demo, a file dropped → its title shown (worker start, pdf.js, views).
console.error('bench: PDF in Chromium (demo)…');
const server = await serveStatic(join(ROOT, 'demo-dist'));
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const chrome = [];
for (const file of fixtures) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(server.base);
    await page.waitForFunction(() => document.getElementById('treemap')?.shadowRoot?.querySelector('.cell'));
    const start = Date.now();
    await page.setInputFiles('#file', { name: `run${i}-${name(file)}`, mimeType: 'application/pdf', buffer: readFileSync(file) });
    await page.waitForFunction((n) => document.getElementById('source').textContent.includes(n) || !document.getElementById('file-error').hidden, `run${i}-${name(file)}`, { timeout: 60_000 });
    times.push(Date.now() - start);
    await page.close();
  }
  chrome.push({ file, ms: median(times) });
}
const chromeVersion = browser.version();
await browser.close();
server.close();

// 4. DOCX and XLSX of the sample.
const office = [];
for (const ext of ['docx', 'xlsx']) {
  const bytes = new Uint8Array(readFileSync(join(ROOT, `test/fixtures/sample/cangzhou-kfq-zzrsb-2024.${ext}`)));
  await convertFile(bytes);
  const times = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    await convertFile(bytes);
    times.push(performance.now() - start);
  }
  office.push({ ext, ms: median(times) });
}

// 5. What the reader costs to download, and only when a PDF is opened.
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const assets = readdirSync(join(ROOT, 'demo-dist/assets'));
const pdfjsMain = assets.filter((f) => /^pdf-.*\.js$/.test(f)).reduce((n, f) => n + gz(join(ROOT, 'demo-dist/assets', f)), 0);
const pdfjsWorker = assets.filter((f) => /^pdf\.worker.*\.js$/.test(f)).reduce((n, f) => n + gz(join(ROOT, 'demo-dist/assets', f)), 0);

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const lines = [
  '| document | pages | Node: ms (pages/s) | pdfplumber: ms (pages/s) | Node vs pdfplumber | Chromium demo: drop → shown | tables found (ours / pdfplumber) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];
let ourPages = 0;
let ourMs = 0;
let peerMs = 0;
for (const r of node) {
  const p = peer.get(r.file);
  const c = chrome.find((x) => x.file === r.file);
  ourPages += r.pages;
  ourMs += r.ms;
  peerMs += p ? p.seconds * 1000 : 0;
  lines.push(`| ${name(r.file)} | ${r.pages} | ${r.ms.toFixed(0)} (${((r.pages * 1000) / r.ms).toFixed(0)}) | ${p ? `${(p.seconds * 1000).toFixed(0)} (${(p.pages / p.seconds).toFixed(0)})` : ''} | ${p ? `${((p.seconds * 1000) / r.ms).toFixed(1)}×` : ''} | ${(c.ms / 1000).toFixed(2)} s | ${r.tables} / ${p?.tables ?? ''} |`);
}
lines.push(`| **all** | ${ourPages} | ${ourMs.toFixed(0)} (${((ourPages * 1000) / ourMs).toFixed(0)}) | ${peerMs ? `${peerMs.toFixed(0)} (${((ourPages * 1000) / peerMs).toFixed(0)})` : ''} | ${peerMs ? `${(peerMs / ourMs).toFixed(1)}×` : ''} | | |`);
const output = `${lines.join('\n')}

| other | measured | target |
| --- | ---: | --- |
${office.map((o) => `| the sample as .${o.ext} → dataset (Node) | ${o.ms.toFixed(0)} ms | ≤ 200 ms |`).join('\n')}
| pdf.js + our PDF reader, loaded only when a PDF is opened (gzip) | ${kb(pdfjsMain)} + worker ${kb(pdfjsWorker)} | never in the widgets' initial download (≤ 40 KB, see results.md) |

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on this machine (${process.env.BENCH_MACHINE ?? 'shared, 2 cores'}), Node ${process.version}, headless Chromium ${chromeVersion}; median of ${RUNS} runs.
- Node: \`convertFile\` end to end (pdf.js text and drawing operations, the ruled grid, recognition), after one warm-up.
- pdfplumber: \`page.extract_tables()\` on every page, nothing else (no recognition); "tables found" counts its tables per page, ours after joining tables across pages (projects included).
- Chromium: the built demo; from handing the file to the page to its title on screen: worker start, pdf.js in its own worker, recognition, precomputed views.
`;
console.log(output);
writeFileSync(join(ROOT, 'bench/readers.md'), `# Reading published files\n\nWritten by \`npm run bench:readers\`.\n\n${output}`);
