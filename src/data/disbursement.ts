/**
 * Disbursement plans (资金支出计划) of an entity's projects, per project and combined: the view
 * model behind the timeline.
 */
import { from, op } from 'arquero';
import type { BudgetDataset, DisbursementPlan } from '../model/schema.js';
import { selectEntity } from './entity.js';
import { round } from './round.js';

/** One checkpoint of one project's plan. */
export interface PlanPoint {
  month: number;
  label: string;
  /** The figure as written (an amount or a percentage, see the plan's reading); null when blank. */
  written: number | null;
  /** The figure as an amount in the dataset unit; null when blank. */
  amount: number | null;
  /**
   * Cumulative amount planned by this checkpoint. A blank carries the last filled figure forward
   * (the plan is cumulative, so nothing new is planned); before the first filled figure it is 0.
   */
  cumulative: number;
  /** Share of the project budget reached, 0–1; null without a budget. */
  share: number | null;
  /**
   * How the checkpoint was filled: `written` in the document; `carried` when blank but the plan's
   * own figures allow one reading only (it already reached its budget, or the figures on both
   * sides are equal); `gap` when blank and nothing in the plan says what was meant.
   */
  fill: PointFill;
}

export type PointFill = 'written' | 'carried' | 'gap';

export interface ProjectPlan {
  code: string;
  name: string;
  budget: number | null;
  reading: DisbursementPlan['reading'];
  readingNote: string;
  line: number;
  points: PlanPoint[];
}

/** The combined plan of all projects at one checkpoint. */
export interface CombinedPoint {
  month: number;
  /** Sum of the projects' cumulative amounts. */
  amount: number;
  /** Share of the sum of project budgets, 0–1. */
  share: number | null;
  /** How many projects left this checkpoint blank. */
  blanks: number;
}

export interface DisbursementView {
  entity: { code: string; name: string };
  unit: string;
  year: number;
  months: number[];
  totalBudget: number;
  projects: ProjectPlan[];
  combined: CombinedPoint[];
}

/**
 * Every project's plan as amounts, and their sum at each checkpoint. Plans read as percentages are
 * converted with the project budget; plans whose reading is unknown are taken as amounts, the
 * reading of the standard template's figures (the consistency checks flag them).
 */
export function disbursementPlans(dataset: BudgetDataset, options: { entity?: string | null } = {}): DisbursementView {
  const entity = selectEntity(dataset, options.entity);
  const months = [...new Set(entity.projects.flatMap((p) => p.plan.checkpoints.map((c) => c.month)))].sort((a, b) => a - b);

  const projects: ProjectPlan[] = entity.projects.map((project) => {
    const factor = project.plan.reading === 'percent' && project.budget !== null ? project.budget / 100 : 1;
    let cumulative = 0;
    const points = project.plan.checkpoints.map((checkpoint) => {
      const amount = checkpoint.value === null ? null : round(checkpoint.value * factor);
      if (amount !== null) cumulative = amount;
      return {
        month: checkpoint.month,
        label: checkpoint.label,
        written: checkpoint.value,
        amount,
        cumulative,
        share: project.budget ? cumulative / project.budget : null,
        fill: 'written' as PointFill,
      };
    });
    fillBlanks(points, project.budget);
    return {
      code: project.code,
      name: project.name,
      budget: project.budget,
      reading: project.plan.reading,
      readingNote: project.plan.readingNote,
      line: project.line,
      points,
    };
  });

  const totalBudget = round(projects.reduce((sum, p) => sum + (p.budget ?? 0), 0));
  const long = projects.flatMap((p) => p.points.map((pt) => ({ month: pt.month, cumulative: pt.cumulative, blank: pt.amount === null ? 1 : 0 })));
  const sums = long.length
    ? (from(long)
        .groupby('month')
        .rollup({ amount: op.sum('cumulative'), blanks: op.sum('blank') })
        .orderby('month')
        .objects() as { month: number; amount: number; blanks: number }[])
    : [];
  const combined = sums.map((s) => ({
    month: s.month,
    amount: round(s.amount),
    blanks: s.blanks,
    share: totalBudget ? round(s.amount) / totalBudget : null,
  }));

  return { entity: { code: entity.code, name: entity.name }, unit: dataset.meta.unit, year: dataset.meta.year, months, totalBudget, projects, combined };
}

/**
 * Marks each blank checkpoint as `carried` or `gap`. A cumulative plan never decreases and never
 * passes its budget, so a blank after the plan reached its budget, or between two equal figures,
 * can only repeat the figure before it. Any other blank (a leading one included: nothing says
 * whether spending started) is a gap.
 */
function fillBlanks(points: PlanPoint[], budget: number | null): void {
  let last: number | null = null;
  points.forEach((point, i) => {
    if (point.amount !== null) {
      last = point.amount;
      return;
    }
    const next = points.slice(i + 1).find((p) => p.amount !== null)?.amount ?? null;
    const complete = last !== null && budget !== null && last >= budget;
    const between = last !== null && next !== null && next === last;
    point.fill = complete || between ? 'carried' : 'gap';
  });
}
