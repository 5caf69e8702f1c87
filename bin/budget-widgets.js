#!/usr/bin/env node
// budget-widgets command line: convert published disclosure files (PDF, DOCX, XLSX or a text
// export) to datasets, check them, or write them as plain HTML tables.
// Exit codes: 0 ok; 1 a document could not be read or the result is invalid; 2 usage error.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { convertFile, DisclosureError, CONVERTER } from '../dist/converter.js';
import { validateDataset } from '../dist/model.js';
import { checkConsistency, precomputeViews, staticTables, withViews } from '../dist/data.js';

const USAGE = `Usage:
  budget-widgets convert <document> [-o dataset.json] [--no-views]
  budget-widgets convert <documents or folders…> -o DIR [--no-views]
      read the published disclosure (PDF, DOCX, XLSX, or text in UTF-8, UTF-16 or GB18030/GBK) and
      write its budget dataset (stdout without -o). Several documents, or a folder of them, need
      -o DIR: one dataset each, named after the document. Datasets include the widgets'
      precomputed views, so that pages need neither the Arquero data layer nor 'unsafe-eval';
      --no-views leaves them out.
  budget-widgets check <document | dataset.json>
      report diagnostics and consistency findings, and whether a dataset's views are up to date
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

/** A dataset JSON (written by convert) or a published document, read into a dataset. */
async function load(path) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`cannot read ${path}: ${error.message}`);
  }
  const head = bytes.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) {
    let value;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new Error(`${path} is not valid JSON: ${error.message}`);
    }
    if (value && typeof value === 'object' && 'schemaVersion' in value) return { dataset: value, diagnostics: value.diagnostics ?? [], isDataset: true };
  }
  const bar = progressBar(basename(path));
  try {
    const result = await convertFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), { fileName: basename(path), onProgress: bar.update });
    return { ...result, isDataset: false };
  } catch (error) {
    if (error instanceof DisclosureError) throw new Error(error.message);
    throw error;
  } finally {
    bar.done();
  }
}

function validated(path, dataset) {
  const problems = validateDataset(dataset);
  if (problems.length) {
    for (const p of problems.slice(0, 20)) process.stderr.write(`${path}: ${p.path}: ${p.message}\n`);
    throw new Error(`${path}: the result is not a valid budget dataset (${problems.length} problem(s)).`);
  }
  return dataset;
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
const inputs = args.filter((a, i) => i > 0 && !a.startsWith('--') && a !== '-o' && !(outIndex >= 0 && i === outIndex + 1));
if (!['convert', 'check', 'tables'].includes(command) || !inputs.length) fail(`unknown command or missing input.\n${USAGE}`, 2);
if (command !== 'convert' && inputs.length > 1) fail(`${command} takes one document.\n${USAGE}`, 2);

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
// Checks name the row's line; in a PDF the reader wants its page.
const pageOf = new Map();
for (const entity of dataset.entities) {
  for (const table of entity.tables) for (const row of table.rows) if (row.page) pageOf.set(row.line, row.page);
  for (const project of entity.projects) if (project.page) pageOf.set(project.line, project.page);
}
const checks = checkConsistency(dataset).map((c) => (c.line && pageOf.has(c.line) ? { ...c, page: pageOf.get(c.line) } : c));
const failed = checks.filter((c) => !c.ok);
process.stdout.write(`${dataset.meta.title} (${dataset.meta.year}, ${dataset.meta.unit})\n`);
process.stdout.write(`\nDiagnostics: ${diagnostics.length}\n`);
for (const d of diagnostics) process.stdout.write(`  ${d.severity.toUpperCase()} [${d.code}] ${where(d, file, dataset.meta.source?.format)}: ${d.message}\n`);
process.stdout.write(`\nConsistency checks: ${checks.length - failed.length} passed, ${failed.length} failed\n`);
for (const c of failed) process.stdout.write(`  FAILED [${c.rule}] ${where({ ...c, table: c.table }, file, dataset.meta.source?.format)} (entity ${c.entity}): ${c.message}\n`);
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
      ? `\nPrecomputed views: STALE, they differ from the tables in ${stale.join(', ')}. Run budget-widgets convert again.\n`
      : `\nPrecomputed views: up to date (${dataset.views.generator}).\n`,
  );
} else if (loaded.isDataset) {
  process.stdout.write('\nPrecomputed views: none (widgets will compute them in the browser; pages with a strict Content-Security-Policy need them).\n');
}
process.exit(diagnostics.some((d) => d.severity === 'error') || staleViews ? 1 : 0);
