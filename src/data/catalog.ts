/**
 * A catalog (see `src/model/catalog.ts`) arranged for reading: departments × years × kinds for the
 * picker, the departments' totals of one year as a hierarchy for the overview treemap, and which
 * document a picked one is best compared with. Plain JavaScript over the catalog's precomputed
 * figures: no dataset is loaded to compare departments.
 */
import type { Catalog, CatalogEntry } from '../model/catalog.js';
import type { BudgetNode } from './hierarchy.js';
import { yuanPer } from './units.js';

/** One department's row of the picker: its documents by year. */
export interface CatalogRow {
  /** The department's code, else its name, else the document's file: what tells departments apart. */
  key: string;
  name: string;
  byYear: Map<number | null, CatalogEntry[]>;
}

export interface CatalogGrid {
  /** Years that occur, latest first; null (no year found) last. */
  years: (number | null)[];
  rows: CatalogRow[];
}

/** A 单位预算 or 单位决算 (one unit of a department), by its title. */
export const isUnitDocument = (entry: CatalogEntry) => /单位(预|决)算/.test(entry.title);

/** A department's key: its code, else its name, else the file (a document naming no department stands alone). */
export const departmentKey = (entry: CatalogEntry) => (entry.code ? `code:${entry.code}` : entry.department ? `name:${entry.department}` : `file:${entry.file}`);

/** The picker's grid: departments by name (as Chinese sorts them), years latest first. */
export function catalogGrid(catalog: Catalog): CatalogGrid {
  const rows = new Map<string, CatalogRow>();
  const years = new Set<number | null>();
  for (const entry of catalog.datasets) {
    const key = departmentKey(entry);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, name: entry.department || entry.title || entry.file, byYear: new Map() }));
    years.add(entry.year);
    const list = row.byYear.get(entry.year) ?? [];
    list.push(entry);
    row.byYear.set(entry.year, list);
  }
  const collator = new Intl.Collator('zh-CN');
  return {
    years: [...years].sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a)),
    rows: [...rows.values()].sort((a, b) => collator.compare(a.name, b.name)),
  };
}

/**
 * The departments' total expenditure in one year and kind, in 万元, as a one-level hierarchy for
 * the treemap (each node's `code` is the entry's file). Entries without a total or in an unknown
 * unit are left out and counted in `left`.
 */
export function catalogOverview(catalog: Catalog, year: number | null, kind: CatalogEntry['kind']): { root: BudgetNode; entries: Map<string, CatalogEntry>; left: number } {
  const root: BudgetNode = { code: '', name: '', value: 0, level: 0, children: [] };
  const entries = new Map<string, CatalogEntry>();
  let left = 0;
  // A department's own document covers its units: a 单位预算 beside it would count them twice.
  const departments = new Set(catalog.datasets.filter((e) => !isUnitDocument(e)).map((e) => `${departmentKey(e)}|${e.year}|${e.kind}`));
  for (const entry of catalog.datasets) {
    if (entry.year !== year || entry.kind !== kind) continue;
    if (isUnitDocument(entry) && departments.has(`${departmentKey(entry)}|${entry.year}|${entry.kind}`)) continue;
    const perYuan = yuanPer(entry.unit);
    if (entry.total === null || !perYuan || entry.total <= 0) {
      left++;
      continue;
    }
    const value = Math.round(((entry.total * perYuan) / 1e4) * 100) / 100;
    root.children.push({ code: entry.file, name: entry.department || entry.title, value, level: 1, children: [] });
    entries.set(entry.file, entry);
  }
  root.children.sort((a, b) => b.value - a.value);
  root.value = root.children.reduce((sum, node) => sum + node.value, 0);
  return { root, entries, left };
}

/**
 * What a document is best compared with: for a 决算, the 预算 of the same year (its execution);
 * for a 预算, the department's 预算 of the year before. Null when the catalog has neither.
 */
export function comparisonFor(catalog: Catalog, entry: CatalogEntry): CatalogEntry | null {
  if (entry.year === null) return null;
  const key = departmentKey(entry);
  // A 单位预算 is compared with the unit's, a 部门预算 with the department's.
  const same = catalog.datasets.filter((e) => e !== entry && departmentKey(e) === key && isUnitDocument(e) === isUnitDocument(entry));
  if (entry.kind === 'final-accounts') return same.find((e) => e.kind === 'budget' && e.year === entry.year) ?? null;
  return same.find((e) => e.kind === 'budget' && e.year === entry.year! - 1) ?? null;
}
