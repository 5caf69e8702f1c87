/**
 * Comparing a document with another: the same department a year before, or the 预算 and the 决算
 * of one year. Works on view models (no Arquero), so it runs on precomputed views under a strict
 * Content-Security-Policy. Classification codes are matched by code; a name that changed under
 * the same code is shown as the current document prints it.
 */
import type { BudgetDataset } from '../model/schema.js';
import type { BudgetNode } from './hierarchy.js';
import { yuanPer } from './units.js';

/**
 * `change`: the other document is an earlier (or later) one, and figures are compared as a change
 * in amount and per cent. `execution`: the 预算 and 决算 of one year, and the figure that matters is
 * the execution rate, 决算 ÷ 预算.
 */
export type ComparisonMode = 'change' | 'execution';

/** What a document is compared with: named in every comparison shown ("比2024年预算"). */
export interface ComparisonBasis {
  mode: ComparisonMode;
  year: number;
  kind: BudgetDataset['meta']['kind'];
  /** Multiplies the other document's figures into the current one's unit (元 against 万元). */
  scale: number;
}

export function comparisonBasis(current: BudgetDataset['meta'], other: BudgetDataset['meta']): ComparisonBasis {
  const mode: ComparisonMode = current.year === other.year && current.kind !== other.kind ? 'execution' : 'change';
  const from = yuanPer(other.unit);
  const to = yuanPer(current.unit);
  return { mode, year: other.year, kind: other.kind, scale: from && to ? from / to : 1 };
}

/** One figure of the current document against the other's (already in the current unit). */
export interface FigureComparison {
  current: number | null;
  other: number | null;
  /** current − other; null when either is missing. */
  change: number | null;
  /**
   * `change` mode: change ÷ other (0.215 for +21.5 %), null when the other is 0 or missing.
   * `execution` mode: 决算 ÷ 预算, whichever of the two is the current document.
   */
  ratio: number | null;
}

export function compareFigure(current: number | null, other: number | null, basis: ComparisonBasis, currentKind: BudgetDataset['meta']['kind']): FigureComparison {
  const scaled = other === null ? null : round(other * basis.scale);
  const change = current === null || scaled === null ? null : round(current - scaled);
  let ratio: number | null = null;
  if (current !== null && scaled !== null) {
    if (basis.mode === 'execution') {
      const [final, budget] = currentKind === 'final-accounts' ? [current, scaled] : [scaled, current];
      ratio = budget ? final / budget : null;
    } else ratio = scaled ? (current - scaled) / Math.abs(scaled) : null;
  }
  return { current, other: scaled, change, ratio };
}

/**
 * A classification code in one or both documents. `new`: only in the current one; `removed`: only
 * in the other (never shown as −100 %).
 */
export interface NodeComparison extends FigureComparison {
  code: string;
  name: string;
  status: 'new' | 'removed' | 'changed' | 'same';
}

/** Every code of two hierarchies, matched by code; the root is keyed ''. */
export function compareHierarchies(current: BudgetNode, other: BudgetNode, basis: ComparisonBasis, currentKind: BudgetDataset['meta']['kind']): Map<string, NodeComparison> {
  const others = new Map<string, BudgetNode>();
  const walk = (node: BudgetNode, visit: (node: BudgetNode) => void) => {
    visit(node);
    for (const child of node.children) walk(child, visit);
  };
  walk(other, (node) => others.set(node.code, node));
  const result = new Map<string, NodeComparison>();
  walk(current, (node) => {
    const match = others.get(node.code);
    const figures = compareFigure(node.value, match ? match.value : null, basis, currentKind);
    const status = !match ? 'new' : figures.change === 0 ? 'same' : 'changed';
    result.set(node.code, { code: node.code, name: node.name, status, ...figures });
  });
  for (const [code, node] of others) {
    if (result.has(code)) continue;
    result.set(code, { code, name: node.name, status: 'removed', ...compareFigure(null, node.value, basis, currentKind) });
  }
  return result;
}

/** The codes directly under `parent` in the other document that the current one no longer has. */
export function removedChildren(comparison: Map<string, NodeComparison>, parent: string): NodeComparison[] {
  const level = parent ? parent.length + 2 : 3;
  return [...comparison.values()].filter((c) => c.status === 'removed' && c.code.length === level && c.code.startsWith(parent));
}

/**
 * Steps of the diverging colour scale of changes, as upper bounds of the ratio: below −50 %,
 * −50 to −20 %, −20 to −5 %, about the same (±5 %), +5 to +20 %, +20 to +50 %, above +50 %.
 * Stepped rather than continuous: a reader matches a cell to the legend by colour.
 */
export const CHANGE_STEPS = [-0.5, -0.2, -0.05, 0.05, 0.2, 0.5] as const;
/** Steps of the execution rate: below 50 %, 50–80 %, 80–95 %, 95–105 %, 105–120 %, 120–150 %, above. */
export const EXECUTION_STEPS = [0.5, 0.8, 0.95, 1.05, 1.2, 1.5] as const;

/** The colour step (0–6) of a compared figure; null when it has no ratio (new, removed, no base). */
export function changeStep(comparison: FigureComparison, mode: ComparisonMode): number | null {
  if (comparison.ratio === null) return null;
  const steps = mode === 'execution' ? EXECUTION_STEPS : CHANGE_STEPS;
  let step = 0;
  while (step < steps.length && comparison.ratio >= steps[step]!) step++;
  return step;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;
