/**
 * Performance indicators of an entity's projects as one flat list of rows: the view model behind
 * the indicator table.
 */
import { from } from 'arquero';
import type { BudgetDataset, Target } from '../model/schema.js';
import { selectEntity } from './entity.js';

export interface IndicatorRow {
  projectCode: string;
  projectName: string;
  projectBudget: number | null;
  level1: string;
  level2: string;
  level3: string;
  description: string;
  target: Target;
  basis: string;
  line: number;
}

/** Every indicator of every project of an entity, in document order. */
export function indicatorRows(dataset: BudgetDataset, options: { entity?: string | null } = {}): IndicatorRow[] {
  const entity = selectEntity(dataset, options.entity);
  const rows = entity.projects.flatMap((project) =>
    project.indicators.map((indicator) => ({
      projectCode: project.code,
      projectName: project.name,
      projectBudget: project.budget,
      level1: indicator.level1,
      level2: indicator.level2,
      level3: indicator.level3,
      description: indicator.description,
      target: indicator.target,
      basis: indicator.basis,
      line: indicator.line,
    })),
  );
  return rows.length ? (from(rows).orderby('line').objects() as IndicatorRow[]) : [];
}
