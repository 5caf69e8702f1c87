/**
 * Arquero expressions are written as strings throughout the data layer: Arquero parses them, and
 * a minifier that renames `op` or `d` inside arrow functions would break them.
 *
 * Expenditure as a hierarchy of classification codes (类 → 款 → 项), the view model behind the
 * treemap and the balance chart's expenditure side.
 */
import type { BudgetDataset, Entity, Table, TableKind } from '../model/schema.js';
import { findTable, selectEntity } from './entity.js';
import { checkHierarchyOptions, type BudgetNode, type Classification, type Measure } from './hierarchy.js';
import { codeIndexOf } from './code-index.js';
import { columnOf } from './columns.js';

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
  // Column-wise, from the frame's arrays: no object per row but the nodes themselves; the shape is
  // worked out once per table for every measure.
  const { codes, rows, levels, parents, total } = codeIndexOf(table);
  const names = (table.columns.some((c) => c.key === 'name') ? columnOf(table, 'name') : []) as (string | null)[];
  const values = columnOf(table, measure) as (number | null)[];
  const lines = columnOf(table, 'line') as number[];

  if (total >= 0) root.value = values[total] ?? 0;
  const hadTotal = root.value !== 0;
  const nodes = rows.map((i, n): BudgetNode => ({ code: codes[i]!, name: names[i] ?? codes[i]!, value: values[i] ?? 0, level: levels[n], line: lines[i], children: [] }));
  nodes.forEach((node, n) => {
    if (node.value <= 0) return;
    (parents[n] >= 0 ? nodes[parents[n]] : root).children.push(node);
  });
  if (!hadTotal) root.value = root.children.reduce((sum, n) => sum + n.value, 0);
  return root;
}
