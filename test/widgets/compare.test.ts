import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/widgets/budget-summary/define.js';
import '../../src/widgets/budget-treemap/define.js';
import '../../src/widgets/budget-balance/define.js';
import '../../src/widgets/budget-indicators/define.js';
import '../../src/widgets/budget-timeline/define.js';
import type { BudgetTimelineElement } from '../../src/widgets/budget-timeline/budget-timeline.js';
import type { BudgetIndicatorsElement } from '../../src/widgets/budget-indicators/budget-indicators.js';
import type { BudgetBalanceElement } from '../../src/widgets/budget-balance/budget-balance.js';
import type { BudgetTreemapElement } from '../../src/widgets/budget-treemap/budget-treemap.js';
import { mountChart } from '../helpers/mount.js';
import type { BudgetSummaryElement } from '../../src/widgets/budget-summary/budget-summary.js';
import { clearDatasetCache } from '../../src/base/load.js';
import { compareFigure, compareHierarchies, comparisonBasis, changeStep } from '../../src/data/compare.js';
import { expenditureHierarchy } from '../../src/data/index.js';
import type { BudgetDataset } from '../../src/model/schema.js';
import { nextYear } from '../helpers/next-year.js';
import { clone, SAMPLE_JSON_URL, sampleDataset } from '../helpers/sample.js';

const comparisons = (el: Element) =>
  Object.fromEntries([...el.shadowRoot!.querySelectorAll('[part="figure"]')].map((f) => [f.querySelector('dt')!.textContent!.trim(), f.querySelector('[part="comparison"]')?.textContent!.trim() ?? null]));

describe('comparing two documents', () => {
  let lastYear: BudgetDataset;
  let thisYear: BudgetDataset;
  before(async () => {
    lastYear = await sampleDataset();
    thisYear = nextYear(lastYear);
  });
  afterEach(() => clearDatasetCache());

  it('matches codes across years: changed, new and removed, never removed as −100 %', () => {
    const basis = comparisonBasis(thisYear.meta, lastYear.meta);
    expect(basis).to.deep.equal({ mode: 'change', year: 2024, kind: 'budget', scale: 1 });
    const byCode = compareHierarchies(expenditureHierarchy(thisYear), expenditureHierarchy(lastYear), basis, 'budget');
    expect(byCode.get('210')).to.include({ status: 'changed', current: 408, other: 340, change: 68 });
    expect(byCode.get('210')!.ratio).to.be.closeTo(0.2, 1e-9);
    expect(byCode.get('20134')).to.include({ status: 'new', current: 5, other: null, ratio: null });
    expect(byCode.get('213')).to.include({ status: 'removed', current: null, other: 3.28, ratio: null });
    expect(byCode.get('2080102')).to.include({ status: 'same', ratio: 0 });
    // A renamed code keeps its code and shows the current name.
    expect(byCode.get('20801')!.name).to.equal('人力资源和社会保障管理事务（更名示例）');
    expect(changeStep(byCode.get('210')!, 'change')).to.equal(5);
    expect(changeStep(byCode.get('213')!, 'change')).to.equal(null);
  });

  it('compares a 决算 with the 预算 of its year as an execution rate, in the current unit', () => {
    const finalAccounts = clone(lastYear);
    finalAccounts.meta.kind = 'final-accounts';
    finalAccounts.meta.unit = '元';
    const basis = comparisonBasis(lastYear.meta, finalAccounts.meta);
    expect(basis).to.deep.equal({ mode: 'execution', year: 2024, kind: 'final-accounts', scale: 0.0001 });
    // The budget is the current document: 决算 2,500,000 元 against 预算 2,654.52 万元.
    expect(compareFigure(2654.52, 25_000_000, basis, 'budget').ratio).to.be.closeTo(2500 / 2654.52, 1e-9);
  });

  it('<budget-summary compare-src> names what each figure is compared with', async () => {
    const el = await fixture<BudgetSummaryElement>(html`<budget-summary .data=${thisYear} compare-src=${SAMPLE_JSON_URL}></budget-summary>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="comparison"]'), 'no comparison shown');
    const lines = comparisons(el);
    // Project expenditure: 2,644.62 → 2,644.62 + 68 (210) − 3.28 (213) + 5 (new 20134).
    expect(lines['项目支出']).to.equal('比2024年预算 +2.6%（+69.72）');
    expect(lines['基本支出']).to.equal('比2024年预算 0.0%（0.00）');
    expect(lines['项目']).to.equal('比2024年预算 0.0%（0）');
  });

  it('a compare dataset that fails to load says so, and keeps the figures on screen', async () => {
    const el = await fixture<BudgetSummaryElement>(html`<budget-summary .data=${thisYear} compare-src="/no/such/dataset.json"></budget-summary>`);
    const failed = await oneEvent(el, 'budget-error');
    expect(failed.detail.src).to.equal('/no/such/dataset.json');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.match(/对比数据未能加载/);
    expect(el.shadowRoot!.querySelectorAll('[part="figure"]')).to.have.length(6);
    // Asking for nothing to compare with clears the message.
    el.removeAttribute('compare-src');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="comparison"]')).to.equal(null);
  });

  it('<budget-treemap compare> colours cells by change, with a legend, both figures, and what was removed', async () => {
    const el = await mountChart<BudgetTreemapElement>('budget-treemap', thisYear);
    el.compare = lastYear;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const cell = (code: string) => root.querySelector(`.cell[data-code="${code}"]`)!;
    // 210 grew 20 % (step +20 to +50 %), 208 is unchanged, 201 grew by the new 款 (+5.1 %), and 213 is gone.
    expect(cell('210').classList.contains('k5')).to.equal(true);
    expect(cell('208').classList.contains('k3')).to.equal(true);
    expect(cell('201').classList.contains('k4')).to.equal(true);
    expect(cell('213')).to.equal(null);
    expect(getComputedStyle(cell('210').querySelector('rect')!).fill).to.equal('rgb(90, 180, 172)');
    expect(cell('210').getAttribute('aria-label')).to.match(/比2024年预算 \+20\.0%（\+68\.00）$/);
    const legend = root.querySelector('[part="legend"]')!;
    expect(legend.textContent).to.match(/颜色：与2024年预算相比的变化/);
    expect([...legend.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(['< -50.0%', '-50.0% – -20.0%', '-20.0% – -5.0%', '-5.0% – +5.0%', '+5.0% – +20.0%', '+20.0% – +50.0%', '≥ +50.0%', '新增科目']);
    expect(legend.querySelector('.removed')!.textContent!.replace(/\s+/g, ' ')).to.match(/2024年预算列出、本年未列：213 农林水支出（3\.28）/);
    // Drilling into 201: the new 款 is new, never "+∞ %".
    el.path = '201';
    await el.updateComplete;
    expect(cell('20134').classList.contains('knew')).to.equal(true);
    expect(cell('20134').getAttribute('aria-label')).to.match(/2024年预算未列此项（新增）/);
    el.tableVisible = true;
    await el.updateComplete;
    const rows = [...root.querySelectorAll('table tbody tr')].map((tr) => tr.lastElementChild!.textContent!.trim());
    expect(rows).to.include('2024年预算未列此项（新增）');
  });

  it('<budget-balance compare> marks the other year on each bar, and compares totals and segments', async () => {
    // The year before, printed in 元: its figures are put in 万元 before comparing.
    const inYuan = clone(lastYear);
    delete inYuan.views;
    inYuan.meta.unit = '元';
    for (const table of inYuan.entities.flatMap((e) => e.tables)) {
      table.unit = '元';
      for (const row of table.rows) for (const [key, value] of Object.entries(row.cells)) if (typeof value === 'number' && key !== 'seq') row.cells[key] = Math.round(value * 10000 * 0.8);
    }
    const el = await mountChart<BudgetBalanceElement>('budget-balance', thisYear, {}, 720);
    el.compare = inYuan;
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('.references line'), 'no reference ticks');
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.references line')).to.have.length(2);
    // 2,654.52 against 0.8 × 2,654.52 = 2,123.62 (in 元: 21,236,160): +25.0 %.
    expect(root.querySelector('.totals [part="comparison"]')!.textContent).to.equal('比2024年预算 +25.0%（+530.90）');
    expect(root.querySelector('[part="legend"]')!.textContent).to.match(/虚线：2024年预算：收入 2,123\.62 · 支出 2,123\.62/);
    const segment = root.querySelector('.segment.expenditure')!;
    expect(segment.getAttribute('aria-label')).to.match(/比2024年预算 \+25\.0%/);
  });

  it('<budget-indicators compare> marks the targets that changed and the indicators that are new', async () => {
    const current = clone(thisYear);
    const changed = current.entities[0].projects[0].indicators[0];
    const before = changed.target.text;
    changed.target = { ...changed.target, text: '≥99%' };
    const previous = clone(lastYear);
    const dropped = previous.entities[0].projects[1].indicators.shift()!;
    const el = await fixture<BudgetIndicatorsElement>(html`<budget-indicators .data=${current} .compare=${previous}></budget-indicators>`);
    await el.updateComplete;
    const marks = [...el.shadowRoot!.querySelectorAll('[part="comparison"]')].map((m) => [m.closest('tr')!.querySelector('th')!.textContent!.trim(), m.textContent!.trim()]);
    expect(marks).to.deep.include([changed.level3.trim(), `2024年预算：${before.trim()}`]);
    expect(marks.some(([name, text]) => name === dropped.level3.trim() && text === '2024年预算无此指标')).to.equal(true);
    expect(marks).to.have.length(2);
  });

  it('<budget-timeline compare> overlays the other plan, named in the legend and given in the table', async () => {
    const previous = clone(lastYear);
    delete previous.views;
    // The year before planned every checkpoint at half.
    for (const project of previous.entities[0].projects) for (const c of project.plan.checkpoints) if (c.value !== null) c.value = Math.round(c.value * 50) / 100;
    const el = await mountChart<BudgetTimelineElement>('budget-timeline', thisYear, { 'table-visible': '' });
    el.compare = previous;
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('path.overlay'), 'no overlay drawn');
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('.legend li')].map((li) => li.textContent!.trim())).to.include('2024年预算的计划');
    const headers = [...root.querySelectorAll('table thead th')].map((th) => th.textContent!.trim());
    expect(headers.at(-1)).to.equal('2024年预算的计划');
    const lastRow = [...root.querySelectorAll('table tbody tr')].at(-2)!;
    const [, current, , other] = [...lastRow.children].map((c) => Number(c.textContent!.replace(/,/g, '')));
    expect(other).to.be.closeTo(current / 2, 1);
    // One project: its own plan of the year before.
    el.project = thisYear.entities[0].projects[0].code;
    await el.updateComplete;
    expect(root.querySelector('path.overlay')).to.not.equal(null);
  });
});
