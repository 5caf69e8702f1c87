import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BudgetElement } from '../../base/budget-element.js';
import { WidgetError } from '../../base/errors.js';
import { formatAmountWithUnit, formatNumber } from '../../base/format.js';
import { ResizeController } from '../../base/resize-controller.js';
import { selectOptions } from '../../base/select-options.js';
import {
  filterIndicators,
  INDICATOR_SIGNALS,
  indicatorsCsv,
  indicatorsView,
  sortIndicators,
  type IndicatorRow,
  type IndicatorSignal,
  type IndicatorSort,
  targetChanges,
  type IndicatorsView,
  type TargetChange,
  type TargetKind,
} from '../../data/indicators.js';
import type { BudgetDataset, Target } from '../../model/schema.js';
import { indicatorsStyles } from './styles.js';

const COMPARISON_SIGNS: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };
const SORTS: IndicatorSort[] = ['document', 'budget', 'name', 'target'];
/** Columns of the table, for the colspan of group and detail rows. */
const COLUMNS = 6;

/** Filters a page can set as attributes; each reflects, so the URL of a page can restore a view. */
type FilterName = 'project' | 'level1' | 'level2' | 'kind' | 'signal' | 'query';

/** The indicators, and when comparing, the targets that changed (by row id) and what they are compared with. */
interface IndicatorsWidgetView extends IndicatorsView {
  changes: { byRow: Map<string, TargetChange>; year: number; kind: BudgetDataset['meta']['kind'] } | null;
}

/**
 * Performance indicators (绩效指标) of every project as one searchable, comparable table,
 * grouped by project with its budget, with the targets parsed (≥ 90 %, ≤ 1 件) and quality signals
 * as badges. Filter by project, 一级 / 二级 indicator, quantitative or qualitative target and signal;
 * search names and descriptions; sort; page through large documents; export the filtered rows as
 * CSV. Each row expands to show the description and the basis of its target. Narrow boxes show
 * cards instead of a grid.
 *
 * @summary Searchable table of performance indicators.
 * @tag budget-indicators
 *
 * @fires budget-select - A project was chosen; `detail: { kind: 'project', code, name, amount }`.
 * @fires budget-filter - The reader changed a filter, the search or the sort; `detail: { project, level1, level2, kind, signal, query, sort, matched }`.
 * @fires budget-load - The dataset loaded and validated; `detail: { dataset, src }`.
 * @fires budget-error - Loading or reading the data failed; `detail: { message, src, problems? }`.
 *
 * @slot heading - Replaces the heading above the chart (an `h3` of the page's own, say).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The heading above the chart, built from the data unless the `heading` attribute or slot gives one.
 * @csspart toolbar - The filters, search, sort and export.
 * @csspart count - How many indicators are shown, match and exist.
 * @csspart table - The table of indicators.
 * @csspart badge - A quality-signal badge.
 * @csspart pager - Previous and next page.
 * @csspart status - The loading message.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart empty - The empty-state message.
 *
 * @cssprop [--budget-indicators-max-height=none] - Limit the table's height (it scrolls within).
 * @cssprop [--budget-color-warning=#8a5300] - Badge border and text.
 * @cssprop [--budget-color-background=#ffffff] - Background.
 * @cssprop [--budget-color-text=#1f2328] - Text colour.
 * @cssprop [--budget-color-accent=#0b57d0] - Links and buttons.
 * @cssprop [--budget-font-size=medium] - Base font size.
 */
export class BudgetIndicatorsElement extends BudgetElement<IndicatorsWidgetView> {
  static override styles = [...BudgetElement.styles, indicatorsStyles];

  static override properties = {
    ...BudgetElement.properties,
    project: { type: String, reflect: true },
    level1: { type: String, reflect: true },
    level2: { type: String, reflect: true },
    kind: { type: String, reflect: true },
    signal: { type: String, reflect: true },
    query: { type: String, reflect: true },
    sort: { type: String, reflect: true },
    pageSize: { type: Number, attribute: 'page-size', reflect: true },
    page: { state: true, attribute: false },
    unfolded: { state: true, attribute: false },
    folded: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
  };

  /** Show one project's indicators (a project code); empty for all. */
  declare project: string;
  /** Show one 一级指标 group, as written (e.g. "产出指标"). */
  declare level1: string;
  /** Show one 二级指标, as written (e.g. "数量指标"). */
  declare level2: string;
  /** "quantitative" or "qualitative" targets only; empty for both. */
  declare kind: TargetKind | '';
  /** Rows with this quality signal only: missing-group, unparsed-target, truncated-name, qualitative-measure or duplicate. */
  declare signal: IndicatorSignal | '';
  /** Free-text search over indicator names, descriptions, targets, basis and project names. */
  declare query: string;
  /** "document" (default), "budget" (projects by budget), "name" or "target". */
  declare sort: IndicatorSort;
  /** Rows per page. Unset, 50, or 20 in a column narrower than 760 px (a sidebar, a portal's article column). */
  declare pageSize: number | null;

  declare private page: number;
  declare private expanded: ReadonlySet<string>;
  /** Filtered and sorted rows, recomputed only when the view or a filter changes. */
  private matched: IndicatorRow[] = [];
  /** The view {@link matched} was filtered from: a new view filters again. */
  private matchedFrom: IndicatorsView | null = null;

  constructor() {
    super();
    this.project = '';
    this.level1 = '';
    this.level2 = '';
    this.kind = '';
    this.signal = '';
    this.query = '';
    this.sort = 'document';
    this.pageSize = null;
    this.page = 0;
    this.expanded = new Set();
    this.unfolded = new Set();
    this.folded = new Set();
  }

  static override choices = {
    kind: { attribute: 'kind', values: ['quantitative', 'qualitative'] },
    signal: { attribute: 'signal', values: INDICATOR_SIGNALS },
    sort: { attribute: 'sort', values: SORTS },
  };

  protected override viewProperties(): PropertyKey[] {
    return ['project'];
  }

  protected override defaultHeading(view: IndicatorsView, dataset: BudgetDataset): string {
    return this.t('heading_indicators', { year: dataset.meta.year, count: view.rows.length });
  }

  protected buildView(dataset: BudgetDataset): IndicatorsWidgetView {
    const view = indicatorsView(dataset, { entity: this.entity });
    if (this.project && !view.projects.some((p) => p.code === this.project)) throw new WidgetError('noSuchIndicatorProject', { code: this.project });
    // Indicators are read from the datasets directly (plain JavaScript, no precomputed view needed).
    const other = this.comparisons.dataset;
    let changes: IndicatorsWidgetView['changes'] = null;
    if (other && other !== dataset) {
      const entity = this.entity && other.entities.some((e) => e.code === this.entity) ? this.entity : null;
      changes = { byRow: targetChanges(view.rows, indicatorsView(other, { entity }).rows), year: other.meta.year, kind: other.meta.kind };
    }
    return { ...view, changes };
  }

  /** Under a target: what it was in the document compared with, or that the indicator is new. */
  private targetChange(view: IndicatorsWidgetView, row: IndicatorRow): TemplateResult | typeof nothing {
    const change = view.changes?.byRow.get(row.id);
    if (!change) return nothing;
    const params = { year: view.changes!.year, kind: this.t(`kind_${view.changes!.kind}` as const) };
    return html`<span class="target-change ${change.status}" part="comparison">${change.status === 'new' ? this.t('targetNew', params) : this.t('targetChanged', { ...params, target: change.other || '—' })}</span>`;
  }

  protected override isEmpty(view: IndicatorsView): boolean {
    return view.rows.length === 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const filters: PropertyKey[] = ['project', 'level1', 'level2', 'kind', 'signal', 'query', 'sort'];
    if (this.view !== this.matchedFrom || filters.some((p) => changed.has(p as keyof this))) {
      this.matchedFrom = this.view;
      this.matched = this.view ? sortIndicators(filterIndicators(this.view.rows, this.filter()), SORTS.includes(this.sort) ? this.sort : 'document') : [];
      if (!changed.has('page')) this.page = 0;
    }
  }

  private filter() {
    return {
      project: this.project || null,
      level1: this.level1 || null,
      level2: this.level2 || null,
      kind: this.kind === 'quantitative' || this.kind === 'qualitative' ? this.kind : null,
      signal: INDICATOR_SIGNALS.includes(this.signal as IndicatorSignal) ? (this.signal as IndicatorSignal) : null,
      query: this.query || null,
    };
  }

  /** Projects the reader opened or closed in a narrow column (the others follow the default). */
  declare private unfolded: ReadonlySet<string>;
  declare private folded: ReadonlySet<string>;

  private fold(code: string, open: boolean): void {
    const unfolded = new Set(this.unfolded);
    const folded = new Set(this.folded);
    if (open) (unfolded.add(code), folded.delete(code));
    else (folded.add(code), unfolded.delete(code));
    this.unfolded = unfolded;
    this.folded = folded;
  }

  /** True in a column narrower than {@link COLUMN_WIDTH}. */
  private isColumn(): boolean {
    return this.hostSize.width > 0 && this.hostSize.width < BudgetIndicatorsElement.COLUMN_WIDTH;
  }

  /** Below this width the table is in a column: a shorter default page keeps it to a screen or two. */
  static readonly COLUMN_WIDTH = 760;

  private readonly hostSize = new ResizeController(this);

  /** `page-size` when set, else 50, or 20 in a narrow column. */
  private rowsPerPage(): number {
    if (this.pageSize !== null && this.pageSize !== undefined) return Math.max(1, Math.floor(this.pageSize) || 50);
    return this.isColumn() ? 20 : 50;
  }

  /** The rows that match the current filters, in the current order (all pages). */
  get matchedRows(): readonly IndicatorRow[] {
    return this.matched;
  }

  /** The matching rows as CSV (UTF-8 with BOM, CRLF), as the export button downloads them. */
  override toCSV(): string {
    return indicatorsCsv(this.matched, this.language);
  }

  private exportCsv(): void {
    const blob = new Blob([this.toCSV()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.view?.entity.code ?? 'indicators'}-indicators.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** Sets filters and fires one `budget-filter` once the rows they match are counted. */
  private setFilters(values: Partial<Record<FilterName | 'sort', string>>): void {
    for (const [name, value] of Object.entries(values)) (this as unknown as Record<string, string>)[name] = value;
    this.updateComplete.then(() => this.emit('budget-filter', { ...this.filter(), sort: this.sort, matched: this.matched.length }));
  }

  private setFilter(name: FilterName | 'sort', value: string): void {
    this.setFilters({ [name]: value });
  }

  /** One click, one event: every filter cleared at once. */
  private clearFilters(): void {
    this.setFilters({ project: '', level1: '', level2: '', kind: '', signal: '', query: '' });
  }

  private toggle(id: string): void {
    const next = new Set(this.expanded);
    next.has(id) ? next.delete(id) : next.add(id);
    this.expanded = next;
  }

  private selectProject(row: IndicatorRow): void {
    this.emit('budget-select', { kind: 'project', code: row.projectCode, name: row.projectName, amount: row.projectBudget ?? undefined });
  }

  private targetText(target: Target): TemplateResult {
    if (target.qualitative) {
      return html`<span class="qualitative-tag">${this.t('qualitative')}</span> ${target.text || '—'}`;
    }
    const sign = target.comparison ? COMPARISON_SIGNS[target.comparison] : '';
    const value = formatNumber(target.value ?? 0, this.language);
    return html`<span class="target-figure">${sign && sign !== '=' ? `${sign} ` : ''}${value}${target.unit ? (target.unit === '%' ? '%' : ` ${target.unit}`) : ''}</span>`;
  }

  private signalHelp(row: IndicatorRow, signal: IndicatorSignal): string {
    switch (signal) {
      case 'missing-group':
        return this.t('signalHelp_missing-group', { groups: row.missingGroups.join('、') });
      case 'truncated-name':
        return this.t('signalHelp_truncated-name', { written: row.level3 });
      case 'duplicate':
        return this.t('signalHelp_duplicate', { count: row.duplicateProjects.length - 1 });
      default:
        return this.t(`signal_${signal}` as const);
    }
  }

  private renderToolbar(view: IndicatorsView): TemplateResult {
    const counts = new Map<IndicatorSignal, number>();
    for (const row of view.rows) for (const s of row.signals) counts.set(s, (counts.get(s) ?? 0) + 1);
    const select = (name: FilterName | 'sort', label: string, value: string, options: [string, string][]) =>
      html`<label class="field"
        ><span>${label}</span>
        <select name=${name} ${selectOptions(options, value)} @change=${(e: Event) => this.setFilter(name, (e.target as HTMLSelectElement).value)}></select></label
      >`;
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${this.t('filters')}>
      <label class="field search"
        ><span>${this.t('search')}</span>
        <input type="search" name="query" .value=${this.query} placeholder=${this.t('searchPlaceholder')} @input=${(e: Event) => this.setFilter('query', (e.target as HTMLInputElement).value)}
      /></label>
      ${select('project', this.t('projectFilter'), this.project, [['', this.t('allProjects')], ...view.projects.map((p): [string, string] => [p.code, `${p.name}（${p.count}）`])])}
      ${select('level1', this.t('level1'), this.level1, [['', this.t('allLevel1')], ...view.level1s.map((l): [string, string] => [l, l])])}
      ${select('level2', this.t('level2'), this.level2, [['', this.t('allLevel2')], ...view.level2s.map((l): [string, string] => [l, l])])}
      ${select('kind', this.t('targetKind'), this.kind, [['', this.t('allKinds')], ['quantitative', this.t('quantitative')], ['qualitative', this.t('qualitative')]])}
      ${select('signal', this.t('signalFilter'), this.signal, [
        ['', this.t('allSignals')],
        ...INDICATOR_SIGNALS.map((s): [string, string] => [s, `${this.t(`signal_${s}` as const)}（${counts.get(s) ?? 0}）`]),
      ])}
      ${select('sort', this.t('sortBy'), this.sort, SORTS.map((s): [string, string] => [s, this.t(`sort_${s}` as const)]))}
      <div class="actions">
        <button type="button" class="clear" @click=${this.clearFilters}>${this.t('clearFilters')}</button>
        <button type="button" class="export" @click=${this.exportCsv} ?disabled=${!this.matched.length}>${this.t('exportCsv')}</button>
      </div>
    </div>`;
  }

  /** Column names, looked up once per render rather than once per cell. */
  private labels: Record<'level1' | 'level2' | 'level3' | 'target' | 'signals', string> = { level1: '', level2: '', level3: '', target: '', signals: '' };

  protected renderChart(view: IndicatorsView): TemplateResult {
    const lang = this.language;
    this.labels = { level1: this.t('level1'), level2: this.t('level2'), level3: this.t('level3'), target: this.t('target'), signals: this.t('signals') };
    const total = view.rows.length;
    const matched = this.matched.length;
    const size = this.rowsPerPage();
    const pages = Math.max(1, Math.ceil(matched / size));
    const page = Math.min(this.page, pages - 1);
    const rows = this.matched.slice(page * size, (page + 1) * size);
    const count = matched
      ? this.t('countShown', { from: (page * size + 1).toLocaleString(lang), to: (page * size + rows.length).toLocaleString(lang), matched: matched.toLocaleString(lang), total: total.toLocaleString(lang) })
      : this.t('countNone', { total: total.toLocaleString(lang) });
    const body: TemplateResult[] = [];
    let project = '';
    let level1 = '';
    // In a narrow column the projects start folded (the first on the page open), unless a filter
    // or a search is on: then every match shows.
    const folding = this.isColumn() && !Object.values(this.filter()).some(Boolean);
    let first = true;
    let open = true;
    for (const row of rows) {
      if (row.projectCode !== project) {
        project = row.projectCode;
        level1 = '';
        open = !folding || (this.unfolded.has(project) ? true : this.folded.has(project) ? false : first);
        first = false;
        body.push(this.renderProjectRow(view, row, folding ? open : null));
      }
      if (!open) continue;
      body.push(this.renderRow(row, row.level1 === level1));
      level1 = row.level1;
    }
    return html`${this.renderToolbar(view)}
      <p class="count" part="count" role="status">${count}</p>
      <div class="scroller">
        <table part="table">
          <caption>${this.t('indicatorsCaption', { name: view.entity.name })}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('level1')}</th>
              <th scope="col">${this.t('level2')}</th>
              <th scope="col">${this.t('level3')}</th>
              <th scope="col">${this.t('target')}</th>
              <th scope="col">${this.t('signals')}</th>
              <th scope="col"><span class="visually-hidden">${this.t('details')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${body}
          </tbody>
        </table>
      </div>
      ${pages > 1
        ? html`<nav class="pager" part="pager" aria-label=${this.t('pageOf', { page: page + 1, pages })}>
            <button type="button" class="previous" ?disabled=${page === 0} @click=${() => (this.page = page - 1)}>${this.t('previousPage')}</button>
            <span>${this.t('pageOf', { page: page + 1, pages })}</span>
            <button type="button" class="next" ?disabled=${page >= pages - 1} @click=${() => (this.page = page + 1)}>${this.t('nextPage')}</button>
          </nav>`
        : nothing}`;
  }

  /** `open`: whether the project's rows show, when projects fold (a narrow column); null when they do not. */
  private renderProjectRow(view: IndicatorsView, row: IndicatorRow, open: boolean | null = null): TemplateResult {
    const info = view.projects.find((p) => p.code === row.projectCode);
    return html`<tr class="project-row" data-project=${row.projectCode}>
      <th scope="colgroup" colspan=${COLUMNS}>
        ${open === null
          ? nothing
          : html`<button type="button" class="fold" aria-expanded=${open ? 'true' : 'false'} aria-label=${this.t(open ? 'foldProject' : 'unfoldProject', { name: row.projectName })} @click=${() => this.fold(row.projectCode, !open)}>
              <span aria-hidden="true">${open ? '▾' : '▸'}</span>
            </button>`}
        <button type="button" class="project-name" @click=${() => this.selectProject(row)}>${row.projectName}</button>
        <span class="project-meta"
          >${row.projectBudget === null ? '' : this.t('budgetOf', { amount: formatAmountWithUnit(row.projectBudget, view.unit, this.language) })} ·
          ${this.t('indicatorCount', { count: info?.count ?? 0 })}</span
        >
        ${info?.missingGroups.length
          ? html`<span class="badge" part="badge" data-signal="missing-group">${this.t('signalHelp_missing-group', { groups: info.missingGroups.join('、') })}</span>`
          : nothing}
      </th>
    </tr>`;
  }

  /** `repeatsGroup`: same 一级 group as the row above, so its name is de-emphasised (still read out). */
  private renderRow(row: IndicatorRow, repeatsGroup: boolean): TemplateResult {
    const labels = this.labels;
    const open = this.expanded.has(row.id);
    const detailId = `detail-${row.id.replace(/[^\w-]/g, '_')}`;
    const rowSignals = row.signals.filter((s) => s !== 'missing-group');
    return html`<tr class="indicator" data-id=${row.id} data-signals=${row.signals.join(' ')}>
        <td data-label=${labels.level1} class="term ${repeatsGroup ? 'repeat' : ''}">${row.level1}</td>
        <td data-label=${labels.level2} class="term">${row.level2}</td>
        <th scope="row" data-label=${labels.level3}>${row.name}</th>
        <td data-label=${labels.target} class="target">${this.targetText(row.target)}${this.targetChange(this.view!, row)}</td>
        <td data-label=${labels.signals} class="signals">
          ${rowSignals.map((s) => html`<span class="badge" part="badge" data-signal=${s} title=${this.signalHelp(row, s)}>${this.t(`signal_${s}` as const)}</span>`)}
        </td>
        <td class="toggle">
          <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailId} aria-label=${this.t('showDetails', { name: row.name })} @click=${() => this.toggle(row.id)}>
            <span aria-hidden="true">${open ? '−' : '+'}</span>
          </button>
        </td>
      </tr>
      <tr class="detail" id=${detailId} ?hidden=${!open}>
        <td colspan=${COLUMNS}>
          <dl>
            <div><dt>${this.t('description')}</dt><dd>${row.description || '—'}</dd></div>
            <div><dt>${this.t('basis')}</dt><dd>${row.basis || '—'}</dd></div>
            ${rowSignals.map((s) => html`<div><dt>${this.t(`signal_${s}` as const)}</dt><dd>${this.signalHelp(row, s)}</dd></div>`)}
          </dl>
        </td>
      </tr>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A changed page starts at its top.
    if (changed.has('page') && changed.get('page') !== undefined) this.renderRoot.querySelector('.scroller')?.scrollTo({ top: 0 });
  }
}
