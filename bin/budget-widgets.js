#!/usr/bin/env node
// budget-widgets command line: convert published disclosure files (PDF, DOCX, XLSX or a text
// export) to datasets, check them, or write them as plain HTML tables.
// Exit codes: 0 ok; 1 a document could not be read or the result is invalid; 2 usage error.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CONVERTER } from '../dist/converter.js';
import { describeDiagnostic } from '../dist/model.js';
import { runCatalog } from './catalog.js';
import { readDocument, validated } from './documents.js';
import { checkConsistency, describeCheck, precomputeViews, SEVERITY_NAMES, staticTables, withViews } from '../dist/data.js';

const USAGE = `Usage:
  budget-widgets convert <document> [-o dataset.json] [--no-views]
  budget-widgets convert <documents or folders…> -o DIR [--no-views]
      read the published disclosure (PDF, DOCX, XLSX, or text in UTF-8, UTF-16 or GB18030/GBK) and
      write its budget dataset (stdout without -o). Several documents, or a folder of them, need
      -o DIR: one dataset each, named after the document. Datasets include the widgets'
      precomputed views, so that pages need neither the Arquero data layer nor 'unsafe-eval';
      --no-views leaves them out.
  budget-widgets check <document | dataset.json> [--lang zh-CN | en]
      report diagnostics and consistency findings grouped by severity (确定, 疑似, 提示), in Chinese
      unless --lang en, and whether a dataset's views are up to date
  budget-widgets catalog <documents or folders…> -o DIR [--jobs N] [--lang zh-CN | en]
      convert every document (folders are walked, subfolders included) on worker threads into
      DIR: one dataset each, and DIR/catalog.json listing department, year, kind, unit, total
      expenditure and the source file's SHA-256 of each. Documents whose hash has not changed
      since the last run are skipped. Prints each document's problems.
  budget-widgets tables <document | dataset.json> [-o tables.html] [--all]
      plain HTML tables of the department (--all: and every unit), for <noscript> or readers
      without JavaScript`;

/** File names the converter reads when it is given a folder. */
const DOCUMENT_EXTENSIONS = /\.(pdf|docx|xlsx|txt)$/i;

function fail(message, code = 1) {
  process.stderr.write(`budget-widgets: ${message}\n`);
  process.exit(code);
}

/** A progress bar on a terminal (stderr), nothing when output is piped or in CI logs. */
function progressBar(label) {
  if (!process.stderr.isTTY) return { update() {}, done() {} };
  let last = '';
  return {
    update({ stage, done, total, tables }) {
      const width = 24;
      const filled = total ? Math.round((done / total) * width) : 0;
      const text = stage === 'recognize'
        ? `${label}: recognising tables…`
        : `${label}: [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total || '?'} pages, ${tables} tables`;
      if (text !== last) process.stderr.write(`\r${text.padEnd(last.length)}`);
      last = text;
    },
    done() {
      if (last) process.stderr.write(`\r${' '.repeat(last.length)}\r`);
    },
  };
}

/** A dataset JSON or a published document, read into a dataset, with a progress bar. */
async function load(path) {
  const bar = progressBar(basename(path));
  try {
    return await readDocument(path, { lang, onProgress: bar.update });
  } finally {
    bar.done();
  }
}

/** How a position reads for the format the dataset came from. */
const POSITION = { pdf: 'line', docx: 'paragraph', xlsx: 'row', text: 'line' };

function where(d, file, format = 'text') {
  return [file, d.page ? `page ${d.page}` : d.line ? `${POSITION[format] ?? 'line'} ${d.line}` : '', d.table ? `table "${d.table}"` : '', d.field ? `field ${d.field}` : ''].filter(Boolean).join(', ');
}

/** The documents named on the command line, folders expanded (one level, sorted). */
function documentsIn(inputs) {
  const files = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      fail(`cannot read ${input}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      files.push(...readdirSync(input).filter((name) => DOCUMENT_EXTENSIONS.test(name)).sort().map((name) => join(input, name)));
    } else {
      files.push(input);
    }
  }
  return files;
}

/** A document's dataset name: its base name, with the extension kept when another document shares it. */
function datasetName(path, documents) {
  const base = basename(path, extname(path));
  const shared = documents.filter((other) => basename(other, extname(other)) === base).length > 1;
  return shared ? basename(path) : base;
}

const args = process.argv.slice(2);
const command = args[0];
if (!command || command === '-h' || command === '--help') {
  process.stdout.write(USAGE + '\n');
  process.exit(command ? 0 : 2);
}
const outIndex = args.indexOf('-o');
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
if (outIndex >= 0 && !out) fail('-o needs a file or folder name', 2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const langIndex = args.indexOf('--lang');
const lang = langIndex >= 0 ? args[langIndex + 1] : 'zh-CN';
if (!['zh-CN', 'en'].includes(lang)) fail(`--lang takes zh-CN or en, not ${lang}`, 2);
const inputs = args.filter((a, i) => i > 0 && !a.startsWith('--') && a !== '-o' && !(outIndex >= 0 && i === outIndex + 1) && !(langIndex >= 0 && i === langIndex + 1));
if (!['convert', 'check', 'tables', 'catalog'].includes(command) || !inputs.length) fail(`unknown command or missing input.\n${USAGE}`, 2);
if (command !== 'convert' && command !== 'catalog' && inputs.length > 1) fail(`${command} takes one document.\n${USAGE}`, 2);

if (command === 'catalog') {
  if (!out) fail('catalog needs -o DIR (the datasets and catalog.json are written there).', 2);
  const jobsIndex = args.indexOf('--jobs');
  const jobs = jobsIndex >= 0 ? Number(args[jobsIndex + 1]) : undefined;
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) fail(`--jobs takes a whole number above 0, not ${args[jobsIndex + 1]}`, 2);
  const documents = inputs.filter((input) => !(jobsIndex >= 0 && input === args[jobsIndex + 1]));
  let code;
  try {
    code = await runCatalog(documents, out, { lang, jobs });
  } catch (error) {
    fail(error.message);
  }
  // Let a long report written to a pipe drain before exiting.
  await new Promise((resolve) => process.stdout.write('', resolve));
  process.exit(code);
}

if (command === 'convert') {
  const documents = documentsIn(inputs);
  const many = documents.length > 1 || inputs.some((input) => statSync(input).isDirectory());
  if (many && !out) fail('several documents need -o DIR (one dataset each is written there).', 2);
  if (!documents.length) fail(`no documents (.pdf, .docx, .xlsx, .txt) in ${inputs.join(', ')}`);
  if (many) mkdirSync(out, { recursive: true });
  let failures = 0;
  for (const path of documents) {
    try {
      const { dataset, diagnostics } = await load(path);
      validated(path, dataset);
      const output = flags.has('--no-views') ? dataset : withViews(dataset, CONVERTER);
      const json = JSON.stringify(output, null, 1) + '\n';
      const target = many ? join(out, `${datasetName(path, documents)}.json`) : out;
      if (target) {
        writeFileSync(target, json);
        process.stderr.write(`budget-widgets: wrote ${target} (${dataset.entities.length} entities, ${diagnostics.length} diagnostics)\n`);
      } else {
        process.stdout.write(json);
      }
      if (diagnostics.some((d) => d.severity === 'error')) failures++;
    } catch (error) {
      failures++;
      process.stderr.write(`budget-widgets: ${error.message}\n`);
    }
  }
  if (many) process.stderr.write(`budget-widgets: ${documents.length - failures} of ${documents.length} document(s) converted\n`);
  // Let a large dataset written to a pipe drain before exiting.
  await new Promise((resolve) => process.stdout.write('', resolve));
  process.exit(failures ? 1 : 0);
}

const input = inputs[0];
let loaded;
try {
  loaded = await load(input);
  validated(input, loaded.dataset);
} catch (error) {
  fail(error.message);
}
const { dataset, diagnostics } = loaded;

if (command === 'tables') {
  const html = staticTables(dataset, { all: flags.has('--all') });
  if (out) {
    writeFileSync(out, html);
    process.stderr.write(`budget-widgets: wrote ${out}\n`);
  } else {
    process.stdout.write(html);
  }
  process.exit(0);
}

// check
const file = basename(input);
const checks = checkConsistency(dataset);
const failed = checks.filter((c) => !c.ok);
const zh = lang === 'zh-CN';
/** Where a finding is, as a reader says it: 第 7 页, 第 2298 行, 表“…”. */
function place(c) {
  const format = dataset.meta.source?.format ?? 'text';
  if (!zh) return where(c, file, format);
  const unit = { pdf: '行', docx: '段', xlsx: '行', text: '行' }[format] ?? '行';
  return [file, c.page ? `第 ${c.page} 页` : c.line ? `第 ${c.line} ${unit}` : '', c.table ? `表“${c.table}”` : ''].filter(Boolean).join('，');
}
process.stdout.write(`${dataset.meta.title} (${dataset.meta.year}, ${dataset.meta.unit})\n`);
process.stdout.write(zh ? `\n转换提示：${diagnostics.length} 条\n` : `\nDiagnostics: ${diagnostics.length}\n`);
const SEVERITY_WORDS = { error: '错误', warning: '警告', info: '提示' };
for (const d of diagnostics) {
  const label = zh ? SEVERITY_WORDS[d.severity] ?? d.severity : d.severity.toUpperCase();
  // The message names the file itself; the place adds page, line and table.
  process.stdout.write(`  ${label} [${d.code}] ${place(d)}${zh ? '：' : ': '}${describeDiagnostic(d, lang)}\n`);
}
const bySeverity = (severity) => failed.filter((c) => (c.severity ?? 'certain') === severity);
const notes = checks.filter((c) => c.ok && c.severity === 'note');
process.stdout.write(
  zh
    ? `\n一致性校验：共 ${checks.length} 项，通过 ${checks.length - failed.length} 项，未通过 ${failed.length} 项（确定 ${bySeverity('certain').length}，疑似 ${bySeverity('likely').length}）；另有 ${notes.length} 项差额在四舍五入之内（提示）。\n`
    : `\nConsistency checks: ${checks.length - failed.length} passed, ${failed.length} failed (certain ${bySeverity('certain').length}, likely ${bySeverity('likely').length}); ${notes.length} within rounding (notes)\n`,
);
const HEADINGS = {
  certain: { 'zh-CN': (n) => `${SEVERITY_NAMES.certain['zh-CN']} ${n} 项：文件自相矛盾`, en: (n) => `${SEVERITY_NAMES.certain.en} (${n}): the document contradicts itself` },
  likely: { 'zh-CN': (n) => `${SEVERITY_NAMES.likely['zh-CN']} ${n} 项：可能有误，但另有解读`, en: (n) => `${SEVERITY_NAMES.likely.en} (${n}): probably wrong, but another reading exists` },
};
for (const severity of ['certain', 'likely']) {
  const group = bySeverity(severity);
  if (!group.length) continue;
  process.stdout.write(`\n${HEADINGS[severity][lang](group.length)}\n`);
  // Grouped by rule, in the order rules first fail.
  for (const rule of [...new Set(group.map((c) => c.rule))]) {
    for (const c of group.filter((g) => g.rule === rule)) {
      process.stdout.write(`  ${zh ? '未通过' : 'FAILED'} [${c.rule}] ${place(c)}${c.entity ? (zh ? `（单位 ${c.entity}）` : ` (entity ${c.entity})`) : ''}${zh ? '：' : ': '}${describeCheck(c, lang)}\n`);
    }
  }
}
let staleViews = false;
if (dataset.views) {
  // Views are derived data: recompute them and compare, entity by entity and view by view.
  const computed = precomputeViews(dataset);
  const fresh = computed.entities;
  const stale = dataset.views.fingerprint === computed.fingerprint ? [] : ['the tables (fingerprint)'];
  for (const [code, views] of Object.entries(fresh)) {
    for (const [name, view] of Object.entries(views)) {
      if (JSON.stringify(dataset.views.entities?.[code]?.[name]) !== JSON.stringify(view)) stale.push(`${code}.${name}`);
    }
  }
  staleViews = stale.length > 0;
  process.stdout.write(
    stale.length
      ? zh
        ? `\n预计算视图：已过期，与表格不一致（${stale.join('，')}）。请重新运行 budget-widgets convert。\n`
        : `\nPrecomputed views: STALE, they differ from the tables in ${stale.join(', ')}. Run budget-widgets convert again.\n`
      : zh
        ? `\n预计算视图：与表格一致（${dataset.views.generator}）。\n`
        : `\nPrecomputed views: up to date (${dataset.views.generator}).\n`,
  );
} else if (loaded.isDataset) {
  process.stdout.write(
    zh
      ? '\n预计算视图：无（组件将在浏览器中计算；启用严格内容安全策略的页面需要它们）。\n'
      : '\nPrecomputed views: none (widgets will compute them in the browser; pages with a strict Content-Security-Policy need them).\n',
  );
}
process.exit(diagnostics.some((d) => d.severity === 'error') || staleViews ? 1 : 0);
