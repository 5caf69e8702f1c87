// `budget-widgets catalog`, run as a user runs it, against the built dist/.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const run = (...args) => spawnSync(process.execPath, ['bin/budget-widgets.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'budget-catalog-'));
const inbox = join(dir, 'documents');
const out = join(dir, 'site');
mkdirSync(join(inbox, 'putuo'), { recursive: true });
copyFileSync('data/samples/cangzhou-kfq-zzrsb-2024.txt', join(inbox, 'cangzhou-2024.txt'));
copyFileSync('test/fixtures/sample/cangzhou-kfq-zzrsb-2024.xlsx', join(inbox, 'cangzhou-2024.xlsx'));
copyFileSync('test/fixtures/pdf/shanghai-putuo-wanli-2024-dept-budget.pdf', join(inbox, 'putuo', 'wanli-2024.pdf'));
copyFileSync('test/fixtures/encrypted.pdf', join(inbox, 'putuo', 'locked.pdf'));
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('catalog converts a folder tree on worker threads and writes catalog.json with one entry per document', () => {
  const result = run('catalog', inbox, '-o', out, '--jobs', '2');
  // The encrypted PDF fails: the catalog is written all the same, and the exit code says so.
  assert.equal(result.status, 1, result.stderr);
  const catalog = JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8'));
  assert.equal(catalog.version, 1);
  assert.match(catalog.generator, /budget-widgets converter/);
  assert.deepEqual(
    catalog.datasets.map((e) => [e.file, e.department, e.code, e.year, e.kind, e.unit, e.total]),
    [
      ['cangzhou-2024.json', '中共河北沧州经济开发区工委组织人事部', '313', 2024, 'budget', '万元', 2654.52],
      ['cangzhou-2024-2.json', '中共河北沧州经济开发区工委组织人事部', '313', 2024, 'budget', '万元', 2654.52],
      ['wanli-2024.json', '上海市普陀区人民政府万里街道办事处', catalog.datasets[2].code, 2024, 'budget', '元', 156211123],
    ],
  );
  for (const entry of catalog.datasets) {
    const dataset = JSON.parse(readFileSync(join(out, entry.file), 'utf8'));
    assert.equal(dataset.meta.year, entry.year);
    assert.ok(dataset.views, `${entry.file} carries its views`);
  }
  assert.deepEqual(catalog.datasets[0].source, { fileName: 'cangzhou-2024.txt', sha256: sha256(join(inbox, 'cangzhou-2024.txt')) });
  assert.deepEqual(catalog.datasets[0].problems, { certain: 0, likely: 4, diagnostics: 8 });
  // The report: one line per document with its problems, the failure named, and a total.
  assert.match(result.stdout, /cangzhou-2024\.txt → cangzhou-2024\.json: 中共河北沧州经济开发区工委组织人事部 2024年预算，支出 2654\.52 万元; 未通过校验 4 项（确定 0，疑似 4），转换提示 8 条/);
  assert.match(result.stdout, /locked\.pdf: 失败: .*加密/);
  assert.match(result.stdout, /共 4 份：转换 3 份，未变跳过 0 份，失败 1 份/);
});

test('catalog skips documents whose hash has not changed, and converts a changed one again', () => {
  const again = run('catalog', inbox, '-o', out, '--lang', 'en');
  assert.match(again.stdout, /cangzhou-2024\.txt: unchanged, skipped/);
  assert.match(again.stdout, /4 document\(s\): 0 converted, 3 unchanged, 1 failed/);
  copyFileSync('test/fixtures/sample/cangzhou-kfq-zzrsb-2024.docx', join(inbox, 'cangzhou-2024.xlsx.docx'));
  copyFileSync('test/fixtures/sample/cangzhou-kfq-zzrsb-2024.gb18030.txt', join(inbox, 'cangzhou-2024.txt'));
  const changed = run('catalog', inbox, '-o', out, '--lang', 'en');
  assert.match(changed.stdout, /5 document\(s\): 2 converted, 2 unchanged, 1 failed/);
  const catalog = JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8'));
  assert.equal(catalog.datasets.find((e) => e.file === 'cangzhou-2024.json').source.sha256, sha256(join(inbox, 'cangzhou-2024.txt')));
  assert.ok(existsSync(join(out, 'cangzhou-2024.xlsx.json')));
});

test('catalog usage errors exit 2', () => {
  assert.equal(run('catalog', inbox).status, 2);
  assert.equal(run('catalog', inbox, '-o', out, '--jobs', 'zero').status, 2);
});

test('the sample catalog the demo serves is current: its datasets’ views match their tables', async () => {
  const { fingerprint } = await import('../../dist/data.js');
  const catalog = JSON.parse(readFileSync('data/samples/catalog/catalog.json', 'utf8'));
  for (const entry of catalog.datasets) {
    const dataset = JSON.parse(readFileSync(join('data/samples/catalog', entry.file), 'utf8'));
    assert.equal(dataset.views.fingerprint, fingerprint(dataset), `${entry.file}: run npm run catalog-sample`);
  }
});
