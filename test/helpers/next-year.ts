// A next year's budget derived from a real one, for year-over-year tests: departments publish one
// a year, so the samples hold no two years of one department. From the 2024 sample: class 210 up
// 20 %, class 213 gone, a new 款 20134 with one 项 under 201, and 20801 renamed; parents and 合计
// summed again. Precomputed views are dropped (the widgets compute them).
import type { BudgetDataset, Table } from '../../src/model/schema.js';
import { clone } from './sample.js';

const round = (value: number) => Math.round(value * 100) / 100;

function deriveTable(table: Table): void {
  const amountKeys = table.columns.filter((c) => c.role === 'amount').map((c) => c.key);
  let rows = table.rows.filter((r) => !String(r.cells.code ?? '').startsWith('213'));
  for (const row of rows) {
    const code = String(row.cells.code ?? '');
    if (code.startsWith('210')) for (const key of amountKeys) if (typeof row.cells[key] === 'number') row.cells[key] = round((row.cells[key] as number) * 1.2);
    if (code === '20801') row.cells.name = '人力资源和社会保障管理事务（更名示例）';
  }
  const at = rows.findIndex((r) => r.cells.code === '208');
  const added = (code: string, name: string, line: number): Table['rows'][number] => ({
    line,
    cells: { ...Object.fromEntries(Object.keys(rows[1]!.cells).map((k) => [k, null])), code, name, total: 5, project: 5 },
  });
  rows = [...rows.slice(0, at), added('20134', '宣传事务', rows[at]!.line - 2), added('2013499', '其他宣传事务支出', rows[at]!.line - 1), ...rows.slice(at)];
  // Parents (款, then 类) and the 合计 are the sums of what is under them.
  for (const length of [5, 3]) {
    for (const parent of rows.filter((r) => String(r.cells.code ?? '').length === length)) {
      const children = rows.filter((r) => String(r.cells.code ?? '').length === length + 2 && String(r.cells.code).startsWith(String(parent.cells.code)));
      for (const key of amountKeys) if (children.some((c) => typeof c.cells[key] === 'number')) parent.cells[key] = round(children.reduce((sum, c) => sum + ((c.cells[key] as number | null) ?? 0), 0));
    }
  }
  const total = rows.find((r) => !r.cells.code);
  const classes = rows.filter((r) => String(r.cells.code ?? '').length === 3);
  if (total) for (const key of amountKeys) if (classes.some((c) => typeof c.cells[key] === 'number')) total.cells[key] = round(classes.reduce((sum, c) => sum + ((c.cells[key] as number | null) ?? 0), 0));
  table.rows = rows;
}

export function nextYear(dataset: BudgetDataset): BudgetDataset {
  const derived = clone(dataset);
  delete derived.views;
  derived.meta.year += 1;
  derived.meta.title = derived.meta.title.replace(String(dataset.meta.year), String(derived.meta.year));
  for (const entity of derived.entities) for (const table of entity.tables) if (['expenditure', 'general-expenditure'].includes(table.kind)) deriveTable(table);
  return derived;
}
