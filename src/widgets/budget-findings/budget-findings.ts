import { html, nothing, type TemplateResult } from 'lit';
import { BudgetElement } from '../../base/budget-element.js';
import { describeCheck, ruleName, SEVERITY_NAMES } from '../../data/check-text.js';
import type { CheckRule, CheckSeverity } from '../../data/checks.js';
import { toCsv } from '../../data/csv.js';
import { findingsView, precomputedFailedChecks, type Finding, type FindingsView } from '../../data/findings.js';
import { precomputedViews } from '../../data/views.js';
import type { BudgetDataset } from '../../model/schema.js';
import { findingsStyles } from './styles.js';

const SEVERITIES: CheckSeverity[] = ['certain', 'likely', 'note'];

/**
 * What the document's own arithmetic and rules give away, in sentences: each finding of the
 * consistency checks grouped by severity (确定, 疑似), then by rule, with its table, row, page or
 * line and the printed figures it compares marked. A finding the department and its 本级 unit share
 * is said once. Filters by severity, rule and table; exports CSV and JSON; prints.
 *
 * @summary The consistency findings of a budget document, for people.
 * @tag budget-findings
 *
 * @fires budget-load - The dataset loaded and validated; `detail: { dataset, src }`.
 * @fires budget-error - Loading or reading the data failed; `detail: { message, src, problems? }`.
 * @fires budget-select - The reader asked to see a finding in the charts; `detail: { kind: "finding", rule, severity, table, name, code?, line?, page?, figures }` (`code` is the project's for plan findings, the row's classification code otherwise; `figures` the two compared).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart status - The loading message.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart empty - The empty-state message.
 * @csspart heading - The heading above the findings.
 * @csspart filters - The severity, rule and table filters.
 * @csspart actions - The export and print buttons.
 * @csspart group - The findings of one severity.
 * @csspart finding - One finding.
 * @csspart evidence - The printed row, plan or sentence a finding is about, its figures marked.
 * @csspart locate - The button that shows a finding in the linked charts.
 *
 * @cssprop [--budget-color-background=#ffffff] - Background.
 * @cssprop [--budget-color-text=#1f2328] - Text colour.
 * @cssprop [--budget-color-text-muted=#57606a] - Secondary text colour.
 * @cssprop [--budget-color-surface=#f6f8fa] - Background of the evidence.
 * @cssprop [--budget-color-border=#d0d7de] - Borders.
 * @cssprop [--budget-color-danger=#b3261e] - Colour of 确定 findings.
 * @cssprop [--budget-color-warning=#8a5300] - Colour of 疑似 findings and of the marked figures' outline.
 * @cssprop [--budget-color-warning-background=#fff4e0] - Background of the marked figures.
 * @cssprop [--budget-color-ok=#1a7f37] - Colour of "no problem found".
 * @cssprop [--budget-font-family=system-ui] - Font family.
 * @cssprop [--budget-font-size=medium] - Base font size; everything scales with it.
 */
export class BudgetFindingsElement extends BudgetElement<FindingsView> {
  static override styles = [...BudgetElement.styles, findingsStyles];

  static override properties = {
    ...BudgetElement.properties,
    severity: { type: String, reflect: true },
    rule: { type: String, reflect: true },
    table: { type: String, reflect: true },
  };

  /** Shows only findings of this severity: "certain" (确定), "likely" (疑似) or "note" (提示). Empty for all. */
  declare severity: CheckSeverity | '';
  /** Shows only findings of this rule (`hierarchy`, `text-vs-table`, …). Empty for all. */
  declare rule: CheckRule | '';
  /** Shows only findings in the table of this title. Empty for all. */
  declare table: string;

  /** Every finding of the current entity, unfiltered: the filters list what there is. */
  private all: FindingsView | null = null;

  constructor() {
    super();
    this.severity = '';
    this.rule = '';
    this.table = '';
  }

  static override choices = {
    severity: { attribute: 'severity', values: SEVERITIES },
  };

  protected override viewProperties(): PropertyKey[] {
    return ['severity', 'rule', 'table'];
  }

  protected buildView(dataset: BudgetDataset): FindingsView {
    const failed = this.viewFrom(
      dataset,
      () => precomputedFailedChecks(dataset, (code) => precomputedViews(dataset, code)) ?? [],
      (layer) => layer.consistencyReport(dataset).checks.filter((c) => !c.ok),
    );
    const severity = SEVERITIES.includes(this.severity as CheckSeverity) ? (this.severity as CheckSeverity) : null;
    this.all = findingsView(dataset, failed, { entity: this.entity });
    return findingsView(dataset, failed, { entity: this.entity, filter: { severity, rule: this.rule || null, table: this.table || null } });
  }

  /** Every finding shown, as CSV (UTF-8 with BOM): severity, rule, sentence, table, row, page, line, the two figures. */
  override toCSV(): string {
    const view = this.view;
    if (!view) return '';
    const lang = this.language;
    const header = (['csvSeverity', 'csvRule', 'csvFinding', 'csvTable', 'csvRow', 'csvPage', 'csvLine', 'csvPrinted', 'csvComputed', 'csvAlsoIn'] as const).map((key) => this.t(key));
    const rows = this.shown(view).map((f) => [
      SEVERITY_NAMES[f.check.severity ?? 'likely'][lang],
      ruleName(f.check.rule, lang),
      describeCheck(f.check, lang),
      f.check.table,
      f.check.row,
      f.check.page ?? '',
      f.check.line ?? '',
      f.check.expected,
      f.check.actual,
      f.alsoIn.map((e) => e.name).join(this.t('listSeparator')),
    ]);
    return toCsv([header, ...rows.map((r) => r.map(String))]);
  }

  /** Every finding shown, as JSON: the checks with their sentence in the element's language. */
  toJSON(): { findings: (Finding['check'] & { sentence: string; alsoIn: Finding['alsoIn'] })[] } {
    const view = this.view;
    return { findings: view ? this.shown(view).map((f) => ({ ...f.check, sentence: describeCheck(f.check, this.language), alsoIn: f.alsoIn })) : [] };
  }

  private shown(view: FindingsView): Finding[] {
    return view.groups.flatMap((g) => g.rules.flatMap((r) => r.findings));
  }

  private download(text: string, type: string, extension: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.view?.entity.name ?? 'findings'}-${this.language === 'en' ? 'findings' : '一致性问题'}.${extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private select(finding: Finding): void {
    const code = finding.project ?? /^\d{3,}/.exec(finding.check.row)?.[0];
    this.emit('budget-select', {
      kind: 'finding',
      rule: finding.check.rule,
      severity: finding.check.severity ?? 'likely',
      table: finding.check.table,
      name: finding.check.row || finding.check.table,
      ...(code ? { code } : {}),
      ...(finding.check.line ? { line: finding.check.line } : {}),
      ...(finding.check.page ? { page: finding.check.page } : {}),
      figures: [finding.check.expected, finding.check.actual],
    });
  }

  private filterControl(label: string, value: string, options: [string, string][], all: string, onChange: (value: string) => void): TemplateResult {
    return html`<label
      >${label}
      <select @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${all}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select></label
    >`;
  }

  private renderFinding(finding: Finding): TemplateResult {
    const lang = this.language;
    const { check } = finding;
    const place = [check.page ? this.t('page', { page: check.page }) : check.line ? this.t('line', { line: check.line }) : ''].filter(Boolean);
    const ownUnit = finding.alsoIn.length > 0 && finding.alsoIn.every((e) => /本级$/.test(e.name));
    const names = ownUnit ? this.t('ownUnit') : finding.alsoIn.map((e) => e.name).join(this.t('listSeparator'));
    const shared = finding.alsoIn.length ? this.t('sameInUnits', { names }) : '';
    return html`<li part="finding" data-severity=${check.severity ?? 'likely'}>
      <p class="sentence">${describeCheck(check, lang)}</p>
      <p class="meta">${[check.table && check.rule !== 'required-table' ? `${this.t('table')}“${check.table}”` : '', ...place, shared].filter(Boolean).join(' · ')}</p>
      ${finding.evidence
        ? html`<p class="evidence" part="evidence">
            <span class="label">${this.t('evidence')}</span>${finding.evidence.cells.map(
              (cell) => html`<span class="cell">${cell.label ? `${this.t('budgetLabel')} ` : cell.prefix ? `${cell.prefix} ` : ''}${cell.marked ? html`<mark>${cell.text}</mark>` : cell.text}</span>`,
            )}
          </p>`
        : nothing}
      <button type="button" class="locate" part="locate" @click=${() => this.select(finding)}>${this.t('locate')}</button>
    </li>`;
  }

  protected renderChart(view: FindingsView): TemplateResult {
    const lang = this.language;
    const all = this.all ?? view;
    const heading = `${this.t('findingsHeading')}`;
    return html`<section aria-labelledby="findings-heading">
      <h2 id="findings-heading" part="heading">${heading}</h2>
      <p class="count" role="status">${this.t('findingsCount', { count: view.count })}</p>
      ${all.count
        ? html`<div class="controls">
            <div role="group" aria-label=${this.t('findingsFilters')} part="filters" class="actions">
              ${this.filterControl(this.t('severity'), this.severity, SEVERITIES.map((s) => [s, SEVERITY_NAMES[s][lang]]), this.t('allSeverities'), (v) => (this.severity = v as CheckSeverity | ''))}
              ${this.filterControl(this.t('rule'), this.rule, all.rules.map((r) => [r, ruleName(r, lang)]), this.t('allRules'), (v) => (this.rule = v as CheckRule | ''))}
              ${this.filterControl(this.t('table'), this.table, all.tables.map((t) => [t, t]), this.t('allTables'), (v) => (this.table = v))}
            </div>
            <div class="actions" part="actions">
              <button type="button" @click=${() => this.download(this.toCSV(), 'text/csv;charset=utf-8', 'csv')}>${this.t('exportCsv')}</button>
              <button type="button" @click=${() => this.download(JSON.stringify(this.toJSON(), null, 2), 'application/json', 'json')}>${this.t('exportJson')}</button>
              <button type="button" @click=${() => window.print()}>${this.t('print')}</button>
            </div>
          </div>`
        : nothing}
      ${!all.count ? html`<p class="none">${this.t('findingsNone')}</p>` : !view.count ? html`<p>${this.t('findingsNoneFiltered')}</p>` : nothing}
      ${view.groups.map(
        (group) => html`<section part="group">
          <h3 data-severity=${group.severity}>${this.t('severityCount', { severity: SEVERITY_NAMES[group.severity][lang], count: group.count })}</h3>
          ${group.rules.map(
            (ruleGroup) => html`<h4>${ruleName(ruleGroup.rule, lang)}</h4>
              <ol>
                ${ruleGroup.findings.map((f) => this.renderFinding(f))}
              </ol>`,
          )}
        </section>`,
      )}
    </section>`;
  }
}
