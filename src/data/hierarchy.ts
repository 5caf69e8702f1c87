/**
 * The expenditure hierarchy's types and the helpers that need no Arquero: widgets import these
 * statically, while `expenditure.ts` (which builds the hierarchy with Arquero) loads lazily.
 */
import { ViewError } from './entity.js';

/** Which classification: function (功能分类, from 支出总表) or economic (经济分类, basic expenditure). */
export type Classification = 'function' | 'economic';
/** Which amount: total, basic (基本支出) or project (项目支出) expenditure; for the economic
 * classification, total, personnel (人员经费) or publicUse (公用经费). */
export type Measure = 'total' | 'basic' | 'project' | 'personnel' | 'publicUse';

/** One node of the expenditure hierarchy. */
export interface BudgetNode {
  /** Classification code; '' for the root. */
  code: string;
  name: string;
  /** Amount in the dataset unit (0 when the document leaves it blank). */
  value: number;
  /** 0 root, 1 类, 2 款, 3 项. */
  level: number;
  /** Source line of the row, for linking back to the document. */
  line?: number;
  children: BudgetNode[];
}

export const MEASURES: Record<Classification, Measure[]> = {
  function: ['total', 'basic', 'project'],
  economic: ['total', 'personnel', 'publicUse'],
};

/** Throws a ViewError naming the valid choices when the classification or measure is not one. */
export function checkHierarchyOptions(classification: string, measure: string): void {
  if (!MEASURES[classification as Classification]) throw new ViewError('unknownClassification', { value: classification });
  if (!MEASURES[classification as Classification].includes(measure as Measure)) {
    throw new ViewError('measureNotApplicable', { value: measure, classification, allowed: MEASURES[classification as Classification].join(', ') });
  }
}

/** Finds a node by code anywhere under `root`. */
export function findNode(root: BudgetNode, code: string): BudgetNode | undefined {
  if (root.code === code) return root;
  for (const child of root.children) {
    const found = findNode(child, code);
    if (found) return found;
  }
  return undefined;
}
