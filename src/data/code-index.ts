/**
 * Where each classification code of a table sits, worked out once per table: the checks of its
 * sums and the hierarchies of every measure read the same shape, and a 支出总表 can have 100,000 rows.
 */
import { squashed, TOTAL_ROW } from '../convert/kinds/rows.js';
import { codeLevel } from '../model/classification.js';
import type { Table } from '../model/schema.js';
import { columnOf } from './columns.js';

/** The classification codes of a table and how they nest. */
export interface CodeIndex {
  /** Each row's code as text ('' where the row has none). */
  codes: string[];
  /** Rows that hold a code, one per code (the last row printing it), in the order codes first appear. */
  rows: number[];
  /** For each of `rows`, its level: 1 类, 2 款, 3 项, … */
  levels: number[];
  /** For each of `rows`, the index in `rows` of its nearest ancestor printed in the table, or -1. */
  parents: number[];
  /**
   * Whether some code is printed on more than one row (one row per unit, or per economic class
   * under each function): such a table is not one hierarchy, and its sums cannot be checked.
   */
  repeated: boolean;
  /** The 合计 row, or -1. */
  total: number;
}

const indexes = new WeakMap<Table, CodeIndex>();

/** The code index of a table (cached; datasets are treated as immutable). */
export function codeIndexOf(table: Table): CodeIndex {
  let index = indexes.get(table);
  if (index) return index;
  const hasNames = table.columns.some((c) => c.key === 'name');
  const names = hasNames ? (columnOf(table, 'name') as unknown[]) : null;
  const codes = (columnOf(table, 'code') as unknown[]).map((c) => (typeof c === 'string' ? c : c === null || c === undefined ? '' : String(c)));
  const position = new Map<string, number>();
  const rows: number[] = [];
  const levels: number[] = [];
  let total = -1;
  let repeated = false;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    const level = codeLevel(code);
    if (!level) {
      if (names && TOTAL_ROW.test(squashed(names[i] as string | null))) total = i;
      continue;
    }
    const at = position.get(code);
    if (at === undefined) {
      position.set(code, rows.length);
      rows.push(i);
      levels.push(level);
    } else {
      rows[at] = i;
      repeated = true;
    }
  }
  // Tables list a parent right before its children: the parent of a code is usually the last code
  // seen one level up, found without cutting and hashing a prefix per row. Otherwise (a level left
  // out, codes out of order), the nearest printed prefix is looked up.
  const parents = new Array<number>(rows.length);
  const lastAtLevel: number[] = [];
  for (let n = 0; n < rows.length; n++) {
    const code = codes[rows[n]!]!;
    const level = levels[n]!;
    const above = level > 1 ? lastAtLevel[level - 1] : undefined;
    if (above !== undefined && code.startsWith(codes[rows[above]!]!)) parents[n] = above;
    else {
      parents[n] = -1;
      for (let length = code.length - 2; length >= 3; length -= 2) {
        const at = position.get(code.slice(0, length));
        if (at !== undefined) {
          parents[n] = at;
          break;
        }
      }
    }
    lastAtLevel[level] = n;
  }
  indexes.set(table, (index = { codes, rows, levels, parents, repeated, total }));
  return index;
}
