import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/budget-balance/define.js';
import type { BudgetBalanceElement } from '../../src/widgets/budget-balance/budget-balance.js';
import type { BudgetDataset } from '../../src/model/schema.js';
import { clearDatasetCache } from '../../src/base/load.js';
import { mountChart } from '../helpers/mount.js';
import { clone, sampleDataset } from '../helpers/sample.js';

const segments = (el: BudgetBalanceElement) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.segment')];
const labels = (el: BudgetBalanceElement) => segments(el).map((s) => s.getAttribute('aria-label'));
const totals = (el: BudgetBalanceElement) =>
  Object.fromEntries([...el.shadowRoot!.querySelectorAll('.totals div')].map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()]));

const mount = (dataset: BudgetDataset, attributes: Record<string, string> = {}, width = 700) =>
  mountChart<BudgetBalanceElement>('budget-balance', dataset, attributes, width);

describe('<budget-balance>', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });
  afterEach(() => clearDatasetCache());

  it('shows income 2654.52 against expenditure 2654.52 and the four non-empty classes', async () => {
    const el = await mount(dataset);
    expect(totals(el)).to.include({ 本年收入合计: '2,654.52', 本年支出合计: '2,654.52', 收支差额: '0.00', 单位: '万元' });
    expect(labels(el)).to.deep.equal([
      '收入: 一般公共预算拨款收入, 2,654.52 万元, 100.0%',
      '支出: 一般公共服务支出, 98.00 万元, 3.7%',
      '支出: 社会保障和就业支出, 2,213.24 万元, 83.4%',
      '支出: 卫生健康支出, 340.00 万元, 12.8%',
      '支出: 农林水支出, 3.28 万元, 0.1%',
    ]);
    expect(el.shadowRoot!.querySelector('[part="warning"]')).to.equal(null);
    // One scale: both bars are the same length when the sides balance.
    const span = (side: string) => segments(el).filter((s) => s.classList.contains(side)).reduce((w, s) => w + Number(s.querySelector('rect')!.getAttribute('width')), 0);
    expect(span('income')).to.be.closeTo(span('expenditure'), 0.5);
  });

  it('warns when the sides differ', async () => {
    const bad = clone(dataset);
    const summary = bad.entities[0].tables.find((t) => t.kind === 'summary')!;
    summary.rows.find((r) => r.cells.expenditureItem === '支出总计')!.cells.expenditureAmount = 2600;
    const el = await mount(bad);
    const warning = el.shadowRoot!.querySelector('[part="warning"]')!;
    expect(warning.textContent).to.contain('收入总计与支出总计');
    expect(warning.textContent).to.contain('2,654.52 万元');
  });

  it('draws the fiscal table and each split', async () => {
    const el = await mount(dataset, { table: 'fiscal' });
    expect(totals(el)['本年收入合计']).to.equal('2,654.52');
    el.split = 'nature';
    await el.updateComplete;
    expect(labels(el).slice(1)).to.deep.equal(['支出: 基本支出, 9.90 万元, 0.4%', '支出: 项目支出, 2,644.62 万元, 99.6%']);
    el.split = 'economic';
    await el.updateComplete;
    expect(labels(el).slice(1)).to.deep.equal(['支出: 商品和服务支出, 9.90 万元, 0.4%']);
  });

  it('fires budget-select with the class code, by mouse and by keyboard', async () => {
    const el = await mount(dataset);
    const clicked = oneEvent(el, 'budget-select');
    segments(el)[2].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await clicked).detail).to.deep.include({ kind: 'expenditure', code: '208', name: '社会保障和就业支出', amount: 2213.24 });
    segments(el).find((s) => s.getAttribute('tabindex') === '0')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const pressed = oneEvent(el, 'budget-select');
    await sendKeys({ press: 'Enter' });
    expect((await pressed).detail).to.deep.include({ kind: 'expenditure', code: '213' });
    expect(el.shadowRoot!.querySelector('.tooltip')!.textContent).to.contain('农林水支出');
  });

  it('lists the template rows with no budget in the table alternative', async () => {
    const el = await mount(dataset);
    const rows = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.deep.include(['支出', '外交支出', '无预算', '']);
    expect(rows).to.deep.include(['支出', '社会保障和就业支出', '2,213.24', '83.4%']);
    expect(rows.filter((r) => r[2] !== '无预算')).to.have.length(5);
  });

  it('turns vertical on a narrow screen', async () => {
    const el = await mount(dataset, {}, 320);
    expect(el.shadowRoot!.querySelector('.chart')!.classList.contains('vertical')).to.equal(true);
    const rects = segments(el).map((s) => s.querySelector('rect')!);
    const income = rects[0];
    expect(Number(income.getAttribute('height'))).to.be.greaterThan(Number(income.getAttribute('width')));
  });

  it('speaks English and shows an error for a bad src', async () => {
    const el = await mount(dataset, { lang: 'en' });
    expect(labels(el)[0]).to.equal('Income: 一般公共预算拨款收入, 2,654.52 10k CNY, 100.0%');
    const broken = await fixture<BudgetBalanceElement>(html`<budget-balance src="/nowhere.json"></budget-balance>`);
    await oneEvent(broken, 'budget-error');
    await broken.updateComplete;
    expect(broken.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('404');
  });

  it('shows the empty state when neither side has an amount', async () => {
    const empty = clone(dataset);
    for (const row of empty.entities[0].tables.find((t) => t.kind === 'summary')!.rows) {
      row.cells.incomeAmount = null;
      row.cells.expenditureAmount = null;
    }
    const el = await fixture<BudgetBalanceElement>(html`<budget-balance .data=${empty}></budget-balance>`);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('暂无数据');
    expect(segments(el)).to.have.length(0);
  });

  it('passes axe in light and dark themes', async () => {
    const el = await mount(dataset);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
