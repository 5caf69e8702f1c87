/**
 * Arquero expressions are written as strings throughout the data layer: Arquero parses them, and
 * a minifier that renames `op` or `d` inside arrow functions would break them.
 *
 * Expenditure as a hierarchy of classification codes (类 → 款 → 项), the view model behind the
 * treemap and the balance chart's expenditure side.
 */
import { codeLevel } from '../model/classification.js';
import type { BudgetDataset, TableKind } from '../model/schema.js';
import { findTable, selectEntity, ViewError } from './entity.js';
import { frameOf } from './frame.js';

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

export interface HierarchyOptions {
  entity?: string | null;
  classification?: Classification;
  measure?: Measure;
}

const MEASURES: Record<Classification, Measure[]> = {
  function: ['total', 'basic', 'project'],
  economic: ['total', 'personnel', 'publicUse'],
};

const SOURCE_TABLE: Record<Classification, TableKind> = {
  function: 'expenditure',
  economic: 'general-basic-expenditure',
};

/**
 * The expenditure hierarchy of an entity. Rows with a classification code become nodes under
 * their parent code; the root's value is the table's 合计 row (or the sum of the 类 when the
 * document has no such row). Nodes whose measure is zero or blank are left out: a treemap cannot
 * show them and the table alternative lists the full table anyway.
 */
export function expenditureHierarchy(dataset: BudgetDataset, options: HierarchyOptions = {}): BudgetNode {
  const classification = options.classification ?? 'function';
  const measure = options.measure ?? 'total';
  if (!MEASURES[classification]) throw new ViewError(`Unknown classification "${classification}"; use "function" or "economic".`);
  if (!MEASURES[classification].includes(measure)) {
    throw new ViewError(`The measure "${measure}" does not apply to the ${classification} classification; use ${MEASURES[classification].join(', ')}.`);
  }
  const entity = selectEntity(dataset, options.entity);
  const table = findTable(entity, SOURCE_TABLE[classification]);
  const root: BudgetNode = { code: '', name: entity.name, value: 0, level: 0, children: [] };
  if (!table || !table.columns.some((c) => c.key === measure)) return root;

  const rows = frameOf(table)
    .select('code', 'name', 'line', measure)
    .rename({ [measure]: 'value' })
    .derive({ value: 'd => d.value == null ? 0 : d.value' })
    .objects() as { code: string | null; name: string | null; value: number; line: number }[];

  const byCode = new Map<string, BudgetNode>();
  for (const row of rows) {
    const code = row.code ?? '';
    const level = codeLevel(code);
    if (!level) {
      if (/合计|总计/.test(row.name ?? '')) root.value = row.value;
      continue;
    }
    byCode.set(code, { code, name: row.name ?? code, value: row.value, level, line: row.line, children: [] });
  }
  const hadTotal = root.value !== 0;
  for (const node of byCode.values()) {
    if (node.value <= 0) continue;
    const parent = nearestParent(node.code, byCode) ?? root;
    parent.children.push(node);
  }
  if (!hadTotal) root.value = root.children.reduce((sum, n) => sum + n.value, 0);
  return root;
}

function nearestParent(code: string, byCode: Map<string, BudgetNode>): BudgetNode | undefined {
  for (let length = code.length - 2; length >= 3; length -= 2) {
    const parent = byCode.get(code.slice(0, length));
    if (parent) return parent;
  }
  return undefined;
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
