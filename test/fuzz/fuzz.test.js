// The converter fuzz suite with a fixed seed, as npm test runs it: 10,000 mutated documents, each
// a valid dataset or a clear error naming the file. `npm run fuzz` runs a long random-seed run.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { fuzz, hugeInput } from './fuzz.js';
import { spawnSync } from 'node:child_process';

test('10,000 mutated documents: every one a valid dataset or a clear error, none slow', () => {
  const result = fuzz(10000, 20261124);
  assert.deepEqual(result.failures.slice(0, 3), []);
  assert.equal(result.datasets + result.clearErrors, 10000);
  assert.ok(result.clearErrors > 0 && result.datasets > 0, 'both outcomes occur');
  assert.ok(result.slowest < 2000, `slowest case took ${result.slowest} ms`);
});

test('100 MB of repetition is refused at once with its own message', () => {
  const huge = hugeInput();
  assert.ok(huge.ok, huge.message);
  assert.ok(huge.ms < 1000);
});

test('damaged DOCX, XLSX and PDF files: every one a valid dataset or a clear error', () => {
  // In a process of its own, as the CLI runs: pdf.js leaves stray rejections inside its same-thread
  // worker on some damaged PDFs, which the reader absorbs but node:test would count against the test.
  const run = spawnSync(process.execPath, [new URL('./files.js', import.meta.url).pathname, '120', '20261125', '15'], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const result = JSON.parse(run.stdout);
  assert.deepEqual(result.failures, []);
  assert.equal(result.datasets + result.clearErrors, 120 * 2 + 15);
  assert.ok(result.clearErrors > 0 && result.datasets > 0, 'both outcomes occur');
  assert.ok(result.slowest < 10_000, `slowest case took ${result.slowest} ms`);
});
