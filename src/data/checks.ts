/**
 * Consistency checks: the disclosure's own arithmetic, within the rounding of its printed figures.
 * Every check is reported, passed or failed, so a report can show what was verified; each names
 * its rule, the table, the row and the two numbers compared.
 */
import { SUMMARY_ROWS, SUMMARY_SIDES, squashed, totalRow } from '../convert/kinds/rows.js';
import type { BudgetDataset, Entity, Table, TableKind } from '../model/schema.js';
import { round } from './round.js';
import { disbursementPlans } from './disbursement.js';
import { findTable } from './entity.js';
import { checkCodeNames } from './code-name-checks.js';
import { checkOperatingCosts } from './operating-costs-check.js';
import { checkPresence } from './presence-checks.js';
import { textFigures } from './text-checks.js';
import { columnOf } from './columns.js';
import { amountKeys } from './frame.js';
import { codeIndexOf } from './code-index.js';

export type CheckRule =
  | 'balance'
  | 'summary-sum'
  | 'row-parts'
  | 'hierarchy'
  | 'cross-table'
  | 'units-sum'
  | 'projects-sum'
  | 'plan-never-decreases'
  | 'plan-ends-at-budget'
  | 'text-vs-table'
  | 'required-table'
  | 'empty-table-statement'
  | 'performance-targets'
  | 'code-name'
  | 'operating-costs';

/** What each rule verifies, for reports. */
export const RULE_DESCRIPTIONS: Record<CheckRule, string> = {
  balance: 'Income equals expenditure (收入总计 = 支出总计).',
  'summary-sum': 'The items of each side of a summary table add up to its total.',
  'row-parts': 'Within a row, the total equals the sum of its parts (e.g. 基本支出 + 项目支出 = 合计).',
  hierarchy: 'Each 类 equals the sum of its 款 and each 款 the sum of its 项; 合计 equals the sum of the 类.',
  'cross-table': 'The same total agrees across tables.',
  'units-sum': 'The department total equals the sum of its units.',
  'projects-sum': 'The project budgets add up to 项目支出.',
  'plan-never-decreases': 'A cumulative disbursement plan never decreases.',
  'plan-ends-at-budget': 'A disbursement plan ends at its project budget.',
  'required-table': 'Every table the disclosure rules require is published, printed empty when it has no figures (空表列示).',
  'empty-table-statement': 'An empty table says why it is empty (本部门无…，故本表无数据).',
  'operating-costs': 'The 机关运行经费 the text gives does not exceed the 公用经费 of the 一般公共预算基本支出表.',
  'code-name': 'The name printed with a classification code is the one other documents of the year print for it.',
  'performance-targets': 'A budget with 项目支出 publishes its 项目支出绩效目标表.',
  'text-vs-table': 'A figure written in the explanatory text equals the table it names (收入支出总计, 本年收入合计, 一般公共预算财政拨款支出…).',
};

/**
 * How sure a finding is: `certain` (确定), the document contradicts itself; `likely` (疑似), it is
 * probably wrong but another reading exists (a plan that may be in percent); `note` (提示), a
 * difference within the rounding of the printed figures, never a failure.
 */
export type CheckSeverity = 'certain' | 'likely' | 'note';

/** Rules whose failures admit another reading of the document. */
const LIKELY_RULES = new Set<CheckRule>(['plan-ends-at-budget', 'plan-never-decreases']);
/**
 * Sums whose parts are read from rows or columns: when the parts add up to less than the printed
 * total, a part may be one the reader did not recognise (a row of a template we do not know, a
 * column outside the standard set), so the finding is 疑似, not 确定. Parts that add up to more
 * than the total cannot come from a missed part.
 */
const SUM_RULES = new Set<CheckRule>(['hierarchy', 'row-parts', 'summary-sum', 'cross-table', 'projects-sum']);

/** One check and its outcome. */
export interface Check {
  rule: CheckRule;
  ok: boolean;
  /** Code of the department or unit. */
  entity: string;
  /** Title of the table (or project) checked. */
  table: string;
  /** Which row or item, in words (code and name, or project name). */
  row: string;
  /** Column key compared, when the check is about one column. */
  field?: string;
  /** Source line of the row, to link back to the document. */
  line?: number;
  /** PDF page of that line, for documents read from a PDF. */
  page?: number;
  /** The reference figure (a printed total) and the figure it should equal (a computed sum). */
  expected: number;
  actual: number;
  message: string;
  /** Set on failures, and on passes that differ within rounding. */
  severity?: CheckSeverity;
  /** The words of the document the check read, for text checks. */
  excerpt?: string;
  /** What the document was held against, in words: the name other documents print for a code. */
  reference?: string;
  /** Code of the project a plan check is about (two projects may share a name). */
  project?: string;
  /** Amount unit of the two figures (万元, 元). */
  unit?: string;
}

/** Printed figures carry up to half a unit of their last digit of rounding each. */
function tolerance(terms: number, unit = 0.01): number {
  return (unit / 2) * (terms + 1) + 1e-9;
}

interface Place {
  entity: Entity;
  /** Amount unit of the figures compared: a difference within 1 元 or 0.01 万元 is rounding. */
  unit?: string;
  /** The table has columns the reader could not name: a failure there may be a misread column. */
  partial?: boolean;
  table: string;
  row: string;
  field?: string;
  line?: number;
  /** Code of the project, for plan checks: names repeat. */
  project?: string;
}

/**
 * One comparison of a row-wise visit: where (`place` and `what` are built from the row index only
 * when reported, and are made once per table, not per row), then the two figures.
 */
type EachComparison = (rule: CheckRule, place: (row: number) => Place, what: (row: number) => string, row: number, expected: number | null, actual: number | null, terms: number) => void;
type Visit = (each: EachComparison) => void;

/** A place, or a function that builds it: row-level checks describe themselves only when reported. */
type Lazy<T> = T | (() => T);
const force = <T>(value: Lazy<T>): T => (typeof value === 'function' ? (value as () => T)() : value);

class Checks {
  /** Failures, notes, and the checks of the document's own text: each one is reported. */
  readonly list: Check[] = [];
  /** Exact passes, as builders: counted per entity, made into objects only on demand. */
  readonly passes: (() => Check[])[] = [];
  readonly passed = new Map<string, number>();

  /** True when `expected` and `actual` are figures that agree exactly: a pass with nothing to report. */
  exact(expected: unknown, actual: unknown): boolean {
    if ((expected !== null && typeof expected !== 'number') || (actual !== null && typeof actual !== 'number') || Number.isNaN(expected) || Number.isNaN(actual)) return false;
    return Math.abs(((expected as number | null) ?? 0) - round((actual as number | null) ?? 0)) <= 1e-9;
  }

  /** Counts `count` exact passes of an entity. */
  count(entityCode: string, count = 1): void {
    this.passed.set(entityCode, (this.passed.get(entityCode) ?? 0) + count);
  }

  /** The exact passes among comparisons, as objects (see {@link passes}). */
  passesOf(visit: Visit): () => Check[] {
    return () => {
      const found: Check[] = [];
      visit((rule, place, what, row, expected, actual) => {
        if (this.exact(expected, actual)) found.push(this.build(rule, place(row), expected ?? 0, round(actual ?? 0), true, undefined, what(row)));
      });
      return found;
    };
  }
  /** The dataset's unit, for tables that print none of their own. */
  constructor(readonly unit?: string) {}

  /**
   * Compares a printed figure with the one computed from its parts. Row-level checks pass `place`
   * and `what` as functions, and the entity's code, so that a pass builds nothing.
   */
  compare(rule: CheckRule, place: Lazy<Place>, expected: number | null, actual: number | null, terms: number, what: Lazy<string>, entityCode?: string) {
    // A cell that did not read as a number (text where a figure belongs) is a reading diagnostic, not a finding.
    if ((expected !== null && typeof expected !== 'number') || (actual !== null && typeof actual !== 'number') || Number.isNaN(expected) || Number.isNaN(actual)) return;
    const e = expected ?? 0;
    const a = round(actual ?? 0);
    // Most checks pass exactly: such a pass is counted, and needs neither its words nor an object.
    if (Math.abs(e - a) <= 1e-9) {
      this.count(entityCode ?? force(place).entity.code);
      this.passes.push(() => [this.build(rule, force(place), e, a, true, undefined, force(what))]);
      return;
    }
    const resolved = force(place);
    const rounding = (resolved.unit ?? this.unit) === '元' ? 1 : 0.01;
    const ok = Math.abs(e - a) <= Math.max(tolerance(terms), rounding + 1e-9);
    const partsShort = SUM_RULES.has(rule) && (expected === null || a < e || !!resolved.partial);
    const severity: CheckSeverity = !ok ? (LIKELY_RULES.has(rule) || partsShort ? 'likely' : 'certain') : 'note';
    this.list.push(this.build(rule, resolved, e, a, ok, severity, force(what)));
  }

  private build(rule: CheckRule, place: Place, e: number, a: number, ok: boolean, severity: CheckSeverity | undefined, what: string): Check {
    const unit = place.unit ?? this.unit;
    return {
      rule,
      ok,
      ...(severity ? { severity } : {}),
      entity: place.entity.code,
      table: place.table,
      row: place.row,
      ...(place.field ? { field: place.field } : {}),
      ...(place.line ? { line: place.line } : {}),
      ...(place.project ? { project: place.project } : {}),
      ...(unit ? { unit } : {}),
      expected: e,
      actual: a,
      message: ok ? `${what}: ${e} = ${a}.` : `${what}: ${e} is printed, but ${a} is computed (difference ${round(a - e)}).`,
    };
  }
}

const PARTS: Partial<Record<TableKind, [string, string[]][]>> = {
  expenditure: [['total', ['basic', 'project', 'operating', 'remittance', 'subsidiary', 'reserve']]],
  'general-expenditure': [['total', ['basic', 'project']]],
  'gov-fund-expenditure': [['total', ['basic', 'project']]],
  'state-capital-expenditure': [['total', ['basic', 'project']]],
  'general-basic-expenditure': [['total', ['personnel', 'publicUse']]],
  income: [
    ['total', ['currentSubtotal', 'carryOver']],
    ['currentSubtotal', ['fiscal', 'specialAccount', 'business', 'operatingIncome', 'superiorSubsidy', 'subsidiaryRemittance', 'otherIncome']],
  ],
  'three-public': [
    ['total', ['general', 'govFund', 'stateCapital']],
    // 合计 = 因公出国（境）+ 公务用车购置及运行 + 公务接待; 车辆 = 购置 + 运行. 决算 also prints the budget pair.
    // 江苏 prints 会议费 and 培训费 in the same table, inside its 合计.
    ['total', ['abroad', 'vehicles', 'reception', 'meetings', 'training']],
    ['vehicles', ['vehiclePurchase', 'vehicleOperation']],
    ['totalBudget', ['abroadBudget', 'vehiclesBudget', 'receptionBudget']],
    ['vehiclesBudget', ['vehiclePurchaseBudget', 'vehicleOperationBudget']],
  ],
};

/** True when some filled column of the table has no known meaning (`col3`): its layout is not fully understood. */
const partial = (table: Table) => table.columns.some((c) => /^col\d+$/.test(c.key) && table.rows.some((r) => r.cells[c.key] != null && r.cells[c.key] !== ''));

const label = (cells: Record<string, unknown>) => [cells.code, cells.name ?? cells.item].filter(Boolean).join(' ');

/**
 * A part some templates print broken down instead: 财政拨款 as 一般公共预算 + 政府性基金 + 国有资本经营
 * (浙江, 江苏, 北京's 收入总表 have no 财政拨款 column).
 */
const BROKEN_DOWN: Record<string, string[]> = { fiscal: ['general', 'govFund', 'stateCapital'], basic: ['personnel', 'publicUse'] };

function checkRowParts(checks: Checks, entity: Entity, table: Table) {
  const rules = PARTS[table.kind];
  if (!rules) return;
  const keys = new Set(table.columns.map((c) => c.key));
  const isPartial = partial(table);
  const lines = columnOf(table, 'line') as number[];
  const codes = keys.has('code') ? (columnOf(table, 'code') as unknown[]) : null;
  const names = keys.has('name') ? (columnOf(table, 'name') as unknown[]) : keys.has('item') ? (columnOf(table, 'item') as unknown[]) : null;
  const rowLabel = (i: number) => label({ code: codes?.[i], name: names?.[i] });
  const visit: Visit = (each) => {
    for (const [totalKey, listed] of rules) {
      const partKeys = listed.flatMap((k) => (!keys.has(k) && BROKEN_DOWN[k]?.some((p) => keys.has(p)) ? BROKEN_DOWN[k] : [k]));
      const present = partKeys.filter((k) => keys.has(k));
      if (!keys.has(totalKey) || present.length < 2) continue;
      // Column-wise: the arrays of the Arquero frame, one pass over the rows.
      const totals = columnOf(table, totalKey) as (number | null)[];
      const parts = present.map((k) => columnOf(table, k) as (number | null)[]);
      const place = (i: number): Place => ({ entity, unit: table.unit, partial: isPartial, table: table.title, row: rowLabel(i), field: totalKey, line: lines[i] });
      const what = (i: number) => `${rowLabel(i)}: ${totalKey} vs ${present.join(' + ')}`;
      for (let i = 0; i < totals.length; i++) {
        let sum = 0;
        let blank = totals[i] === null;
        for (const column of parts) {
          const value = column[i];
          if (value !== null) {
            blank = false;
            sum += value as number;
          }
        }
        if (blank) continue;
        each('row-parts', place, what, i, totals[i], sum, present.length);
      }
    }
  };
  compareAll(checks, entity, visit);
}

/**
 * Runs the comparisons `visit` lists: exact passes are only counted (their objects are built on
 * demand), the rest are compared and reported.
 */
function compareAll(checks: Checks, entity: Entity, visit: Visit) {
  let exact = 0;
  visit((rule, place, what, row, expected, actual, terms) => {
    if (checks.exact(expected, actual)) exact++;
    else checks.compare(rule, () => place(row), expected, actual, terms, () => what(row), entity.code);
  });
  if (!exact) return;
  checks.count(entity.code, exact);
  checks.passes.push(checks.passesOf(visit));
}

/** Each 类 = Σ 款 and each 款 = Σ 项, for every amount column, summed column-wise in one pass. */
function checkHierarchy(checks: Checks, entity: Entity, table: Table) {
  if (!table.columns.some((c) => c.key === 'code') || table.empty) return;
  const keys = amountKeys(table);
  if (!keys.length) return;
  const { codes, rows, levels, parents, repeated } = codeIndexOf(table);
  if (repeated) return;
  const columnKeys = new Set(table.columns.map((c) => c.key));
  const names = columnKeys.has('name') ? (columnOf(table, 'name') as unknown[]) : columnKeys.has('item') ? (columnOf(table, 'item') as unknown[]) : null;
  const lines = columnOf(table, 'line') as number[];
  const columns = keys.map((k) => columnOf(table, k) as (number | null)[]);
  // Sums and counts of each code's children (codes one level down: two digits longer), by the
  // parent's row.
  const childCount = new Int32Array(codes.length);
  const childSums = keys.map(() => new Float64Array(codes.length));
  for (let n = 0; n < rows.length; n++) {
    const p = parents[n];
    if (p < 0 || levels[p] !== levels[n] - 1) continue;
    const parent = rows[p], i = rows[n];
    childCount[parent]++;
    for (let c = 0; c < columns.length; c++) childSums[c][parent] += (columns[c][i] as number | null) ?? 0;
  }
  const isPartial = partial(table);
  const rowLabel = (i: number) => label({ code: codes[i], name: names?.[i] });
  const total = totalRow(table);
  const classes = rows.filter((_, n) => levels[n] === 1);
  // Row-wise describers, one per amount column; the row index is the code's row.
  const placeOf = keys.map((k) => (i: number): Place => ({ entity, unit: table.unit, partial: isPartial, table: table.title, row: rowLabel(i), field: k, line: lines[i] }));
  const whatOf = keys.map((k) => (i: number) => `${rowLabel(i)} (${k}) vs the sum of its ${childCount[i]} sub-item(s)`);
  compareAll(checks, entity, (each) => {
    for (const i of rows) {
      const children = childCount[i];
      if (!children) continue;
      for (let c = 0; c < keys.length; c++) {
        const printed = columns[c][i] ?? null;
        const sum = childSums[c][i];
        if (printed === null && !sum) continue;
        each('hierarchy', placeOf[c], whatOf[c], i, printed, sum, children);
      }
    }
    // 合计 against the 类.
    if (!total) return;
    const totalName = String(total.cells.name ?? total.cells.code ?? '合计');
    keys.forEach((k, c) => {
      const printed = (total.cells[k] as number | null | undefined) ?? null;
      const sum = classes.reduce((acc, i) => acc + ((columns[c][i] as number | null) ?? 0), 0);
      if (printed === null && !sum) return;
      each(
        'hierarchy',
        () => ({ entity, unit: table.unit, partial: isPartial, table: table.title, row: totalName, field: k, line: total.line }),
        () => `${totalName} (${k}) vs the sum of the ${classes.length} 类`,
        -1,
        printed,
        sum,
        classes.length,
      );
    });
  });
}

interface SideRow {
  name: string;
  value: number | null;
  line: number;
}

interface SummaryTotals {
  table: Table;
  items: { income: number; expenditure: number; incomeCount: number; expenditureCount: number };
  /** The named rows of each side (本年收入合计, 上年结转, 收入总计 …), in printed order. */
  income: SideRow[];
  expenditure: SideRow[];
}

/** Reads a 收支总表-like table's named rows (本年收入合计, 收入总计, …), side by side. */
function summaryTotals(table: Table, expenditureKey: string): SummaryTotals {
  const sides = { income: [] as SideRow[], expenditure: [] as SideRow[] };
  const items = { income: 0, expenditure: 0, incomeCount: 0, expenditureCount: 0 };
  const carrySeen = { income: false, expenditure: false };
  for (const row of table.rows) {
    for (const side of ['income', 'expenditure'] as const) {
      const name = squashed(row.cells[SUMMARY_SIDES[side].item]);
      const value = (row.cells[side === 'income' ? SUMMARY_SIDES.income.amount : expenditureKey] as number | null) ?? null;
      if (!name || SUMMARY_ROWS.columnNumbers.test(name)) continue;
      if (SUMMARY_ROWS.item.test(name) && !carrySeen[side]) {
        // An item without a figure (陕西's "一、部门预算", a heading over 1、2、…) adds nothing and is not counted.
        if (value === null) continue;
        items[side] += value;
        items[side === 'income' ? 'incomeCount' : 'expenditureCount']++;
      } else {
        if (SUMMARY_ROWS.carryOrBalance.test(name)) carrySeen[side] = true;
        sides[side].push({ name, value, line: row.line });
      }
    }
  }
  return { table, items, ...sides };
}

function find(rows: SideRow[], pattern: RegExp): SideRow | undefined {
  return rows.find((r) => pattern.test(r.name));
}

/**
 * The rows that make up a side's grand total: this year's total and every named row printed after
 * it, except lines that break one of them down. Budget: 本年收入合计 + 上年结转; 决算: 本年收入合计 +
 * 使用非财政拨款结余 + 年初结转和结余, and 本年支出合计 + 结余分配 + 年末结转和结余.
 */
function grandTerms(rows: SideRow[], current: SideRow, grand: SideRow): SideRow[] {
  const from = rows.indexOf(current);
  const to = rows.indexOf(grand);
  return rows.slice(from, to).filter((r) => r === current || (!SUMMARY_ROWS.subLine.test(r.name) && !SUMMARY_ROWS.item.test(r.name)));
}

function checkSummary(checks: Checks, entity: Entity, table: Table, expenditureKey: string) {
  const totals = summaryTotals(table, expenditureKey);
  const place = (row: string, line?: number): Place => ({ entity, unit: table.unit, partial: partial(table), table: table.title, row, line });
  const incomeTotal = find(totals.income, SUMMARY_ROWS.currentTotal);
  const expenditureTotal = find(totals.expenditure, SUMMARY_ROWS.currentTotal);
  if (incomeTotal && totals.items.incomeCount) checks.compare('summary-sum', place(incomeTotal.name, incomeTotal.line), incomeTotal.value, totals.items.income, totals.items.incomeCount, '本年收入合计 vs the sum of the income items');
  if (expenditureTotal && totals.items.expenditureCount) checks.compare('summary-sum', place(expenditureTotal.name, expenditureTotal.line), expenditureTotal.value, totals.items.expenditure, totals.items.expenditureCount, '本年支出合计 vs the sum of the expenditure items');
  const grandIncome = find(totals.income, SUMMARY_ROWS.grandTotal);
  const grandExpenditure = find(totals.expenditure, SUMMARY_ROWS.grandTotal);
  for (const [current, grand] of [[incomeTotal, grandIncome], [expenditureTotal, grandExpenditure]] as const) {
    if (!current || !grand) continue;
    const rows = current === incomeTotal ? totals.income : totals.expenditure;
    const terms = grandTerms(rows, current, grand);
    if (rows.indexOf(grand) < rows.indexOf(current)) continue;
    checks.compare('summary-sum', place(grand.name, grand.line), grand.value, terms.reduce((sum, t) => sum + (t.value ?? 0), 0), terms.length, `${grand.name} vs ${terms.map((t) => t.name).join(' + ')}`);
  }
  if (grandIncome?.value != null && grandExpenditure?.value != null) checks.compare('balance', place('收入总计 / 支出总计', grandIncome.line), grandIncome.value, grandExpenditure.value, 0, '收入总计 vs 支出总计');
  return totals;
}


function checkCrossTables(checks: Checks, entity: Entity, summary?: SummaryTotals, fiscal?: SummaryTotals) {
  const expenditure = findTable(entity, 'expenditure');
  const income = findTable(entity, 'income');
  const general = findTable(entity, 'general-expenditure');
  const basic = findTable(entity, 'general-basic-expenditure');
  const compareTables = (a: Table | undefined, aValue: number | null | undefined, aLine: number | undefined, b: string, bValue: number | null | undefined, what: string) => {
    if (!a || aValue === undefined || bValue === undefined) return;
    checks.compare('cross-table', { entity, unit: a.unit, table: a.title, row: what, line: aLine }, aValue, bValue, 1, `${what}: ${a.title} vs ${b}`);
  };
  const expTotal = totalRow(expenditure);
  const incTotal = totalRow(income);
  const genTotal = totalRow(general);
  const basicTotal = totalRow(basic);
  if (summary) {
    const s = summary.table.title;
    compareTables(expenditure, expTotal?.cells.total as number | null, expTotal?.line, s, find(summary.expenditure, SUMMARY_ROWS.currentTotal)?.value, '支出合计');
    compareTables(income, incTotal?.cells.currentSubtotal as number | null, incTotal?.line, s, find(summary.income, SUMMARY_ROWS.currentTotal)?.value, '本年收入合计');
  }
  if (fiscal) {
    const fiscalGeneral = fiscal.table.rows.find((r) => /本年支出合计/.test(String(r.cells.expenditureItem ?? '').replace(/\s+/g, '')));
    compareTables(general, genTotal?.cells.total as number | null, genTotal?.line, fiscal.table.title, (fiscalGeneral?.cells.expenditureGeneral as number | null) ?? undefined, '一般公共预算财政拨款支出合计');
  }
  // Only where the function table prints its 基本支出 column: 江苏's prints one figure per code.
  // And only for a table of 基本支出: some templates print all general expenditure by economic classification.
  const generalHasBasic = general?.columns.some((c) => c.key === 'basic') && !!basic && /基本/.test(basic.title);
  compareTables(basic, basicTotal?.cells.total as number | null, basicTotal?.line, general?.title ?? '', generalHasBasic ? ((genTotal?.cells.basic as number | null) ?? null) : undefined, '一般公共预算基本支出');
}

function checkProjects(checks: Checks, dataset: BudgetDataset, entity: Entity) {
  if (!entity.projects.length) return;
  const expenditure = findTable(entity, 'expenditure');
  const total = totalRow(expenditure);
  // In a 决算 the projects' 绩效 budgets need not add up to the year's 项目支出 (carry-overs, adjustments).
  // Only when every project's budget was read: a form the reader could not place leaves it null.
  if (expenditure && total && dataset.meta.kind === 'budget' && entity.projects.every((p) => p.budget !== null)) {
    const budgets = entity.projects.reduce((s, p) => s + (p.budget ?? 0), 0);
    checks.compare('projects-sum', { entity, unit: expenditure.unit, table: expenditure.title, row: String(total.cells.name), field: 'project', line: total.line }, total.cells.project as number | null, budgets, entity.projects.length,
      `项目支出 vs the sum of the ${entity.projects.length} project budgets`);
  }
  const plans = disbursementPlans(dataset, { entity: entity.code });
  for (const plan of plans.projects) {
    const project = entity.projects.find((p) => p.line === plan.line);
    const place: Place = { entity, table: project?.title ?? plan.name, row: plan.name, field: 'plan', line: plan.line, unit: project?.unit, ...(project?.code ? { project: project.code } : {}) };
    const filled = plan.points.filter((p) => p.amount !== null);
    if (!filled.length) continue;
    const drop = filled.findIndex((p, i) => i > 0 && p.amount! < filled[i - 1].amount!);
    if (drop > 0) {
      checks.compare('plan-never-decreases', place, filled[drop - 1].amount, filled[drop].amount, 0, `${plan.name}: ${filled[drop].label} is below ${filled[drop - 1].label}`);
    } else {
      checks.compare('plan-never-decreases', place, filled[filled.length - 1].amount, filled[filled.length - 1].amount, 0, `${plan.name}: the plan never decreases`);
    }
    if (plan.budget !== null) {
      checks.compare('plan-ends-at-budget', place, plan.budget, filled[filled.length - 1].amount, 1, `${plan.name}: budget vs planned by ${filled[filled.length - 1].label}`);
    }
  }
}

function checkUnitsSum(checks: Checks, dataset: BudgetDataset) {
  const department = dataset.entities.find((e) => e.scope === 'department');
  const units = dataset.entities.filter((e) => e.scope === 'unit');
  if (!department || !units.length) return;
  const table = findTable(department, 'expenditure');
  const total = totalRow(table);
  if (!table || !total) return;
  const sum = units.reduce((s, u) => s + ((totalRow(findTable(u, 'expenditure'))?.cells.total as number | null) ?? 0), 0);
  checks.compare('units-sum', { entity: department, table: table.title, row: String(total.cells.name), field: 'total', line: total.line }, total.cells.total as number | null, sum, units.length,
    `Department 支出合计 vs the sum of its ${units.length} unit(s)`);
}

/** What the checks found, without an object per passing row: what widgets and precomputed views need. */
export interface ConsistencyReport {
  /** Every failed check, every pass within rounding (a note), and every check of the text or of presence. */
  checks: Check[];
  /** How many checks passed, by entity code, the exact row-level passes included. */
  passed: Record<string, number>;
}

/** Results per dataset object: several widgets on a page ask for the same checks. */
const reports = new WeakMap<BudgetDataset, ConsistencyReport & { passes: (() => Check[])[] }>();
const everything = new WeakMap<BudgetDataset, Check[]>();

/**
 * Runs every consistency check on every entity of a dataset, and reports what they found, counting
 * the exact passes instead of listing them (a table of 100,000 rows passes 300,000 checks). Cached
 * per dataset object: datasets are treated as immutable, so pass a new object after changing one.
 */
export function consistencyReport(dataset: BudgetDataset): ConsistencyReport {
  let report = reports.get(dataset);
  if (!report) {
    const checks = runChecks(dataset);
    const passed: Record<string, number> = Object.fromEntries(checks.passed);
    for (const check of checks.list) if (check.ok) passed[check.entity] = (passed[check.entity] ?? 0) + 1;
    reports.set(dataset, (report = { checks: withPages(checks.list, dataset), passed, passes: checks.passes }));
  }
  return report;
}

/**
 * Every consistency check of a dataset, one object each, passed (`ok: true`) and failed: for
 * reports that list them all (the CLI). Widgets use {@link consistencyReport}. Cached per dataset.
 * @returns All checks; filter on `ok` for the findings.
 */
export function checkConsistency(dataset: BudgetDataset): Check[] {
  let checks = everything.get(dataset);
  if (!checks) {
    const report = consistencyReport(dataset) as ConsistencyReport & { passes: (() => Check[])[] };
    everything.set(dataset, (checks = [...report.checks, ...withPages(report.passes.flatMap((pass) => pass()), dataset)]));
  }
  return checks;
}

/** Gives each check the PDF page of its line: rows, projects and sections of the dataset carry both. */
function withPages(checks: Check[], dataset: BudgetDataset): Check[] {
  const pageOf = new Map<number, number>();
  for (const entity of dataset.entities) {
    for (const table of entity.tables) {
      if (table.page) pageOf.set(table.line, table.page);
      for (const row of table.rows) if (row.page) pageOf.set(row.line, row.page);
    }
    for (const item of [...entity.projects, ...entity.sections]) if (item.page) pageOf.set(item.line, item.page);
  }
  if (!pageOf.size) return checks;
  return checks.map((c) => (c.line !== undefined && pageOf.has(c.line) ? { ...c, page: pageOf.get(c.line) } : c));
}

function runChecks(dataset: BudgetDataset): Checks {
  const checks = new Checks(dataset.meta.unit);
  for (const entity of dataset.entities) {
    const summaryTable = findTable(entity, 'summary');
    const fiscalTable = findTable(entity, 'fiscal-summary');
    const summary = summaryTable ? checkSummary(checks, entity, summaryTable, 'expenditureAmount') : undefined;
    const fiscal = fiscalTable ? checkSummary(checks, entity, fiscalTable, 'expenditureTotal') : undefined;
    for (const table of entity.tables) {
      checkRowParts(checks, entity, table);
      checkHierarchy(checks, entity, table);
    }
    checkCrossTables(checks, entity, summary, fiscal);
    checkProjects(checks, dataset, entity);
    checkText(checks, entity);
    checks.list.push(...checkOperatingCosts(entity, dataset.meta.unit));
  }
  checkUnitsSum(checks, dataset);
  checks.list.push(...checkPresence(dataset), ...checkCodeNames(dataset));
  return checks;
}

/** Figures of the explanatory text against their tables (see text-checks.ts). */
function checkText(checks: Checks, entity: Entity) {
  for (const f of textFigures(entity)) {
    const ok = f.outcome === 'equal' || f.outcome === 'rounding';
    const severity = f.outcome === 'differs' ? 'certain' : f.outcome === 'wrong-unit' ? 'likely' : f.outcome === 'rounding' ? 'note' : undefined;
    checks.list.push({
      rule: 'text-vs-table',
      ok,
      ...(severity ? { severity } : {}),
      entity: entity.code,
      table: f.tableTitle,
      row: f.what,
      line: f.line,
      expected: f.table,
      actual: f.written,
      excerpt: f.excerpt,
      message: ok
        ? `${f.what}: the text's ${f.written} ${f.writtenUnit} = the table's ${f.table}.`
        : f.outcome === 'wrong-unit'
          ? `${f.what}: the text writes ${f.written} ${f.writtenUnit}, the table's figure in its own unit (${f.tableUnit}): ${f.writtenUnit} written where ${f.tableUnit} is meant?`
          : `${f.what}: the text says ${f.written} ${f.writtenUnit}, but the table "${f.tableTitle}" (${f.tableRow}) gives ${f.table} ${f.writtenUnit}.`,
    });
  }
}

/** The failed checks of one entity, optionally of some rules only: what a widget warns about. */
export function failedChecks(dataset: BudgetDataset, options: { entity: string; rules?: CheckRule[] }): Check[] {
  return consistencyReport(dataset).checks.filter((c) => !c.ok && c.entity === options.entity && (!options.rules || options.rules.includes(c.rule)));
}
