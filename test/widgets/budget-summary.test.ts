import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/widgets/budget-summary/define.js';
import type { BudgetSummaryElement } from '../../src/widgets/budget-summary/budget-summary.js';
import { clearDatasetCache } from '../../src/base/load.js';
import { clone, SAMPLE_JSON_URL, sampleDataset } from '../helpers/sample.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const figures = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="figure"]')].map((f) => [f.querySelector('dt')!.textContent!.trim(), f.querySelector('.value')!.textContent!.trim()]);

describe('<budget-summary> (the shared widget contract)', () => {
  afterEach(() => clearDatasetCache());

  it('loads from src, fires budget-load and shows the sample figures', async () => {
    const el = await fixture<BudgetSummaryElement>(html`<budget-summary></budget-summary>`);
    const loaded = oneEvent(el, 'budget-load');
    el.src = SAMPLE_JSON_URL;
    const event = await loaded;
    expect(event.detail.src).to.equal(SAMPLE_JSON_URL);
    await el.updateComplete;
    expect(figures(el)).to.deep.equal([
      ['本年收入合计', '2,654.52'],
      ['本年支出合计', '2,654.52'],
      ['收支差额', '0.00'],
      ['基本支出', '9.90'],
      ['项目支出', '2,644.62'],
      ['项目', '27'],
    ]);
    expect(shadowText(el)).to.match(/收支平衡/);
    expect(shadowText(el)).to.match(/412 项一致性校验通过 · 2 项一致性校验未通过/);
  });

  it('shows a unit with entity, and English with lang="en"', async () => {
    const el = await fixture<BudgetSummaryElement>(html`<budget-summary entity="313001" lang="en" .data=${await sampleDataset()}></budget-summary>`);
    expect(shadowText(el)).to.match(/中共河北沧州经济开发区工委组织人事部本级 · 2024/);
    expect(figures(el)[0]).to.deep.equal(['Total income', '2,654.52']);
    expect(shadowText(el)).to.match(/Unit: 10k CNY/);
  });

  it('inherits lang from the page', async () => {
    const wrapper = await fixture(html`<div lang="en"><budget-summary .data=${await sampleDataset()}></budget-summary></div>`);
    const el = wrapper.querySelector('budget-summary')!;
    await el.updateComplete;
    expect(figures(el)[1][0]).to.equal('Total expenditure');
  });

  it('shows a readable error for a missing file and fires budget-error', async () => {
    const el = await fixture<BudgetSummaryElement>(html`<budget-summary></budget-summary>`);
    const failed = oneEvent(el, 'budget-error');
    el.src = '/data/samples/missing.json';
    const event = await failed;
    expect(event.detail.message).to.match(/无法加载 \/data\/samples\/missing\.json：服务器返回 HTTP 404 错误/);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.match(/404/);
  });

  it('shows what is wrong with an invalid dataset, with its path', async () => {
    const bad = clone(await sampleDataset()) as any;
    bad.meta.year = 'soon';
    const el = await fixture<BudgetSummaryElement>(html`<budget-summary .data=${bad}></budget-summary>`);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.match(/\$\.meta\.year/);
  });

  it('keeps the last good data on screen when a new load fails', async () => {
    const el = await fixture<BudgetSummaryElement>(html`<budget-summary src=${SAMPLE_JSON_URL}></budget-summary>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="figures"]'), 'sample did not render');
    el.src = '/package.json?not-a-dataset';
    await oneEvent(el, 'budget-error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/不是有效的预算数据集/);
    expect(figures(el)[0]).to.deep.equal(['本年收入合计', '2,654.52']);
    expect(shadowText(el)).to.match(/仍显示上次成功加载的数据/);
  });

  it('shows the newest src when responses arrive out of order', async () => {
    const el = await fixture<BudgetSummaryElement>(html`<budget-summary></budget-summary>`);
    el.src = '/data/samples/missing.json';
    el.src = SAMPLE_JSON_URL;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="figures"]'), 'sample did not render');
    await new Promise((r) => setTimeout(r, 100));
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('says how to give it data when it has none, and names an unknown entity', async () => {
    const el = await fixture<BudgetSummaryElement>(html`<budget-summary></budget-summary>`);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.match(/src/);
    el.data = await sampleDataset();
    el.entity = '999';
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/999/);
  });

  it('renders data strings as text, never as markup', async () => {
    const hostile = clone(await sampleDataset());
    hostile.entities[0].name = '<img src=x onerror="window.__pwned=1">部门';
    const el = await fixture<BudgetSummaryElement>(html`<budget-summary .data=${hostile}></budget-summary>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(el)).to.include('<img src=x');
  });

  it('passes axe in light and dark themes', async () => {
    const data = await sampleDataset();
    const light = await fixture<BudgetSummaryElement>(html`<budget-summary .data=${data}></budget-summary>`);
    await expect(light).to.be.accessible();
    const dark = await fixture<BudgetSummaryElement>(html`<budget-summary theme="dark" .data=${data}></budget-summary>`);
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(22, 27, 34)');
    await expect(dark).to.be.accessible();
  });
});
