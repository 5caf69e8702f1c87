/**
 * Computes every view model the widgets draw, for every entity, into `dataset.views`: the
 * converter stores them so that pages need neither Arquero nor `unsafe-eval`. Uses the full,
 * Arquero-based data layer; runs in Node (the CLI) or in a browser that allows it.
 */
import type { BudgetDataset } from '../model/schema.js';
import { incomeVsExpenditure } from './balance.js';
import { consistencyReport } from './checks.js';
import { disbursementPlans } from './disbursement.js';
import { ViewError } from './entity.js';
import { expenditureHierarchy } from './expenditure.js';
import { MEASURES } from './hierarchy.js';
import { budgetSummary } from './summary.js';
import { fingerprint, VIEWS_VERSION, type DatasetViews, type EntityViews, type ViewOr } from './views.js';

/** A view, or the reason the data layer gave for not building it. Other errors are bugs: they throw. */
function attempt<T>(build: () => T): ViewOr<T> {
  try {
    return build();
  } catch (error) {
    if (error instanceof ViewError) return { error: error.message, code: error.code, params: error.params };
    throw error;
  }
}

/**
 * Every view model of every entity of a dataset.
 * @param generator - Who computed them (name and version), recorded in the result.
 */
export function precomputeViews(dataset: BudgetDataset, generator = 'budget-widgets'): DatasetViews {
  const checks = consistencyReport(dataset).checks;
  const entities: Record<string, EntityViews> = {};
  for (const { code } of dataset.entities) {
    const entity = code;
    const expenditure: EntityViews['expenditure'] = {};
    for (const classification of ['function', 'economic'] as const) {
      expenditure[classification] = {};
      for (const measure of MEASURES[classification]) {
        expenditure[classification]![measure] = attempt(() => expenditureHierarchy(dataset, { entity, classification, measure }));
      }
    }
    const balance: EntityViews['balance'] = {};
    for (const table of ['summary', 'fiscal'] as const) {
      balance[table] = {};
      for (const split of ['class', 'nature', 'economic'] as const) {
        balance[table]![split] = attempt(() => incomeVsExpenditure(dataset, { entity, table, split }));
      }
    }
    entities[code] = {
      summary: attempt(() => budgetSummary(dataset, { entity })),
      expenditure,
      balance,
      plans: attempt(() => disbursementPlans(dataset, { entity })),
      failedChecks: checks.filter((c) => c.entity === code && !c.ok),
    };
  }
  return { version: VIEWS_VERSION, generator, fingerprint: fingerprint(dataset), entities };
}

/** A copy of the dataset with its views (re)computed. */
export function withViews(dataset: BudgetDataset, generator?: string): BudgetDataset {
  const { views: _old, ...rest } = dataset;
  const plain = rest as BudgetDataset;
  return { ...plain, views: precomputeViews(plain, generator) };
}
