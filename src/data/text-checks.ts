/**
 * Figures written in the explanatory text (情况说明) against the tables: "收入支出总计2995.39万元"
 * must be the 收支总表's 收入总计. Only statements whose subject names one table figure without
 * doubt are read ("本年支出合计X万元", not "支出X万元"), and a figure is compared in the unit it is
 * written in, to the precision it is written with: a difference within that rounding is a note,
 * never a failure.
 */
import type { Entity, Table, TableKind } from '../model/schema.js';
import { findTable } from './entity.js';
import { round } from './round.js';

/** What a statement's subject refers to: a table kind, and how to find the figure in it. */
interface Subject {
  /** The words before the figure, as written. */
  pattern: RegExp;
  what: string;
  kind: TableKind;
  figure: (table: Table) => { value: number; line: number; row: string } | undefined;
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
function totalRow(key: string) {
  return (table: Table) => {
    const row = table.rows.find((r) => /^(合计|总计)$/.test(squash(r.cells.name)) || /^(合计|总计)$/.test(squash(r.cells.code)));
    const value = row?.cells[key];
    return row && typeof value === 'number' ? { value, line: row.line, row: '合计' } : undefined;
  };
}

// The subject must end right before the figure (optionally "为"), so "支出决算为2940.05万元" after
// "一般公共预算财政拨款支出年初预算为…" is not read as the subject's figure.
const SUBJECTS: Subject[] = [
  { pattern: /(?<!财政拨款)收入支出总计/, what: '收入支出总计', kind: 'summary', figure: summaryRow('income', /^(收入)?总计$/, ['incomeAmount']) },
  { pattern: /财政拨款收入支出总计/, what: '财政拨款收入支出总计', kind: 'fiscal-summary', figure: summaryRow('income', /^(收入)?总计$/, ['incomeAmount']) },
  { pattern: /(?<!财政拨款)本年收入合计/, what: '本年收入合计', kind: 'summary', figure: summaryRow('income', /^本年收入合计$/, ['incomeAmount']) },
  { pattern: /(?<!财政拨款)本年支出合计/, what: '本年支出合计', kind: 'summary', figure: summaryRow('expenditure', /^本年支出合计$/, ['expenditureAmount', 'expenditureTotal']) },
  { pattern: /一般公共预算财政拨款支出(?!决算)/, what: '一般公共预算财政拨款支出', kind: 'general-expenditure', figure: totalRow('total') },
  { pattern: /一般公共预算财政拨款基本支出(?!决算)/, what: '一般公共预算财政拨款基本支出', kind: 'general-basic-expenditure', figure: totalRow('total') },
];

const FIGURE = /^(?:为|是|共计?|合计)?\s*([\d,，]+(?:\.\d+)?)\s*(亿元|万元|元)/;
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
        const cell = subject.figure(table);
        if (!cell) continue;
        const written = Number(figure[1].replace(/[,，]/g, ''));
        const writtenUnit = figure[2];
        const decimals = figure[1].split('.')[1]?.length ?? 0;
        const tableUnit = table.unit ?? '万元';
        const inWrittenUnit = (cell.value * (UNIT_IN_YUAN[tableUnit] ?? 1e4)) / UNIT_IN_YUAN[writtenUnit];
        const shown = round(inWrittenUnit, decimals);
        const step = 10 ** -decimals;
        let outcome: TextFigure['outcome'] = Math.abs(shown - written) < step / 2 ? (Math.abs(inWrittenUnit - written) < 1e-9 ? 'equal' : 'rounding') : Math.abs(inWrittenUnit - written) <= step + 1e-9 ? 'rounding' : 'differs';
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
      }
    }
  }
  return found;
}
