/**
 * The view model behind `<budget-timeline>`: disbursement plans as series of cumulative points
 * (all projects combined, one project, or the largest projects with the rest grouped), and the
 * flags a reader should see: plans that end off budget or decrease (from the consistency checks),
 * plans bunched at the end of the year, and blank checkpoints.
 */
import { round } from './round.js';
import type { Check } from './checks.js';
import type { DisbursementView, PointFill, ProjectPlan } from './disbursement.js';
import { distinctNames, ViewError } from './entity.js';

export type TimelineMode = 'combined' | 'projects';

/** A project's part in a checkpoint: how much of its plan falls between the previous checkpoint and this one. */
export interface Contribution {
  code: string;
  name: string;
  increment: number;
}

export interface SeriesPoint {
  month: number;
  label: string;
  /** Cumulative planned amount; null for a gap. */
  amount: number | null;
  /** Share of the series budget, 0–1; null for a gap or without a budget. */
  share: number | null;
  /** `sum` for a series that adds several plans (their blanks counted as no new spending). */
  fill: PointFill | 'sum';
  /** Blank checkpoints among the plans behind this point. */
  blanks: number;
  /** The projects behind this point, largest increment first. */
  contributors: Contribution[];
}

export interface TimelineSeries {
  /** A project code, "combined" or "others". */
  key: string;
  kind: 'combined' | 'project' | 'others';
  name: string;
  budget: number | null;
  /** Codes of the projects this series covers. */
  projectCodes: string[];
  points: SeriesPoint[];
}

export type FlagKind = 'ends-above-budget' | 'ends-below-budget' | 'decreases' | 'late-heavy' | 'blank';

/** Something a reader of a plan should look at. Signals, not verdicts. */
export interface PlanFlag {
  kind: FlagKind;
  projectCode: string;
  projectName: string;
  /** The checkpoint the flag points at (the last one, the drop, the blank). */
  months: number[];
  /** Source line of the project's table. */
  line: number;
  /** Figures for the message: budget, planned, share, labels. */
  budget: number | null;
  planned: number | null;
  lateShare?: number;
  labels?: string[];
  /** For blanks: how they were drawn. */
  fills?: PointFill[];
}

export interface TimelineView {
  entity: { code: string; name: string };
  unit: string;
  year: number;
  months: number[];
  labels: Record<number, string>;
  /** Sum of the budgets of the projects shown. */
  budget: number;
  series: TimelineSeries[];
  flags: PlanFlag[];
  /** Projects in the entity, for pickers. */
  projects: { code: string; name: string; budget: number | null }[];
}

export interface TimelineOptions {
  entity?: string | null;
  mode?: TimelineMode;
  /** A project code: show that project only. */
  project?: string | null;
  /** In `projects` mode, how many of the largest projects get their own line. */
  top?: number;
  /** Flag a plan when at least this share (0–1) of it falls after the second-to-last checkpoint. */
  lateThreshold?: number;
}

function contributions(plans: ProjectPlan[], index: number): Contribution[] {
  return plans
    .map((p) => ({ code: p.code, name: p.name, increment: round(p.points[index].cumulative - (index ? p.points[index - 1].cumulative : 0)) }))
    .filter((c) => c.increment !== 0)
    .sort((a, b) => b.increment - a.increment);
}

/** One series that adds several plans; blanks count as no new spending (the plan carried forward). */
function sumSeries(key: string, kind: TimelineSeries['kind'], name: string, plans: ProjectPlan[], months: number[], labels: Record<number, string>): TimelineSeries {
  const budget = round(plans.reduce((s, p) => s + (p.budget ?? 0), 0));
  const points = months.map((month, index) => {
    const amount = round(plans.reduce((s, p) => s + (p.points[index]?.cumulative ?? 0), 0));
    return {
      month,
      label: labels[month],
      amount,
      share: budget ? amount / budget : null,
      fill: 'sum' as const,
      blanks: plans.filter((p) => p.points[index]?.amount === null).length,
      contributors: contributions(plans, index),
    };
  });
  return { key, kind, name, budget: budget || null, projectCodes: plans.map((p) => p.code), points };
}

function projectSeries(plan: ProjectPlan): TimelineSeries {
  return {
    key: plan.code,
    kind: 'project',
    name: plan.name,
    budget: plan.budget,
    projectCodes: [plan.code],
    points: plan.points.map((pt, index) => ({
      month: pt.month,
      label: pt.label,
      amount: pt.fill === 'gap' ? null : pt.cumulative,
      share: pt.fill === 'gap' ? null : pt.share,
      fill: pt.fill,
      blanks: pt.amount === null ? 1 : 0,
      contributors: contributions([plan], index),
    })),
  };
}

function planFlags(checks: Check[], plans: ProjectPlan[], lateThreshold: number): PlanFlag[] {
  const failed = checks.filter((c) => !c.ok && (c.rule === 'plan-ends-at-budget' || c.rule === 'plan-never-decreases'));
  const flags: PlanFlag[] = [];
  for (const plan of plans) {
    const base = { projectCode: plan.code, projectName: plan.name, line: plan.line, budget: plan.budget };
    const filled = plan.points.filter((p) => p.amount !== null);
    const last = filled[filled.length - 1];
    for (const check of failed.filter((c) => c.line === plan.line)) {
      if (check.rule === 'plan-ends-at-budget') {
        flags.push({ ...base, kind: check.actual > check.expected ? 'ends-above-budget' : 'ends-below-budget', months: [last.month], planned: check.actual });
      } else {
        const drop = filled.findIndex((p, i) => i > 0 && p.amount! < filled[i - 1].amount!);
        flags.push({ ...base, kind: 'decreases', months: [filled[drop].month], planned: filled[drop].amount, labels: [filled[drop - 1].label, filled[drop].label] });
      }
    }
    const points = plan.points;
    const final = points[points.length - 1]?.cumulative ?? 0;
    if (points.length >= 2 && final > 0) {
      const before = points[points.length - 2];
      const lateShare = (final - before.cumulative) / final;
      if (lateShare >= lateThreshold) {
        flags.push({ ...base, kind: 'late-heavy', months: [points[points.length - 1].month], planned: final, lateShare, labels: [before.label] });
      }
    }
    const blanks = points.filter((p) => p.amount === null);
    if (blanks.length) {
      flags.push({ ...base, kind: 'blank', months: blanks.map((p) => p.month), planned: null, labels: blanks.map((p) => p.label), fills: blanks.map((p) => p.fill) });
    }
  }
  return flags;
}

/**
 * Series and flags for the timeline, from an entity's plans and its consistency checks (the failed
 * plan checks become flags). Needs no Arquero: the inputs may come from precomputed views.
 * @throws ViewError when `project` names no project of the entity.
 */
export function buildTimeline(source: DisbursementView, checks: Check[], options: Omit<TimelineOptions, 'entity'> = {}): TimelineView {
  const { mode = 'combined', project = null, top = 5, lateThreshold = 0.5 } = options;
  // Projects that share a name are told apart by their code, in every series, flag and picker.
  const names = distinctNames(source.projects);
  const plans = { ...source, projects: source.projects.map((p) => (names.get(p.code) === p.name ? p : { ...p, name: names.get(p.code)! })) };
  const labels: Record<number, string> = {};
  for (const p of plans.projects) for (const pt of p.points) labels[pt.month] ??= pt.label;

  let shown = plans.projects;
  let series: TimelineSeries[];
  if (project) {
    const plan = plans.projects.find((p) => p.code === project);
    if (!plan) throw new ViewError('noSuchProject', { code: project, entity: plans.entity.name });
    shown = [plan];
    series = [projectSeries(plan)];
  } else if (mode === 'projects') {
    const bySize = [...plans.projects].sort((a, b) => (b.budget ?? 0) - (a.budget ?? 0));
    const largest = bySize.slice(0, Math.max(1, top));
    const rest = bySize.slice(largest.length);
    series = largest.map(projectSeries);
    if (rest.length) series.push(sumSeries('others', 'others', '', rest, plans.months, labels));
  } else {
    series = plans.projects.length ? [sumSeries('combined', 'combined', plans.entity.name, plans.projects, plans.months, labels)] : [];
  }

  return {
    entity: plans.entity,
    unit: plans.unit,
    year: plans.year,
    months: plans.months,
    labels,
    budget: round(shown.reduce((s, p) => s + (p.budget ?? 0), 0)),
    series,
    flags: planFlags(checks.filter((c) => c.entity === plans.entity.code), shown, lateThreshold),
    projects: plans.projects.map((p) => ({ code: p.code, name: p.name, budget: p.budget })),
  };
}
