// Makes the .docx, .xlsx and .pdf versions of the bundled sample disclosure that the tests read,
// with LibreOffice, from the sample's text export (one table cell a line, rows separated by blank
// lines). Run once; the results are committed in test/fixtures/ (LibreOffice is not needed to test).
//   apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-wqy-zenhei   (a CJK font: without one the PDF has no Chinese glyphs)
//   node scripts/make-sample-formats.js
// The text becomes an HTML page (titles and prose as paragraphs, each run of rows as a table with
// ruled borders), which LibreOffice Writer saves as DOCX and PDF, and Calc as XLSX.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const SAMPLE = new URL('../data/samples/cangzhou-kfq-zzrsb-2024.txt', import.meta.url).pathname;
const OUT = new URL('../test/fixtures/sample/', import.meta.url).pathname;
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const { module } = await runnerImport(new URL('../src/convert/tokens.ts', import.meta.url).pathname, { logLevel: 'silent' });
const { module: projects } = await runnerImport(new URL('../src/convert/projects.ts', import.meta.url).pathname, { logLevel: 'silent' });
// The text export splits an indicator row where a cell holds a paragraph break; a real .docx has
// one row there. Rejoin them as the converter does, so the fixtures look like a department's file.
const tokens = [];
for (const token of module.tokenize(readFileSync(SAMPLE, 'utf8'))) {
  const previous = tokens[tokens.length - 1];
  if (token.type === 'row' && previous?.type === 'rows') previous.rows.push(token);
  else tokens.push(token.type === 'row' ? { type: 'rows', rows: [token] } : token);
}
for (const run of tokens.filter((t) => t.type === 'rows')) {
  const header = run.rows.findIndex((r) => r.cells.includes('一级指标'));
  if (header >= 0) run.rows = [...run.rows.slice(0, header + 1), ...projects.joinSplitRows(run.rows.slice(header + 1), run.rows[header].cells.length, [])];
}
let html = '<!doctype html><html><head><meta charset="utf-8"><style>table{border-collapse:collapse}td{border:1px solid #000;font-size:8pt}</style></head><body>\n';
for (const token of tokens) {
  if (token.type === 'rows') {
    html += '<table border="1" cellspacing="0">\n';
    for (const row of token.rows) html += `<tr>${row.cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>\n`;
    html += '</table>\n';
  } else {
    html += `<p>${escape(token.text)}</p>\n`;
  }
}
html += '</body></html>\n';

const work = mkdtempSync(join(tmpdir(), 'sample-formats-'));
const source = join(work, 'cangzhou-kfq-zzrsb-2024.html');
writeFileSync(source, html);
const soffice = (...args) => execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, ...args, '--outdir', work, source], { stdio: 'inherit' });
soffice('--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML');
soffice('--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export');
soffice('--infilter=calc_HTML_WebQuery', '--convert-to', 'xlsx:Calc MS Excel 2007 XML');
for (const ext of ['docx', 'pdf', 'xlsx']) renameSync(join(work, `cangzhou-kfq-zzrsb-2024.${ext}`), join(OUT, `cangzhou-kfq-zzrsb-2024.${ext}`));
console.log(`wrote ${OUT}cangzhou-kfq-zzrsb-2024.{docx,pdf,xlsx}`);
