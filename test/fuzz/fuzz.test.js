// The converter fuzz suite with a fixed seed, as npm test runs it: 10,000 mutated documents, each
// a valid dataset or a clear error naming the file. `npm run fuzz` runs a long random-seed run.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { fuzz, hugeInput } from './fuzz.js';

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
