import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { BudgetElement } from '../../base/budget-element.js';
import { WidgetError } from '../../base/errors.js';
import { MarksController } from '../../base/marks-controller.js';
import { chartStyles } from '../../base/chart.styles.js';
import { comparisonText } from '../../base/comparison-text.js';
import { formatAmount, formatAmountWithUnit, formatChange, formatShare } from '../../base/format.js';
import { changePalette } from '../../base/palette.js';
import { CHANGE_STEPS, changeStep, compareHierarchies, EXECUTION_STEPS, removedChildren, type ComparisonBasis, type NodeComparison } from '../../data/compare.js';
import { unitLabel } from '../../base/i18n.js';
import { ResizeController } from '../../base/resize-controller.js';
import { checkHierarchyOptions, findNode, type BudgetNode, type Classification, type Measure } from '../../data/hierarchy.js';
import { unwrapView } from '../../data/views.js';
import type { BudgetDataset } from '../../model/schema.js';
import { layoutTreemap, pathTo, type TreemapCell } from './layout.js';
import { treemapPalette, treemapStyles } from './styles.js';

interface TreemapView {
  root: BudgetNode;
  unit: string;
  /** The measure the view was built for: the attribute may since hold a bad value. */
  measure: Measure;
  kind: BudgetDataset['meta']['kind'];
  /** Every code against the dataset compared with, when there is one. */
  compared: { byCode: Map<string, NodeComparison>; basis: ComparisonBasis } | null;
  /** The economic view covers basic expenditure only: the whole expenditure it is a part of, when known. */
  wholeExpenditure: number | null;
}

/**
 * Where the money goes: expenditure by classification (类 → 款 → 项) as a treemap with drill-down.
 *
 * Click, tap or Enter on a cell opens its sub-items; the breadcrumb goes back to any level, and
 * Escape or Backspace goes up one. The chart is one tab stop: arrow keys move between cells in
 * reading order. Cells too small to point at are listed under the chart. The data-table
 * alternative lists the current level with the same numbers.
 *
 * @summary Expenditure treemap with drill-down.
 * @tag budget-treemap
 *
 * @fires budget-select - A cell was chosen; `detail: { kind: 'classification', code, name, amount, level, path }`.
 * @fires budget-load - The dataset loaded and validated; `detail: { dataset, src }`.
 * @fires budget-error - Loading or reading the data failed; `detail: { message, src, problems? }`.
 *
 * @slot heading - Replaces the heading above the chart (an `h3` of the page's own, say).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The heading above the chart, built from the data unless the `heading` attribute or slot gives one.
 * @csspart breadcrumb - The path from the top level to the current one.
 * @csspart chart - The box the treemap fills.
 * @csspart tooltip - The tooltip shown on hover and keyboard focus.
 * @csspart small-items - The list of cells too small to show in the chart.
 * @csspart note - With the economic classification: that it covers 基本支出 only, and what part of all expenditure that is.
 * @csspart legend - When comparing (`compare` / `compare-src`): the colours of the changes, and the codes the other document has at this level and this one does not.
 * @csspart table - The data-table alternative.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart status - The loading message.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart empty - The empty-state message.
 *
 * @cssprop [--budget-treemap-height=22em] - Height of the chart.
 * @cssprop [--budget-class-color-0=#1f5fa8] - Fill of class palette slot 0 (slots 0–9, text colour `--budget-class-text-N`), shared with the balance: a class keeps its slot at every level and in every widget.
 * @cssprop [--budget-treemap-color-0=#1f5fa8] - The treemap's own fill of slot 0, over the class palette.
 * @cssprop [--budget-treemap-text-0=#ffffff] - Label colour on slot 0; keep 4.5:1 contrast with its fill.
 * @cssprop [--budget-change-color-0=#8c510a] - When comparing, fill of change step 0 (below −50 %; steps 0–6 up to above +50 %, text colour `--budget-change-text-N`; `--budget-change-color-new` for new codes).
 * @cssprop [--budget-color-background=#ffffff] - Background.
 * @cssprop [--budget-color-text=#1f2328] - Text colour.
 * @cssprop [--budget-color-accent=#0b57d0] - Breadcrumb links.
 * @cssprop [--budget-font-size=medium] - Base font size.
 */
export class BudgetTreemapElement extends BudgetElement<TreemapView> {
  static override styles = [...BudgetElement.styles, chartStyles, treemapPalette, changePalette(), treemapStyles];

  static override properties = {
    ...BudgetElement.properties,
    measure: { type: String, reflect: true },
    classification: { type: String, reflect: true },
    path: { type: String, reflect: true },
    announcement: { state: true, attribute: false },
  };

  /** Which amount sizes the cells: "total" (default), "basic" or "project"; with the economic classification, "total", "personnel" or "publicUse". */
  declare measure: Measure;
  /** "function" (功能分类, default) or "economic" (经济分类 of basic expenditure). */
  declare classification: Classification;
  /** Code of the class being viewed (e.g. "208"); empty for the top level. Reflects drill-down, so a page can restore it. */
  declare path: string;

  declare private announcement: string;
  private readonly chartSize = new ResizeController(this, () => this.renderRoot?.querySelector('.chart'));
  private cells: TreemapCell[] = [];
  private readonly marks = new MarksController<TreemapCell>(this, {
    marks: () => this.cells,
    keyOf: (cell) => cell.node.code,
    anchorOf: (cell) => cell,
    box: () => this.chartSize,
    activeSelector: '.cell.active',
    activate: (cell) => this.activate(cell),
    // Escape or Backspace goes up a level.
    onKey: (event) => {
      if ((event.key !== 'Escape' && event.key !== 'Backspace') || !this.path) return false;
      this.goUp();
      return true;
    },
  });

  constructor() {
    super();
    this.measure = 'total';
    this.classification = 'function';
    this.path = '';
    this.announcement = '';
  }

  static override choices = {
    classification: { attribute: 'classification', values: ['function', 'economic'] },
    measure: { attribute: 'measure', values: ['total', 'basic', 'project', 'personnel', 'publicUse'] },
  };

  protected override viewProperties(): PropertyKey[] {
    return ['measure', 'classification', 'path'];
  }

  protected buildView(dataset: BudgetDataset): TreemapView {
    const { classification, measure } = this;
    checkHierarchyOptions(classification, measure);
    const root = this.viewFrom(
      dataset,
      (views) => unwrapView(views.expenditure[classification]?.[measure], `expenditure (${classification}, ${measure})`),
      (layer) => layer.expenditureHierarchy(dataset, { entity: this.entity, classification, measure }),
    );
    if (this.path && !findNode(root, this.path)) {
      throw new WidgetError('noSuchClass', { code: this.path });
    }
    const other = this.comparisons.compared(
      dataset,
      this.entity,
      (views) => unwrapView(views.expenditure[classification]?.[measure], `expenditure (${classification}, ${measure})`),
      (layer, dataset, entity) => layer.expenditureHierarchy(dataset, { entity, classification, measure }),
    );
    const kind = dataset.meta.kind;
    const compared = other ? { byCode: compareHierarchies(root, other.view, other.basis, kind), basis: other.basis } : null;
    const wholeExpenditure =
      classification === 'economic'
        ? this.viewFrom(
            dataset,
            (views) => unwrapView(views.expenditure.function?.total, 'expenditure (function, total)'),
            (layer) => layer.expenditureHierarchy(dataset, { entity: this.entity, classification: 'function', measure: 'total' }),
          ).value || null
        : null;
    return { root, unit: dataset.meta.unit, measure, kind, compared, wholeExpenditure };
  }

  protected override defaultHeading(view: TreemapView, dataset: BudgetDataset): string {
    const classification = this.classification === 'economic' ? 'economic' : 'function';
    return this.t('heading_treemap', {
      year: dataset.meta.year,
      classification: this.t(`classification_${classification}` as const),
      measure: this.t(`measure_${view.measure}` as const),
      unit: unitLabel(view.unit, this.language),
    });
  }

  protected override isEmpty(view: TreemapView): boolean {
    return view.root.children.length === 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('path') || changed.has('measure') || changed.has('classification') || changed.has('entity')) this.marks.reset();
    super.willUpdate(changed);
    if (changed.has('path') && changed.get('path') !== undefined && this.view) {
      const node = this.current(this.view);
      this.announcement = this.t('levelAnnounce', { name: node.name, count: node.children.length });
    }
  }

  private current(view: TreemapView): BudgetNode {
    return (this.path && findNode(view.root, this.path)) || view.root;
  }

  private cellLabel(cell: TreemapCell, view: TreemapView): string {
    const lang = this.language;
    const versus = this.versus(view, cell.node.code);
    return `${cell.node.code} ${cell.node.name}, ${formatAmountWithUnit(cell.node.value, view.unit, lang)}, ${this.t('shareOfParent')} ${formatShare(cell.shareOfParent, lang)}, ${this.t('shareOfTotal')} ${formatShare(cell.shareOfTotal, lang)}${versus ? `, ${versus}` : ''}`;
  }

  /** The fill of a cell: its class's colour, or when comparing, the step of its change (or new). */
  private fillClass(view: TreemapView, cell: TreemapCell, index: number): string {
    // Below the top level every cell is of one class: shades of its hue tell neighbours apart.
    if (!view.compared) return this.path ? `c${cell.colorIndex} shade${index % 3}` : `c${cell.colorIndex}`;
    const comparison = view.compared.byCode.get(cell.node.code);
    const step = comparison ? changeStep(comparison, view.compared.basis.mode) : null;
    return step === null ? 'knew' : `k${step}`;
  }

  /** How a code compares with the other document, in words; '' when not comparing. */
  private versus(view: TreemapView, code: string): string {
    const comparison = view.compared?.byCode.get(code);
    return comparison ? comparisonText(comparison, view.compared!.basis, view.kind, this.language) : '';
  }

  /** The legend of the change colours and the codes the other document has at this level and this one does not. */
  private renderComparison(view: TreemapView, node: BudgetNode): TemplateResult | typeof nothing {
    if (!view.compared) return nothing;
    const { basis, byCode } = view.compared;
    const lang = this.language;
    const params = { year: basis.year, kind: this.t(`kind_${basis.kind}` as const) };
    const execution = basis.mode === 'execution';
    const steps = execution ? EXECUTION_STEPS : CHANGE_STEPS;
    const bound = (value: number) => (execution ? formatShare(value, lang) : formatChange(value, lang));
    const labels = [`< ${bound(steps[0])}`, ...steps.slice(1).map((high, i) => `${bound(steps[i]!)} – ${bound(high)}`), `≥ ${bound(steps[steps.length - 1]!)}`];
    const removed = removedChildren(byCode, node.code);
    return html`<div class="comparison" part="legend">
      <p class="legend-title">${this.t(execution ? 'legendExecution' : 'legendChange', params)}</p>
      <ul class="legend">
        ${labels.map((label, n) => html`<li><span class="swatch k${n}" aria-hidden="true"></span>${label}</li>`)}
        <li><span class="swatch knew" aria-hidden="true"></span>${this.t('legendNew', params)}</li>
      </ul>
      ${removed.length
        ? html`<p class="removed">
            ${this.t('removedItems', params)}${removed.map((c, i) => html`${i ? this.t('listSeparator') : ''}${c.code} ${c.name}（${formatAmount(c.other ?? 0, lang)}）`)}
          </p>`
        : nothing}
    </div>`;
  }

  /** Chooses a cell: tells the page, and opens it when it has sub-items. */
  private activate(cell: TreemapCell): void {
    const view = this.view!;
    this.emit('budget-select', {
      kind: 'classification',
      code: cell.node.code,
      name: cell.node.name,
      amount: cell.node.value,
      level: cell.node.level,
      path: pathTo(view.root, cell.node.code).slice(1).map((n) => n.code),
    });
    if (cell.drillable) this.drillTo(cell.node.code);
  }

  private drillTo(code: string): void {
    this.path = code;
    this.marks.focusAfterRender();
  }

  private goUp(): void {
    const view = this.view;
    if (!view || !this.path) return;
    const trail = pathTo(view.root, this.path);
    this.drillTo(trail.length > 2 ? trail[trail.length - 2].code : '');
  }

  private renderBreadcrumb(view: TreemapView): TemplateResult {
    const trail = this.path ? pathTo(view.root, this.path) : [view.root];
    return html`<nav class="breadcrumb" part="breadcrumb" aria-label=${this.t('breadcrumb')}>
      <ol>
        ${trail.map((node, i) =>
          i === trail.length - 1
            ? html`<li><span aria-current="location">${node.code ? `${node.code} ${node.name}` : node.name}</span></li>`
            : html`<li><button type="button" @click=${() => this.drillTo(node.code)}>${node.code ? `${node.code} ${node.name}` : node.name}</button></li>`,
        )}
      </ol>
    </nav>`;
  }

  protected renderChart(view: TreemapView): TemplateResult {
    const lang = this.language;
    const node = this.current(view);
    const width = this.chartSize.width;
    const height = this.chartSize.height;
    this.cells = layoutTreemap(node, { width, height, total: view.root.value, format: (v) => formatAmount(v, lang) });
    const active = this.marks.active;
    const small = this.cells.filter((c) => c.small);
    const hovered = this.marks.hovered ?? null;
    const economicNote =
      this.classification === 'economic'
        ? html`<p class="scope-note" part="note">
            ${view.wholeExpenditure
              ? this.t('economicScope', { amount: formatAmountWithUnit(view.root.value, view.unit, lang), share: formatShare(view.root.value / view.wholeExpenditure, lang), total: formatAmount(view.wholeExpenditure, lang) })
              : this.t('economicScopeOnly')}
          </p>`
        : nothing;
    return html`${economicNote}${this.renderBreadcrumb(view)}
      <div class="chart" part="chart">
        <svg
          role="group"
          aria-label=${this.t('treemapLabel', { name: node.name, count: node.children.length })}
          @keydown=${this.marks.keydown}
          @pointerleave=${this.marks.leave}
        >
          ${keyed(
            `${node.code}|${this.measure}|${this.classification}`,
            // Labels sit in their own layer, hidden from assistive tech: a cut-off label would
            // contradict the cell's full accessible name.
            svg`<g class="enter">${this.cells.map(
              (cell, i) => svg`<g
                class="mark cell ${this.fillClass(view, cell, i)} ${i === active ? 'active' : ''}"
                role="button"
                tabindex=${i === active ? 0 : -1}
                aria-label=${this.cellLabel(cell, view)}
                data-code=${cell.node.code}
                @click=${() => this.marks.click(i)}
                @pointerenter=${() => this.marks.enter(i)}
                @focus=${() => this.marks.focus(i)}
              >
                <rect x=${cell.x} y=${cell.y} width=${cell.width} height=${cell.height} rx="2"></rect>
              </g>`,
            )}
            <g class="labels" aria-hidden="true">${this.cells.map((cell, i) =>
              cell.label.map(
                (line, j) => svg`<text class="${this.fillClass(view, cell, i)} ${j ? 'amount' : 'name'}" x=${cell.x + 4} y=${cell.y + 4 + 14 * (j + 1) + j * 2}>${line}</text>`,
              ),
            )}</g></g>`,
          )}
        </svg>
        ${hovered
          ? html`<div class="tooltip" part="tooltip" role="presentation">
              <strong>${hovered.node.code} ${hovered.node.name}</strong><br />
              ${formatAmountWithUnit(hovered.node.value, view.unit, lang)}<br />
              ${this.t('shareOfParent')} ${formatShare(hovered.shareOfParent, lang)} · ${this.t('shareOfTotal')} ${formatShare(hovered.shareOfTotal, lang)}
              ${view.compared ? html`<br />${this.versus(view, hovered.node.code)}` : nothing}
            </div>`
          : nothing}
      </div>
      ${this.renderComparison(view, node)}
      ${small.length
        ? html`<div class="small-items" part="small-items">
            <h3>${this.t('smallItems')}</h3>
            <ul>
              ${small.map((cell) => html`<li><button type="button" @click=${() => this.activate(cell)}>${cell.node.name} ${formatAmount(cell.node.value, lang)}</button></li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>`;
  }

  protected override renderTable(view: TreemapView): TemplateResult {
    const lang = this.language;
    const node = this.current(view);
    const measure = this.t(`measure_${view.measure}` as const);
    return html`<table>
      <caption>${this.t('treemapCaption', { name: node.name, measure, unit: unitLabel(view.unit, lang) })}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t('code')}</th>
          <th scope="col">${this.t('name')}</th>
          <th scope="col" class="num">${this.t('amount')}</th>
          <th scope="col" class="num">${this.t('shareOfParent')}</th>
          <th scope="col" class="num">${this.t('shareOfTotal')}</th>
          ${view.compared ? html`<th scope="col">${this.t('compareColumn')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${node.children.map(
          (child) => html`<tr>
            <td>${child.code}</td>
            <th scope="row">${child.name}</th>
            <td class="num">${formatAmount(child.value, lang)}</td>
            <td class="num">${formatShare(node.value ? child.value / node.value : 0, lang)}</td>
            <td class="num">${formatShare(view.root.value ? child.value / view.root.value : 0, lang)}</td>
            ${view.compared ? html`<td>${this.versus(view, child.code)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
