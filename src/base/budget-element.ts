/**
 * The base of every widget: the contract every element shares (`src` / `data` / `entity` / `lang` /
 * `theme` / `heading` / `table-visible`, `budget-load` and `budget-error`) and its states (loading,
 * an error that keeps the last good view, empty). Where the dataset comes from is the
 * {@link DatasetController}'s job; the frame the states draw in is `states.ts`.
 *
 * A widget implements {@link buildView} (dataset → view model, through `src/data`) and
 * {@link renderChart}; optionally {@link renderTable} for the data-table alternative.
 */
import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { DataLayer } from '../data/layer.js';
import type { EntityViews } from '../data/views.js';
import type { BudgetDataset } from '../model/schema.js';
import { DatasetController, LayerPending } from './dataset-controller.js';
import { budgetEvent, type BudgetEventMap } from './events.js';
import { type AttributeChoice, badChoice } from './attributes.js';
import { errorMessage, type ShownError } from './errors.js';
import { elementLang, type Lang, msg, type MessageKey } from './i18n.js';
import { LOAD_TIMEOUT_MS } from './load.js';
import { renderFrame, tableCsv } from './states.js';
import { themeStyles } from './theme.styles.js';

export abstract class BudgetElement<View = unknown> extends LitElement {
  static override styles = [themeStyles];

  /**
   * The element's attributes that take one of a few values, by property. A value outside them
   * shows the error state, naming the attribute and what it allows, the same in every widget.
   */
  static choices: Record<string, AttributeChoice> = {};

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    entity: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    tableVisible: { type: Boolean, attribute: 'table-visible', reflect: true },
    heading: { type: String, reflect: true },
    compareSrc: { type: String, attribute: 'compare-src', reflect: true },
    compare: { attribute: false },
    timeout: { type: Number },
    shownError: { state: true, attribute: false },
  };

  /** URL of a budget dataset (JSON). Relative URLs resolve against the page. */
  declare src: string | null;
  /** A budget dataset object; takes precedence over `src`. */
  declare data: BudgetDataset | null;
  /** Code of the unit to show (e.g. "313001"); empty for the department as a whole. */
  declare entity: string | null;
  /** Interface language: "zh-CN" (default) or "en". Inherited from the page when not set. */
  declare lang: string;
  /** "light" (default), "dark", or "auto" to follow the reader's system setting. */
  declare theme: string | null;
  /** Shows the data-table alternative on screen (it is always available to screen readers). */
  declare tableVisible: boolean;
  /**
   * The heading above the chart: built from the data by default ("2024年支出结构（功能分类 · 合计 ·
   * 万元）"); any text replaces it, "none" hides it. Content in the `heading` slot replaces it too.
   */
  declare heading: string | null;
  /** Seconds to wait for `src` before saying the server does not answer. Default 20. */
  declare timeout: number;
  /** URL of a dataset to compare with: the year before, or a 决算's 预算 (then the execution rate). */
  declare compareSrc: string | null;
  /** A dataset object to compare with; takes precedence over `compare-src`. */
  declare compare: BudgetDataset | null;

  declare protected shownError: ShownError | null;
  /** Fetches, validates and keeps the dataset; builds views from it. */
  protected readonly datasets = new DatasetController(this, {
    language: () => this.language,
    loaded: (dataset, src) => ((this.shownError = null), this.emit('budget-load', { dataset, src })),
    failed: (failure, src) => this.fail({ origin: src === undefined ? 'view' : 'load', ...failure }, src === undefined ? this.src : src),
  });
  /** Fetches, validates and keeps the dataset compared with (`compare` / `compare-src`). */
  protected readonly comparisons = new DatasetController(this, {
    language: () => this.language,
    loaded: () => this.shownError?.origin === 'compare' && (this.shownError = null),
    failed: (failure, src) => this.fail({ origin: 'compare', ...failure, message: this.t('compareFailed', { message: failure.message }) }, src === undefined ? this.compareSrc : src),
  });
  /** The view model built from the dataset on screen, or null. */
  protected view: View | null = null;
  /** The datasets (shown, compared with) and data-layer revisions the view was built from: any changing rebuilds it. */
  private builtFrom: [BudgetDataset | null, number, BudgetDataset | null, number] = [null, 0, null, 0];
  /** A view build waits for a bad attribute value to be corrected. */
  private buildSkipped = false;

  constructor() {
    super();
    this.src = null;
    this.data = null;
    this.entity = null;
    this.theme = null;
    this.tableVisible = false;
    this.heading = null;
    this.timeout = LOAD_TIMEOUT_MS / 1000;
    this.compareSrc = this.compare = null;
    this.shownError = null;
  }

  /** The interface language in effect: own `lang`, else the nearest ancestor's, else the page's. */
  protected get language(): Lang {
    return elementLang(this);
  }

  /** Translates an interface message into {@link language}. */
  protected t(key: MessageKey, params?: Record<string, string | number>): string {
    return msg(this.language, key, params);
  }

  /** Builds the view model from a dataset through the data layer. May throw to show an error. */
  protected abstract buildView(dataset: BudgetDataset): View;
  /** Renders the chart from the view model. */
  protected abstract renderChart(view: View): TemplateResult | typeof nothing;

  /** The data-table alternative; widgets whose content is already a table return `nothing`. */
  protected renderTable(_view: View): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The heading a chart carries by default, from its view and dataset; null for widgets with a title of their own. */
  protected defaultHeading(_view: View, _dataset: BudgetDataset): string | null {
    return null;
  }

  /** True when the view is empty and the empty state should show instead. */
  protected isEmpty(_view: View): boolean {
    return false;
  }

  /** Properties (besides the data and `entity`) whose change rebuilds the view model. */
  protected viewProperties(): PropertyKey[] {
    return [];
  }

  /** A view model from the dataset's precomputed views when it has them, else from the Arquero data layer (see {@link DatasetController.view}). */
  protected viewFrom<T>(dataset: BudgetDataset, fromViews: (views: EntityViews) => T, compute: (layer: DataLayer) => T): T {
    return this.datasets.view(dataset, this.entity, fromViews, compute);
  }

  /** Resolves once the element has settled (see {@link DatasetController.settle}): pages and tests can await it and find it drawn. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.datasets.settle(() => this.comparisons.settle(() => super.getUpdateComplete()));
  }

  /**
   * The rows of the data-table alternative as CSV (UTF-8 with BOM, CRLF), as the reader sees them:
   * the current level, split or checkpoints, numbers formatted. Empty when nothing is shown.
   */
  toCSV(): string {
    return tableCsv(this.renderRoot);
  }

  /** Fires a bubbling, composed custom event from the host; its detail is typed by the event's name. */
  protected emit<K extends keyof BudgetEventMap>(name: K, detail: BudgetEventMap[K]): void {
    this.dispatchEvent(budgetEvent(name, detail));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') || changed.has('src')) this.datasets.load(this.data, this.src, this.timeout);
    if (changed.has('compare') || changed.has('compareSrc')) {
      if (this.shownError?.origin === 'compare') this.shownError = null;
      this.comparisons.load(this.compare, this.compareSrc, this.timeout, { clear: true });
    }
    const choices = Object.keys((this.constructor as typeof BudgetElement).choices);
    if ((choices.some((p) => changed.has(p as keyof this)) || changed.has('lang')) && this.shownError?.origin === 'attribute') this.shownError = null;
    const source: [BudgetDataset | null, number, BudgetDataset | null, number] = [this.datasets.dataset, this.datasets.layerRevision, this.comparisons.dataset, this.comparisons.layerRevision];
    const rebuild = this.buildSkipped || source.some((v, i) => v !== this.builtFrom[i]) || ['entity', 'lang', ...this.viewProperties()].some((p) => changed.has(p as keyof this));
    // A bad attribute value keeps the view drawn before it and says what the attribute allows.
    const bad = badChoice(this, (this.constructor as typeof BudgetElement).choices, this.t('listSeparator'));
    if (bad) {
      if (this.shownError?.origin !== 'attribute') this.fail({ origin: 'attribute', message: this.t('badAttribute', bad) });
      this.buildSkipped = rebuild;
      return;
    }
    this.buildSkipped = false;
    if (!rebuild || !source[0]) return;
    this.builtFrom = source;
    try {
      this.view = this.buildView(source[0]);
      if (this.shownError?.origin === 'view') this.shownError = null;
    } catch (error) {
      if (error instanceof LayerPending) return;
      this.view = null;
      this.fail({ origin: 'view', message: errorMessage(error, this.language, (e) => this.datasets.layerMessage(e)) });
    }
  }

  private fail(error: ShownError, src: string | null = this.src): void {
    this.shownError = error;
    this.emit('budget-error', { message: error.message, src, ...(error.problems ? { problems: error.problems } : {}) });
  }

  protected override render() {
    const view = this.view;
    const drawn = view !== null && !this.isEmpty(view);
    return renderFrame({
      language: this.language,
      t: (key) => this.t(key),
      loading: this.datasets.loading,
      error: this.shownError,
      hasDataset: this.datasets.dataset !== null,
      view: view === null ? 'none' : drawn ? 'drawn' : 'empty',
      heading: drawn && this.heading !== 'none' ? this.heading || this.defaultHeading(view, this.datasets.dataset!) || '' : null,
      chart: drawn ? this.renderChart(view) : nothing,
      table: drawn ? this.renderTable(view) : nothing,
      tableVisible: this.tableVisible,
      toggleTable: () => (this.tableVisible = !this.tableVisible),
    });
  }
}
