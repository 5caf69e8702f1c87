import { html, nothing, type TemplateResult } from 'lit';
import { BudgetElement } from '../../base/budget-element.js';
import { formatAmount, formatShare } from '../../base/format.js';
import { unitLabel } from '../../base/i18n.js';
import { comparisonText } from '../../base/comparison-text.js';
import { compareFigure, type ComparisonBasis } from '../../data/compare.js';
import type { BudgetSummary } from '../../data/summary.js';
import { unwrapView } from '../../data/views.js';
import type { BudgetDataset } from '../../model/schema.js';
import { summaryStyles } from './styles.js';

/** The summary, and the same summary of the dataset compared with when there is one. */
interface SummaryView extends BudgetSummary {
  compared: { view: BudgetSummary; basis: ComparisonBasis } | null;
}

/**
 * The headline figures of a budget: total income and expenditure, whether they balance, basic
 * against project expenditure, and how the document's own arithmetic checks out. The smallest
 * widget, and the reference implementation of the shared widget contract.
 *
 * @summary Headline figures of a department's or unit's budget.
 * @tag budget-summary
 *
 * @fires budget-load - The dataset loaded and validated; `detail: { dataset, src }`.
 * @fires budget-error - Loading or reading the data failed; `detail: { message, src, problems? }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart status - The loading message.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart empty - The empty-state message.
 * @csspart figures - The list of headline figures.
 * @csspart figure - One headline figure.
 * @csspart comparison - Under a figure, its change against the dataset compared with (`compare` / `compare-src`).
 *
 * @cssprop [--budget-color-background=#ffffff] - Background.
 * @cssprop [--budget-color-text=#1f2328] - Text colour.
 * @cssprop [--budget-color-text-muted=#57606a] - Secondary text colour.
 * @cssprop [--budget-color-surface=#f6f8fa] - Background of figure cards and status boxes.
 * @cssprop [--budget-color-border=#d0d7de] - Borders.
 * @cssprop [--budget-color-ok=#1a7f37] - Colour for "balanced" and passed checks.
 * @cssprop [--budget-color-danger=#b3261e] - Colour for errors and failed checks.
 * @cssprop [--budget-font-family=system-ui] - Font family.
 * @cssprop [--budget-font-size=medium] - Base font size; everything scales with it.
 */
export class BudgetSummaryElement extends BudgetElement<SummaryView> {
  static override styles = [...BudgetElement.styles, summaryStyles];

  static override properties = {
    ...BudgetElement.properties,
    findings: { type: String, reflect: true },
  };

  /** The id of a `<budget-findings>` element on the page: the count of failed checks links to it. */
  declare findings: string | null;

  constructor() {
    super();
    this.findings = null;
  }

  protected buildView(dataset: BudgetDataset): SummaryView {
    const summary = this.viewFrom(
      dataset,
      (views) => unwrapView(views.summary, 'summary'),
      (layer) => layer.budgetSummary(dataset, { entity: this.entity }),
    );
    const compared = this.comparisons.compared(
      dataset,
      this.entity,
      (views) => unwrapView(views.summary, 'summary'),
      (layer, other, entity) => layer.budgetSummary(other, { entity }),
    );
    return { ...summary, compared };
  }

  /** The line under a figure that compares it with the other document, or nothing. */
  private versus(view: SummaryView, pick: (summary: BudgetSummary) => number | null, count = false): string {
    if (!view.compared) return '';
    const { view: other, basis } = view.compared;
    return comparisonText(compareFigure(pick(view), pick(other), count ? { ...basis, scale: 1 } : basis, view.kind), basis, view.kind, this.language, { count });
  }

  /** Moves focus to the findings, as the link's jump would move the view. */
  private goToFindings(): void {
    const target = this.findings ? document.getElementById(this.findings) : null;
    if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    requestAnimationFrame(() => target?.focus({ preventScroll: true }));
  }

  private figure(label: string, value: string, note?: TemplateResult | string, modifier = '', versus = ''): TemplateResult {
    return html`<div class="figure ${modifier}" part="figure">
      <dt>${label}</dt>
      <dd>
        <span class="value">${value}</span>${note ? html`<span class="note">${note}</span>` : nothing}${versus
          ? html`<span class="versus" part="comparison">${versus}</span>`
          : nothing}
      </dd>
    </div>`;
  }

  protected renderChart(view: SummaryView): TemplateResult {
    const lang = this.language;
    const amount = (value: number | null) => (value === null ? '—' : formatAmount(value, lang));
    const balanced = view.difference !== null && Math.abs(view.difference) < 0.005;
    const spending = view.basic + view.project;
    const title = this.t('summaryTitle', { name: view.entity.name, year: view.year, kind: this.t(`kind_${view.kind}` as const) });
    return html`<section aria-label=${title}>
      <h2 class="title">${title}</h2>
      <p class="unit">${this.t('unit', { unit: unitLabel(view.unit, lang) })}</p>
      <dl class="figures" part="figures">
        ${this.figure(this.t('incomeTotal'), amount(view.incomeTotal), undefined, '', this.versus(view, (s) => s.incomeTotal))}
        ${this.figure(this.t('expenditureTotal'), amount(view.expenditureTotal), undefined, '', this.versus(view, (s) => s.expenditureTotal))}
        ${this.figure(
          this.t('difference'),
          amount(view.difference),
          balanced ? this.t('balanced') : view.difference === null ? '' : this.t('unbalanced', { amount: amount(view.difference) }),
          balanced ? 'ok' : 'bad',
        )}
        ${this.figure(this.t('basic'), amount(view.basic), spending ? formatShare(view.basic / spending, lang) : '', '', this.versus(view, (s) => s.basic))}
        ${this.figure(this.t('project'), amount(view.project), spending ? formatShare(view.project / spending, lang) : '', '', this.versus(view, (s) => s.project))}
        ${this.figure(this.t('projects'), String(view.projectCount), undefined, '', this.versus(view, (s) => s.projectCount, true))}
      </dl>
      <p class="checks">
        <span class="ok">${this.t('checksPassed', { passed: view.checks.passed })}</span>
        ${view.checks.failed
          ? html` · <span class="bad"
                >${this.findings
                  ? html`<a href=${`#${this.findings}`} @click=${this.goToFindings}>${this.t('checksFailed', { failed: view.checks.failed })}</a>`
                  : this.t('checksFailed', { failed: view.checks.failed })}</span
              >`
          : nothing}
      </p>
    </section>`;
  }
}
