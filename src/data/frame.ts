/**
 * The bridge from dataset tables to Arquero tables and to plain column arrays. Kept in one place
 * so the rest of the data layer speaks Arquero verbs or reads whole columns, and never loops over
 * raw row objects itself.
 */
import { table as columnTable, type ColumnTable } from 'arquero';
import type { Table } from '../model/schema.js';
import { columnOf } from './columns.js';

/** Frames per dataset table: checks, hierarchies and balances all read the same tables. Datasets are treated as immutable. */
const frames = new WeakMap<Table, ColumnTable>();

/**
 * An Arquero table of a dataset table's rows: one column per column key, plus `line` (the source
 * line) and `row` (the row index), so findings can point back to the document.
 */
export function frameOf(table: Table): ColumnTable {
  let frame = frames.get(table);
  if (!frame) frames.set(table, (frame = buildFrame(table)));
  return frame;
}

function buildFrame(table: Table): ColumnTable {
  const columns: Record<string, unknown[]> = { line: columnOf(table, 'line'), row: table.rows.map((_, index) => index) };
  for (const { key } of table.columns) columns[key] = columnOf(table, key);
  return columnTable(columns);
}


/** Amount columns of a table (keys), in order. */
export function amountKeys(table: Table): string[] {
  return table.columns.filter((c) => c.role === 'amount').map((c) => c.key);
}
