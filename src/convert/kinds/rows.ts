/**
 * What the rows of standard tables mean, in one place for the converter and the data layer: which
 * row is a table's total, and how a 收支总表's two sides are read (the numbered items, this year's
 * total, what was carried over, the grand total).
 */
import type { Row, Table } from '../../model/schema.js';

/** A table's own total row, by name: not a subtotal such as 人员经费合计 in a two-half economic table. */
export const TOTAL_ROW = /^(合计|总计|(本年)?(收入|支出)合计)$/;

/** Text without the spaces templates put inside names ("合    计"). */
export function squashed(value: unknown): string {
  return String(value ?? '').replace(/\s+/g, '');
}

/**
 * A table's total row: named in the name column, or, in templates with split code columns, in the
 * code column.
 */
export function totalRow(table: Table | undefined): Row | undefined {
  return table?.rows.find((r) => (!r.cells.code && TOTAL_ROW.test(squashed(r.cells.name))) || TOTAL_ROW.test(squashed(r.cells.code)));
}

/** The two sides of a 收支总表 and the columns each is printed in. */
export const SUMMARY_SIDES = {
  income: { item: 'incomeItem', amount: 'incomeAmount' },
  expenditure: { item: 'expenditureItem', amount: 'expenditureAmount' },
} as const;

export type SummarySide = keyof typeof SUMMARY_SIDES;

/** The named rows of a 收支总表 side. */
export const SUMMARY_ROWS = {
  /** A numbered item ("一、一般公共预算拨款收入"): the parts of this year's total. */
  item: /^[一二三四五六七八九十]+、/,
  /** A line that breaks a named row down ("其中：…", "1. …", "（一）…"): never a term of a total. */
  subLine: /^(其中|[\d]+[.、．]|（[一二三四五六七八九十\d]+）)/,
  /** 本年收入合计 / 本年支出合计. */
  currentTotal: /^本年(收入|支出)合计$/,
  /** 收入总计 / 支出总计 (some templates print 总计 alone). */
  grandTotal: /^(收入|支出)?总计$/,
  /** 上年结转, 年初结转和结余 (income side); 年终结转, 年末结转和结余 (expenditure side). */
  carried: /上年结转|年初.*结转|年终结转|年末.*结转/,
  /** Any carried-over or balance row: numbered items after it are not this year's. */
  carryOrBalance: /结转|结余/,
  /** The row numbering the columns of a 决算 (栏次): no figure. */
  columnNumbers: /^(栏次|行次)$/,
} as const;
