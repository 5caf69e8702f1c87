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
import { frameOf } from './frame.js';

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

/** The shape of a table's hierarchy, the same for every measure: which rows are nodes, and their parents. */
interface Skeleton {
  /** Rows that hold a code, one per code (the last row printing it), in the order codes first appear. */
  rows: number[];
  levels: number[];
  /** For each of `rows`, the index in `rows` of its nearest ancestor printed in the table, or -1. */
  parents: number[];
  /** The 合计 row, or -1. */
  total: number;
}

const skeletons = new WeakMap<Table, Skeleton>();

function skeletonOf(table: Table, codes: (string | null)[], names: (string | null)[]): Skeleton {
  let skeleton = skeletons.get(table);
  if (skeleton) return skeleton;
  const position = new Map<string, number>();
  const rows: number[] = [];
  const levels: number[] = [];
  let total = -1;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? '';
    const level = codeLevel(code);
    if (!level) {
      if (TOTAL_ROW.test(squashed(names[i]))) total = i;
      continue;
    }
    const at = position.get(code);
    if (at === undefined) {
      position.set(code, rows.length);
      rows.push(i);
      levels.push(level);
    } else rows[at] = i;
  }
  const parents = rows.map((i) => {
    const code = codes[i]!;
    for (let length = code.length - 2; length >= 3; length -= 2) {
      const at = position.get(code.slice(0, length));
      if (at !== undefined) return at;
    }
    return -1;
  });
  skeletons.set(table, (skeleton = { rows, levels, parents, total }));
  return skeleton;
}

function buildHierarchy(table: Table, measure: Measure, root: BudgetNode): BudgetNode {
  // Column-wise, from the frame's arrays: no object per row but the nodes themselves; the shape is
  // worked out once per table for every measure.
  const frame = frameOf(table);
  const codes = frame.array('code') as (string | null)[];
  const names = (table.columns.some((c) => c.key === 'name') ? frame.array('name') : codes.map(() => null)) as (string | null)[];
  const values = frame.array(measure) as (number | null)[];
  const lines = frame.array('line') as number[];
  const { rows, levels, parents, total } = skeletonOf(table, codes, names);

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
