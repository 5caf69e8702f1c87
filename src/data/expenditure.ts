/**
 * Arquero expressions are written as strings throughout the data layer: Arquero parses them, and
 * a minifier that renames `op` or `d` inside arrow functions would break them.
 *
 * Expenditure as a hierarchy of classification codes (类 → 款 → 项), the view model behind the
 * treemap and the balance chart's expenditure side.
 */
import { squashed, TOTAL_ROW } from '../convert/kinds/rows.js';
import { codeLevel } from '../model/classification.js';
import type { BudgetDataset, Entity, Table, TableKind } from '../model/schema.js';
import { findTable, selectEntity } from './entity.js';
import { checkHierarchyOptions, type BudgetNode, type Classification, type Measure } from './hierarchy.js';
import { frameRows } from './frame.js';

export type { BudgetNode, Classification, Measure } from './hierarchy.js';
export { findNode, MEASURES } from './hierarchy.js';

export interface HierarchyOptions {
  entity?: string | null;
  classification?: Classification;
  measure?: Measure;
}

const SOURCE_TABLE: Record<Classification, TableKind> = {
  function: 'expenditure',
  economic: 'general-basic-expenditure',
};

/**
 * The table the hierarchy is read from: the 支出总表 (function) or the 基本支出表 (economic). Some
 * templates print their 支出总表 by unit, without codes; the function hierarchy then comes from the
 * 一般公共预算支出表, which every template prints by classification.
 */
function classifiedTable(entity: Entity, classification: Classification): Table | undefined {
  const hasCodes = (t: Table | undefined) => !!t && t.columns.some((c) => c.key === 'code');
  const table = findTable(entity, SOURCE_TABLE[classification]);
  if (hasCodes(table) || classification !== 'function') return table;
  const general = findTable(entity, 'general-expenditure');
  return hasCodes(general) ? general : table;
}

/**
 * The expenditure hierarchy of an entity. Rows with a classification code become nodes under
 * their parent code; the root's value is the table's 合计 row (or the sum of the 类 when the
 * document has no such row). Nodes whose measure is zero or blank are left out: a treemap cannot
 * show them and the table alternative lists the full table anyway.
 */
export function expenditureHierarchy(dataset: BudgetDataset, options: HierarchyOptions = {}): BudgetNode {
  const classification = options.classification ?? 'function';
  const measure = options.measure ?? 'total';
  checkHierarchyOptions(classification, measure);
  const entity = selectEntity(dataset, options.entity);
  const table = classifiedTable(entity, classification);
  const root: BudgetNode = { code: '', name: entity.name, value: 0, level: 0, children: [] };
  if (!table || !table.columns.some((c) => c.key === measure)) return root;

  let cached = hierarchies.get(table);
  if (!cached) hierarchies.set(table, (cached = new Map()));
  const key = `${measure}|${entity.name}`;
  let tree = cached.get(key);
  if (!tree) cached.set(key, (tree = buildHierarchy(table, measure, root)));
  return tree;
}

/** Hierarchies per table and measure: the treemap, balance, summary and views ask for the same ones. Treated as immutable. */
const hierarchies = new WeakMap<Table, Map<string, BudgetNode>>();

function buildHierarchy(table: Table, measure: Measure, root: BudgetNode): BudgetNode {
  const rows = frameRows(table) as { code: string | null; name: string | null; line: number; [key: string]: unknown }[];

  const byCode = new Map<string, BudgetNode>();
  for (const row of rows) {
    const code = row.code ?? '';
    const value = (row[measure] as number | null) ?? 0;
    const level = codeLevel(code);
    if (!level) {
      if (TOTAL_ROW.test(squashed(row.name))) root.value = value;
      continue;
    }
    byCode.set(code, { code, name: row.name ?? code, value, level, line: row.line, children: [] });
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
