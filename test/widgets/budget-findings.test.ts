import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/widgets/budget-findings/define.js';
import type { BudgetFindingsElement } from '../../src/widgets/budget-findings/budget-findings.js';
import { clearDatasetCache } from '../../src/base/load.js';
import { clone, sampleDataset } from '../helpers/sample.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const findings = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="finding"]')];

describe('<budget-findings>', () => {
  afterEach(() => clearDatasetCache());

  it('says each finding once, in a sentence with the project code, grouped by severity and rule, 本级单位同 marked', async () => {
    const el = await fixture<BudgetFindingsElement>(html`<budget-findings .data=${await sampleDataset()}></budget-findings>`);
    // The department and its 本级 unit print the same two plans: four failed checks, two findings.
    expect(findings(el)).to.have.length(2);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('疑似（2）');
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('支出计划年末数与项目预算');
    const sentences = findings(el).map((f) => f.querySelector('.sentence')!.textContent);
    expect(sentences).to.include('项目“党员干部培训教育经费”（13091124P00527310002H）的资金支出计划合计 40.00 万元，比预算 50.00 万元少 10.00 万元。');
    for (const f of findings(el)) expect(f.querySelector('.meta')!.textContent).to.match(/本级单位同/);
  });

  it('shows the evidence from the dataset, the two figures marked', async () => {
    const el = await fixture<BudgetFindingsElement>(html`<budget-findings .data=${await sampleDataset()}></budget-findings>`);
    const training = findings(el).find((f) => /党员干部培训/.test(f.textContent!))!;
    const marked = [...training.querySelectorAll('[part="evidence"] mark')].map((m) => m.textContent);
    expect(marked).to.include('50');
    expect(marked).to.include('40');
    expect(training.querySelector('[part="evidence"]')!.textContent).to.match(/预算/);
  });

  it('filters by severity, rule and table, and says when nothing matches', async () => {
    const el = await fixture<BudgetFindingsElement>(html`<budget-findings severity="certain" .data=${await sampleDataset()}></budget-findings>`);
    expect(findings(el)).to.have.length(0);
    expect(text(el)).to.match(/没有符合筛选条件的问题/);
    el.severity = '';
    el.rule = 'plan-ends-at-budget';
    await el.updateComplete;
    expect(findings(el)).to.have.length(2);
    const select = el.shadowRoot!.querySelectorAll('select')[1] as HTMLSelectElement;
    expect(select.value).to.equal('plan-ends-at-budget');
  });

  it('fires budget-select naming the project, so linked widgets follow', async () => {
    const el = await fixture<BudgetFindingsElement>(html`<budget-findings .data=${await sampleDataset()}></budget-findings>`);
    const training = findings(el).find((f) => /党员干部培训/.test(f.textContent!))!;
    const selected = oneEvent(el, 'budget-select');
    training.querySelector<HTMLButtonElement>('[part="locate"]')!.click();
    const { detail } = await selected;
    expect(detail).to.include({ kind: 'finding', rule: 'plan-ends-at-budget', code: '13091124P00527310002H', name: '党员干部培训教育经费' });
  });

  it('exports CSV and JSON of what is shown', async () => {
    const el = await fixture<BudgetFindingsElement>(html`<budget-findings .data=${await sampleDataset()}></budget-findings>`);
    const csv = el.toCSV().replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(csv).to.have.length(3);
    expect(csv[0]).to.match(/^严重程度,规则,问题/);
    const json = JSON.parse(JSON.stringify(el));
    expect(json.findings.map((f: { project: string }) => f.project)).to.include('13091124P00527310002H');
  });

  it('says so when every check passes', async () => {
    const dataset = clone(await sampleDataset());
    for (const entity of dataset.entities) entity.projects = [];
    const el = await fixture<BudgetFindingsElement>(html`<budget-findings .data=${dataset}></budget-findings>`);
    expect(text(el)).to.match(/未发现问题/);
  });

  it('speaks English with lang="en", and passes axe in light and dark themes', async () => {
    const el = await fixture<BudgetFindingsElement>(html`<budget-findings lang="en" .data=${await sampleDataset()}></budget-findings>`);
    expect(text(el)).to.match(/Project “党员干部培训教育经费” \(13091124P00527310002H\): its disbursement plan adds up to 40.00 万元, 10.00 万元 less than its budget of 50.00 万元/);
    await expect(el).shadowDom.to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).shadowDom.to.be.accessible();
  });
});
