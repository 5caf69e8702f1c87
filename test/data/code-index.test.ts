import { expect } from '@open-wc/testing';
import { codeIndexOf } from '../../src/data/code-index.js';
import { checkConsistency } from '../../src/data/index.js';
import { fingerprint } from '../../src/data/views.js';
import type { BudgetDataset, Table } from '../../src/model/schema.js';
import { clone, sampleDataset } from '../helpers/sample.js';

function table(rows: [string | null, string, number][]): Table {
  return {
    kind: 'expenditure',
    title: '支出总表',
    line: 1,
    columns: [
      { key: 'code', label: '科目编码', role: 'code' },
      { key: 'name', label: '科目名称', role: 'name' },
      { key: 'total', label: '合计', role: 'amount' },
    ],
    rows: rows.map(([code, name, total], i) => ({ line: i + 2, cells: { code, name, total } })),
    empty: false,
    notes: [],
  };
}

describe('code index', () => {
  it('finds each code’s nearest printed ancestor, its level and the 合计 row', () => {
    // 20801 is not printed: its 项 hang from 208 directly.
    const index = codeIndexOf(table([[null, '合 计', 10], ['208', '社会保障和就业支出', 10], ['2080101', '行政运行', 4], ['2080102', '一般行政管理事务', 6]]));
    expect(index.rows).to.deep.equal([1, 2, 3]);
    expect(index.levels).to.deep.equal([1, 3, 3]);
    expect(index.parents).to.deep.equal([-1, 0, 0]);
    expect(index.total).to.equal(0);
    expect(index.repeated).to.equal(false);
  });

  it('marks a table that prints a code twice, and keeps its last row', () => {
    const index = codeIndexOf(table([['201', '一般公共服务支出', 1], ['201', '一般公共服务支出', 2]]));
    expect(index.repeated).to.equal(true);
    expect(index.rows).to.deep.equal([1]);
  });
});

describe('fingerprint', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });

  it('is the same for a copy, and differs when one figure, one text or a figure’s type changes', () => {
    const base = fingerprint(dataset);
    expect(fingerprint(clone(dataset))).to.equal(base);
    const expenditureOf = (d: BudgetDataset) => d.entities[0].tables.find((t) => t.kind === 'expenditure')!;
    const figure = clone(dataset);
    expenditureOf(figure).rows[3].cells.total = 0.01 + Number(expenditureOf(figure).rows[3].cells.total);
    const text = clone(dataset);
    text.meta.title += ' ';
    const type = clone(dataset);
    const cells = expenditureOf(type).rows[3].cells;
    cells.total = String(cells.total);
    expect(new Set([base, fingerprint(figure), fingerprint(text), fingerprint(type)]).size).to.equal(4);
  });

  it('ignores a field set to undefined, as JSON does', () => {
    const copy = clone(dataset);
    (copy.meta as unknown as Record<string, unknown>).extra = undefined;
    expect(fingerprint(copy)).to.equal(fingerprint(dataset));
  });
});

describe('hierarchy checks over the code index', () => {
  it('compare each parent with its children one level down, and skip tables that repeat codes', async () => {
    const dataset = await sampleDataset();
    const edited = clone(dataset);
    const expenditure = edited.entities[0].tables.find((t) => t.kind === 'expenditure')!;
    const row = expenditure.rows.find((r) => r.cells.code === '20129')!;
    row.cells.total = Number(row.cells.total) + 5;
    const failed = checkConsistency(edited).filter((c) => c.rule === 'hierarchy' && !c.ok && c.entity === edited.entities[0].code);
    expect(failed.map((c) => c.row)).to.include.members(['20129 群众团体事务', '201 一般公共服务支出']);
    // Checks are cached per dataset object: the table that repeats a code is a new copy.
    const repeating = clone(edited);
    const copy = repeating.entities[0].tables.find((t) => t.kind === 'expenditure')!;
    copy.rows.push({ ...row, line: row.line + 100000 });
    const repeated = checkConsistency(repeating).filter((c) => c.rule === 'hierarchy' && c.table === copy.title && c.entity === repeating.entities[0].code);
    expect(repeated).to.have.length(0);
  });
});
