import { html, nothing, svg, type TemplateResult } from 'lit';
import { describeCheck } from '../../data/check-text.js';
import { MarksController } from '../../base/marks-controller.js';
import { BudgetElement } from '../../base/budget-element.js';
import { chartStyles } from '../../base/chart.styles.js';
import { classPalette, colorIndexOf } from '../../base/palette.js';
import { formatAmount, formatAmountWithUnit, formatShare } from '../../base/format.js';
import { unitLabel } from '../../base/i18n.js';
import { ResizeController } from '../../base/resize-controller.js';
import { comparisonText } from '../../base/comparison-text.js';
import type { Balance, BalanceOptions, BalanceSegment } from '../../data/balance.js';
import { compareFigure, type ComparisonBasis } from '../../data/compare.js';
import type { Check, CheckRule } from '../../data/checks.js';
import { unwrapView } from '../../data/views.js';
import type { BudgetDataset } from '../../model/schema.js';
import { layoutBalance, type BalanceRect } from './layout.js';
import { balanceStyles } from './styles.js';

interface BalanceView {
  balance: Balance;
  warnings: Check[];
  kind: BudgetDataset['meta']['kind'];
  /** The same balance of the dataset compared with, when there is one. */
  compared: { view: Balance; basis: ComparisonBasis } | null;
}

/**
 * Income against expenditure: what comes in, by source, and what goes out, by function class (or
 * basic / project, or economic class), as two stacked bars on one scale. Both totals, the
 * difference and carry-over are stated; a gap between the sides or a disagreement between tables
 * is shown as a warning from the consistency checks. Turns vertical on narrow screens.
 *
 * @summary Income against expenditure.
 * @tag budget-balance
 *
 * With `compare-src`, each total says its change, each segment its change in its tooltip, accessible
 * name and table row, and a tick across each bar marks the other document's total on the same scale.
 *
 * @fires budget-select - A segment was chosen; `detail: { kind: 'income' | 'expenditure', code?, name, amount, share }`.
 * @fires budget-load - The dataset loaded and validated; `detail: { dataset, src }`.
 * @fires budget-error - Loading or reading the data failed; `detail: { message, src, problems? }`.
 *
 * @slot heading - Replaces the heading above the chart (an `h3` of the page's own, say).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The heading above the chart, built from the data unless the `heading` attribute or slot gives one.
 * @csspart totals - Income and expenditure totals, difference and carry-over.
 * @csspart warning - Consistency findings about the balance.
 * @csspart chart - The box the bars fill.
 * @csspart tooltip - The tooltip shown on hover and keyboard focus.
 * @csspart table - The data-table alternative.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart status - The loading message.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart empty - The empty-state message.
 *
 * @cssprop [--budget-balance-height=12em] - Chart height, horizontal layout.
 * @cssprop [--budget-balance-height-vertical=20em] - Chart height, vertical layout (narrow screens).
 * @cssprop [--budget-class-color-0=#1f5fa8] - Fill of class palette slot 0 (slots 0–9, text `--budget-class-text-N`): expenditure split by class takes the treemap's colours.
 * @cssprop [--budget-balance-income-0=#0b57d0] - Income segments, first tone (second: `-income-1`).
 * @cssprop [--budget-balance-expenditure-0=#a14a19] - Expenditure segments, first tone (second: `-expenditure-1`).
 * @cssprop [--budget-balance-text=#ffffff] - Segment labels; keep 4.5:1 contrast with the tones.
 */
export class BudgetBalanceElement extends BudgetElement<BalanceView> {
  static override styles = [...BudgetElement.styles, chartStyles, classPalette(), balanceStyles];

  static override properties = {
    ...BudgetElement.properties,
    table: { type: String, reflect: true },
    split: { type: String, reflect: true },
  };

  /** "summary" (收支总表, default) or "fiscal" (财政拨款收支总表, appropriations only). */
  declare table: NonNullable<BalanceOptions['table']>;
  /** Expenditure split: "class" (function class, default), "nature" (basic / project) or "economic". */
  declare split: NonNullable<BalanceOptions['split']>;

  private readonly chartSize = new ResizeController(this, () => this.renderRoot?.querySelector('.chart'));
  private rects: BalanceRect[] = [];
  private readonly marks = new MarksController<BalanceRect>(this, {
    marks: () => this.rects,
    keyOf: (r) => this.keyOf(r),
    anchorOf: (r) => r,
    box: () => this.chartSize,
    activeSelector: '.segment.active',
    activate: (r) => this.select(r),
  });

  constructor() {
    super();
    this.table = 'summary';
    this.split = 'class';
  }

  static override choices = {
    table: { attribute: 'table', values: ['summary', 'fiscal'] },
    split: { attribute: 'split', values: ['class', 'nature', 'economic'] },
  };

  protected override viewProperties(): PropertyKey[] {
    return ['table', 'split'];
  }

  protected buildView(dataset: BudgetDataset): BalanceView {
    const table = this.table === 'fiscal' ? 'fiscal' : 'summary';
    const split = this.split === 'nature' || this.split === 'economic' ? this.split : 'class';
    const rules: CheckRule[] = ['balance', 'summary-sum', 'cross-table'];
    const shown = this.viewFrom(
      dataset,
      (views) => ({
        balance: unwrapView(views.balance[table]?.[split], `balance (${table}, ${split})`),
        warnings: views.failedChecks.filter((c) => rules.includes(c.rule)),
      }),
      (layer) => {
        const balance = layer.incomeVsExpenditure(dataset, { entity: this.entity, table, split });
        return { balance, warnings: layer.failedChecks(dataset, { entity: balance.entity.code, rules }) };
      },
    );
    const compared = this.comparisons.compared(
      dataset,
      this.entity,
      (views) => unwrapView(views.balance[table]?.[split], `balance (${table}, ${split})`),
      (layer, other, entity) => layer.incomeVsExpenditure(other, { entity, table, split }),
    );
    return { ...shown, kind: dataset.meta.kind, compared };
  }

  /** A figure against the document compared with, in words; '' when not comparing. */
  private versus(view: BalanceView, current: number | null, other: number | null | undefined): string {
    if (!view.compared || other === undefined) return '';
    return comparisonText(compareFigure(current, other, view.compared.basis, view.kind), view.compared.basis, view.kind, this.language);
  }

  /** A segment's counterpart in the document compared with: the same code, else the same name. */
  private otherSegment(view: BalanceView, side: 'income' | 'expenditure', segment: BalanceSegment): number | null | undefined {
    if (!view.compared) return undefined;
    const match = view.compared.view[side].find((s) => (segment.code && s.code ? s.code === segment.code : s.name === segment.name));
    return match ? match.amount : null;
  }

  protected override defaultHeading(view: BalanceView, dataset: BudgetDataset): string {
    return this.t('heading_balance', { year: dataset.meta.year, table: this.t(this.table === 'fiscal' ? 'table_fiscal' : 'table_summary'), unit: unitLabel(view.balance.unit, this.language) });
  }

  protected override isEmpty(view: BalanceView): boolean {
    return !view.balance.income.length && !view.balance.expenditure.length;
  }

  private keyOf(rect: BalanceRect): string {
    return `${rect.side}:${rect.segment.key}`;
  }

  private select(rect: BalanceRect): void {
    this.emit('budget-select', {
      kind: rect.side,
      ...(rect.segment.code ? { code: rect.segment.code } : {}),
      name: rect.segment.name,
      amount: rect.segment.amount,
      share: rect.share,
    });
  }

  private renderTotals(view: BalanceView): TemplateResult {
    const { balance } = view;
    const lang = this.language;
    const amount = (v: number | null) => (v === null ? '—' : formatAmount(v, lang));
    const versus = (current: number | null, other: number | null | undefined) => {
      const text = this.versus(view, current, other);
      return text ? html`<span class="versus" part="comparison">${text}</span>` : nothing;
    };
    return html`<dl class="totals" part="totals">
      <div><dt>${this.t('incomeTotal')}</dt><dd>${amount(balance.incomeTotal)}${versus(balance.incomeTotal, view.compared?.view.incomeTotal)}</dd></div>
      <div><dt>${this.t('expenditureTotal')}</dt><dd>${amount(balance.expenditureTotal)}${versus(balance.expenditureTotal, view.compared?.view.expenditureTotal)}</dd></div>
      <div><dt>${this.t('difference')}</dt><dd>${amount(balance.difference)}</dd></div>
      <div><dt>${this.t('carriedIn')}</dt><dd>${amount(balance.carriedIn)}</dd></div>
      <div><dt>${this.t('carriedOut')}</dt><dd>${amount(balance.carriedOut)}</dd></div>
      <div><dt>${this.t('unitHeading')}</dt><dd>${unitLabel(balance.unit, lang)}</dd></div>
    </dl>`;
  }

  /**
   * A class of expenditure takes its colour from the page's class palette, as in the treemap;
   * other segments alternate two tones of their side.
   */
  private toneOf(r: BalanceRect): string {
    return r.side === 'expenditure' && r.segment.code ? `classed c${colorIndexOf(r.segment.code)}` : `tone${r.index % 2}`;
  }

  protected renderChart(view: BalanceView): TemplateResult {
    const { balance, warnings } = view;
    const lang = this.language;
    const width = this.chartSize.width;
    const height = this.chartSize.height;
    const scale = view.compared?.basis.scale ?? 1;
    const compared = view.compared ? { income: (view.compared.view.incomeTotal ?? 0) * scale, expenditure: (view.compared.view.expenditureTotal ?? 0) * scale } : {};
    const layout = layoutBalance({ income: balance.income, expenditure: balance.expenditure }, { width, height }, { income: balance.incomeTotal, expenditure: balance.expenditureTotal }, { compared });
    const vertical = layout.orientation === 'vertical';
    const bars = layout.bars;
    this.rects = layout.rects;
    const active = this.marks.active;
    const hovered = this.marks.hovered;
    const sideName = (side: 'income' | 'expenditure') => this.t(side);
    const basis = view.compared?.basis;
    const otherName = basis ? this.t('balanceReference', { year: basis.year, kind: this.t(`kind_${basis.kind}` as const) }) : '';
    return html`${this.renderTotals(view)}
      ${warnings.length
        ? html`<div class="warning" role="status" part="warning">
            <ul>
              ${warnings.map((w) => html`<li>${this.t('consistencyWarning', { message: describeCheck(w, lang) })}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="chart ${vertical ? 'vertical' : ''}" part="chart">
        <svg
          role="group"
          aria-label=${this.t('balanceLabel', { income: formatAmount(balance.incomeTotal ?? 0, lang), expenditure: formatAmount(balance.expenditureTotal ?? 0, lang) })}
          @keydown=${this.marks.keydown}
          @pointerleave=${this.marks.leave}
        >
          <g class="axis" aria-hidden="true">
            ${bars.map((b) =>
              vertical
                ? svg`<text x=${b.x} y=${height - 4}>${sideName(b.side)} ${formatAmount(b.total, lang)}</text>`
                : svg`<text x="0" y=${b.y - 5}>${sideName(b.side)} ${formatAmount(b.total, lang)}</text>`,
            )}
          </g>
          ${this.rects.map(
            (r, i) => svg`<g
              class="mark segment ${r.side} ${this.toneOf(r)} ${i === active ? 'active' : ''}"
              role="button"
              tabindex=${i === active ? 0 : -1}
              data-key=${this.keyOf(r)}
              data-code=${r.segment.code ?? nothing}
              aria-label=${`${sideName(r.side)}: ${r.segment.name}, ${formatAmountWithUnit(r.segment.amount, balance.unit, lang)}, ${formatShare(r.share, lang)}${view.compared ? `, ${this.versus(view, r.segment.amount, this.otherSegment(view, r.side, r.segment))}` : ''}`}
              @click=${() => this.marks.click(i)}
              @pointerenter=${() => this.marks.enter(i)}
              @focus=${() => this.marks.focus(i)}
            ><rect x=${r.x} y=${r.y} width=${Math.max(0, r.width)} height=${Math.max(0, r.height)}></rect></g>`,
          )}
          <g class="references" aria-hidden="true">
            ${layout.references.map(
              (ref) => svg`<line x1=${ref.x} y1=${ref.y} x2=${ref.x + ref.width} y2=${ref.y + ref.height}></line>`,
            )}
          </g>
          <g class="labels" aria-hidden="true">
            ${this.rects.filter((r) => r.label).map((r) => svg`<text class=${this.toneOf(r)} x=${r.x + 4} y=${r.y + Math.min(r.height / 2 + 5, 20)}>${r.label}</text>`)}
          </g>
        </svg>
        ${hovered
          ? html`<div class="tooltip" part="tooltip" role="presentation">
              <strong>${sideName(hovered.side)} · ${hovered.segment.name}</strong><br />
              ${formatAmountWithUnit(hovered.segment.amount, balance.unit, lang)} · ${formatShare(hovered.share, lang)}
              ${view.compared ? html`<br />${this.versus(view, hovered.segment.amount, this.otherSegment(view, hovered.side, hovered.segment))}` : nothing}
            </div>`
          : nothing}
      </div>
      ${basis
        ? html`<p class="reference-note" part="legend"><span class="reference-swatch" aria-hidden="true"></span>${otherName}：${this.t('income')} ${formatAmount(compared.income ?? 0, lang)} · ${this.t('expenditure')} ${formatAmount(compared.expenditure ?? 0, lang)}</p>`
        : nothing}`;
  }

  protected override renderTable(view: BalanceView): TemplateResult {
    const { balance } = view;
    const lang = this.language;
    const total = (side: 'income' | 'expenditure') => (side === 'income' ? balance.incomeTotal : balance.expenditureTotal) ?? 0;
    return html`<table>
      <caption>${this.t('balanceCaption', { name: balance.entity.name, unit: unitLabel(balance.unit, lang) })}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t('side')}</th>
          <th scope="col">${this.t('item')}</th>
          <th scope="col" class="num">${this.t('amount')}</th>
          <th scope="col" class="num">${this.t('share')}</th>
          ${view.compared ? html`<th scope="col">${this.t('compareColumn')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${(['income', 'expenditure'] as const).flatMap((side) => [
          ...balance[side].map(
            (s) => html`<tr>
              <td>${this.t(side)}</td>
              <th scope="row">${s.name}</th>
              <td class="num">${formatAmount(s.amount, lang)}</td>
              <td class="num">${total(side) ? formatShare(s.amount / total(side), lang) : ''}</td>
              ${view.compared ? html`<td>${this.versus(view, s.amount, this.otherSegment(view, side, s))}</td>` : nothing}
            </tr>`,
          ),
          ...balance.noBudget
            .filter((n) => n.side === side)
            .map(
              (n) => html`<tr class="no-budget">
                <td>${this.t(side)}</td>
                <th scope="row">${n.name}</th>
                <td class="num">${this.t('noBudget')}</td>
                <td></td>
                ${view.compared ? html`<td></td>` : nothing}
              </tr>`,
            ),
        ])}
      </tbody>
    </table>`;
  }
}
