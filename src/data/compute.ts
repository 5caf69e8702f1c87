/**
 * The Arquero-based part of the data layer that widgets load lazily (see `layer.ts`) when a
 * dataset has no precomputed views.
 */
import type { BudgetDataset } from '../model/schema.js';
import { failedChecks } from './checks.js';
import { disbursementPlans } from './disbursement.js';
import { buildTimeline, type TimelineOptions, type TimelineView } from './timeline.js';

export { expenditureHierarchy } from './expenditure.js';
export { incomeVsExpenditure } from './balance.js';
export { disbursementPlans } from './disbursement.js';
export { checkConsistency, consistencyReport, failedChecks } from './checks.js';
export { budgetSummary } from './summary.js';
export { precomputeViews, withViews } from './precompute.js';

/**
 * Series and flags for `<budget-timeline>` straight from a dataset.
 * @throws ViewError when `project` names no project of the entity.
 */
export function timelineView(dataset: BudgetDataset, options: TimelineOptions = {}): TimelineView {
  const plans = disbursementPlans(dataset, { entity: options.entity });
  return buildTimeline(plans, failedChecks(dataset, { entity: plans.entity.code }), options);
}
