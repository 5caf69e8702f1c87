/**
 * Income against expenditure, from the 收支总表 (or the 财政拨款收支总表): the view model behind the
 * balance chart and the summary element.
 */
import type { BudgetDataset } from '../model/schema.js';
import { SUMMARY_ROWS, SUMMARY_SIDES, squashed, totalRow } from '../convert/kinds/rows.js';
import { findTable, selectEntity, stripOrdinal, ViewError } from './entity.js';
import { expenditureHierarchy } from './expenditure.js';
import { frameOf } from './frame.js';
import { round } from './round.js';

/** One bar segment: a source of income or a kind of expenditure. */
export interface BalanceSegment {
  key: string;
  name: string;
  amount: number;
  /** Classification code when the segment is a class. */
  code?: string;
  line?: number;
}

/** The view model of income against expenditure. */
export interface Balance {
  entity: { code: string; name: string };
  unit: string;
  income: BalanceSegment[];
  expenditure: BalanceSegment[];
  /** 本年收入合计 and 本年支出合计 as printed (null when the document has no such row). */
  incomeTotal: number | null;
  expenditureTotal: number | null;
  /** Income total minus expenditure total. */
  difference: number | null;
  /** 上年结转结余 (carried in) and 年终结转结余 (carried out). */
  carriedIn: number | null;
  carriedOut: number | null;
  /** Names of the template's rows with no amount (二、外交支出 …), for the table alternative. */
  noBudget: { side: 'income' | 'expenditure'; name: string }[];
}

export interface BalanceOptions {
  entity?: string | null;
  /** `summary` (收支总表, all funds) or `fiscal` (财政拨款收支总表, appropriations only). */
  table?: 'summary' | 'fiscal';
  /** How to split expenditure: by function class, by nature (basic / project), or by economic class. */
  split?: 'class' | 'nature' | 'economic';
}

/** The summary tables list income and expenditure side by side; this reads one side. */
function readSide(rows: Record<string, unknown>[], itemKey: string, amountKey: string) {
  const items: { name: string; amount: number | null; line: number }[] = [];
  const totals: Record<string, number | null> = {};
  for (const row of rows) {
    const name = String(row[itemKey] ?? '').trim();
    if (!name) continue;
    const amount = (row[amountKey] as number | null) ?? null;
    const key = squashed(name);
    if (SUMMARY_ROWS.item.test(key) && !('carried' in totals)) items.push({ name, amount, line: row.line as number });
    else if (SUMMARY_ROWS.currentTotal.test(key)) totals.total = amount;
    else if (SUMMARY_ROWS.carried.test(key)) totals.carried = amount;
    else if (SUMMARY_ROWS.grandTotal.test(key)) totals.grand = amount;
  }
  // Templates without a 本年合计 row print only 收入总计 / 支出总计: this year's part is the grand
  // total less what was carried over.
  const total = totals.total ?? (totals.grand != null ? round(totals.grand - (totals.carried ?? 0)) : null);
  return { items, total, carried: totals.carried ?? null };
}

/** Income against expenditure for one entity. */
export function incomeVsExpenditure(dataset: BudgetDataset, options: BalanceOptions = {}): Balance {
  const entity = selectEntity(dataset, options.entity);
  const which = options.table ?? 'summary';
  const split = options.split ?? 'class';
  const table = findTable(entity, which === 'fiscal' ? 'fiscal-summary' : 'summary');
  if (!table) {
    throw new ViewError('noSummaryTable', { entity: entity.name, table: which === 'fiscal' ? '财政拨款收支总表' : '收支总表' });
  }
  const expenditureAmountKey = which === 'fiscal' ? 'expenditureTotal' : 'expenditureAmount';
  const rows = frameOf(table).objects() as Record<string, unknown>[];
  const income = readSide(rows, SUMMARY_SIDES.income.item, SUMMARY_SIDES.income.amount);
  const expenditure = readSide(rows, SUMMARY_SIDES.expenditure.item, expenditureAmountKey);

  const noBudget: Balance['noBudget'] = [];
  const toSegments = (side: 'income' | 'expenditure', items: typeof income.items): BalanceSegment[] =>
    items.flatMap((item, index) => {
      if (!item.amount) {
        noBudget.push({ side, name: stripOrdinal(item.name) });
        return [];
      }
      return [{ key: `${side}-${index}`, name: stripOrdinal(item.name), amount: item.amount, line: item.line }];
    });

  const incomeSegments = toSegments('income', income.items);
  let expenditureSegments: BalanceSegment[];
  if (split === 'class') {
    expenditureSegments = toSegments('expenditure', expenditure.items);
    // Link each class to its code from the 支出总表, so a selection can drive the treemap.
    const classes = expenditureHierarchy(dataset, { entity: entity.code }).children;
    for (const segment of expenditureSegments) {
      const match = classes.find((c) => c.name === segment.name);
      if (match) segment.code = match.code;
    }
  } else if (split === 'nature') {
    const totals = totalRow(findTable(entity, 'expenditure'));
    const parts: [string, string][] = [
      ['basic', '基本支出'],
      ['project', '项目支出'],
      ['operating', '经营支出'],
      ['remittance', '上解上级支出'],
      ['subsidiary', '对附属单位补助支出'],
    ];
    expenditureSegments = parts.flatMap(([key, name]) => {
      const amount = totals?.cells[key];
      return typeof amount === 'number' && amount > 0 ? [{ key, name, amount, line: totals!.line }] : [];
    });
  } else {
    expenditureSegments = expenditureHierarchy(dataset, { entity: entity.code, classification: 'economic' }).children.map((node) => ({
      key: node.code,
      code: node.code,
      name: node.name,
      amount: node.value,
      line: node.line,
    }));
  }

  return {
    entity: { code: entity.code, name: entity.name },
    unit: table.unit ?? dataset.meta.unit,
    income: incomeSegments,
    expenditure: expenditureSegments,
    incomeTotal: income.total,
    expenditureTotal: expenditure.total,
    difference: income.total !== null && expenditure.total !== null ? round(income.total - expenditure.total) : null,
    carriedIn: income.carried,
    carriedOut: expenditure.carried,
    noBudget,
  };
}

export { round } from './round.js';
