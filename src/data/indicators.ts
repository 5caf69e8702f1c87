/**
 * Performance indicators (绩效指标) of an entity's projects as one flat list of rows, with quality
 * signals, and the filtering and sorting behind the indicator table.
 *
 * Plain JavaScript rather than Arquero on purpose: filtering runs on every keystroke of a search
 * box, over up to tens of thousands of rows, and must work on pages whose security policy forbids
 * the compiled expressions Arquero relies on.
 */
import type { BudgetDataset, Target } from '../model/schema.js';
import { toCsv } from './csv.js';
import { distinctNames, selectEntity } from './entity.js';

/** The three 一级指标 groups every project's table is meant to have. */
export const LEVEL1_GROUPS = ['产出指标', '效益指标', '满意度指标'] as const;

/**
 * Quality signals: things a reader may want to look at. Signals, not verdicts.
 * - `missing-group`: the project has no row in one of the three 一级 groups.
 * - `unparsed-target`: the target is empty, or has figures we could not read as comparison + number + unit.
 * - `truncated-name`: the 三级指标 name is cut off; the description holds it in full.
 * - `qualitative-measure`: a 数量 or 质量 indicator with a qualitative target.
 * - `duplicate`: the same indicator, description and target appear in another project.
 */
export type IndicatorSignal = 'missing-group' | 'unparsed-target' | 'truncated-name' | 'qualitative-measure' | 'duplicate';

export const INDICATOR_SIGNALS: IndicatorSignal[] = ['missing-group', 'unparsed-target', 'truncated-name', 'qualitative-measure', 'duplicate'];

export interface IndicatorRow {
  /** Stable within a dataset: project code and source line. */
  id: string;
  projectCode: string;
  projectName: string;
  projectBudget: number | null;
  level1: string;
  level2: string;
  /** The 三级指标 as written. */
  level3: string;
  /** The name to show: the description when the written name is cut off, else the written name. */
  name: string;
  description: string;
  target: Target;
  basis: string;
  line: number;
  signals: IndicatorSignal[];
  /** For `missing-group`: which 一级 groups the project lacks. */
  missingGroups: string[];
  /** For `duplicate`: every project with the same indicator, this one included (shared by the group). */
  duplicateProjects: readonly string[];
}

export interface IndicatorProject {
  code: string;
  name: string;
  budget: number | null;
  count: number;
  missingGroups: string[];
}

export interface IndicatorsView {
  entity: { code: string; name: string };
  unit: string;
  rows: IndicatorRow[];
  projects: IndicatorProject[];
  /** The 一级 and 二级 indicators that occur, in document order. */
  level1s: string[];
  level2s: string[];
}

/** Names of at least this many characters that the description continues are taken as cut off (the sample cuts at 15). */
const TRUNCATION_MIN_LENGTH = 10;

/** The text without white space. Most texts have none: those are returned as they are, unallocated. */
const squash = (text: string) => (/\s/.test(text) ? text.replace(/\s+/g, '') : text);

function isTruncated(level3: string, description: string): boolean {
  if (level3.length < TRUNCATION_MIN_LENGTH || description.length <= TRUNCATION_MIN_LENGTH) return false;
  const name = squash(level3);
  const full = squash(description);
  return name.length >= TRUNCATION_MIN_LENGTH && full.length > name.length && full.startsWith(name);
}

function isUnparsed(target: Target): boolean {
  return !target.text.trim() || (target.qualitative && /[\d０-９≥≤<>＜＞%％]/.test(target.text));
}

/** Every indicator of every project of an entity, in document order, with its quality signals. */
export function indicatorsView(dataset: BudgetDataset, options: { entity?: string | null } = {}): IndicatorsView {
  const entity = selectEntity(dataset, options.entity);
  const rows: IndicatorRow[] = [];
  const projects: IndicatorProject[] = [];
  const names = distinctNames(entity.projects);
  for (const source of entity.projects) {
    const project = { ...source, name: names.get(source.code) ?? source.name };
    const groups = new Set(project.indicators.map((i) => squash(i.level1)));
    const missingGroups = LEVEL1_GROUPS.filter((g) => !groups.has(g));
    projects.push({ code: project.code, name: project.name, budget: project.budget, count: project.indicators.length, missingGroups });
    for (const indicator of project.indicators) {
      const truncated = isTruncated(indicator.level3, indicator.description);
      const signals: IndicatorSignal[] = [];
      if (missingGroups.length) signals.push('missing-group');
      if (isUnparsed(indicator.target)) signals.push('unparsed-target');
      if (truncated) signals.push('truncated-name');
      if (indicator.target.qualitative && indicator.target.text.trim() && /^\s*(数量|质量)\s*指标\s*$/.test(indicator.level2)) signals.push('qualitative-measure');
      rows.push({
        id: `${project.code}:${indicator.line}`,
        projectCode: project.code,
        projectName: project.name,
        projectBudget: project.budget,
        level1: indicator.level1,
        level2: indicator.level2,
        level3: indicator.level3,
        name: truncated ? indicator.description.trim() : indicator.level3,
        description: indicator.description,
        target: indicator.target,
        basis: indicator.basis,
        line: indicator.line,
        signals,
        missingGroups,
        duplicateProjects: [],
      });
    }
  }
  markDuplicates(rows);
  rows.sort((a, b) => a.line - b.line);
  return {
    entity: { code: entity.code, name: entity.name },
    unit: dataset.meta.unit,
    rows,
    projects,
    level1s: [...new Set(rows.map((r) => r.level1).filter(Boolean))],
    level2s: [...new Set(rows.map((r) => r.level2).filter(Boolean))],
  };
}

/** Same 二级 and 三级 indicator, description and target in more than one project. */
function markDuplicates(rows: IndicatorRow[]): void {
  // Grouped by nested maps of the four texts rather than by one joined key: a string keeps its
  // hash once computed, while a joined key of 20,000 rows would be built and hashed whole each time.
  type Level<T> = Map<string, T>;
  const groups: Level<Level<Level<Level<IndicatorRow[]>>>> = new Map();
  const within = <T>(map: Level<T>, key: string, make: () => T): T => {
    let found = map.get(key);
    if (found === undefined) map.set(key, (found = make()));
    return found;
  };
  const lists: IndicatorRow[][] = [];
  for (const row of rows) {
    const level3 = row.level3.trim();
    if (!level3) continue;
    const byLevel3 = within(groups, row.level2.trim(), () => new Map());
    const byDescription = within(byLevel3, level3, () => new Map());
    const byTarget = within(byDescription, row.description.trim(), () => new Map());
    within(byTarget, row.target.text.trim(), () => {
      const list: IndicatorRow[] = [];
      lists.push(list);
      return list;
    }).push(row);
  }
  for (const list of lists) {
    if (list.length < 2) continue;
    const codes = [...new Set(list.map((r) => r.projectCode))];
    if (codes.length < 2) continue;
    for (const row of list) {
      row.signals.push('duplicate');
      row.duplicateProjects = codes;
    }
  }
}

/** How an indicator's target compares with the document compared with. */
export interface TargetChange {
  /** `changed`: the same indicator has another target there; `new`: the project or the indicator is not there. */
  status: 'changed' | 'new';
  /** The other document's target as written (for `changed`). */
  other: string | null;
}

/**
 * Indicators whose target differs from the document compared with, by row id. Projects match by
 * code, else by name; indicators within a project by their 三级指标 (spaces ignored), in order
 * when a project repeats one. Unchanged targets are left out.
 */
export function targetChanges(rows: readonly IndicatorRow[], otherRows: readonly IndicatorRow[]): Map<string, TargetChange> {
  const otherBy = new Map<string, IndicatorRow[]>();
  const projectCodes = new Set(otherRows.map((r) => r.projectCode));
  const key = (project: string, row: IndicatorRow) => `${project}\u0000${squash(row.level3)}`;
  for (const row of otherRows) {
    for (const project of [`code:${row.projectCode}`, `name:${row.projectName}`]) {
      const list = otherBy.get(key(project, row)) ?? [];
      list.push(row);
      otherBy.set(key(project, row), list);
    }
  }
  const changes = new Map<string, TargetChange>();
  for (const row of rows) {
    const project = projectCodes.has(row.projectCode) ? `code:${row.projectCode}` : `name:${row.projectName}`;
    const match = otherBy.get(key(project, row))?.shift();
    if (!match) changes.set(row.id, { status: 'new', other: null });
    else if (squash(match.target.text) !== squash(row.target.text)) changes.set(row.id, { status: 'changed', other: match.target.text.trim() });
  }
  return changes;
}

/** Every indicator row of an entity (without the grouping of {@link indicatorsView}). */
export function indicatorRows(dataset: BudgetDataset, options: { entity?: string | null } = {}): IndicatorRow[] {
  return indicatorsView(dataset, options).rows;
}

export type TargetKind = 'quantitative' | 'qualitative';
export type IndicatorSort = 'document' | 'budget' | 'name' | 'target';

export interface IndicatorFilter {
  project?: string | null;
  level1?: string | null;
  level2?: string | null;
  kind?: TargetKind | null;
  signal?: IndicatorSignal | null;
  /** Free text, matched (case-insensitively, ignoring spaces) against names, descriptions, targets, basis and project names. */
  query?: string | null;
}

/** Lower-cased, space-free text a search matches, per row: built once, searched on every keystroke. */
const haystacks = new WeakMap<IndicatorRow, string>();

function haystackOf(row: IndicatorRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = squash(`${row.level3}\u0000${row.name}\u0000${row.description}\u0000${row.target.text}\u0000${row.basis}\u0000${row.projectName}`).toLowerCase();
    haystacks.set(row, text);
  }
  return text;
}

/** The rows that pass every filter given. */
export function filterIndicators(rows: IndicatorRow[], filter: IndicatorFilter): IndicatorRow[] {
  const query = filter.query ? squash(filter.query).toLowerCase() : '';
  return rows.filter(
    (row) =>
      (!filter.project || row.projectCode === filter.project) &&
      (!filter.level1 || row.level1 === filter.level1) &&
      (!filter.level2 || row.level2 === filter.level2) &&
      (!filter.kind || (filter.kind === 'qualitative') === row.target.qualitative) &&
      (!filter.signal || row.signals.includes(filter.signal)) &&
      (!query || haystackOf(row).includes(query)),
  );
}

const collator = new Intl.Collator('zh-CN');

/**
 * Rows sorted for display. Rows of one project stay together (the table groups by project):
 * `budget` orders projects by budget, largest first; `name` and `target` order the rows within
 * each project; `document` keeps the document's order.
 */
export function sortIndicators(rows: IndicatorRow[], sort: IndicatorSort = 'document'): IndicatorRow[] {
  const firstLine = new Map<string, number>();
  for (const row of rows) if (!firstLine.has(row.projectCode) || row.line < firstLine.get(row.projectCode)!) firstLine.set(row.projectCode, row.line);
  const byProject = (a: IndicatorRow, b: IndicatorRow) =>
    sort === 'budget'
      ? (b.projectBudget ?? -Infinity) - (a.projectBudget ?? -Infinity) || firstLine.get(a.projectCode)! - firstLine.get(b.projectCode)!
      : firstLine.get(a.projectCode)! - firstLine.get(b.projectCode)!;
  const within = (a: IndicatorRow, b: IndicatorRow) => {
    if (sort === 'name') return collator.compare(a.name, b.name) || a.line - b.line;
    if (sort === 'target') return compareTargets(a.target, b.target) || a.line - b.line;
    return a.line - b.line;
  };
  return [...rows].sort((a, b) => byProject(a, b) || within(a, b));
}

/** Quantitative targets first, by unit then value; qualitative ones after, by text. */
function compareTargets(a: Target, b: Target): number {
  if (a.qualitative !== b.qualitative) return a.qualitative ? 1 : -1;
  if (a.qualitative) return collator.compare(a.text, b.text);
  return collator.compare(a.unit ?? '', b.unit ?? '') || (a.value ?? 0) - (b.value ?? 0);
}

/** Column headings of the CSV export, by language of the interface. */
export const CSV_HEADINGS = {
  'zh-CN': ['项目编码', '项目名称', '项目预算', '一级指标', '二级指标', '三级指标', '指标名称（完整）', '绩效指标描述', '指标值', '比较', '数值', '单位', '定性', '指标值确定依据', '提示', '原文行号'],
  en: ['Project code', 'Project', 'Project budget', 'Level 1', 'Level 2', 'Level 3', 'Name (in full)', 'Description', 'Target', 'Comparison', 'Value', 'Unit', 'Qualitative', 'Basis', 'Signals', 'Source line'],
};

/**
 * The rows as CSV: UTF-8 with a byte-order mark so that Excel reads Chinese text correctly, CRLF
 * line ends, and formula-like cells neutralised.
 */
export function indicatorsCsv(rows: IndicatorRow[], lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  return toCsv([
    CSV_HEADINGS[lang],
    ...rows.map((r) => [
      r.projectCode,
      r.projectName,
      r.projectBudget,
      r.level1,
      r.level2,
      r.level3,
      r.name,
      r.description,
      r.target.text,
      r.target.comparison,
      r.target.value,
      r.target.unit,
      r.target.qualitative ? 'yes' : 'no',
      r.basis,
      r.signals.join(' '),
      r.line,
    ]),
  ]);
}
