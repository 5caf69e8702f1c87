import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/budget-treemap/define.js';
import type { BudgetTreemapElement } from '../../src/widgets/budget-treemap/budget-treemap.js';
import { colorIndexOf, layoutTreemap } from '../../src/widgets/budget-treemap/layout.js';
import { clearDatasetCache } from '../../src/base/load.js';
import { mountChart } from '../helpers/mount.js';
import type { BudgetDataset } from '../../src/model/schema.js';
import { sampleDataset } from '../helpers/sample.js';

const cells = (el: BudgetTreemapElement) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.cell')];
const codes = (el: BudgetTreemapElement) => cells(el).map((c) => c.dataset.code).sort();
const cell = (el: BudgetTreemapElement, code: string) => el.shadowRoot!.querySelector<SVGGElement>(`.cell[data-code="${code}"]`)!;

const mount = (dataset: BudgetDataset, attributes: Record<string, string> = {}, width = 640) =>
  mountChart<BudgetTreemapElement>('budget-treemap', dataset, attributes, width);

describe('<budget-treemap>', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });
  afterEach(() => clearDatasetCache());

  it('shows the top-level classes of the 支出总表 with their amounts', async () => {
    const el = await mount(dataset);
    expect(codes(el)).to.deep.equal(['201', '208', '210', '213']);
    expect(cell(el, '208').getAttribute('aria-label')).to.equal('208 社会保障和就业支出, 2,213.24 万元, 占上级 83.4%, 占总额 83.4%');
    expect(cell(el, '201').getAttribute('aria-label')).to.contain('98.00 万元');
    expect(cell(el, '210').getAttribute('aria-label')).to.contain('340.00 万元');
    // 213 (3.28 of 2654.52) is too small to point at: listed under the chart as well.
    const small = [...el.shadowRoot!.querySelectorAll('.small-items button')].map((b) => b.textContent!.trim());
    expect(small).to.deep.equal(['农林水支出 3.28']);
    // Cell areas are proportional to the amounts.
    const area = (code: string) => Number(cell(el, code).querySelector('rect')!.getAttribute('width')) * Number(cell(el, code).querySelector('rect')!.getAttribute('height'));
    expect(area('208') / area('210')).to.be.closeTo(2213.24 / 340, 1);
  });

  it('switches measure and classification', async () => {
    const el = await mount(dataset, { measure: 'basic' });
    expect(codes(el)).to.deep.equal(['208']);
    expect(el.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
    el.classification = 'economic';
    el.measure = 'total';
    await el.updateComplete;
    expect(codes(el)).to.deep.equal(['302']);
    // It covers basic expenditure only, and says what part of all expenditure that is.
    expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent!.trim()).to.equal('经济分类只含基本支出：9.90 万元，占全部支出 2,654.52 的 0.4%；项目支出不按经济分类公开。');
  });

  it('drills down on click, fires budget-select, and reflects the path', async () => {
    const el = await mount(dataset);
    const selected = oneEvent(el, 'budget-select');
    cell(el, '208').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const { detail } = await selected;
    expect(detail).to.deep.equal({ kind: 'classification', code: '208', name: '社会保障和就业支出', amount: 2213.24, level: 1, path: ['208'] });
    await el.updateComplete;
    expect(el.getAttribute('path')).to.equal('208');
    expect(codes(el)).to.deep.equal(['20801', '20807', '20826', '20830']);
    // Shades of 208's hue tell the 款 apart.
    const fills = ['20801', '20807', '20826'].map((code) => getComputedStyle(cell(el, code).querySelector('rect')!).fill);
    expect(new Set(fills).size).to.equal(3);
    const crumbs = [...el.shadowRoot!.querySelectorAll('.breadcrumb li')].map((li) => li.textContent!.trim());
    expect(crumbs).to.deep.equal(['中共河北沧州经济开发区工委组织人事部', '208 社会保障和就业支出']);
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.equal('当前：社会保障和就业支出，4 项');
    // The deepest level shows items; choosing one selects it without a dead end.
    cell(el, '20801').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(codes(el)).to.include('2080102');
    const leaf = oneEvent(el, 'budget-select');
    cell(el, '2080102').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await leaf).detail.path).to.deep.equal(['208', '20801', '2080102']);
    await el.updateComplete;
    expect(el.path).to.equal('20801');
    // The breadcrumb goes back to the top.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.breadcrumb button')!.click();
    await el.updateComplete;
    expect(el.path).to.equal('');
    expect(codes(el)).to.deep.equal(['201', '208', '210', '213']);
  });

  it('works with the keyboard alone: one tab stop, arrows, Enter, Escape', async () => {
    const el = await mount(dataset);
    expect(cells(el).filter((c) => c.getAttribute('tabindex') === '0')).to.have.length(1);
    cells(el).find((c) => c.getAttribute('tabindex') === '0')!.focus();
    const first = el.shadowRoot!.activeElement as SVGGElement;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const second = el.shadowRoot!.activeElement as SVGGElement;
    expect(second).not.to.equal(first);
    expect(second.classList.contains('cell')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.tooltip')!.textContent).to.contain(second.dataset.code!);
    // Go to the largest class and open it.
    while ((el.shadowRoot!.activeElement as SVGGElement).dataset.code !== '208') {
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
    }
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.path).to.equal('208');
    expect((el.shadowRoot!.activeElement as SVGGElement).dataset.code).to.match(/^208\d\d$/);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.path).to.equal('');
  });

  it('opens at the path given, and says so when the path does not exist', async () => {
    const el = await mount(dataset, { path: '20801' });
    expect(codes(el)).to.have.length(8);
    el.path = '999';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('没有编码为 999 的分类科目');
  });

  it('has a data-table alternative with the same numbers, shown on demand', async () => {
    const el = await mount(dataset);
    const table = el.shadowRoot!.querySelector('[part="table"] table')!;
    expect(el.shadowRoot!.querySelector('[part="table"]')!.classList.contains('visually-hidden')).to.equal(true);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['201', '一般公共服务支出', '98.00', '3.7%', '3.7%'],
      ['208', '社会保障和就业支出', '2,213.24', '83.4%', '83.4%'],
      ['210', '卫生健康支出', '340.00', '12.8%', '12.8%'],
      ['213', '农林水支出', '3.28', '0.1%', '0.1%'],
    ]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="table"]')!.classList.contains('visually-hidden')).to.equal(false);
    expect(el.hasAttribute('table-visible')).to.equal(true);
  });

  it('re-lays out when its container resizes', async () => {
    const el = await mount(dataset, {}, 640);
    const before = Number(cell(el, '208').querySelector('rect')!.getAttribute('width'));
    el.parentElement!.style.width = '320px';
    await waitUntil(() => Number(cell(el, '208').querySelector('rect')!.getAttribute('width')) < before, 'did not re-lay out');
    const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    for (const c of cells(el)) {
      const r = c.querySelector('rect')!.getBoundingClientRect();
      expect(r.right).to.be.at.most(svg.right + 1);
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount(dataset, { lang: 'en' });
    expect(cell(el, '208').getAttribute('aria-label')).to.equal('208 社会保障和就业支出, 2,213.24 10k CNY, Share of parent 83.4%, Share of total 83.4%');
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('expenditure (total), unit: 10k CNY');
  });

  it('shows an error for a bad src', async () => {
    const el = await fixture<BudgetTreemapElement>(html`<budget-treemap src="/nowhere.json"></budget-treemap>`);
    await oneEvent(el, 'budget-error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('404');
  });

  it('shows what is wrong with an invalid dataset', async () => {
    const bad = structuredClone(dataset) as any;
    bad.entities[0].tables[2].rows[3].cells.total = [];
    const el = await fixture<BudgetTreemapElement>(html`<budget-treemap .data=${bad}></budget-treemap>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('$.entities[0].tables[2].rows[3].cells.total');
  });

  it('animates drill-down only when motion is welcome', async function () {
    const el = await mount(dataset);
    const duration = () => getComputedStyle(el.shadowRoot!.querySelector('.enter')!).animationDuration;
    expect(duration()).to.equal('0.3s');
    // Emulating the media feature needs the DevTools protocol, which Firefox does not speak: the
    // rule is plain CSS (`@media (prefers-reduced-motion: reduce)`), checked in Chromium.
    const emulated = await emulateMedia({ reducedMotion: 'reduce' }).then(
      () => true,
      () => false,
    );
    if (!emulated) this.skip();
    try {
      expect(duration()).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('keeps stable colours per class across drill levels', () => {
    expect(colorIndexOf('208')).to.equal(colorIndexOf('2080102'));
    expect(new Set(['201', '208', '210', '213'].map(colorIndexOf)).size).to.equal(4);
    const laid = layoutTreemap(
      { code: '', name: 'x', value: 10, level: 0, children: [{ code: '201', name: 'a', value: 10, level: 1, children: [] }] },
      { width: 100, height: 50, total: 10 },
    );
    expect(laid[0]).to.include({ x: 0, y: 0, width: 100, height: 50, shareOfParent: 1 });
  });

  it('passes axe in light and dark themes', async () => {
    const el = await mount(dataset);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
