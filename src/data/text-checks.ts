/**
 * Figures written in the explanatory text (情况说明) against the tables: "收入支出总计2995.39万元"
 * must be the 收支总表's 收入总计. Only statements whose subject names one table figure without
 * doubt are read ("本年支出合计X万元", not "支出X万元"), and a figure is compared in the unit it is
 * written in, to the precision it is written with: a difference within that rounding is a note,
 * never a failure.
 */
import { totalRow } from '../convert/kinds/rows.js';
import type { Entity, Table, TableKind } from '../model/schema.js';
import { findTable } from './entity.js';
import { round } from './round.js';

/** What a statement's subject refers to: a table kind, and how to find the figure in it. */
interface Subject {
  /** The words before the figure, as written. */
  pattern: RegExp;
  what: string;
  kind: TableKind;
  /** The figure, and (a table of one row per unit) the figures of its other rows: the text may speak of a unit. */
  figure: (table: Table, said: string) => { value: number; line: number; row: string; others?: number[] } | undefined;
  /** The figure a share of it is taken of ("基本支出X万元，占Y%" of 本年支出合计), when the text gives one. */
  shareOf?: (table: Table) => number | undefined;
}

const squash = (text: unknown) => String(text ?? '').replace(/\s+/g, '');

/** The amount of the row of a two-sided summary table whose item is `name`. */
function summaryRow(side: 'income' | 'expenditure', name: RegExp, amountKeys: string[]) {
  return (table: Table) => {
    for (const row of table.rows) {
      const item = squash(row.cells[side === 'income' ? 'incomeItem' : 'expenditureItem']);
      if (!name.test(item)) continue;
      for (const key of amountKeys) {
        const value = row.cells[key];
        if (typeof value === 'number') return { value, line: row.line, row: item };
      }
    }
    return undefined;
  };
}

/** A column of the 合计 row of a classification table. */
function totalColumn(key: string) {
  return (table: Table) => {
    const row = totalRow(table);
    const value = row?.cells[key];
    return row && typeof value === 'number' ? { value, line: row.line, row: '合计' } : undefined;
  };
}

/**
 * A figure of the “三公” table: its 合计 row, or its only row. In a 决算, words saying 预算
 * ("三公经费预算为…") name the budget column printed beside the figure (`totalBudget`).
 */
function threePublicRow(key: string) {
  return (table: Table, said: string) => {
    const keys = new Set(table.columns.map((c) => c.key));
    const budget = /预算/.test(said) && !/决算/.test(said) && keys.has(`${key}Budget`) ? 'Budget' : '';
    // The table's 合计 may hold more than the 三公 (会议费, 培训费, 行政经费): the 三公 is its three items.
    const items = ['abroad', 'vehicles', 'reception'].map((k) => `${k}${budget}`);
    const threeItems = key === 'total' && items.every((k) => keys.has(k));
    const valueOf = (row: Table['rows'][number]) => {
      if (!threeItems) return row.cells[`${key}${budget}`];
      const parts = items.map((k) => row.cells[k]);
      return parts.some((v) => typeof v === 'number') ? parts.reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0) : undefined;
    };
    const row = table.rows.find((r) => /^(合计|总计)$/.test(squash(r.cells.name ?? r.cells.unitName))) ?? table.rows.find((r) => typeof valueOf(r) === 'number');
    const value = row ? valueOf(row) : undefined;
    return row && typeof value === 'number' ? { value: round(value, 6), line: row.line, row: String(row.cells.name ?? '合计'), others: table.rows.map(valueOf).filter((v): v is number => typeof v === 'number') } : undefined;
  };
}

/** A column of the row a table labels 合计 or 总计 in any of its text cells (政府采购预算表 print it under 项目编号 or 采购项目). */
function labelledTotal(key: string) {
  return (table: Table) => {
    const row = table.rows.find((r) => Object.values(r.cells).some((v) => typeof v === 'string' && /^(合计|总计)$/.test(squash(v))));
    const value = row?.cells[key];
    return row && typeof value === 'number' ? { value, line: row.line, row: '合计' } : undefined;
  };
}

/** The 合计 row's total of a table, for shares. */
function totalOf(table: Table): number | undefined {
  const value = totalColumn('total')(table)?.value;
  return value ? value : undefined;
}

const SAID = '(?:预算数?|决算数?|支出|合计|共计|总额)*';

// The subject must end right before the figure (optionally "为"), so "支出决算为2940.05万元" after
// "一般公共预算财政拨款支出年初预算为…" is not read as the subject's figure.
const SUBJECTS: Subject[] = [
  // 本年支出合计X万元，其中：基本支出Y万元，占Z%；项目支出W万元，占V%: the 支出总表's 合计 row.
  { pattern: /本年支出合计[^。；]{0,40}?其中[:：]?\s*基本支出/, what: '基本支出', kind: 'expenditure', figure: totalColumn('basic'), shareOf: totalOf },
  { pattern: /本年支出合计[^。]{0,80}?基本支出[^。]{0,40}?项目支出/, what: '项目支出', kind: 'expenditure', figure: totalColumn('project'), shareOf: totalOf },
  { pattern: new RegExp(`[“"‘']?三公[”"’']?经费(?:财政拨款)?${SAID}`), what: '“三公”经费', kind: 'three-public', figure: threePublicRow('total') },
  { pattern: new RegExp(`因公出国[（(]境[)）]费用?${SAID}`), what: '因公出国（境）费', kind: 'three-public', figure: threePublicRow('abroad') },
  { pattern: new RegExp(`公务用车购置及运行(?:维护)?费${SAID}`), what: '公务用车购置及运行费', kind: 'three-public', figure: threePublicRow('vehicles') },
  { pattern: new RegExp(`(?<!及)公务用车购置费${SAID}`), what: '公务用车购置费', kind: 'three-public', figure: threePublicRow('vehiclePurchase') },
  { pattern: new RegExp(`(?<!购置及)公务用车运行(?:维护)?费${SAID}`), what: '公务用车运行费', kind: 'three-public', figure: threePublicRow('vehicleOperation') },
  { pattern: new RegExp(`公务接待费${SAID}`), what: '公务接待费', kind: 'three-public', figure: threePublicRow('reception') },
  // 政府采购预算X万元 (总额, 共): the 政府采购预算表's 合计.
  { pattern: /政府采购预算(?:总额|总计|合计)?/, what: '政府采购预算', kind: 'procurement', figure: labelledTotal('total') },
  { pattern: /(?<!财政拨款)收入支出总计/, what: '收入支出总计', kind: 'summary', figure: summaryRow('income', /^(收入)?总计$/, ['incomeAmount']) },
  { pattern: /财政拨款收入支出总计/, what: '财政拨款收入支出总计', kind: 'fiscal-summary', figure: summaryRow('income', /^(收入)?总计$/, ['incomeAmount']) },
  { pattern: /(?<!财政拨款)本年收入合计/, what: '本年收入合计', kind: 'summary', figure: summaryRow('income', /^本年收入合计$/, ['incomeAmount']) },
  { pattern: /(?<!财政拨款)本年支出合计/, what: '本年支出合计', kind: 'summary', figure: summaryRow('expenditure', /^本年支出合计$/, ['expenditureAmount', 'expenditureTotal']) },
  { pattern: /一般公共预算财政拨款支出(?!决算)/, what: '一般公共预算财政拨款支出', kind: 'general-expenditure', figure: totalColumn('total') },
  { pattern: /一般公共预算财政拨款基本支出(?!决算)/, what: '一般公共预算财政拨款基本支出', kind: 'general-basic-expenditure', figure: totalColumn('total') },
];

const FIGURE = /^(?:为|是|共计?|合计|安排)?\s*([\d,，]+(?:\.\d+)?)\s*(亿元|万元|元)/;

/**
 * Every figure the entity's text writes right after `pattern`, in the unit of `unit`: for checks
 * that hold a written figure against a table in other ways than equality.
 */
export function writtenFigures(entity: Entity, pattern: RegExp, unit: string): { value: number; line: number; excerpt: string; decimals: number }[] {
  const found: { value: number; line: number; excerpt: string; decimals: number }[] = [];
  for (const section of entity.sections) {
    const text = `${section.heading}\n${section.text}`;
    for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) {
      const figure = FIGURE.exec(text.slice(match.index! + match[0].length));
      if (!figure) continue;
      const written = Number(figure[1].replace(/[,，]/g, ''));
      const start = Math.max(0, match.index! - 12);
      found.push({
        value: (written * UNIT_IN_YUAN[figure[2]]) / (UNIT_IN_YUAN[unit] ?? 1e4),
        line: section.line,
        excerpt: text.slice(start, match.index! + match[0].length + figure[0].length).replace(/\s+/g, ' '),
        decimals: figure[1].split('.')[1]?.length ?? 0,
      });
    }
  }
  return found;
}
const UNIT_IN_YUAN: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/** One statement of the text compared with its table. */
export interface TextFigure {
  what: string;
  /** The figure as written, in its unit. */
  written: number;
  writtenUnit: string;
  /** The table's figure, converted to the written unit and rounded as the text rounds. */
  table: number;
  tableTitle: string;
  /** The table's own unit. */
  tableUnit: string;
  tableRow: string;
  tableLine: number;
  /** Line (and page) of the section holding the statement. */
  line: number;
  excerpt: string;
  /**
   * `equal`, `rounding` (within the last written digit), `wrong-unit` (the figure is the table's,
   * but written in 元 where the table counts 万元, or the other way), or `differs`.
   */
  outcome: 'equal' | 'rounding' | 'wrong-unit' | 'differs';
}

/** Every statement of the entity's text that names a table figure, compared with that figure. */
export function textFigures(entity: Entity): TextFigure[] {
  const found: TextFigure[] = [];
  for (const section of entity.sections) {
    const text = `${section.heading}\n${section.text}`;
    for (const subject of SUBJECTS) {
      const table = findTable(entity, subject.kind);
      if (!table) continue;
      const pattern = new RegExp(subject.pattern.source, 'g');
      for (const match of text.matchAll(pattern)) {
        const after = text.slice(match.index! + match[0].length);
        const figure = FIGURE.exec(after);
        if (!figure) continue;
        const cell = subject.figure(table, match[0]);
        if (!cell) continue;
        const written = Number(figure[1].replace(/[,，]/g, ''));
        const writtenUnit = figure[2];
        const decimals = figure[1].split('.')[1]?.length ?? 0;
        const tableUnit = table.unit ?? '万元';
        const inWrittenUnit = (cell.value * (UNIT_IN_YUAN[tableUnit] ?? 1e4)) / UNIT_IN_YUAN[writtenUnit];
        const shown = round(inWrittenUnit, decimals);
        const step = 10 ** -decimals;
        let outcome: TextFigure['outcome'] = Math.abs(shown - written) < step / 2 ? (Math.abs(inWrittenUnit - written) < 1e-9 ? 'equal' : 'rounding') : Math.abs(inWrittenUnit - written) <= step + 1e-9 ? 'rounding' : 'differs';
        // A table of one row per unit: the text may give a unit's figure; one that matches a row is not a finding.
        if (outcome === 'differs' && cell.others?.some((v) => Math.abs(round((v * (UNIT_IN_YUAN[tableUnit] ?? 1e4)) / UNIT_IN_YUAN[writtenUnit], decimals) - written) < step / 2)) continue;
        // "2940.05元" where the table's 2,940.05 is in 万元: the right figure under the wrong unit.
        if (outcome === 'differs' && writtenUnit !== tableUnit && Math.abs(cell.value - written) <= step + 1e-9) outcome = 'wrong-unit';
        const start = Math.max(0, match.index! - 12);
        found.push({
          what: subject.what,
          written,
          writtenUnit,
          table: round(inWrittenUnit, Math.max(decimals, 2)),
          tableTitle: table.title,
          tableUnit,
          tableRow: cell.row,
          tableLine: cell.line,
          line: section.line,
          excerpt: text.slice(start, match.index! + match[0].length + figure[0].length).replace(/\s+/g, ' '),
          outcome,
        });
        // "…，占本年支出合计的43.5%": the share, to the precision it is written with.
        const share = /^[，,]?\s*占[^%，。；\d]{0,16}?([\d.]+)\s*[%％]/.exec(after.slice(figure[0].length));
        const whole = subject.shareOf?.(table);
        if (share && whole) {
          const percent = Number(share[1]);
          const shareDecimals = share[1].split('.')[1]?.length ?? 0;
          const exact = (cell.value / whole) * 100;
          const shareStep = 10 ** -shareDecimals;
          const shareOutcome: TextFigure['outcome'] = Math.abs(round(exact, shareDecimals) - percent) < shareStep / 2 ? 'equal' : Math.abs(exact - percent) <= shareStep + 1e-9 ? 'rounding' : 'differs';
          found.push({
            what: `${subject.what}占比`,
            written: percent,
            writtenUnit: '%',
            table: round(exact, Math.max(shareDecimals, 2)),
            tableTitle: table.title,
            tableUnit: '%',
            tableRow: cell.row,
            tableLine: cell.line,
            line: section.line,
            excerpt: text.slice(start, match.index! + match[0].length + figure[0].length + share[0].length).replace(/\s+/g, ' '),
            outcome: shareOutcome,
          });
        }
      }
    }
  }
  return found;
}
