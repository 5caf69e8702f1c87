/**
 * Where a widget's dataset comes from, as a Lit reactive controller shaped like Lit's `Task`: the
 * element says what to load ({@link DatasetController.load}) and reads the outcome
 * ({@link DatasetController.dataset}, {@link DatasetController.loading}); the controller fetches
 * (one request per URL per page, see `load.ts`), validates (once per dataset object), keeps a slow,
 * older response from replacing a newer one, and builds views from a dataset's precomputed views
 * or, when it has none, from the Arquero data layer, which it loads on first need.
 *
 * It asks its host to update whenever any of that changes, and reports each load and failure
 * through the callbacks the host gives it, in the reader's language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { comparisonBasis, type ComparisonBasis } from '../data/compare.js';
import { dataLayer, EvalBlockedError, loadDataLayer, type DataLayer } from '../data/layer.js';
import { precomputedViews, type EntityViews } from '../data/views.js';
import type { BudgetDataset } from '../model/schema.js';
import type { DatasetProblem } from '../model/validate.js';
import { type Lang, msg, problemsText } from './i18n.js';
import { LOAD_TIMEOUT_MS, LoadError, loadDataset } from './load.js';
import { describeProblems, loadCheck, loadedCheck } from './validator.js';

/** Thrown by {@link DatasetController.view} while the data layer the view needs is downloading. */
export class LayerPending extends Error {
  constructor() {
    super('The data layer is loading.');
    this.name = 'LayerPending';
  }
}

/** A failed load or data-layer download, said in the reader's language. */
export interface DatasetFailure {
  message: string;
  /** For an invalid dataset, every problem with its JSON path. */
  problems?: DatasetProblem[];
}

export interface DatasetCallbacks {
  /** The reader's language, for the failure messages. */
  language(): Lang;
  /** A dataset loaded and validated; `src` is null for one set as an object. */
  loaded(dataset: BudgetDataset, src: string | null): void;
  /** A load failed (`src` as it was asked for), or the data layer could not be had (`src` undefined). */
  failed(failure: DatasetFailure, src?: string | null): void;
}

/** Dataset objects already validated: widgets sharing one `data` object validate it once. */
const validated = new WeakSet<object>();

export class DatasetController implements ReactiveController {
  /** The dataset on screen: the last one that loaded and validated. A failed load keeps it. */
  dataset: BudgetDataset | null = null;
  /** A dataset, the validator or the data layer is on its way. */
  loading = false;
  /** Counts data-layer arrivals: a view that waited for the layer is built again when it changes. */
  layerRevision = 0;
  /** Guards against a slow, older response replacing a newer one. */
  private ticket = 0;
  /** Chunks under way (validator, data layer); the host's `updateComplete` waits for them. */
  private pending: Promise<unknown> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: DatasetCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Waits until the host has settled: the chunks under way (the validator, the data layer) have
   * arrived and the updates they, or a chart measuring its box after its first render, triggered
   * have rendered. `updated` is the host's own `updateComplete`.
   */
  async settle(updated: () => Promise<boolean>): Promise<boolean> {
    let settled = await updated();
    for (let round = 0; round < 10 && (!settled || this.pending); round++) {
      await this.pending?.catch(() => undefined);
      settled = await updated();
    }
    return settled;
  }

  /**
   * Loads `data` when it is set (it takes precedence), else the dataset at `src`, giving up on a
   * request after `timeoutSeconds` (default {@link LOAD_TIMEOUT_MS}). Any load under way is superseded.
   */
  load(data: BudgetDataset | null, src: string | null, timeoutSeconds?: number, { clear = false } = {}): void {
    // Asked for nothing: a dataset compared with goes (`clear`); the one on screen stays.
    if (clear && !data && !src) this.dataset = null;
    const timeoutMs = Math.max(100, Number(timeoutSeconds) * 1000 || LOAD_TIMEOUT_MS);
    const ticket = ++this.ticket;
    const current = () => ticket === this.ticket;
    if (data) return this.loadObject(data, current);
    if (!src) return this.setLoading(false);
    this.setLoading(true);
    // Not tracked in `pending`: a page awaiting `updateComplete` sees the loading state, and hears
    // `budget-load` or `budget-error` when the response comes.
    loadDataset(src, timeoutMs).then(
      (dataset) => current() && this.accept(dataset, src),
      (error: unknown) => current() && this.reject(this.loadFailure(error), src),
    );
  }

  private loadObject(data: BudgetDataset, current: () => boolean): void {
    const check = loadedCheck();
    if (validated.has(data) || check?.(data)) {
      validated.add(data);
      return this.accept(data, null);
    }
    // Not checked yet (the check is still downloading) or invalid (the problems need TypeBox).
    this.setLoading(true);
    this.track(
      (async () => {
        const valid = (check ?? (await loadCheck()))(data);
        const problems = valid ? [] : await describeProblems(data);
        if (!current()) return;
        if (!problems.length) {
          validated.add(data);
          return this.accept(data, null);
        }
        const language = this.callbacks.language();
        this.reject({ message: msg(language, 'invalidDataset', { src: 'data', problems: problemsText(language, problems) }), problems }, null);
      })().catch((error: unknown) => current() && this.reject({ message: this.layerMessage(error) }, null)),
    );
  }

  /**
   * The same view built from this controller's dataset, when it holds the one a widget compares
   * `current` with: for the same entity code when it has it, else its department. Null when there
   * is none yet, or it lacks what the view needs; with the basis of the comparison (the other
   * document's year and kind, change or execution rate, units).
   */
  compared<T>(
    current: BudgetDataset,
    entity: string | null,
    fromViews: (views: EntityViews) => T,
    compute: (layer: DataLayer, other: BudgetDataset, entity: string | null) => T,
  ): { view: T; basis: ComparisonBasis } | null {
    const other = this.dataset;
    if (!other || other === current) return null;
    const same = entity && other.entities.some((e) => e.code === entity) ? entity : null;
    try {
      return { view: this.view(other, same, fromViews, (layer) => compute(layer, other, same)), basis: comparisonBasis(current.meta, other.meta) };
    } catch (error) {
      if (error instanceof LayerPending) throw error;
      return null;
    }
  }

  /**
   * A view model: from the dataset's precomputed views for `entity` when it has them (no Arquero,
   * works under a strict security policy), else computed by the data layer. Throws
   * {@link LayerPending} while the layer downloads; the host updates again once it is there.
   */
  view<T>(dataset: BudgetDataset, entity: string | null, fromViews: (views: EntityViews) => T, compute: (layer: DataLayer) => T): T {
    const views = precomputedViews(dataset, entity);
    if (views) return fromViews(views);
    const layer = dataLayer();
    if (layer) return compute(layer);
    this.awaitLayer();
    throw new LayerPending();
  }

  private awaitLayer(): void {
    this.setLoading(true);
    this.track(
      loadDataLayer().then(
        () => {
          this.layerRevision++;
          this.setLoading(false);
        },
        (error: unknown) => {
          this.setLoading(false);
          this.callbacks.failed({ message: this.layerMessage(error) });
        },
      ),
    );
  }

  /** Why the data layer (or the validator) could not be had, in the reader's language. */
  layerMessage(error: unknown): string {
    const language = this.callbacks.language();
    if (error instanceof EvalBlockedError || error instanceof EvalError) return msg(language, 'evalBlocked');
    return msg(language, 'layerFailed', { message: String((error as Error)?.message ?? error) });
  }

  private loadFailure(error: unknown): DatasetFailure {
    if (!(error instanceof LoadError)) return { message: String((error as Error)?.message ?? error) };
    const language = this.callbacks.language();
    const reason = error.reason ? msg(language, error.reason.key, error.reason.params) : '';
    const params: Record<string, string | number> = { ...error.local.params, reason };
    if (error.problems) params.problems = problemsText(language, error.problems);
    return { message: msg(language, error.local.key, params), problems: error.problems };
  }

  private accept(dataset: BudgetDataset, src: string | null): void {
    this.dataset = dataset;
    this.setLoading(false);
    this.callbacks.loaded(dataset, src);
  }

  private reject(failure: DatasetFailure, src: string | null): void {
    this.setLoading(false);
    this.callbacks.failed(failure, src);
  }

  private setLoading(loading: boolean): void {
    this.loading = loading;
    this.host.requestUpdate();
  }

  private track(work: Promise<unknown>): void {
    const tracked = work.finally(() => {
      if (this.pending === tracked) this.pending = null;
    });
    this.pending = tracked;
  }
}
