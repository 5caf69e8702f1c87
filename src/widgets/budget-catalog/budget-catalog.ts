import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { chartStyles } from '../../base/chart.styles.js';
import { budgetEvent, type BudgetEventMap } from '../../base/events.js';
import type { ShownError } from '../../base/errors.js';
import { formatAmount, formatShare } from '../../base/format.js';
import { elementLang, type Lang, msg, type MessageKey } from '../../base/i18n.js';
import { LOAD_TIMEOUT_MS } from '../../base/load.js';
import { MarksController } from '../../base/marks-controller.js';
import { ResizeController } from '../../base/resize-controller.js';
import { renderFrame } from '../../base/states.js';
import { themeStyles } from '../../base/theme.styles.js';
import { catalogGrid, catalogOverview, comparisonFor, isUnitDocument } from '../../data/catalog.js';
import { type Catalog, type CatalogEntry, catalogProblems } from '../../model/catalog.js';
import { layoutTreemap, type TreemapCell } from '../budget-treemap/layout.js';
import { catalogStyles } from './styles.js';

/**
 * A portal's documents, as `budget-widgets catalog` writes them (`catalog.json`): a picker of
 * department × year × kind, and an overview comparing the departments' total expenditure in one
 * year, drawn from the catalog's own figures (no dataset is loaded for it).
 *
 * Picking a document (in the picker or the overview) fires `budget-select`, and sets `src` on the
 * widgets named in `for`, with `compare-src` set to what the document is best compared with: the
 * department's 预算 of the year before, or for a 决算 the 预算 of its year.
 *
 * @summary Picker and overview of a catalog of documents.
 * @tag budget-catalog
 *
 * @fires budget-select - A document was picked; `detail: { kind: 'document', file, url, compareUrl, name, department, code, year, documentKind, title }`.
 * @fires budget-catalog-load - The catalog loaded; `detail: { catalog, src }`.
 * @fires budget-error - The catalog could not be loaded or read; `detail: { message, src }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The heading.
 * @csspart picker - The table of departments by year.
 * @csspart document - A document's button in the picker.
 * @csspart overview - The departments' totals of one year.
 * @csspart chart - The box the overview's treemap fills.
 * @csspart tooltip - The overview's tooltip.
 * @csspart table - The data-table alternative of the overview.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart status - The loading message.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart empty - The empty-state message.
 *
 * @cssprop [--budget-catalog-height=18em] - Height of the overview's treemap.
 * @cssprop [--budget-catalog-color=#1f5fa8] - Fill of the overview's cells.
 * @cssprop [--budget-catalog-text=#ffffff] - Labels on the cells; keep 4.5:1 contrast with the fill.
 * @cssprop [--budget-color-accent=#0b57d0] - The picked document.
 * @cssprop [--budget-font-size=medium] - Base font size.
 */
export class BudgetCatalogElement extends LitElement {
  static override styles = [themeStyles, chartStyles, catalogStyles];

  static override properties = {
    src: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    year: { type: Number, reflect: true },
    kind: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    for: { type: String, reflect: true },
    tableVisible: { type: Boolean, attribute: 'table-visible', reflect: true },
    timeout: { type: Number },
    catalog: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    shownError: { state: true, attribute: false },
  };

  /** URL of a `catalog.json`; dataset files resolve against it. */
  declare src: string | null;
  /** Interface language: "zh-CN" (default) or "en". Inherited from the page when not set. */
  declare lang: string;
  /** "light" (default), "dark", or "auto". */
  declare theme: string | null;
  /** The overview's year; the latest in the catalog when not set. */
  declare year: number | null;
  /** The overview's kind: "budget" (预算, default) or "final-accounts" (决算). */
  declare kind: 'budget' | 'final-accounts';
  /** The picked document's `file`, as the catalog lists it. */
  declare selected: string | null;
  /** Ids of the widgets (space-separated) that show the picked document. */
  declare for: string | null;
  /** Shows the overview's data table on screen (it is always available to screen readers). */
  declare tableVisible: boolean;
  /** Seconds to wait for `src`. Default 20. */
  declare timeout: number;
  declare private catalog: Catalog | null;
  declare private loading: boolean;
  declare private shownError: ShownError | null;

  private ticket = 0;
  private cells: TreemapCell[] = [];
  private readonly chartSize = new ResizeController(this, () => this.renderRoot?.querySelector('.chart'));
  private readonly marks = new MarksController<TreemapCell>(this, {
    marks: () => this.cells,
    keyOf: (cell) => cell.node.code,
    anchorOf: (cell) => cell,
    box: () => this.chartSize,
    activeSelector: '.cell.active',
    activate: (cell) => this.pick(cell.node.code),
  });

  constructor() {
    super();
    this.src = null;
    this.theme = null;
    this.year = null;
    this.kind = 'budget';
    this.selected = null;
    this.for = null;
    this.tableVisible = false;
    this.timeout = LOAD_TIMEOUT_MS / 1000;
    this.catalog = null;
    this.loading = false;
    this.shownError = null;
  }

  /** The catalog on screen, or null. */
  get value(): Catalog | null {
    return this.catalog;
  }

  private get language(): Lang {
    return elementLang(this);
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return msg(this.language, key, params);
  }

  private emit<K extends keyof BudgetEventMap>(name: K, detail: BudgetEventMap[K]): void {
    this.dispatchEvent(budgetEvent(name, detail));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) void this.load();
    if (changed.has('year') || changed.has('kind')) this.marks.reset();
  }

  /** Fetches and checks the catalog; a failure keeps the catalog already shown. */
  private async load(): Promise<void> {
    const ticket = ++this.ticket;
    const src = this.src;
    if (!src) return;
    this.loading = true;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), Math.max(100, this.timeout * 1000 || LOAD_TIMEOUT_MS));
    try {
      const response = await fetch(src, { signal: abort.signal });
      if (!response.ok) throw new Error(this.t('catalogHttp', { status: response.status }));
      let value: unknown;
      try {
        value = await response.json();
      } catch {
        throw new Error(this.t('catalogNotJson'));
      }
      const problems = catalogProblems(value, this.language);
      if (problems.length) throw new Error(this.t('catalogInvalid', { problems: problems.slice(0, 5).join('；') }));
      if (ticket !== this.ticket) return;
      this.catalog = value as Catalog;
      this.shownError = null;
      this.emit('budget-catalog-load', { catalog: this.catalog, src });
      if (this.selected) this.drive(this.entry(this.selected));
    } catch (error) {
      if (ticket !== this.ticket) return;
      const reason = abort.signal.aborted ? this.t('catalogTimeout', { seconds: this.timeout }) : (error as Error).message;
      const message = this.t('catalogLoadFailed', { src, reason });
      this.shownError = { origin: 'load', message };
      this.emit('budget-error', { message, src });
    } finally {
      clearTimeout(timer);
      if (ticket === this.ticket) this.loading = false;
    }
  }

  private entry(file: string | null): CatalogEntry | null {
    return this.catalog?.datasets.find((e) => e.file === file) ?? null;
  }

  private url(entry: CatalogEntry): string {
    return new URL(entry.file, new URL(this.src ?? '', document.baseURI)).href;
  }

  /** Picks a document: tells the page and drives the widgets named in `for`. */
  private pick(file: string): void {
    const entry = this.entry(file);
    if (!entry) return;
    this.selected = file;
    const other = this.drive(entry);
    this.emit('budget-select', {
      kind: 'document',
      file: entry.file,
      url: this.url(entry),
      compareUrl: other ? this.url(other) : null,
      name: entry.department || entry.title,
      department: entry.department,
      code: entry.code,
      year: entry.year,
      documentKind: entry.kind,
      title: entry.title,
    });
  }

  /** Sets `src` and `compare-src` on the widgets named in `for`; returns the document compared with. */
  private drive(entry: CatalogEntry | null): CatalogEntry | null {
    if (!entry || !this.catalog) return null;
    const other = comparisonFor(this.catalog, entry);
    const root = this.getRootNode() as Document | ShadowRoot;
    for (const id of (this.for ?? '').split(/\s+/).filter(Boolean)) {
      const target = (root.getElementById?.(id) ?? document.getElementById(id)) as (HTMLElement & { src?: string | null; compareSrc?: string | null }) | null;
      if (!target) continue;
      target.src = this.url(entry);
      if ('compareSrc' in target) target.compareSrc = other ? this.url(other) : null;
    }
    return other;
  }

  private documentLabel(entry: CatalogEntry): string {
    const kind = this.t(`kind_${entry.kind}` as const);
    return isUnitDocument(entry) ? this.t('catalogUnitDocument', { kind }) : kind;
  }

  private renderPicker(catalog: Catalog): TemplateResult {
    const grid = catalogGrid(catalog);
    const yearName = (year: number | null) => (year === null ? this.t('catalogYearUnknown') : String(year));
    return html`<div class="picker-box" tabindex="0" role="region" aria-label=${this.t('catalogPicker')}>
      <table class="picker" part="picker">
        <caption>${this.t('catalogPicker')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('catalogDepartment')}</th>
            ${grid.years.map((year) => html`<th scope="col">${yearName(year)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${grid.rows.map(
            (row) => html`<tr>
              <th scope="row">${row.name}</th>
              ${grid.years.map(
                (year) => html`<td>
                  ${(row.byYear.get(year) ?? []).map(
                    (entry) => html`<button
                      type="button"
                      part="document"
                      aria-pressed=${entry.file === this.selected ? 'true' : 'false'}
                      aria-label=${`${row.name} ${yearName(year)} ${this.documentLabel(entry)}`}
                      title=${entry.title}
                      @click=${() => this.pick(entry.file)}
                    >
                      ${this.documentLabel(entry)}
                    </button>`,
                  )}
                </td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** The overview's year: the attribute's, else the latest year with documents of the kind. */
  private overviewYear(catalog: Catalog): number | null {
    if (this.year) return this.year;
    const years = catalog.datasets.filter((e) => e.kind === this.kind && e.year !== null).map((e) => e.year!);
    return years.length ? Math.max(...years) : null;
  }

  private renderOverview(catalog: Catalog, year: number | null, { root, left }: ReturnType<typeof catalogOverview>): TemplateResult {
    const lang = this.language;
    this.cells = layoutTreemap(root, { width: this.chartSize.width, height: this.chartSize.height, total: root.value, format: (v) => formatAmount(v, lang) });
    const years = [...new Set(catalog.datasets.map((e) => e.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
    const active = this.marks.active;
    const hovered = this.marks.hovered ?? null;
    const kind = this.t(`kind_${this.kind}` as const);
    return html`<section class="overview" part="overview" aria-label=${this.t('catalogOverview', { year: year ?? '', kind })}>
      <h3>${this.t('catalogOverview', { year: year ?? '', kind })}</h3>
      <div class="controls">
        <label
          >${this.t('catalogYear')}
          <select @change=${(e: Event) => (this.year = Number((e.target as HTMLSelectElement).value))}>
            ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
          </select></label
        >
        <label
          >${this.t('catalogKind')}
          <select @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as 'budget' | 'final-accounts')}>
            ${(['budget', 'final-accounts'] as const).map((k) => html`<option value=${k} ?selected=${k === this.kind}>${this.t(`kind_${k}` as const)}</option>`)}
          </select></label
        >
      </div>
      <div class="chart" part="chart">
        <svg role="group" aria-label=${this.t('catalogOverviewLabel', { count: root.children.length, kind })} @keydown=${this.marks.keydown} @pointerleave=${this.marks.leave}>
          ${this.cells.map(
            (cell, i) => svg`<g
              class="mark cell ${i === active ? 'active' : ''}"
              role="button"
              tabindex=${i === active ? 0 : -1}
              aria-label=${this.t('catalogCell', { name: cell.node.name, amount: formatAmount(cell.node.value, lang), share: formatShare(cell.shareOfTotal, lang) })}
              aria-pressed=${cell.node.code === this.selected ? 'true' : 'false'}
              data-file=${cell.node.code}
              @click=${() => this.marks.click(i)}
              @pointerenter=${() => this.marks.enter(i)}
              @focus=${() => this.marks.focus(i)}
            ><rect x=${cell.x} y=${cell.y} width=${cell.width} height=${cell.height} rx="2"></rect></g>`,
          )}
          <g class="labels" aria-hidden="true">${this.cells.map((cell) =>
            cell.label.map((line, j) => svg`<text class=${j ? 'amount' : 'name'} x=${cell.x + 4} y=${cell.y + 4 + 14 * (j + 1) + j * 2}>${line}</text>`),
          )}</g>
        </svg>
        ${hovered
          ? html`<div class="tooltip" part="tooltip" role="presentation">
              <strong>${hovered.node.name}</strong><br />${formatAmount(hovered.node.value, lang)} ${this.t('catalogUnit')} · ${formatShare(hovered.shareOfTotal, lang)}
            </div>`
          : nothing}
      </div>
      ${left ? html`<p class="left-out">${this.t('catalogLeftOut', { count: left })}</p>` : nothing}
    </section>`;
  }

  private renderTable(year: number | null, { root }: ReturnType<typeof catalogOverview>): TemplateResult {
    const lang = this.language;
    return html`<table>
      <caption>${this.t('catalogOverview', { year: year ?? '', kind: this.t(`kind_${this.kind}` as const) })}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t('catalogDepartment')}</th>
          <th scope="col" class="num">${this.t('catalogTotal')}</th>
          <th scope="col" class="num">${this.t('shareOfTotal')}</th>
        </tr>
      </thead>
      <tbody>
        ${root.children.map(
          (node) => html`<tr>
            <th scope="row">${node.name}</th>
            <td class="num">${formatAmount(node.value, lang)}</td>
            <td class="num">${formatShare(root.value ? node.value / root.value : 0, lang)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  protected override render() {
    const catalog = this.catalog;
    const drawn = !!catalog && catalog.datasets.length > 0;
    // One overview per render, for the chart and its table alike.
    const year = drawn ? this.overviewYear(catalog) : null;
    const overview = drawn ? catalogOverview(catalog, year, this.kind) : null;
    return renderFrame({
      language: this.language,
      t: (key) => this.t(key),
      loading: this.loading,
      error: this.shownError,
      hasDataset: !!catalog,
      view: !catalog ? 'none' : drawn ? 'drawn' : 'empty',
      heading: drawn ? this.t('catalogHeading', { count: catalog.datasets.length }) : null,
      chart: drawn ? html`${this.renderPicker(catalog)}${this.renderOverview(catalog, year, overview!)}` : nothing,
      table: drawn ? this.renderTable(year, overview!) : nothing,
      tableVisible: this.tableVisible,
      toggleTable: () => (this.tableVisible = !this.tableVisible),
    });
  }
}

