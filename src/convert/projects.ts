/**
 * Reading one 绩效目标表 (project performance-target table): identity, budget, purpose, the quarterly
 * cumulative disbursement plan, goals and the indicator rows. Fields are found by their labels,
 * not by position, because templates move them around.
 */
import { diagnostic } from '../model/messages.js';
import type { Diagnostic, DisbursementPlan, Indicator, PlanCheckpoint, Project } from '../model/schema.js';
import { readAmount } from './numbers.js';
import { parseTarget } from './targets.js';
import { isHeadingRow, readHeadingRow } from './tables.js';
import { squash, type RowToken } from './tokens.js';

/** Rounding slack when comparing a plan's end with the budget (amounts are printed to 0.01). */
const TOLERANCE = 0.011;

function findLabel(rows: RowToken[], test: (flat: string) => boolean): { row: number; col: number } | undefined {
  for (let row = 0; row < rows.length; row++) {
    const col = rows[row].cells.findIndex((c) => test(squash(c)));
    if (col >= 0) return { row, col };
  }
  return undefined;
}

/** The first non-empty cell right of a label, in the same row. */
function valueRightOf(rows: RowToken[], test: (flat: string) => boolean): string | undefined {
  const at = findLabel(rows, test);
  if (!at) return undefined;
  return rows[at.row].cells.slice(at.col + 1).find((c) => c !== '');
}

function amountOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const reading = readAmount(text);
  return reading.kind === 'number' ? reading.value : null;
}

/** Decides whether plan figures are amounts or percentages of the budget, and says why. */
export function readPlanFigures(values: (number | null)[], budget: number | null): Pick<DisbursementPlan, 'reading' | 'readingNote'> {
  const filled = values.filter((v): v is number => v !== null);
  if (!filled.length) return { reading: 'unknown', readingNote: 'No checkpoint is filled in.' };
  const last = filled[filled.length - 1];
  const endsAtBudget = budget !== null && Math.abs(last - budget) <= TOLERANCE;
  const endsAtHundred = Math.abs(last - 100) <= TOLERANCE;
  if (endsAtBudget && endsAtHundred) {
    return { reading: 'amount', readingNote: 'The budget is 100, so amounts and percentages read the same.' };
  }
  if (endsAtBudget) return { reading: 'amount', readingNote: `The last filled checkpoint (${last}) equals the budget.` };
  if (endsAtHundred && filled.every((v) => v <= 100 + TOLERANCE)) {
    return { reading: 'percent', readingNote: 'The figures rise to 100 and the budget is not 100.' };
  }
  return {
    reading: 'unknown',
    readingNote:
      budget === null
        ? `No budget to compare with; the plan ends at ${last}.`
        : `The plan ends at ${last}: neither the budget (${budget}) nor 100 %.`,
  };
}

const CHECKPOINT = /^(\d{1,2})月(底|末)?$/;

function readPlan(rows: RowToken[], budget: number | null): DisbursementPlan {
  const labelRow = rows.findIndex((r) => r.cells.filter((c) => CHECKPOINT.test(squash(c))).length >= 2);
  const checkpoints: PlanCheckpoint[] = [];
  if (labelRow >= 0) {
    const labels = rows[labelRow].cells;
    const values = rows[labelRow + 1]?.cells ?? [];
    labels.forEach((label, col) => {
      const m = CHECKPOINT.exec(squash(label));
      if (!m) return;
      checkpoints.push({ label, month: Number(m[1]), value: amountOf(values[col]) });
    });
  }
  return { checkpoints, ...readPlanFigures(checkpoints.map((c) => c.value), budget) };
}

const INDICATOR_HEADERS: Record<string, keyof Omit<Indicator, 'line' | 'target'> | 'target'> = {
  一级指标: 'level1',
  二级指标: 'level2',
  三级指标: 'level3',
  绩效指标描述: 'description',
  指标值: 'target',
  指标值确定依据: 'basis',
};

/**
 * Rejoins indicator rows that the export split in several: a cell holding a paragraph break comes
 * out as a row that stops at the break and rows that carry on after it. Consecutive short rows
 * whose cells add up to exactly the header's width are one row.
 */
export function joinSplitRows(rows: RowToken[], width: number, rejoined: number[]): RowToken[] {
  const out: RowToken[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.cells.length >= width || !row.cells.some(Boolean)) {
      out.push(row);
      continue;
    }
    let cells = [...row.cells];
    let j = i + 1;
    while (cells.length < width && j < rows.length && rows[j].cells.length < width && cells.length + rows[j].cells.length <= width) {
      cells = cells.concat(rows[j].cells);
      j++;
    }
    if (cells.length === width && j > i + 1) {
      out.push({ ...row, cells });
      rejoined.push(row.line);
      i = j - 1;
    } else {
      out.push(row);
    }
  }
  return out;
}

function readIndicators(rows: RowToken[], rejoined: number[] = []): Indicator[] {
  const headerRow = rows.findIndex((r) => r.cells.some((c) => squash(c) === '一级指标'));
  if (headerRow < 0) return [];
  const columnOf: Partial<Record<string, number>> = {};
  rows[headerRow].cells.forEach((cell, col) => {
    const field = INDICATOR_HEADERS[squash(cell)];
    if (field && columnOf[field] === undefined) columnOf[field] = col;
  });
  const cell = (r: RowToken, field: string) => (columnOf[field] === undefined ? '' : (r.cells[columnOf[field]!] ?? ''));
  const indicators: Indicator[] = [];
  let level1 = '';
  let level2 = '';
  for (const row of joinSplitRows(rows.slice(headerRow + 1), rows[headerRow].cells.length, rejoined)) {
    if (!row.cells.some(Boolean)) continue;
    // Merged cells are written once: a blank 一级/二级 continues the one above.
    level1 = cell(row, 'level1') || level1;
    level2 = cell(row, 'level2') || (cell(row, 'level1') ? '' : level2);
    indicators.push({
      line: row.line,
      level1,
      level2,
      level3: cell(row, 'level3'),
      description: cell(row, 'description'),
      target: parseTarget(cell(row, 'target')),
      basis: cell(row, 'basis'),
    });
  }
  return indicators;
}

/** The result of {@link readProject}. */
export interface ProjectReading {
  project: Project;
  diagnostics: Diagnostic[];
}

/** Reads a 绩效目标表 from its title and rows. */
export function readProject(title: string, line: number, rows: RowToken[]): ProjectReading {
  const diagnostics: Diagnostic[] = [];
  const heading = rows[0] && isHeadingRow(rows[0].cells) ? readHeadingRow(rows[0].cells) : {};
  const seqMatch = /^(\d+)[、.．]/.exec(title);
  const code = valueRightOf(rows, (c) => c === '项目编码') ?? '';
  const name = valueRightOf(rows, (c) => c === '项目名称') ?? title.replace(/^\d+[、.．]/, '').replace(/绩效目标表$/, '');
  const budget = amountOf(valueRightOf(rows, (c) => c === '预算数' || c === '预算金额' || c === '决算数'));
  const fiscalFunds = amountOf(valueRightOf(rows, (c) => /财政资金/.test(c)));
  const otherFunds = amountOf(valueRightOf(rows, (c) => c === '其他资金'));
  const purposeAt = findLabel(rows, (c) => /资金用途/.test(c));
  const purpose = purposeAt
    ? (rows[purposeAt.row + 1]?.cells.filter(Boolean).join(' ') ?? '')
    : '';
  const goals = valueRightOf(rows, (c) => c === '绩效目标') ?? '';
  const plan = readPlan(rows, budget);
  const rejoined: number[] = [];
  const indicators = readIndicators(rows, rejoined);

  const where = { line, table: title };
  if (!code) diagnostics.push(diagnostic('warning', 'project-without-code', { table: title }, where));
  if (budget === null) diagnostics.push(diagnostic('warning', 'project-without-budget', { table: title }, where));
  if (plan.reading === 'unknown') {
    const filled = plan.checkpoints.filter((c) => c.value !== null);
    diagnostics.push(
      filled.length
        ? diagnostic('warning', 'plan-reading-unknown', { name, last: filled[filled.length - 1].value!, budget: budget ?? '—' }, { ...where, field: 'plan' })
        : diagnostic('warning', 'plan-empty', { name }, { ...where, field: 'plan' }),
    );
  }
  for (const at of rejoined) {
    diagnostics.push(diagnostic('info', 'indicator-row-rejoined', { name }, { line: at, table: title }));
  }
  if (!indicators.length) diagnostics.push(diagnostic('warning', 'project-without-indicators', { table: title }, where));

  const project: Project = {
    line,
    seq: seqMatch ? Number(seqMatch[1]) : null,
    title,
    code,
    name,
    budget,
    fiscalFunds,
    otherFunds,
    purpose,
    plan,
    goals,
    indicators,
  };
  if (heading.unit) project.unit = heading.unit;
  return { project, diagnostics };
}
