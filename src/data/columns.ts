/**
 * Plain column arrays of dataset tables, without Arquero: widgets' static code (the views'
 * fingerprint) reads them as well as the data layer.
 */
import type { Table } from '../model/schema.js';

/** Column arrays per dataset table, shared by the frame and the column-wise checks and hierarchies. */
const columnArrays = new WeakMap<Table, Map<string, unknown[]>>();

/**
 * The values of one column of a dataset table, in row order (`line` gives the source lines; a
 * blank cell is null). Read-only and cached: the column-wise checks and hierarchies read the same
 * columns of a 100,000-row table many times, and Arquero's `array()` copies through a per-row
 * callback each time.
 */
export function columnOf(table: Table, key: string): unknown[] {
  let columns = columnArrays.get(table);
  if (!columns) columnArrays.set(table, (columns = new Map()));
  let column = columns.get(key);
  if (!column) {
    const { rows } = table;
    column = new Array(rows.length);
    if (key === 'line') for (let i = 0; i < rows.length; i++) column[i] = rows[i]!.line;
    else for (let i = 0; i < rows.length; i++) column[i] = rows[i]!.cells[key] ?? null;
    columns.set(key, column);
  }
  return column;
}
