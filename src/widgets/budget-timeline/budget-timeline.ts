import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { BudgetElement } from '../../base/budget-element.js';
import { WidgetError } from '../../base/errors.js';
import { MarksController } from '../../base/marks-controller.js';
import { chartStyles } from '../../base/chart.styles.js';
import { fitText } from '../../base/text-fit.js';
import { formatAmount, formatAmountWithUnit, formatShare } from '../../base/format.js';
import { unitLabel } from '../../base/i18n.js';
import { ResizeController } from '../../base/resize-controller.js';
import { ViewError } from '../../data/entity.js';
import { buildTimeline, type PlanFlag, type TimelineMode, type TimelineSeries, type TimelineView } from '../../data/timeline.js';
import { unwrapView } from '../../data/views.js';
import type { BudgetDataset } from '../../model/schema.js';
import { layoutTimeline, plotted, todayMonth, UNIT_ABOVE, type PointMark, type TimelineScale } from './layout.js';
import { timelineStyles } from './styles.js';

/** How many contributors a tooltip names before "and N more". */
const TOOLTIP_CONTRIBUTORS = 3;
/** How many flags a point's label and tooltip spell out before "and N more" (the list has them all). */
const POINT_FLAGS = 2;
/** Flagged projects listed before "show all": large documents flag hundreds. */
const LISTED_FLAGS = 20;

/** The timeline, and the same plan in the document compared with (in the current unit), when there is one. */
interface TimelineWidgetView extends TimelineView {
  overlay: { series: TimelineSeries; year: number; kind: BudgetDataset['meta']['kind'] } | null;
}

/**
 * The disbursement plan over the year: how much of the budget the projects plan to have spent by
 * each checkpoint (3月底, 6月底, 10月底, 12月底), against the budget and an even pace.
 *
 * All projects are combined by default; `project` shows one, `mode="projects"` overlays the
 * largest ones with the rest grouped. Plans that end off budget or decrease (from the consistency
 * checks), plans bunched after the second-to-last checkpoint, and blank checkpoints are flagged on
 * the chart and listed under it. Blank checkpoints are drawn as gaps unless the plan's own figures
 * allow one reading only; the legend says which. The chart is one tab stop: arrow keys move
 * between points, Enter selects.
 *
 * @summary Cumulative disbursement plan over the budget year.
 * @tag budget-timeline
 *
 * @fires budget-select - A project or checkpoint was chosen; `detail: { kind: 'project', code, name, amount }` or `{ kind: 'checkpoint', month, label, name, amount, projects }`.
 * @fires budget-load - The dataset loaded and validated; `detail: { dataset, src }`.
 * @fires budget-error - Loading or reading the data failed; `detail: { message, src, problems? }`.
 *
 * @slot heading - Replaces the heading above the chart (an `h3` of the page's own, say).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The heading above the chart, built from the data unless the `heading` attribute or slot gives one.
 * @csspart chart - The box the chart fills.
 * @csspart tooltip - The tooltip shown on hover and keyboard focus.
 * @csspart legend - The key to lines and blank checkpoints.
 * @csspart flags - The list of flagged plans.
 * @csspart table - The data-table alternative.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart status - The loading message.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart empty - The empty-state message.
 *
 * @cssprop [--budget-timeline-height=18em] - Height of the chart.
 * @cssprop [--budget-timeline-color-0=#0b57d0] - Colour of series 0 (slots 0–5; the grouped "other projects" line uses `--budget-timeline-color-others`).
 * @cssprop [--budget-timeline-color-others=#6e7781] - Colour of the grouped line.
 * @cssprop [--budget-color-warning=#8a5300] - Flag markers and the flag list border.
 * @cssprop [--budget-color-background=#ffffff] - Background.
 * @cssprop [--budget-color-text=#1f2328] - Text colour.
 * @cssprop [--budget-font-size=medium] - Base font size.
 */
export class BudgetTimelineElement extends BudgetElement<TimelineWidgetView> {
  static override styles = [...BudgetElement.styles, chartStyles, timelineStyles];

  static override properties = {
    ...BudgetElement.properties,
    project: { type: String, reflect: true },
    mode: { type: String, reflect: true },
    scale: { type: String, reflect: true },
    today: { type: String, reflect: true },
    lateThreshold: { type: Number, attribute: 'late-threshold', reflect: true },
    top: { type: Number, reflect: true },
    allFlagsShown: { state: true, attribute: false },
  };

  /** Code of one project to show (e.g. "13091124P005271100026"); empty for all. */
  declare project: string;
  /** "combined" (default): one line for all projects; "projects": the largest projects, the rest grouped. */
  declare mode: TimelineMode;
  /** "amount" (default) or "percent" of budget. */
  declare scale: TimelineScale;
  /** The date the "today" line marks, as YYYY-MM-DD; defaults to the reader's date. Drawn only within the budget year. */
  declare today: string | null;
  /** Flag a plan when at least this share (0–1) of it is spent after the second-to-last checkpoint. Default 0.5. */
  declare lateThreshold: number;
  /** In `mode="projects"`, how many of the largest projects get their own line. Default 5. */
  declare top: number;

  declare private allFlagsShown: boolean;
  private readonly chartSize = new ResizeController(this, () => this.renderRoot?.querySelector('.chart'));
  private points: PointMark[] = [];
  private readonly marks = new MarksController<PointMark>(this, {
    marks: () => this.points,
    // A point is its series and month: the same point after a new layout.
    keyOf: (mark) => `${mark.series.key}:${mark.point.month}`,
    anchorOf: (mark) => ({ x: mark.x - 4, y: mark.y - 4, width: 8, height: 8 }),
    box: () => this.chartSize,
    activeSelector: '.point.active',
    activate: (mark) => this.selectMark(mark),
  });

  constructor() {
    super();
    this.project = '';
    this.mode = 'combined';
    this.scale = 'amount';
    this.today = null;
    this.lateThreshold = 0.5;
    this.top = 5;
    this.allFlagsShown = false;
  }

  static override choices = {
    mode: { attribute: 'mode', values: ['combined', 'projects'] },
    scale: { attribute: 'scale', values: ['amount', 'percent'] },
  };

  protected override viewProperties(): PropertyKey[] {
    return ['project', 'mode', 'today', 'lateThreshold', 'top'];
  }

  protected buildView(dataset: BudgetDataset): TimelineWidgetView {
    if (this.today && Number.isNaN(this.todayDate().getTime())) throw new WidgetError('badDate', { value: this.today });
    try {
      const { plans, checks } = this.viewFrom(
        dataset,
        (views) => ({ plans: unwrapView(views.plans, 'disbursement plans'), checks: views.failedChecks }),
        (layer) => {
          const plans = layer.disbursementPlans(dataset, { entity: this.entity });
          return { plans, checks: layer.failedChecks(dataset, { entity: plans.entity.code }) };
        },
      );
      const timeline = buildTimeline(plans, checks, {
        project: this.project || null,
        mode: this.mode === 'projects' ? 'projects' : 'combined',
        top: this.top,
        lateThreshold: Number.isFinite(this.lateThreshold) ? this.lateThreshold : 0.5,
      });
      return { ...timeline, overlay: this.overlayOf(dataset, timeline) };
    } catch (error) {
      if (error instanceof ViewError && error.code === 'noSuchProject') throw new WidgetError('noSuchProject', { code: this.project });
      throw error;
    }
  }

  /**
   * The same plan in the document compared with: the combined plan, or the project of the same
   * code. Only over one series (several would be unreadable); null when there is no such plan.
   */
  private overlayOf(dataset: BudgetDataset, timeline: TimelineView): TimelineWidgetView['overlay'] {
    const shown = timeline.series.length === 1 ? timeline.series[0]! : null;
    if (!shown || shown.kind === 'others') return null;
    const other = this.comparisons.compared(
      dataset,
      this.entity,
      (views) => unwrapView(views.plans, 'disbursement plans'),
      (layer, other, entity) => layer.disbursementPlans(other, { entity }),
    );
    if (!other) return null;
    try {
      const series = buildTimeline(other.view, [], { project: shown.kind === 'project' ? shown.key : null, mode: 'combined' }).series[0];
      if (!series) return null;
      const scale = (v: number | null) => (v === null ? null : v * other.basis.scale);
      return {
        series: { ...series, budget: scale(series.budget), points: series.points.map((p) => ({ ...p, amount: scale(p.amount) })) },
        year: other.basis.year,
        kind: other.basis.kind,
      };
    } catch (error) {
      if (error instanceof ViewError) return null;
      throw error;
    }
  }

  protected override defaultHeading(view: TimelineView, dataset: BudgetDataset): string {
    const single = view.series.length === 1 && view.series[0].kind === 'project' ? view.series[0] : null;
    const unit = this.scale === 'percent' ? this.t('percentOfBudget') : unitLabel(view.unit, this.language);
    return this.t('heading_timeline', { year: dataset.meta.year, scope: single ? single.name : this.t('allProjects'), unit });
  }

  protected override isEmpty(view: TimelineView): boolean {
    return view.series.length === 0 || view.months.length === 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (['project', 'mode', 'scale', 'entity'].some((p) => changed.has(p as keyof this))) this.marks.reset();
    super.willUpdate(changed);
  }

  private todayDate(): Date {
    if (!this.today) return new Date();
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(this.today);
    return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : new Date(NaN);
  }

  private seriesName(series: TimelineSeries): string {
    if (series.kind === 'combined') return this.t('combinedPlan', { count: series.projectCodes.length });
    if (series.kind === 'others') return this.t('otherProjects', { count: series.projectCodes.length });
    return series.name;
  }

  private valueText(mark: { point: { amount: number | null; share: number | null } }, unit: string): string {
    const lang = this.language;
    const amount = mark.point.amount === null ? '' : formatAmountWithUnit(mark.point.amount, unit, lang);
    return mark.point.share === null ? amount : `${amount}, ${this.t('shareOfBudget')} ${formatShare(mark.point.share, lang)}`;
  }

  /** Flags per series key and checkpoint, indexed once per view (thousands of flags × points otherwise). */
  private flagIndex = new WeakMap<TimelineView, Map<string, PlanFlag[]>>();

  /** Flags that point at this mark: its series covers the project and the flag names this checkpoint. */
  private flagsAt(view: TimelineView, mark: PointMark): PlanFlag[] {
    let index = this.flagIndex.get(view);
    if (!index) {
      index = new Map();
      for (const series of view.series) {
        const codes = new Set(series.projectCodes);
        // Blanks are not marked: a project line shows them as a gap or a hollow point, a sum counts
        // them as no new spending and says so in its tooltip.
        for (const flag of view.flags) {
          if (flag.kind === 'blank' || !codes.has(flag.projectCode)) continue;
          for (const month of flag.months) {
            const key = `${series.key}|${month}`;
            const list = index.get(key);
            list ? list.push(flag) : index.set(key, [flag]);
          }
        }
      }
      this.flagIndex.set(view, index);
    }
    return index.get(`${mark.series.key}|${mark.point.month}`) ?? [];
  }

  /** A flag in words, without the project name. */
  private flagText(flag: PlanFlag, unit: string): string {
    const lang = this.language;
    const money = (v: number | null) => (v === null ? '—' : formatAmountWithUnit(v, unit, lang));
    const params = {
      planned: money(flag.planned),
      budget: money(flag.budget),
      share: flag.lateShare === undefined ? '' : formatShare(flag.lateShare, lang),
      label: flag.labels?.[0] ?? '',
      from: flag.labels?.[0] ?? '',
      to: flag.labels?.[1] ?? '',
      labels: (flag.labels ?? []).join(this.t('listSeparator')),
      how: (flag.fills ?? []).includes('gap') ? this.t('howGap') : this.t('howCarried'),
    };
    return this.t(`flag_${flag.kind}` as const, params);
  }

  private markLabel(view: TimelineView, mark: PointMark): string {
    const flags = this.flagsAt(view, mark);
    const blank = mark.point.fill === 'carried' ? ` (${this.t('blankCarried')})` : '';
    return `${this.seriesName(mark.series)}, ${mark.point.label}: ${this.t('planned')} ${this.valueText(mark, view.unit)}${blank}${flags.length ? `. ⚠ ${this.someFlags(flags, view.unit).join('; ')}` : ''}`;
  }

  /** The first few flags in words, then how many more. */
  private someFlags(flags: PlanFlag[], unit: string): string[] {
    const named = flags.slice(0, POINT_FLAGS).map((f) => `${f.projectName}: ${this.flagText(f, unit)}`);
    return flags.length > POINT_FLAGS ? [...named, this.t('andMoreFlags', { count: flags.length - POINT_FLAGS })] : named;
  }

  private selectMark(mark: PointMark): void {
    const series = mark.series;
    if (series.kind === 'project') {
      this.selectProject(series.key, series.name, series.budget);
      return;
    }
    this.emit('budget-select', {
      kind: 'checkpoint',
      month: mark.point.month,
      label: mark.point.label,
      name: this.seriesName(series),
      amount: mark.point.amount ?? undefined,
      projects: mark.point.contributors.map((c) => c.code),
    });
  }

  private selectProject(code: string, name: string, budget: number | null): void {
    this.emit('budget-select', { kind: 'project', code, name, amount: budget ?? undefined });
  }

  protected renderChart(view: TimelineWidgetView): TemplateResult {
    const lang = this.language;
    const scale: TimelineScale = this.scale === 'percent' ? 'percent' : 'amount';
    const layout = layoutTimeline(view, { width: this.chartSize.width, height: this.chartSize.height, scale, labels: view.series.length > 1, overlay: view.overlay?.series });
    this.points = layout.points;
    const overlayName = view.overlay ? this.t('overlayPlan', { year: view.overlay.year, kind: this.t(`kind_${view.overlay.kind}` as const) }) : '';
    const active = this.marks.active;
    const today = todayMonth(this.todayDate(), view.year);
    const hovered = this.marks.hovered ?? null;
    const tick = (v: number) => (scale === 'percent' ? `${v}%` : formatAmount(v, lang).replace(/\.00$/, ''));
    const { plot } = layout;
    const flagged = flagsByProject(view.flags);
    const fills = new Set(view.series.flatMap((s) => s.points.map((p) => p.fill)));
    const sumBlanks = view.series.some((s) => s.kind !== 'project' && s.points.some((p) => p.blanks));
    return html`<div class="chart" part="chart">
        <svg role="group" aria-label=${this.t('timelineLabel', { name: view.entity.name, count: this.points.length })} @keydown=${this.marks.keydown} @pointerleave=${this.marks.leave}>
          <g class="axis" aria-hidden="true">
            ${layout.yTicks.map((v) => svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${layout.y(v)} y2=${layout.y(v)}></line>
              <text x=${plot.left - 6} y=${layout.y(v)} dy="0.32em" text-anchor="end">${tick(v)}</text>`)}
            ${layout.monthLabels.map((m) => svg`<text x=${layout.x(m)} y=${plot.bottom + 18} text-anchor="middle">${view.labels[m]}</text>`)}
            <text class="unit" x=${plot.left - 6} y=${plot.top - UNIT_ABOVE} text-anchor="end">${scale === 'percent' ? '%' : unitLabel(view.unit, lang)}</text>
          </g>
          <g class="references" aria-hidden="true">
            ${layout.budgetValue !== null
              ? svg`<line class="budget" x1=${plot.left} x2=${plot.right} y1=${layout.y(layout.budgetValue)} y2=${layout.y(layout.budgetValue)}></line>
                <text class="reference-label" x=${plot.left + 4} y=${layout.y(layout.budgetValue) - 4}>${this.t('budgetLine')} ${scale === 'percent' ? '100%' : formatAmount(layout.budgetValue, lang)}</text>`
              : nothing}
            ${layout.evenPacePath ? svg`<path class="pace" d=${layout.evenPacePath}></path>` : nothing}
            ${today !== null
              ? svg`<line class="today" x1=${layout.x(today)} x2=${layout.x(today)} y1=${plot.top} y2=${plot.bottom}></line>
                <text class="reference-label" x=${layout.x(today) + 4} y=${plot.bottom - 4}>${this.t('today')}</text>`
              : nothing}
          </g>
          <g class="lines" aria-hidden="true">
            ${layout.overlayPath ? svg`<path class="overlay" d=${layout.overlayPath}></path>` : nothing}
            ${layout.lines.map(
              (l, i) => svg`<path class="line ${this.seriesClass(l.series, i)}" d=${l.path}></path>
                ${view.series.length > 1 ? svg`<text class="series-label ${this.seriesClass(l.series, i)}" x=${plot.right + 6} y=${l.labelY} dy="0.32em">${fitText(this.seriesName(l.series), layout.width - plot.right - 8, 12)}</text>` : nothing}`,
            )}
          </g>
          <g class="points">
            ${this.points.map((mark, i) => {
              const flagged = this.flagsAt(view, mark).length > 0;
              return svg`<g
                class="mark point ${this.seriesClass(mark.series, mark.seriesIndex)} ${mark.point.fill === 'carried' ? 'carried' : ''} ${i === active ? 'active' : ''} ${flagged ? 'flagged' : ''}"
                role="button"
                tabindex=${i === active ? 0 : -1}
                aria-label=${this.markLabel(view, mark)}
                data-series=${mark.series.key}
                data-month=${mark.point.month}
                @click=${() => this.marks.click(i)}
                @pointerenter=${() => this.marks.enter(i)}
                @focus=${() => this.marks.focus(i)}
              >
                <circle class="hit" cx=${mark.x} cy=${mark.y} r="12"></circle>
                <circle class="dot" cx=${mark.x} cy=${mark.y} r="5"></circle>
                ${flagged ? svg`<path class="flag-marker" aria-hidden="true" d="M${mark.x} ${Math.max(plot.top, mark.y - 20)} l6 10 h-12 z"></path>` : nothing}
              </g>`;
            })}
          </g>
        </svg>
        ${hovered ? this.renderTooltip(view, hovered) : nothing}
      </div>
      <ul class="legend" part="legend">
        ${view.series.length > 1
          ? view.series.map((s, i) => html`<li><span class="swatch ${this.seriesClass(s, i)}" aria-hidden="true"></span>${this.seriesName(s)}</li>`)
          : nothing}
        ${layout.budgetValue !== null ? html`<li><span class="key budget" aria-hidden="true"></span>${this.t('budgetLine')}</li>` : nothing}
        ${layout.evenPacePath ? html`<li><span class="key pace" aria-hidden="true"></span>${this.t('evenPace')}</li>` : nothing}
        ${layout.overlayPath ? html`<li><span class="key overlay" aria-hidden="true"></span>${overlayName}</li>` : nothing}
        ${today !== null ? html`<li><span class="key today" aria-hidden="true"></span>${this.t('today')}</li>` : nothing}
        ${this.points.some((mark) => this.flagsAt(view, mark).length)
          ? html`<li><svg class="key-flag" viewBox="0 0 12 10" aria-hidden="true"><path d="M6 0 l6 10 h-12 z"></path></svg>${this.t('legendFlag')}</li>`
          : nothing}
        ${fills.has('carried') ? html`<li class="note">${this.t('legendCarried')}</li>` : nothing}
        ${fills.has('gap') ? html`<li class="note">${this.t('legendGap')}</li>` : nothing}
        ${sumBlanks ? html`<li class="note">${this.t('legendSum')}</li>` : nothing}
      </ul>
      ${this.renderFlags(view, flagged)}`;
  }

  /**
   * The plans to look at: those that miss their budget, decrease or come late first, then, folded,
   * those whose only note is a blank checkpoint (many documents leave early checkpoints blank).
   * When the combined plan ends above the budget, says which plans make it so.
   */
  private renderFlags(view: TimelineWidgetView, flagged: ReturnType<typeof flagsByProject>): TemplateResult | typeof nothing {
    if (!flagged.length) return nothing;
    const misses = flagged.filter((p) => p.flags.some((f) => f.kind !== 'blank'));
    const blanksOnly = flagged.filter((p) => p.flags.every((f) => f.kind === 'blank'));
    const item = ({ code, name, budget, flags }: (typeof flagged)[number]) => html`<li class="flagged-project" data-project=${code} data-kinds=${flags.map((f) => f.kind).join(' ')}>
      <button type="button" @click=${() => this.selectProject(code, name, budget)}>${name}</button>:
      ${flags.map((f) => this.flagText(f, view.unit)).join(this.language === 'en' ? '; ' : '；')}
    </li>`;
    return html`<section class="flags" part="flags">
      ${this.renderWhyAbove(view)}
      ${misses.length
        ? html`<h3>${this.t('flagsHeading', { count: misses.length })}</h3>
            <ul>
              ${(this.allFlagsShown ? misses : misses.slice(0, LISTED_FLAGS)).map(item)}
            </ul>
            ${misses.length > LISTED_FLAGS
              ? html`<button type="button" class="show-all" aria-expanded=${this.allFlagsShown ? 'true' : 'false'} @click=${() => (this.allFlagsShown = !this.allFlagsShown)}>
                  ${this.allFlagsShown ? this.t('showFewerFlags', { count: LISTED_FLAGS }) : this.t('showAllFlags', { count: misses.length })}
                </button>`
              : nothing}`
        : nothing}
      ${blanksOnly.length
        ? html`<details class="blank-flags">
            <summary>${this.t('blankFlagsHeading', { count: blanksOnly.length })}</summary>
            <ul>
              ${blanksOnly.map(item)}
            </ul>
          </details>`
        : nothing}
    </section>`;
  }

  /** Why the combined plan ends above the budget, in words: the plans that end above theirs. */
  private renderWhyAbove(view: TimelineWidgetView): TemplateResult | typeof nothing {
    const combined = view.series.length === 1 && view.series[0]!.kind === 'combined' ? view.series[0]! : null;
    const last = combined?.points.at(-1)?.amount ?? null;
    if (!combined || combined.budget === null || last === null || last <= combined.budget + 0.005) return nothing;
    const lang = this.language;
    const above = view.flags.filter((f) => f.kind === 'ends-above-budget' && f.planned !== null && f.budget !== null);
    return html`<p class="why-above" part="note">
      ${this.t('whyAbove', {
        planned: formatAmount(last, lang),
        budget: formatAmount(combined.budget, lang),
        excess: formatAmount(last - combined.budget, lang),
        projects: above.length ? above.map((f) => `${f.projectName} ${formatAmount(f.planned! - f.budget!, lang)}`).join(this.t('listSeparator')) : this.t('whyAboveUnknown'),
      })}
    </p>`;
  }

  private seriesClass(series: TimelineSeries, index: number): string {
    return series.kind === 'others' ? 'others' : `s${index % 6}`;
  }

  private renderTooltip(view: TimelineView, mark: PointMark): TemplateResult {
    const contributors = mark.point.contributors;
    const flags = this.flagsAt(view, mark);
    return html`<div class="tooltip" part="tooltip" role="presentation">
      <strong>${this.seriesName(mark.series)}</strong><br />
      ${mark.point.label}: ${this.valueText(mark, view.unit)}
      ${mark.point.fill === 'carried' ? html`<br />${this.t('blankCarried')}` : nothing}
      ${mark.point.blanks && mark.series.kind !== 'project' ? html`<br />${this.t('blanksInSum', { count: mark.point.blanks })}` : nothing}
      ${mark.series.kind !== 'project' && contributors.length
        ? html`<br />${this.t('behindPoint')}: ${contributors
              .slice(0, TOOLTIP_CONTRIBUTORS)
              .map((c) => `${c.name} ${formatAmount(c.increment, this.language)}`)
              .join(this.language === 'en' ? '; ' : '；')}${contributors.length > TOOLTIP_CONTRIBUTORS ? ` ${this.t('andMore', { count: contributors.length - TOOLTIP_CONTRIBUTORS })}` : ''}`
        : nothing}
      ${this.someFlags(flags, view.unit).map((text) => html`<br /><span class="tip-flag">⚠ ${text}</span>`)}
    </div>`;
  }

  protected override renderTable(view: TimelineWidgetView): TemplateResult {
    const lang = this.language;
    const scale: TimelineScale = this.scale === 'percent' ? 'percent' : 'amount';
    const single = view.series.length === 1 ? view.series[0] : null;
    const overlay = view.overlay;
    // The other plan at the same checkpoint; its own checkpoints may differ ('—' then).
    const overlayCell = (month: number) => {
      const index = overlay?.series.points.findIndex((p) => p.month === month) ?? -1;
      return index < 0 ? '—' : cell(overlay!.series, index);
    };
    const cell = (series: TimelineSeries, index: number) => {
      const point = series.points[index];
      if (point.fill === 'gap') return this.t('blankGap');
      const value = plotted(point, scale);
      const text = value === null ? '—' : scale === 'percent' ? formatShare(value / 100, lang) : formatAmount(value, lang);
      return point.fill === 'carried' ? `${text} (${this.t('blankCarried')})` : text;
    };
    return html`<table>
      <caption>${this.t('timelineCaption', { name: single && single.kind === 'project' ? single.name : view.entity.name, unit: scale === 'percent' ? this.t('percentOfBudget') : unitLabel(view.unit, lang) })}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t('checkpoint')}</th>
          ${view.series.map((s) => html`<th scope="col" class="num">${this.seriesName(s)}</th>`)}
          ${single ? html`<th scope="col" class="num">${this.t('evenPace')}</th>` : nothing}
          ${overlay ? html`<th scope="col" class="num">${this.t('overlayPlan', { year: overlay.year, kind: this.t(`kind_${overlay.kind}` as const) })}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${view.months.map(
          (month, index) => html`<tr>
            <th scope="row">${view.labels[month]}</th>
            ${view.series.map((s) => html`<td class="num">${cell(s, index)}</td>`)}
            ${single
              ? html`<td class="num">${scale === 'percent' ? formatShare(month / 12, lang) : formatAmount(((single.budget ?? 0) * month) / 12, lang)}</td>`
              : nothing}
            ${overlay ? html`<td class="num">${overlayCell(month)}</td>` : nothing}
          </tr>`,
        )}
        <tr>
          <th scope="row">${this.t('budgetLine')}</th>
          ${view.series.map((s) => html`<td class="num">${s.budget === null ? '—' : scale === 'percent' ? formatShare(1, lang) : formatAmount(s.budget, lang)}</td>`)}
          ${single ? html`<td></td>` : nothing}
          ${overlay ? html`<td class="num">${overlay.series.budget === null ? '—' : scale === 'percent' ? formatShare(1, lang) : formatAmount(overlay.series.budget, lang)}</td>` : nothing}
        </tr>
      </tbody>
    </table>`;
  }
}

/** Flags grouped per project, in the order the projects first appear. */
function flagsByProject(flags: PlanFlag[]): { code: string; name: string; budget: number | null; flags: PlanFlag[] }[] {
  const byCode = new Map<string, { code: string; name: string; budget: number | null; flags: PlanFlag[] }>();
  for (const flag of flags) {
    let entry = byCode.get(flag.projectCode);
    if (!entry) byCode.set(flag.projectCode, (entry = { code: flag.projectCode, name: flag.projectName, budget: flag.budget, flags: [] }));
    entry.flags.push(flag);
  }
  return [...byCode.values()];
}
