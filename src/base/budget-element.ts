/**
 * The base of every widget: the shared widget contract in one place.
 *
 * - Data from `src` (a URL; one request per URL shared by all widgets on the page) or the `data`
 *   property (a dataset object); `entity` picks the department (default) or a unit by code.
 * - Loading, error (`role="alert"`) and empty states are rendered here; the last good data stays on
 *   screen when a new load fails, and a slow, older response never replaces a newer one.
 * - Fires `budget-load` and `budget-error`; subclasses fire `budget-select` through {@link emit}.
 * - `lang` for interface text and number formats, `theme` for light / dark / auto, sized by its
 *   container (charts measure their box with a ResizeController).
 *
 * A widget implements {@link buildView} (dataset → view model, through the data layer) and
 * {@link renderChart}; optionally {@link renderTable} for the data-table alternative.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ViewError } from '../data/entity.js';
import { dataLayer, EvalBlockedError, loadDataLayer, type DataLayer } from '../data/layer.js';
import { toCsv } from '../data/csv.js';
import { precomputedViews, type EntityViews } from '../data/views.js';
import type { BudgetDataset } from '../model/schema.js';
import { budgetEvent, type BudgetEventMap } from './events.js';
import { type Lang, msg, type MessageKey, problemsText, resolveLang } from './i18n.js';
import { LoadError, loadDataset } from './load.js';
import { themeStyles } from './theme.styles.js';
import { describeProblems, loadCheck, loadedCheck, type Problems } from './validator.js';

/** Thrown by {@link BudgetElement.viewFrom} when the view needs the data layer and it is still loading. */
class LayerPending extends Error {}

/** What a widget cannot show, as a message of the catalogue: an attribute naming nothing in the data, a bad value. */
export class WidgetError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(msg('en', key, params));
    this.name = 'WidgetError';
  }
}

/** An error to show: a message, and for invalid data the problems with their paths. */
interface ShownError {
  /** A load error stays until the next load; a view error goes once the view builds again. */
  origin: 'load' | 'view' | 'attribute';
  message: string;
  problems?: { path: string; message: string }[];
}

/** Dataset objects already validated: widgets sharing one `data` object validate it once. */
const validated = new WeakSet<object>();

/** An attribute that takes one of a few values, and those values. */
export interface AttributeChoice {
  attribute: string;
  values: readonly string[];
}

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
    timeout: { type: Number },
    shownDataset: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    shownError: { state: true, attribute: false },
    layerLoads: { state: true, attribute: false },
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

  /** The dataset on screen (the last one that loaded and validated). */
  declare protected shownDataset: BudgetDataset | null;
  declare protected loading: boolean;
  declare protected shownError: ShownError | null;
  /** The view model built from {@link dataset}, or null. */
  protected view: View | null = null;
  /** A view build waits for a bad attribute value to be corrected. */
  private buildSkipped = false;
  /** Guards against a slow, older response replacing a newer one. */
  private loadTicket = 0;
  /** Counts data-layer loads, so that a view waiting for the layer rebuilds when it arrives. */
  declare private layerLoads: number;
  /** Chunks this element waits for (validator, data layer); `updateComplete` waits for them too. */
  private pendingWork: Promise<unknown> | null = null;

  constructor() {
    super();
    this.src = null;
    this.data = null;
    this.entity = null;
    this.theme = null;
    this.tableVisible = false;
    this.heading = null;
    this.timeout = 20;
    this.shownDataset = null;
    this.loading = false;
    this.shownError = null;
    this.layerLoads = 0;
  }

  /** The interface language in effect: own `lang`, else the nearest ancestor's, else the page's. */
  protected get language(): Lang {
    return resolveLang(this.getAttribute('lang') || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
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

  private renderHeading(view: View): TemplateResult | typeof nothing {
    if (this.heading === 'none' || !this.shownDataset) return nothing;
    const text = this.heading || this.defaultHeading(view, this.shownDataset);
    return html`<slot name="heading">${text ? html`<h2 class="chart-heading" part="heading">${text}</h2>` : nothing}</slot>`;
  }

  /** True when the view is empty and the empty state should show instead. */
  protected isEmpty(_view: View): boolean {
    return false;
  }

  /** Properties (besides the data and `entity`) whose change rebuilds the view model. */
  protected viewProperties(): PropertyKey[] {
    return [];
  }

  /**
   * A view model from the dataset's precomputed views when it has them (no Arquero, works under a
   * strict security policy), else computed by the Arquero data layer, which loads on first need:
   * meanwhile the element shows its loading state and builds the view once the layer is there.
   */
  protected viewFrom<T>(dataset: BudgetDataset, fromViews: (views: EntityViews) => T, compute: (layer: DataLayer) => T): T {
    const views = precomputedViews(dataset, this.entity);
    if (views) return fromViews(views);
    const layer = dataLayer();
    if (layer) return compute(layer);
    throw new LayerPending();
  }

  private waitForLayer(): void {
    this.loading = true;
    this.track(
      loadDataLayer().then(
        () => {
          this.loading = false;
          this.layerLoads++;
        },
        (error: unknown) => {
          this.loading = false;
          this.fail({ origin: 'view', message: this.layerMessage(error) });
        },
      ),
    );
  }

  /** An error in the reader's language: data-layer and widget errors carry a message code. */
  private errorMessage(error: unknown): string {
    if (error instanceof EvalError) return this.layerMessage(error);
    if (error instanceof ViewError) return this.t(error.code, error.params);
    if (error instanceof WidgetError) return this.t(error.key, error.params);
    return String((error as Error)?.message ?? error);
  }

  private layerMessage(error: unknown): string {
    if (error instanceof EvalBlockedError || error instanceof EvalError) return this.t('evalBlocked');
    return this.t('layerFailed', { message: String((error as Error)?.message ?? error) });
  }

  private track(work: Promise<unknown>): void {
    const tracked = work.finally(() => {
      if (this.pendingWork === tracked) this.pendingWork = null;
    });
    this.pendingWork = tracked;
  }

  /**
   * Resolves once the element has settled: the chunks it is loading (check, data layer) have
   * arrived and the updates they or a measured resize triggered have rendered. Pages and tests can
   * await it and find the element drawn.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    // A chart measures its box after its first render and draws again; chunks arrive later still.
    for (let round = 0; round < 10 && (!settled || this.pendingWork); round++) {
      if (this.pendingWork) await this.pendingWork.catch(() => undefined);
      settled = await super.getUpdateComplete();
    }
    return settled;
  }

  /**
   * The rows of the data-table alternative as CSV (UTF-8 with BOM, CRLF), as the reader sees them:
   * the current level, split or checkpoints, numbers formatted. Empty when nothing is shown.
   */
  toCSV(): string {
    const table = this.renderRoot.querySelector<HTMLTableElement>('[part="table"] table');
    if (!table) return '';
    const rows = [...table.querySelectorAll('tr')].map((tr) => [...tr.cells].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));
    return toCsv(rows);
  }

  /** Fires a bubbling, composed custom event from the host; its detail is typed by the event's name. */
  protected emit<K extends keyof BudgetEventMap>(name: K, detail: BudgetEventMap[K]): void {
    this.dispatchEvent(budgetEvent(name, detail));
  }

  /** The first property holding a value its attribute does not allow, as message parameters. */
  private badChoice(): Record<string, string> | null {
    const choices = (this.constructor as typeof BudgetElement).choices;
    for (const [property, { attribute, values }] of Object.entries(choices)) {
      const value = (this as unknown as Record<string, unknown>)[property];
      if (value === null || value === undefined || value === '' || values.includes(String(value))) continue;
      return { attribute, value: String(value), allowed: values.join(this.t('listSeparator')) };
    }
    return null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') || changed.has('src')) this.startLoad();
    const choices = Object.keys((this.constructor as typeof BudgetElement).choices);
    if ((choices.some((p) => changed.has(p as keyof this)) || changed.has('lang')) && this.shownError?.origin === 'attribute') this.shownError = null;
    const rebuild = this.buildSkipped || ['shownDataset', 'entity', 'lang', 'layerLoads', ...this.viewProperties()].some((p) => changed.has(p as keyof this));
    // A bad attribute value keeps the view drawn before it and says what the attribute allows.
    const bad = this.badChoice();
    if (bad) {
      if (this.shownError?.origin !== 'attribute') this.fail({ origin: 'attribute', message: this.t('badAttribute', bad) });
      this.buildSkipped = rebuild;
      return;
    }
    this.buildSkipped = false;
    if (rebuild && this.shownDataset) {
      try {
        this.view = this.buildView(this.shownDataset);
        if (this.shownError?.origin === 'view') this.shownError = null;
      } catch (error) {
        if (error instanceof LayerPending) {
          this.waitForLayer();
          return;
        }
        this.view = null;
        this.fail({ origin: 'view', message: this.errorMessage(error) });
      }
    }
  }

  private startLoad(): void {
    const ticket = ++this.loadTicket;
    if (this.data) {
      const data = this.data;
      const check = loadedCheck();
      if (validated.has(data) || check?.(data)) {
        validated.add(data);
        this.accept(data, null);
        return;
      }
      // Not checked yet (the check is still loading) or invalid (the problems need TypeBox).
      this.loading = true;
      this.track(
        (async () => {
          const valid = (check ?? (await loadCheck()))(data);
          const problems = valid ? [] : await describeProblems(data);
          if (ticket !== this.loadTicket) return;
          this.loading = false;
          this.acceptData(data, problems);
        })().catch((error: unknown) => {
          if (ticket !== this.loadTicket) return;
          this.loading = false;
          this.fail({ origin: 'load', message: this.t('layerFailed', { message: String((error as Error)?.message ?? error) }) }, null);
        }),
      );
      return;
    }
    if (!this.src) {
      this.loading = false;
      return;
    }
    const src = this.src;
    this.loading = true;
    loadDataset(src, Math.max(0.1, Number(this.timeout) || 20) * 1000).then(
      (dataset) => {
        if (ticket === this.loadTicket) this.accept(dataset, src);
      },
      (error: unknown) => {
        if (ticket !== this.loadTicket) return;
        this.loading = false;
        if (error instanceof LoadError) {
          const reason = error.reason ? msg(this.language, error.reason.key, error.reason.params) : '';
          const params: Record<string, string | number> = { ...error.local.params, reason };
          if (error.problems) params.problems = problemsText(this.language, error.problems);
          this.fail({ origin: 'load', message: msg(this.language, error.local.key, params), problems: error.problems }, src);
        } else {
          this.fail({ origin: 'load', message: String((error as Error)?.message ?? error) }, src);
        }
      },
    );
  }

  /** Shows a dataset set through `data`, or says what is wrong with it. */
  private acceptData(data: BudgetDataset, problems: Problems): void {
    if (problems.length) {
      this.fail({ origin: 'load', message: msg(this.language, 'invalidDataset', { src: 'data', problems: problemsText(this.language, problems) }), problems }, null);
      return;
    }
    validated.add(data);
    this.accept(data, null);
  }

  private accept(dataset: BudgetDataset, src: string | null): void {
    this.loading = false;
    this.shownError = null;
    this.shownDataset = dataset;
    this.emit('budget-load', { dataset, src });
  }

  private fail(error: ShownError, src: string | null = this.src): void {
    this.shownError = error;
    this.emit('budget-error', { message: error.message, src, ...(error.problems ? { problems: error.problems } : {}) });
  }

  private toggleTable(): void {
    this.tableVisible = !this.tableVisible;
  }

  protected override render() {
    const view = this.view;
    const error = this.shownError;
    const table = view && !this.isEmpty(view) ? this.renderTable(view) : nothing;
    return html`<div part="base" class="base" lang=${this.language}>
      ${this.loading ? html`<div class="status" role="status" part="status">${this.t('loading')}</div>` : nothing}
      ${error
        ? html`<div class="error" role="alert" part="error">
            <strong>${this.t('errorTitle')}</strong>
            <span class="error-message">${error.message}</span>
            ${view ? html`<div>${this.t('errorKeptData')}</div>` : nothing}
          </div>`
        : nothing}
      ${view
        ? this.isEmpty(view)
          ? html`<div class="status" part="empty">${this.t('empty')}</div>`
          : html`${this.renderHeading(view)}${this.renderChart(view)}`
        : !this.loading && !error
          ? html`<div class="status" part="empty">${this.shownDataset ? this.t('empty') : this.t('noData')}</div>`
          : nothing}
      ${table !== nothing
        ? html`<div class="table-toggle">
              <button type="button" part="table-toggle" aria-expanded=${this.tableVisible ? 'true' : 'false'} @click=${this.toggleTable}>
                ${this.tableVisible ? this.t('hideTable') : this.t('showTable')}
              </button>
            </div>
            <div part="table" class=${this.tableVisible ? 'data-table' : 'data-table visually-hidden'}>${table}</div>`
        : nothing}
    </div>`;
  }
}
