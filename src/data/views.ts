/**
 * Precomputed view models: what the converter stores in `dataset.views` so that widgets can draw
 * without the Arquero data layer. Arquero compiles its expressions with `Function`, which pages
 * served with a strict Content-Security-Policy forbid, and it is most of our download; with views
 * in the dataset neither matters.
 *
 * This module only reads views; it never imports Arquero. `precompute.ts` writes them.
 */
import type { BudgetDataset, Table } from '../model/schema.js';
import type { Balance } from './balance.js';
import type { Check } from './checks.js';
import { columnOf } from './columns.js';
import type { DisbursementView } from './disbursement.js';
import { selectEntity, ViewError, type ViewErrorCode } from './entity.js';
import type { BudgetNode, Classification, Measure } from './hierarchy.js';
import type { BudgetSummary } from './summary.js';

/** Bump when the shape of {@link EntityViews} changes: widgets then ignore older views and compute. */
export const VIEWS_VERSION = 1;

/** A view, or why it cannot be built (the message the data layer would throw). */
export type ViewOr<T> = T | { error: string; code: ViewErrorCode; params: Record<string, string | number> };

/** The view models of one entity (department or unit). */
export interface EntityViews {
  summary: ViewOr<BudgetSummary>;
  /** Hierarchies per classification and measure (function: total/basic/project; economic: total/personnel/publicUse). */
  expenditure: Partial<Record<Classification, Partial<Record<Measure, ViewOr<BudgetNode>>>>>;
  /** Balance per table (summary/fiscal) and split (class/nature/economic). */
  balance: Partial<Record<'summary' | 'fiscal', Partial<Record<'class' | 'nature' | 'economic', ViewOr<Balance>>>>>;
  plans: ViewOr<DisbursementView>;
  /** The failed consistency checks of this entity (passed ones are counted in the summary only). */
  failedChecks: Check[];
}

export interface DatasetViews {
  version: number;
  generator: string;
  /** {@link fingerprint} of the entities the views were computed from: views of edited tables are not used. */
  fingerprint: string;
  entities: Record<string, EntityViews>;
}

/**
 * FNV-1a-like hash (32 bit) of what the views are computed from: the meta, the tables, and each
 * project but its indicators (the indicator table reads them directly, and they are the bulk of a
 * large document). Cheap next to validation, and it makes views that no longer match their data (a
 * hand-edited file, a test that changes a figure) fall back to computing rather than showing
 * stale figures. The value is walked in place, not serialized first: a page fingerprints every
 * dataset it is handed, and the JSON text of 100,000 rows costs more than the hash and garbage
 * to collect.
 */
export function fingerprint(dataset: BudgetDataset): string {
  const hasher = new Hasher();
  hasher.value(dataset.meta);
  for (const e of dataset.entities) {
    hasher.value([e.code, e.name, e.scope]);
    for (const table of e.tables) hashTable(hasher, table);
    for (const { indicators: _, ...project } of e.projects) hasher.value(project);
  }
  return hasher.digest();
}

/**
 * A table, its rows column by column: the cached column arrays that the checks and hierarchies
 * read next, rather than 100,000 row objects walked key by key. Cells outside the declared
 * columns are not read by any view, so they are not hashed either.
 */
function hashTable(hasher: Hasher, table: Table): void {
  const { rows, ...heading } = table;
  hasher.value(heading);
  hasher.column(columnOf(table, 'line'));
  // Pages only where the table has them (a table read from a PDF).
  if (rows.some((row) => row.page !== undefined)) hasher.column(rows.map((row) => row.page ?? null));
  for (const { key } of table.columns) hasher.column(columnOf(table, key));
}

/** Hashes a JSON-like value by its structure, keys, strings and numbers (what JSON would show). */
class Hasher {
  private hash = 0x811c9dc5;
  private steps = 0;
  private readonly float = new Float64Array(1);
  private readonly words = new Int32Array(this.float.buffer);

  private mix(word: number): void {
    let hash = Math.imul(this.hash ^ word, 0x01000193);
    this.hash = hash ^ (hash >>> 15);
    this.steps++;
  }

  private text(text: string): void {
    // A local hash through the loop: the hot path of a 100,000-row table's fingerprint.
    let hash = this.hash;
    const pairs = text.length & ~1;
    hash = Math.imul(hash ^ (text.length | 0x40000000), 0x01000193);
    hash ^= hash >>> 15;
    for (let i = 0; i < pairs; i += 2) {
      hash = Math.imul(hash ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
      hash ^= hash >>> 15;
    }
    if (pairs < text.length) {
      hash = Math.imul(hash ^ text.charCodeAt(pairs), 0x01000193);
      hash ^= hash >>> 15;
    }
    this.hash = hash;
    this.steps += 1 + (text.length + 1) / 2;
  }

  /** A figure, as its 64 bits folded into one word: an exact match of the value, in one step. */
  private number(value: number): void {
    this.float[0] = value;
    this.mix(this.words[0]! ^ Math.imul(this.words[1]!, 0x9e3779b1));
  }

  value(value: unknown): void {
    if (value === null || value === undefined) return this.mix(1);
    switch (typeof value) {
      case 'string':
        return this.text(value);
      case 'number':
        return this.number(value);
      case 'boolean':
        return this.mix(value ? 2 : 3);
      case 'object':
        if (Array.isArray(value)) {
          this.mix(value.length | 0x20000000);
          for (const item of value) this.value(item);
          return;
        }
        this.mix(4);
        for (const key in value) {
          const item = (value as Record<string, unknown>)[key];
          if (item === undefined) continue; // as JSON: an undefined field is no field
          this.text(key);
          this.value(item);
        }
        return this.mix(5);
      default:
        return this.mix(6);
    }
  }

  /** A column of cells (text, figures or null), without the per-value dispatch of {@link value}. */
  column(values: readonly unknown[]): void {
    this.mix(values.length | 0x10000000);
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (typeof value === 'number') this.number(value);
      else if (typeof value === 'string') this.text(value);
      else this.value(value);
    }
  }

  digest(): string {
    return `${(this.hash >>> 0).toString(16).padStart(8, '0')}-${Math.floor(this.steps)}`;
  }
}

/** Per dataset object: whether its views match its tables (computed once). */
const current = new WeakMap<BudgetDataset, boolean>();

function viewsMatch(dataset: BudgetDataset, views: DatasetViews): boolean {
  let match = current.get(dataset);
  if (match === undefined) current.set(dataset, (match = views.fingerprint === fingerprint(dataset)));
  return match;
}

/**
 * The precomputed views of an entity (the department when `entity` is empty), or null when the
 * dataset has none, or views of another format version.
 */
export function precomputedViews(dataset: BudgetDataset, entity?: string | null): EntityViews | null {
  const views = dataset.views as DatasetViews | undefined;
  if (!views || views.version !== VIEWS_VERSION || !viewsMatch(dataset, views)) return null;
  return views.entities[selectEntity(dataset, entity).code] ?? null;
}

/** The view, or the ViewError it stands for. A missing view means the views are incomplete. */
export function unwrapView<T>(view: ViewOr<T> | undefined, what: string): T {
  if (view === undefined) throw new ViewError('viewsIncomplete', { what });
  if (view && typeof view === 'object' && 'error' in view && 'code' in view && Object.keys(view).length === 3) throw new ViewError(view.code, view.params);
  return view as T;
}
