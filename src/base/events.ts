/**
 * The events every widget fires. All bubble and are composed, so a page can listen on any ancestor,
 * across shadow roots.
 */
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

/** Detail of `budget-select`: what the user picked. Widgets add their own fields. */
export interface BudgetSelectDetail {
  kind: string;
  code?: string;
  name: string;
  amount?: number;
  [key: string]: unknown;
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

declare global {
  interface HTMLElementEventMap {
    'budget-filter': CustomEvent<BudgetFilterDetail>;
    'budget-load': CustomEvent<BudgetLoadDetail>;
    'budget-error': CustomEvent<BudgetErrorDetail>;
    'budget-select': CustomEvent<BudgetSelectDetail>;
  }
}

/** A bubbling, composed custom event, as every widget event is. */
export function budgetEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}
