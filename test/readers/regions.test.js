// The 21 disclosures from eleven other cities and provinces (test/fixtures/pdf/regions/, see its
// README): other templates than the 上海 and 沧州 ones the converter was built on. For each: the
// converter reads it or says plainly why not, no finding is 确定 unless the document contradicts
// itself (none of these does, as far as each one read against its pages shows), every dataset is
// valid, and at least as many tables get their standard kind as today — a floor that rises as
// templates are added to src/convert/kinds/, never a goal.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { convertFile, DisclosureError } from '../../dist/converter.js';
import { checkConsistency } from '../../dist/data.js';
import { validateDataset } from '../../dist/model.js';

/** [standard tables at least, of tables] per file; a string is the refusal code expected. */
const FLOOR = {
  'beijing-01.pdf': 'no-tables-text-only',
  'beijing-02.pdf': [8, 10],
  'beijing-03.pdf': [8, 20],
  'chongqing-01.pdf': [9, 12],
  'fujian-01.pdf': [10, 11],
  'guangdong-01.pdf': [8, 9],
  'guangdong-02.pdf': [6, 13],
  'guangdong-03.pdf': [0, 1],
  'guangdong-04.pdf': [10, 12],
  'guangdong-05.pdf': [10, 12],
  'hunan-01.pdf': [8, 8],
  'jiangsu-01.pdf': [10, 13],
  'jiangsu-02.pdf': [10, 13],
  'jiangsu-province-01.pdf': [8, 12],
  'jiangsu-province-02.pdf': 'no-tables-text-only',
  'jiangsu-province-03.pdf': [10, 12],
  'shaanxi-01.pdf': [10, 21],
  'shaanxi-02.pdf': [9, 15],
  'shandong-01.pdf': [16, 18],
  'shandong-02.pdf': [14, 17],
  'zhejiang-01.pdf': [4, 11],
};

for (const [file, floor] of Object.entries(FLOOR)) {
  test(`${file}: read or refused plainly; no false 确定 finding; standard tables ≥ ${typeof floor === 'string' ? floor : `${floor[0]}/${floor[1]}`}`, async () => {
    const bytes = new Uint8Array(readFileSync(`test/fixtures/pdf/regions/${file}`));
    if (typeof floor === 'string') {
      await assert.rejects(convertFile(bytes, { fileName: file }), (error) => error instanceof DisclosureError && error.diagnostics[0].code === floor);
      return;
    }
    const { dataset } = await convertFile(bytes, { fileName: file });
    assert.deepEqual(validateDataset(dataset), []);
    const tables = dataset.entities.flatMap((e) => e.tables);
    const named = tables.filter((t) => t.kind !== 'other').length;
    assert.ok(named >= floor[0], `${named} of ${tables.length} tables named (floor ${floor[0]})`);
    const certain = checkConsistency(dataset).filter((c) => !c.ok && c.severity === 'certain');
    assert.deepEqual(certain.map((c) => c.message), []);
  });
}
