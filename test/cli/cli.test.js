// The command line, run as a user runs it (node bin/budget-widgets.js …) against the built dist/.
// Runs with Node's test runner after `npm run build` (see package.json "test").
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const SAMPLE = 'data/samples/cangzhou-kfq-zzrsb-2024.txt';
const run = (...args) => spawnSync(process.execPath, ['bin/budget-widgets.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'budget-cli-'));

test('convert writes the dataset that ships with the project', () => {
  const out = join(dir, 'sample.json');
  const result = run('convert', SAMPLE, '-o', out);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /2 entities, 8 diagnostics/);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), JSON.parse(readFileSync('data/samples/cangzhou-kfq-zzrsb-2024.json', 'utf8')));
});

test('check reports diagnostics and failed checks with file and line', () => {
  const result = run('check', SAMPLE, '--lang', 'en');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /Consistency checks: \d+ passed, 4 failed/);
  assert.match(result.stdout, /FAILED \[plan-ends-at-budget\] cangzhou-kfq-zzrsb-2024\.txt, line 2298/);
});

test('check reads a dataset JSON too, and says its views are up to date', () => {
  const result = run('check', 'data/samples/cangzhou-kfq-zzrsb-2024.json', '--lang', 'en');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /4 failed/);
  assert.match(result.stdout, /Precomputed views: up to date/);
});

test('convert --no-views leaves the views out; check finds views that no longer match the tables', () => {
  const plain = join(dir, 'plain.json');
  assert.equal(run('convert', SAMPLE, '-o', plain, '--no-views').status, 0);
  assert.equal(JSON.parse(readFileSync(plain, 'utf8')).views, undefined);
  assert.match(run('check', plain, '--lang', 'en').stdout, /Precomputed views: none/);

  const edited = JSON.parse(readFileSync('data/samples/cangzhou-kfq-zzrsb-2024.json', 'utf8'));
  edited.entities[0].projects[0].budget = 101;
  const stale = join(dir, 'stale.json');
  writeFileSync(stale, JSON.stringify(edited));
  const result = run('check', stale, '--lang', 'en');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /Precomputed views: STALE, they differ from the tables in the tables \(fingerprint\), 313\.summary, 313\.plans/);
});

test('a file that is not a disclosure exits 1 with a message naming it', () => {
  const bad = join(dir, 'notes.txt');
  writeFileSync(bad, 'meeting notes\nnothing else\n');
  const result = run('convert', bad);
  assert.equal(result.status, 1);
  // In Chinese by default, from the message's code; --lang en gives the English sentence.
  assert.match(result.stderr, /notes\.txt：这份 TXT 中没有找到预算表/);
  assert.match(run('convert', bad, '--lang', 'en').stderr, /notes\.txt: no budget table found/);
});

test('a GB18030 (GBK) text reads like the UTF-8 one; other files and invalid JSON are refused clearly', () => {
  const gbk = run('convert', 'test/fixtures/sample/cangzhou-kfq-zzrsb-2024.gb18030.txt', '--no-views');
  assert.equal(gbk.status, 0, gbk.stderr);
  const utf8 = run('convert', SAMPLE, '--no-views');
  const tables = (json) => JSON.parse(json).entities.map((e) => e.tables);
  assert.deepEqual(tables(gbk.stdout), tables(utf8.stdout));
  assert.match(JSON.parse(gbk.stdout).diagnostics[0].message, /GB18030/);
  const image = join(dir, 'scan.txt');
  writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const a = run('check', image);
  assert.equal(a.status, 1);
  assert.match(a.stderr, /scan\.txt：看起来是PNG 图片，不是预算公开文件/);
  assert.match(run('check', image, '--lang', 'en').stderr, /scan\.txt: this looks like a PNG image, not a budget disclosure/);
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"schemaVersion": 1,');
  const b = run('check', broken);
  assert.equal(b.status, 1);
  assert.match(b.stderr, /broken\.json is not valid JSON/);
  const other = join(dir, 'other.json');
  writeFileSync(other, '{"schemaVersion": 1}');
  const c = run('check', other);
  assert.equal(c.status, 1);
  assert.match(c.stderr, /\$\.meta: .*missing/);
});

test('usage errors exit 2', () => {
  assert.equal(run().status, 2);
  assert.equal(run('explode', SAMPLE).status, 2);
});

test('the ahead-of-time compiled dataset check is up to date with the schema', () => {
  const result = spawnSync(process.execPath, ['scripts/generate-check.js', '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});

test('tables writes plain, escaped HTML tables for readers without JavaScript', () => {
  const result = run('tables', 'data/samples/cangzhou-kfq-zzrsb-2024.json');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /<caption>中共河北沧州经济开发区工委组织人事部支出总表（单位：万元）<\/caption>/);
  assert.match(result.stdout, /<th scope="row">社会保障和就业支出<\/th><td class="num">2,213.24<\/td>/);
  assert.doesNotMatch(result.stdout, /<script/);
  const hostile = JSON.parse(readFileSync('data/samples/cangzhou-kfq-zzrsb-2024.json', 'utf8'));
  hostile.entities[0].projects[0].name = '<script>alert(1)</script>';
  const file = join(dir, 'hostile.json');
  writeFileSync(file, JSON.stringify(hostile));
  const escaped = run('tables', file);
  assert.match(escaped.stdout, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.doesNotMatch(escaped.stdout, /<script>/);
});

test('convert takes a folder of published files (every format) and writes one dataset each', () => {
  const out = join(dir, 'datasets');
  const result = run('convert', 'test/fixtures/sample', '-o', out, '--no-views');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /4 of 4 document\(s\) converted/);
  const formats = ['docx', 'pdf', 'xlsx'].map((ext) => JSON.parse(readFileSync(join(out, `cangzhou-kfq-zzrsb-2024.${ext}.json`), 'utf8')).meta.source.format);
  assert.deepEqual(formats, ['docx', 'pdf', 'xlsx']);
  assert.equal(JSON.parse(readFileSync(join(out, 'cangzhou-kfq-zzrsb-2024.gb18030.json'), 'utf8')).meta.source.format, 'text');
  const several = run('convert', 'test/fixtures/sample/cangzhou-kfq-zzrsb-2024.pdf', SAMPLE);
  assert.equal(several.status, 2);
  assert.match(several.stderr, /several documents need -o DIR/);
});

test('check on a PDF names the page of each finding', () => {
  const result = run('check', 'test/fixtures/sample/cangzhou-kfq-zzrsb-2024.pdf', '--lang', 'en');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /FAILED \[plan-ends-at-budget\] cangzhou-kfq-zzrsb-2024\.pdf, page 7, table "4、城乡居民养老保险发放及缴费补贴县级配套绩效目标表"/);
  const locked = run('check', 'test/fixtures/encrypted.pdf', '--lang', 'en');
  assert.equal(locked.status, 1);
  assert.match(locked.stderr, /encrypted\.pdf: the PDF is protected by a password/);
  assert.match(run('check', 'test/fixtures/encrypted.pdf').stderr, /encrypted\.pdf：PDF 设有密码保护/);
});

test('check speaks Chinese by default, findings grouped by severity with their page', () => {
  const result = run('check', 'test/fixtures/pdf/shanghai-putuo-caizhengju-2024-dept-final-accounts.pdf');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /一致性校验：共 \d+ 项，通过 \d+ 项，未通过 1 项（确定 1，疑似 0）/);
  assert.match(result.stdout, /确定 1 项：文件自相矛盾\n  未通过 \[text-vs-table\] shanghai-putuo-caizhengju-2024-dept-final-accounts\.pdf，第 21 页，表“财政拨款收入支出决算总表”：财政拨款收入支出总计：说明文字写为 0\.3，表“财政拨款收入支出决算总表”为 2961\.68/);
  const sample = run('check', SAMPLE);
  assert.match(sample.stdout, /疑似 4 项：可能有误，但另有解读/);
  assert.match(sample.stdout, /项目“党员干部培训教育经费”（13091124P00527310002H）的资金支出计划合计 40.00 万元，比预算 50.00 万元少 10.00 万元。/);
  // Outside the diagnostics' own messages (English until they become codes), no English sentence.
  const checkPart = sample.stdout.slice(sample.stdout.indexOf('一致性校验'));
  assert.doesNotMatch(checkPart, /\b(is printed|computed|FAILED|passed|failed|Precomputed)\b/);
  assert.equal(run('check', SAMPLE, '--lang', 'fr').status, 2);
});
