/**
 * A catalog: the documents of a portal (departments × years × kinds), each converted to a dataset
 * file, with the figures an overview needs, so that comparing departments needs no dataset loaded.
 * Written by `budget-widgets catalog`; read by `<budget-catalog>`.
 */
import type { BudgetDataset } from './schema.js';

/** 预算 (`budget`) or 决算 (`final-accounts`). */
export type DatasetKind = BudgetDataset['meta']['kind'];

export const CATALOG_VERSION = 1;

/** One document of a catalog. */
export interface CatalogEntry {
  /** The dataset file, relative to the catalog.json that lists it. */
  file: string;
  /** The department's name, as the document prints it ('' when the converter found none). */
  department: string;
  /** The department's code ('' when the document prints none). */
  code: string;
  /** The budget year; null when the document prints none the converter could find. */
  year: number | null;
  /** 预算 (`budget`) or 决算 (`final-accounts`). */
  kind: DatasetKind;
  /** The document's title. */
  title: string;
  /** Amount unit of `total`, e.g. 万元. */
  unit: string;
  /** The department's total expenditure (支出总计 of its 收支总表), null when the document prints none. */
  total: number | null;
  /** Failed consistency checks (确定 and 疑似) and conversion diagnostics, for the report and the picker. */
  problems: { certain: number; likely: number; diagnostics: number };
  /** The published file the dataset was converted from. */
  source: { fileName: string; sha256: string };
}

export interface Catalog {
  version: number;
  /** The converter that wrote the datasets: a different one re-converts everything. */
  generator: string;
  /** A hash of the converter's code: a catalog built by other code is converted again. */
  build?: string;
  datasets: CatalogEntry[];
}

const KINDS: readonly string[] = ['budget', 'final-accounts'];

/**
 * What is wrong with a value read as a catalog: each problem names its place
 * (`datasets[3].year`). Empty when it is one.
 */
export function catalogProblems(value: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(value)) return ['the catalog is not a JSON object'];
  if (value.version !== CATALOG_VERSION) problems.push(`version: expected ${CATALOG_VERSION}, found ${JSON.stringify(value.version)}`);
  if (!Array.isArray(value.datasets)) return [...problems, 'datasets: expected a list'];
  value.datasets.forEach((entry, i) => {
    const at = `datasets[${i}]`;
    if (!isObject(entry)) return problems.push(`${at}: expected an object`);
    for (const key of ['file', 'department', 'code', 'title', 'unit'] as const) if (typeof entry[key] !== 'string') problems.push(`${at}.${key}: expected text`);
    if (typeof entry.file === 'string' && (/^[a-z][a-z0-9+.-]*:/i.test(entry.file) || entry.file.startsWith('/') || entry.file.split('/').includes('..'))) {
      problems.push(`${at}.file: expected a path inside the catalog's folder, found ${JSON.stringify(entry.file)}`);
    }
    if (entry.year !== null && !Number.isInteger(entry.year)) problems.push(`${at}.year: expected a year or null`);
    if (!KINDS.includes(entry.kind as string)) problems.push(`${at}.kind: expected budget or final-accounts`);
    if (entry.total !== null && !Number.isFinite(entry.total)) problems.push(`${at}.total: expected a figure or null`);
  });
  return problems;
}
