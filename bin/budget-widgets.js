#!/usr/bin/env node
// budget-widgets command line: convert a disclosure document to a dataset, or check one.
//   budget-widgets convert <input.txt> [-o dataset.json] [--no-views]
//   budget-widgets check <input.txt|dataset.json>
// Exit codes: 0 ok; 1 the document could not be read or the result is invalid; 2 usage error.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDisclosure, DisclosureError, CONVERTER } from '../dist/converter.js';
import { validateDataset } from '../dist/model.js';
import { checkConsistency, precomputeViews, staticTables, withViews } from '../dist/data.js';

const USAGE = `Usage:
  budget-widgets convert <document.txt> [-o dataset.json] [--no-views]
      write the budget dataset (stdout without -o). It includes the widgets' precomputed views, so
      that pages need neither the Arquero data layer nor 'unsafe-eval'; --no-views leaves them out.
  budget-widgets check <document.txt | dataset.json>
      report diagnostics and consistency findings, and whether a dataset's views are up to date
  budget-widgets tables <document.txt | dataset.json> [-o tables.html] [--all]
      plain HTML tables of the department (--all: and every unit), for <noscript> or readers
      without JavaScript`;

function fail(message, code = 1) {
  process.stderr.write(`budget-widgets: ${message}\n`);
  process.exit(code);
}

function readInput(path) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    fail(`cannot read ${path}: ${error.message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${path} is not UTF-8 text. Export the document as UTF-8 text (Word: Save As → Plain Text → Unicode (UTF-8)).`);
  }
}

function load(path) {
  const text = readInput(path);
  if (/\.json$/i.test(path)) {
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      fail(`${path} is not valid JSON: ${error.message}`);
    }
    return { dataset: value, diagnostics: value?.diagnostics ?? [] };
  }
  try {
    return parseDisclosure(text, { fileName: basename(path) });
  } catch (error) {
    if (error instanceof DisclosureError) fail(error.message);
    throw error;
  }
}

function where(d, file) {
  return [file, d.line ? `line ${d.line}` : '', d.table ? `table "${d.table}"` : '', d.field ? `field ${d.field}` : ''].filter(Boolean).join(', ');
}

const [command, input, ...rest] = process.argv.slice(2);
if (!command || command === '-h' || command === '--help') {
  process.stdout.write(USAGE + '\n');
  process.exit(command ? 0 : 2);
}
if (!['convert', 'check', 'tables'].includes(command) || !input) fail(`unknown command or missing input.\n${USAGE}`, 2);

const { dataset, diagnostics } = load(input);
const problems = validateDataset(dataset);
if (problems.length) {
  for (const p of problems) process.stderr.write(`${input}: ${p.path}: ${p.message}\n`);
  fail(`${input}: the result is not a valid budget dataset (${problems.length} problem(s)).`);
}

if (command === 'convert') {
  const outIndex = rest.indexOf('-o');
  const output = rest.includes('--no-views') ? dataset : withViews(dataset, CONVERTER);
  const json = JSON.stringify(output, null, 1) + '\n';
  if (outIndex >= 0) {
    const out = rest[outIndex + 1];
    if (!out) fail('-o needs a file name', 2);
    writeFileSync(out, json);
    process.stderr.write(`budget-widgets: wrote ${out} (${dataset.entities.length} entities, ${diagnostics.length} diagnostics)\n`);
  } else {
    process.stdout.write(json);
  }
  process.exit(diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
}

if (command === 'tables') {
  const html = staticTables(dataset, { all: rest.includes('--all') });
  const outIndex = rest.indexOf('-o');
  if (outIndex >= 0) {
    const out = rest[outIndex + 1];
    if (!out) fail('-o needs a file name', 2);
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
process.stdout.write(`${dataset.meta.title} (${dataset.meta.year}, ${dataset.meta.unit})\n`);
process.stdout.write(`\nDiagnostics: ${diagnostics.length}\n`);
for (const d of diagnostics) process.stdout.write(`  ${d.severity.toUpperCase()} [${d.code}] ${where(d, file)}: ${d.message}\n`);
process.stdout.write(`\nConsistency checks: ${checks.length - failed.length} passed, ${failed.length} failed\n`);
for (const c of failed) process.stdout.write(`  FAILED [${c.rule}] ${where({ ...c, table: c.table }, file)} (entity ${c.entity}): ${c.message}\n`);
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
} else if (/\.json$/i.test(input)) {
  process.stdout.write('\nPrecomputed views: none (widgets will compute them in the browser; pages with a strict Content-Security-Policy need them).\n');
}
process.exit(diagnostics.some((d) => d.severity === 'error') || staleViews ? 1 : 0);
