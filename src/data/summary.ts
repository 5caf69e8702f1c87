/**
 * The headline figures of an entity's budget: the view model of `<budget-summary>`.
 */
import type { BudgetDataset } from '../model/schema.js';
import { incomeVsExpenditure } from './balance.js';
import { consistencyReport } from './checks.js';
import { selectEntity } from './entity.js';
import { expenditureHierarchy } from './expenditure.js';

export interface BudgetSummary {
  entity: { code: string; name: string };
  year: number;
  kind: BudgetDataset['meta']['kind'];
  unit: string;
  incomeTotal: number | null;
  expenditureTotal: number | null;
  difference: number | null;
  basic: number;
  project: number;
  projectCount: number;
  checks: { passed: number; failed: number };
}

export function budgetSummary(dataset: BudgetDataset, options: { entity?: string | null } = {}): BudgetSummary {
  const entity = selectEntity(dataset, options.entity);
  const balance = incomeVsExpenditure(dataset, { entity: entity.code });
  const report = consistencyReport(dataset);
  return {
    entity: balance.entity,
    year: dataset.meta.year,
    kind: dataset.meta.kind,
    unit: balance.unit,
    incomeTotal: balance.incomeTotal,
    expenditureTotal: balance.expenditureTotal,
    difference: balance.difference,
    basic: expenditureHierarchy(dataset, { entity: entity.code, measure: 'basic' }).value,
    project: expenditureHierarchy(dataset, { entity: entity.code, measure: 'project' }).value,
    projectCount: entity.projects.length,
    checks: { passed: report.passed[entity.code] ?? 0, failed: report.checks.filter((c) => c.entity === entity.code && !c.ok).length },
  };
}
