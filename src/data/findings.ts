/**
 * The findings of a dataset as people read them: failed checks grouped by severity, then by rule;
 * a finding the department and its 本级 unit share shown once; each with its evidence taken from
 * the dataset itself (the row's cells, the plan's checkpoints, the sentence of the text), so that
 * an embedding page needs no source file. Plain JavaScript: it runs on precomputed checks too.
 */
import type { BudgetDataset, Entity } from '../model/schema.js';
import type { Check, CheckRule, CheckSeverity } from './checks.js';
import { selectEntity } from './entity.js';

/** What a finding points at in the document, with the figures it compares marked. */
export interface Evidence {
  /** Cells of the row (or checkpoints of a plan, or the sentence of the text), in printed order. */
  cells: {
    text: string;
    marked: boolean;
    /** Words printed before the figure and not marked: a checkpoint's label ("12月底"). */
    prefix?: string;
    /** A label the interface supplies in its language ("预算"), not the document. */
    label?: 'budget';
  }[];
}

/** One finding, shown once however many entities share it. */
export interface Finding {
  check: Check;
  /** Name of the department or unit it was found in. */
  entityName: string;
  /** Other entities with the same finding (a department and its 本级 unit print the same tables). */
  alsoIn: { code: string; name: string }[];
  evidence: Evidence | null;
  /** Code of the project it is about, for plan findings. */
  project?: string;
}

export interface FindingGroup {
  severity: CheckSeverity;
  rules: { rule: CheckRule; findings: Finding[] }[];
  count: number;
}

export interface FindingsView {
  entity: { code: string; name: string };
  groups: FindingGroup[];
  count: number;
  /** The rules and tables that have findings, for filters. */
  rules: CheckRule[];
  tables: string[];
}

export interface FindingsFilter {
  severity?: CheckSeverity | null;
  rule?: CheckRule | null;
  table?: string | null;
}

const SEVERITY_ORDER: CheckSeverity[] = ['certain', 'likely', 'note'];

/** Two checks that say the same thing about the same figures. */
const sameFinding = (a: Check, b: Check) => a.rule === b.rule && a.table === b.table && a.row === b.row && a.field === b.field && a.expected === b.expected && a.actual === b.actual;

const figureText = (value: unknown) => (typeof value === 'number' ? String(value) : value == null ? '' : String(value));
const isFigure = (value: unknown, check: Check) => typeof value === 'number' && (Math.abs(value - check.expected) < 1e-6 || Math.abs(value - check.actual) < 1e-6);

/** The row, plan or sentence a check was made on, from the dataset. */
function evidenceOf(check: Check, entity: Entity): { evidence: Evidence | null; project?: string } {
  if (check.rule === 'text-vs-table' && check.excerpt) {
    // The sentence, its written figure marked.
    const written = String(check.actual);
    const at = check.excerpt.lastIndexOf(written);
    if (at < 0) return { evidence: { cells: [{ text: check.excerpt, marked: false }] } };
    return {
      evidence: {
        cells: [
          { text: check.excerpt.slice(0, at), marked: false },
          { text: written, marked: true },
          { text: check.excerpt.slice(at + written.length), marked: false },
        ].filter((c) => c.text),
      },
    };
  }
  const project = entity.projects.find((p) => p.line === check.line);
  if (project) {
    const cells = [
      { text: figureText(project.budget), marked: isFigure(project.budget, check), label: 'budget' as const },
      ...project.plan.checkpoints.map((point) => ({ prefix: point.label, text: figureText(point.value), marked: isFigure(point.value, check) })),
    ];
    return { evidence: { cells }, project: project.code || project.name };
  }
  for (const table of entity.tables) {
    const row = table.rows.find((r) => r.line === check.line);
    if (!row) continue;
    const cells = table.columns
      .map((column) => row.cells[column.key])
      .filter((value) => value !== null && value !== undefined && value !== '')
      .map((value) => ({ text: figureText(value), marked: isFigure(value, check) }));
    return { evidence: cells.length ? { cells } : null };
  }
  return { evidence: null };
}

/**
 * Findings of the entity asked for; for the department (no `entity`), the department's and its
 * units', each said once.
 * @param failed Every failed check of the dataset (from `checkConsistency` or the precomputed views).
 */
export function findingsView(dataset: BudgetDataset, failed: Check[], options: { entity?: string | null; filter?: FindingsFilter } = {}): FindingsView {
  const chosen = selectEntity(dataset, options.entity);
  const scope = options.entity ? [chosen] : [chosen, ...dataset.entities.filter((e) => e !== chosen)];
  const findings: Finding[] = [];
  for (const entity of scope) {
    for (const check of failed.filter((c) => c.entity === entity.code && !c.ok)) {
      const shared = findings.find((f) => sameFinding(f.check, check));
      if (shared) {
        shared.alsoIn.push({ code: entity.code, name: entity.name });
        continue;
      }
      findings.push({ check, entityName: entity.name, alsoIn: [], ...evidenceOf(check, entity) });
    }
  }
  const filter = options.filter ?? {};
  const shown = findings.filter(
    (f) => (!filter.severity || f.check.severity === filter.severity) && (!filter.rule || f.check.rule === filter.rule) && (!filter.table || f.check.table === filter.table),
  );
  const groups: FindingGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const ofSeverity = shown.filter((f) => (f.check.severity ?? 'likely') === severity);
    if (!ofSeverity.length) continue;
    const rules = [...new Set(ofSeverity.map((f) => f.check.rule))].map((rule) => ({
      rule,
      findings: ofSeverity.filter((f) => f.check.rule === rule).sort((a, b) => (a.check.page ?? 0) - (b.check.page ?? 0) || (a.check.line ?? 0) - (b.check.line ?? 0)),
    }));
    groups.push({ severity, rules, count: ofSeverity.length });
  }
  return {
    entity: { code: chosen.code, name: chosen.name },
    groups,
    count: shown.length,
    rules: [...new Set(findings.map((f) => f.check.rule))],
    tables: [...new Set(findings.map((f) => f.check.table))],
  };
}

/** Every failed check of every entity, from the dataset's precomputed views; null without them. */
export function precomputedFailedChecks(dataset: BudgetDataset, viewsOf: (entity: string) => { failedChecks: Check[] } | null): Check[] | null {
  const all: Check[] = [];
  for (const entity of dataset.entities) {
    const views = viewsOf(entity.code);
    if (!views) return null;
    all.push(...views.failedChecks);
  }
  return all;
}
