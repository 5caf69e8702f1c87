// The converter on the files departments publish, in Node against the built dist/ (run after
// `npm run build`): the bundled sample as DOCX, XLSX and PDF gives what its text export gives, and
// on every real PDF fixture each amount printed in a table is in the dataset on its page — counted
// both ways against the PDF's text layer, read here directly with pdf.js, independently of the
// converter's grid.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { datasetAmounts, difference, printedAmounts } from '../helpers/printed-amounts.js';
import { convertFile } from '../../dist/converter.js';
import { makeDocx, wordParagraph, wordRow } from '../helpers/make-files.js';
import { checkConsistency, expenditureHierarchy, incomeVsExpenditure } from '../../dist/data.js';

const SAMPLE = 'data/samples/cangzhou-kfq-zzrsb-2024';
const FIXTURE = 'test/fixtures/sample/cangzhou-kfq-zzrsb-2024';
const read = (path) => new Uint8Array(readFileSync(path));
const convert = (path) => convertFile(read(path), { fileName: path.split('/').pop() });

const tablesOf = (dataset) => dataset.entities.map((e) => e.tables.map((t) => ({ kind: t.kind, title: t.title, unit: t.unit, columns: t.columns, cells: t.rows.map((r) => r.cells) })));
const projectsOf = (dataset) =>
  dataset.entities.map((e) =>
    e.projects.map((p) => ({
      code: p.code,
      name: p.name,
      budget: p.budget,
      plan: p.plan.checkpoints.map((c) => c.value),
      // Targets compared as read: a PDF line break may drop a space the export kept ("≥100 百分比").
      targets: p.indicators.map((i) => [i.level1, i.level2, i.target.comparison, i.target.value, i.target.unit?.replace(/\s/g, '')]),
    })),
  );
const failedChecks = (dataset) => checkConsistency(dataset).filter((c) => !c.ok).map((c) => [c.rule, c.entity, c.table, c.row, c.expected, c.actual]);

const text = await convert(`${SAMPLE}.txt`);

for (const format of ['docx', 'xlsx', 'pdf']) {
  test(`the sample as .${format} gives the tables, projects and findings of its text export`, async () => {
    const result = await convert(`${FIXTURE}.${format}`);
    assert.equal(result.format, format);
    assert.equal(result.dataset.meta.source.format, format);
    assert.equal(result.dataset.meta.title, text.dataset.meta.title);
    assert.deepEqual(tablesOf(result.dataset), tablesOf(text.dataset));
    assert.deepEqual(projectsOf(result.dataset), projectsOf(text.dataset));
    assert.deepEqual(failedChecks(result.dataset), failedChecks(text.dataset));
    assert.equal(failedChecks(result.dataset).length, 4);
  });
}

test('a PDF dataset says on which page each table, row, project and finding is', async () => {
  const { dataset } = await convert(`${FIXTURE}.pdf`);
  assert.equal(dataset.meta.source.pages, 37);
  const department = dataset.entities[0];
  const summary = department.tables.find((t) => t.kind === 'summary');
  assert.equal(summary.page, 1);
  assert.ok(summary.rows.every((r) => r.page === 1 || r.page === 2));
  const project = department.projects.find((p) => p.name === '党员干部培训教育经费');
  assert.equal(project.page, 9);
  const finding = dataset.diagnostics.find((d) => d.code === 'plan-reading-unknown');
  assert.ok(finding.page >= 1, 'diagnostics carry the page');
});

// ---- every amount of every real PDF, both ways ------------------------------------------------

const realPdfs = readdirSync('test/fixtures/pdf').filter((f) => f.endsWith('.pdf'));
for (const file of realPdfs) {
  test(`${file}: every amount printed in its tables is in the dataset on its page, and nothing else is`, async () => {
    const bytes = read(`test/fixtures/pdf/${file}`);
    const { dataset } = await convertFile(bytes, { fileName: file });
    const printed = await printedAmounts(bytes.slice());
    const found = datasetAmounts(dataset);
    let printedCount = 0;
    let foundCount = 0;
    const problems = [];
    for (const page of new Set([...printed.keys(), ...found.keys()])) {
      const onPage = (printed.get(page) ?? []).filter((v) => !(Number.isInteger(v) && Math.abs(v) < 100));
      const inData = found.get(page) ?? [];
      printedCount += onPage.length;
      foundCount += inData.length;
      const missing = difference(onPage, inData);
      const invented = difference(inData, onPage);
      if (missing.length || invented.length) problems.push(`page ${page}: missing ${missing.slice(0, 5).join(', ')}; not printed ${invented.slice(0, 5).join(', ')}`);
    }
    // The blank national template prints no figures at all: there, only "nothing invented" holds.
    if (!file.startsWith('national-template')) assert.ok(printedCount > 50, `${file} prints amounts`);
    assert.deepEqual(problems, []);
    assert.equal(foundCount, printedCount);
  });
}

// ---- every table gets its standard name, across templates ------------------------------------

const expected = {
  'national-template-dept-final-accounts.pdf': { kind: 'final-accounts', year: 2024, unit: '万元' },
  'shanghai-putuo-bangongshi-2025-dept-budget.pdf': { kind: 'budget', year: 2025, unit: '元', department: '上海市普陀区人民政府办公室' },
  'shanghai-putuo-bangongshi-2025-unit-budget.pdf': { kind: 'budget', year: 2025, unit: '元', department: '上海市普陀区人民政府办公室' },
  'shanghai-putuo-caizhengju-2024-dept-final-accounts.pdf': { kind: 'final-accounts', year: 2024, unit: '万元' },
  'shanghai-putuo-wanli-2024-dept-budget.pdf': { kind: 'budget', year: 2024, unit: '元', department: '上海市普陀区人民政府万里街道办事处' },
};
for (const [file, meta] of Object.entries(expected)) {
  test(`${file}: at least 95 % of its tables get a standard kind; kind, year, unit and department are read`, async () => {
    const { dataset } = await convert(`test/fixtures/pdf/${file}`);
    const tables = dataset.entities.flatMap((e) => e.tables);
    const named = tables.filter((t) => t.kind !== 'other');
    assert.ok(named.length / tables.length >= 0.95, `${named.length} of ${tables.length}: ${tables.filter((t) => t.kind === 'other').map((t) => t.title).join('; ')}`);
    for (const kind of ['summary', 'income', 'expenditure', 'fiscal-summary', 'general-expenditure', 'general-basic-expenditure', 'three-public']) {
      assert.ok(tables.some((t) => t.kind === kind), `${kind} is found`);
    }
    assert.equal(dataset.meta.kind, meta.kind);
    assert.equal(dataset.meta.year, meta.year);
    assert.equal(dataset.meta.unit, meta.unit);
    if (meta.department) assert.equal(dataset.meta.department.name, meta.department);
  });
}

test('codes printed over 类 | 款 | 项 columns become one code, under their parent', async () => {
  const { dataset } = await convert('test/fixtures/pdf/shanghai-putuo-wanli-2024-dept-budget.pdf');
  const expenditure = dataset.entities[0].tables.find((t) => t.kind === 'expenditure');
  const codes = expenditure.rows.map((r) => r.cells.code).filter(Boolean);
  assert.ok(codes.includes('201') && codes.includes('20105') && codes.includes('2010507'), codes.slice(0, 8).join(' '));
  const row = expenditure.rows.find((r) => r.cells.code === '2010507');
  assert.equal(row.cells.name, '专项普查活动');
  assert.equal(row.cells.total, 257700);
  // The total row alone on the next page joins the table it ends.
  assert.equal(expenditure.rows.at(-1).cells.code, '合计');
  assert.equal(expenditure.rows.at(-1).cells.total, 156211123);
});

test('a real PDF feeds the widgets: income and expenditure totals from 收入总计 / 支出总计, classes for the treemap', async () => {
  const { dataset } = await convert('test/fixtures/pdf/shanghai-putuo-wanli-2024-dept-budget.pdf');
  const balance = incomeVsExpenditure(dataset);
  assert.equal(balance.unit, '元');
  assert.equal(balance.incomeTotal, 156211123);
  assert.equal(balance.expenditureTotal, 156211123);
  assert.equal(balance.difference, 0);
  assert.ok(balance.expenditure.some((s) => s.name === '城乡社区支出' && s.amount === 119385303));
  const tree = expenditureHierarchy(dataset);
  assert.equal(tree.value, 156211123);
  assert.equal(tree.children.find((c) => c.code === '212')?.name, '城乡社区支出');
});

// ---- the findings of every real document, each checked against its page ----------------------

/**
 * Every failed check each document yields, with its severity. Each was read against the printed
 * page: the 财政局's text says 财政拨款收入支出总计 0.3 万元 (page 21) where its table prints 总计
 * 2,961.68 万元 (page 13) — the document contradicts itself. The 上海 budgets publish their project
 * 绩效目标 apart and say so in their text (编报绩效目标的项目50个): a note. The others hold no
 * failure: their tables add up and their text agrees with them.
 */
const FINDINGS = {
  // The blank template prints no figure: six of its required tables are empty with no word why
  // (the fund and 三公 tables carry the template's own 注 saying the department has none).
  'national-template-dept-final-accounts.pdf': [8, 11, 10, 5, 6, 7].map((page) => ['empty-table-statement', 'likely', '', 1, 0, page]),
  'shanghai-putuo-bangongshi-2025-dept-budget.pdf': [],
  'shanghai-putuo-bangongshi-2025-unit-budget.pdf': [],
  'shanghai-putuo-caizhengju-2024-dept-final-accounts.pdf': [['text-vs-table', 'certain', '财政拨款收入支出总计', 2961.68, 0.3, 21]],
  'shanghai-putuo-wanli-2024-dept-budget.pdf': [],
};
for (const [file, expectedFindings] of Object.entries(FINDINGS)) {
  test(`${file}: its findings, and no false 确定 one`, async () => {
    const { dataset } = await convert(`test/fixtures/pdf/${file}`);
    const failed = checkConsistency(dataset).filter((c) => !c.ok).map((c) => [c.rule, c.severity, c.row, c.expected, c.actual, c.page ?? null]);
    assert.deepEqual(failed, expectedFindings);
    assert.ok(checkConsistency(dataset).filter((c) => c.ok).length > 0, 'checks ran');
  });
}

test('the sample: its four plan findings are 疑似 (the plan could be read otherwise), and the text agrees with the tables', async () => {
  const { dataset } = text;
  const failed = checkConsistency(dataset).filter((c) => !c.ok);
  assert.deepEqual(failed.map((c) => [c.rule, c.severity]), Array(4).fill(['plan-ends-at-budget', 'likely']));
});

test('figures of the text against the tables: equal, rounding (提示), 元 written for 万元 (疑似), different (确定)', async () => {
  const [p, row] = [wordParagraph, wordRow];
  const body = [
    p('收入支出决算总表'),
    p('单位：万元'),
    `<w:tbl>${row('收入', '', '支出', '')}${row('项目', '决算数', '项目', '决算数')}${row('一、财政拨款收入', '2946.25', '一、一般公共服务支出', '2940.05')}${row('本年收入合计', '2946.25', '本年支出合计', '2940.05')}${row('年初结转和结余', '49.14', '年末结转和结余', '55.34')}${row('总计', '2995.39', '总计', '2995.39')}</w:tbl>`,
    p('一、收入支出决算总体情况说明'),
    p('本部门2024年度收入支出总计2995.4万元。本年收入合计2946.25元，本年支出合计2940.50万元。'),
  ].join('');
  const { dataset } = await convertFile(makeDocx(body), { fileName: 'text.docx' });
  const text = checkConsistency(dataset).filter((c) => c.rule === 'text-vs-table').map((c) => [c.row, c.ok, c.severity ?? null]);
  assert.deepEqual(text, [
    ['收入支出总计', true, 'note'],
    ['本年收入合计', false, 'likely'],
    ['本年支出合计', false, 'certain'],
  ]);
});

test('codes printed in the cell of their name ("2010507-专项普查活动", "201一般公共服务支出") get their own column', async () => {
  const [p, row] = [wordParagraph, wordRow];
  const body = [
    p('部门支出总表'),
    p('单位：万元'),
    `<w:tbl>${row('支出功能分类科目', '合计', '基本支出', '项目支出')}${row('合计', '357.70', '100.00', '257.70')}${row('201一般公共服务支出', '357.70', '100.00', '257.70')}${row('20105-统计信息事务', '357.70', '100.00', '257.70')}${row('2010507-专项普查活动', '257.70', '', '257.70')}${row('2010501 行政运行', '100.00', '100.00', '')}</w:tbl>`,
  ].join('');
  const { dataset } = await convertFile(makeDocx(body), { fileName: 'glued.docx' });
  const table = dataset.entities[0].tables[0];
  assert.equal(table.kind, 'expenditure');
  assert.deepEqual(table.rows.map((r) => [r.cells.code, r.cells.name, r.cells.total]), [
    [null, '合计', 357.7],
    ['201', '一般公共服务支出', 357.7],
    ['20105', '统计信息事务', 357.7],
    ['2010507', '专项普查活动', 257.7],
    ['2010501', '行政运行', 100],
  ]);
  assert.deepEqual(checkConsistency(dataset).filter((c) => !c.ok), []);
});

test('the text’s 基本支出 and 项目支出 with their shares, and its “三公” figures, against the tables', async () => {
  const [p, row] = [wordParagraph, wordRow];
  const body = [
    p('部门支出总表'),
    p('单位：万元'),
    `<w:tbl>${row('科目编码', '科目名称', '合计', '基本支出', '项目支出')}${row('', '合计', '200.00', '150.00', '50.00')}${row('201', '一般公共服务支出', '200.00', '150.00', '50.00')}</w:tbl>`,
    p('“三公”经费支出表'),
    p('单位：万元'),
    // The table's 合计 holds 会议费 too; the “三公” is its three items (2 + 5 + 1.5).
    `<w:tbl>${row('合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费', '会议费')}${row('18.50', '2.00', '5.00', '1.50', '10.00')}</w:tbl>`,
    p('一、支出预算情况说明'),
    p('本年支出合计200万元，其中：基本支出150万元，占75%；项目支出50万元，占20%。“三公”经费预算8.50万元，其中：因公出国（境）费2.00万元，公务接待费1.60万元。'),
  ].join('');
  const { dataset } = await convertFile(makeDocx(body), { fileName: 'text.docx' });
  const text = checkConsistency(dataset).filter((c) => c.rule === 'text-vs-table').map((c) => [c.row, c.ok, c.severity ?? null, c.actual, c.expected]);
  assert.deepEqual(text, [
    ['基本支出', true, null, 150, 150],
    ['基本支出占比', true, null, 75, 75],
    ['项目支出', true, null, 50, 50],
    ['项目支出占比', false, 'certain', 20, 25],
    ['“三公”经费', true, null, 8.5, 8.5],
    ['因公出国（境）费', true, null, 2, 2],
    ['公务接待费', false, 'certain', 1.6, 1.5],
  ]);
});

test('the text’s 政府采购预算 against its table, and 机关运行经费 never above the 公用经费 it is paid from', async () => {
  const [p, row] = [wordParagraph, wordRow];
  const body = [
    p('一般公共预算基本支出表'),
    p('单位：万元'),
    `<w:tbl>${row('科目编码', '科目名称', '合计', '人员经费', '公用经费')}${row('', '合计', '150.00', '100.00', '50.00')}${row('301', '工资福利支出', '100.00', '100.00', '')}${row('302', '商品和服务支出', '50.00', '', '50.00')}</w:tbl>`,
    p('政府采购预算表'),
    p('单位：万元'),
    `<w:tbl>${row('科目编码', '科目名称', '合计')}${row('', '合计', '12.50')}${row('201', '一般公共服务支出', '12.50')}</w:tbl>`,
    p('三、其他重要事项的情况说明'),
    p('本部门机关运行经费预算为90.00万元。本部门政府采购预算12.50万元。'),
  ].join('');
  const { dataset } = await convertFile(makeDocx(body), { fileName: 'text.docx' });
  const checks = checkConsistency(dataset).filter((c) => c.rule === 'text-vs-table' || c.rule === 'operating-costs');
  assert.deepEqual(checks.map((c) => [c.rule, c.row, c.ok, c.severity ?? null, c.actual, c.expected]), [
    ['text-vs-table', '政府采购预算', true, null, 12.5, 12.5],
    ['operating-costs', '机关运行经费', false, 'likely', 90, 50],
  ]);
});
