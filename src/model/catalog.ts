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

/** What a catalog field should have held, by language: the widget says it in the reader's. */
const EXPECTED = {
  object: { en: 'a JSON object', 'zh-CN': 'JSON 对象' },
  version: { en: `version ${CATALOG_VERSION}`, 'zh-CN': `版本 ${CATALOG_VERSION}` },
  list: { en: 'a list', 'zh-CN': '列表' },
  text: { en: 'text', 'zh-CN': '文字' },
  inside: { en: "a path inside the catalog's folder", 'zh-CN': '目录所在文件夹内的路径' },
  year: { en: 'a year or null', 'zh-CN': '年度或 null' },
  kind: { en: 'budget or final-accounts', 'zh-CN': 'budget 或 final-accounts' },
  figure: { en: 'a figure or null', 'zh-CN': '数字或 null' },
} as const;

/**
 * What is wrong with a value read as a catalog, each problem with its place (`datasets[3].year`),
 * in English or Chinese. Empty when it is one.
 */
export function catalogProblems(value: unknown, lang: 'en' | 'zh-CN' = 'en'): string[] {
  const problems: string[] = [];
  const say = (at: string, expected: keyof typeof EXPECTED, found?: unknown) =>
    problems.push(
      lang === 'en'
        ? `${at}: expected ${EXPECTED[expected].en}${found === undefined ? '' : `, found ${JSON.stringify(found)}`}`
        : `${at}：应为${EXPECTED[expected]['zh-CN']}${found === undefined ? '' : `，实为 ${JSON.stringify(found)}`}`,
    );
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(value)) return say('$', 'object'), problems;
  if (value.version !== CATALOG_VERSION) say('version', 'version', value.version ?? null);
  if (!Array.isArray(value.datasets)) return say('datasets', 'list'), problems;
  value.datasets.forEach((entry, i) => {
    const at = `datasets[${i}]`;
    if (!isObject(entry)) return say(at, 'object');
    for (const key of ['file', 'department', 'code', 'title', 'unit'] as const) if (typeof entry[key] !== 'string') say(`${at}.${key}`, 'text');
    if (typeof entry.file === 'string' && (/^[a-z][a-z0-9+.-]*:/i.test(entry.file) || entry.file.startsWith('/') || entry.file.split('/').includes('..'))) say(`${at}.file`, 'inside', entry.file);
    if (entry.year !== null && !Number.isInteger(entry.year)) say(`${at}.year`, 'year');
    if (!KINDS.includes(entry.kind as string)) say(`${at}.kind`, 'kind');
    if (entry.total !== null && !Number.isFinite(entry.total)) say(`${at}.total`, 'figure');
  });
  return problems;
}
