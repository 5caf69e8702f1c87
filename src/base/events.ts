/**
 * The events every widget fires. All bubble and are composed, so a page can listen on any ancestor,
 * across shadow roots.
 */
import type { Catalog } from '../model/catalog.js';
import type { BudgetDataset } from '../model/schema.js';

/** Detail of `budget-load`: the dataset that is now shown. */
export interface BudgetLoadDetail {
  dataset: BudgetDataset;
  /** The URL it came from, or null when it was set through the `data` property. */
  src: string | null;
}

/** Detail of `budget-error`: what went wrong, in words for people. */
export interface BudgetErrorDetail {
  message: string;
  src: string | null;
  /** For an invalid dataset: every problem with its JSON path. */
  problems?: { path: string; message: string }[];
}

/** A class of the treemap (类, 款 or 项): its code, where it sits, and its amount. */
export interface ClassificationSelectDetail {
  kind: 'classification';
  code: string;
  name: string;
  amount: number;
  level: number;
  /** Codes from the top level down to this one. */
  path: string[];
}

/** A segment of the balance: an income or expenditure item, with its share of its side. */
export interface SideSelectDetail {
  kind: 'income' | 'expenditure';
  code?: string;
  name: string;
  amount: number;
  share: number;
}

/** A project (timeline legend, indicators table). */
export interface ProjectSelectDetail {
  kind: 'project';
  code: string;
  name: string;
  amount?: number;
}

/** A checkpoint of a plan in the timeline: its month, and the projects that make it up. */
export interface CheckpointSelectDetail {
  kind: 'checkpoint';
  month: number;
  label: string;
  name: string;
  amount?: number;
  projects: string[];
}

/** A finding of `<budget-findings>`, to be shown in the linked widgets and the source. */
export interface FindingSelectDetail {
  kind: 'finding';
  rule: string;
  severity: 'certain' | 'likely' | 'note';
  table: string;
  name: string;
  /** The project's code for plan findings, the row's classification code otherwise. */
  code?: string;
  line?: number;
  page?: number;
  /** The two figures the finding compares. */
  figures: [number, number];
}

/** A document of `<budget-catalog>`, with what it is best compared with. */
export interface DocumentSelectDetail {
  kind: 'document';
  /** The dataset's file as the catalog lists it, and its absolute URL. */
  file: string;
  url: string;
  /** The document it is best compared with (the year before, or the 预算 of a 决算's year), or null. */
  compareUrl: string | null;
  /** What every select detail names: here the department (or the title when it has none). */
  name: string;
  department: string;
  code: string;
  year: number | null;
  documentKind: 'budget' | 'final-accounts';
  title: string;
}

/** Detail of `budget-select`: what the user picked, told apart by `kind`. */
export type BudgetSelectDetail = ClassificationSelectDetail | SideSelectDetail | ProjectSelectDetail | CheckpointSelectDetail | FindingSelectDetail | DocumentSelectDetail;

/** Detail of `budget-catalog-load` (from `<budget-catalog>`): the catalog now shown. */
export interface CatalogLoadDetail {
  catalog: Catalog;
  src: string;
}

/** Detail of `budget-filter` (from `<budget-indicators>`): the filters now in effect and how many rows match. */
export interface BudgetFilterDetail {
  project: string | null;
  level1: string | null;
  level2: string | null;
  kind: string | null;
  signal: string | null;
  query: string | null;
  sort: string;
  matched: number;
}

/** Every event the widgets fire, by name, with its detail. */
export interface BudgetEventMap {
  'budget-filter': BudgetFilterDetail;
  'budget-load': BudgetLoadDetail;
  'budget-error': BudgetErrorDetail;
  'budget-select': BudgetSelectDetail;
  'budget-catalog-load': CatalogLoadDetail;
}

declare global {
  interface HTMLElementEventMap {
    'budget-filter': CustomEvent<BudgetFilterDetail>;
    'budget-load': CustomEvent<BudgetLoadDetail>;
    'budget-error': CustomEvent<BudgetErrorDetail>;
    'budget-select': CustomEvent<BudgetSelectDetail>;
    'budget-catalog-load': CustomEvent<CatalogLoadDetail>;
  }
}

/** A bubbling, composed custom event, as every widget event is. */
export function budgetEvent<K extends keyof BudgetEventMap>(name: K, detail: BudgetEventMap[K]): CustomEvent<BudgetEventMap[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}
