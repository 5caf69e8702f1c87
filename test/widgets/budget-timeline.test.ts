import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/budget-timeline/define.js';
import type { BudgetTimelineElement } from '../../src/widgets/budget-timeline/budget-timeline.js';
import type { BudgetDataset, Project } from '../../src/model/schema.js';
import { clearDatasetCache } from '../../src/base/load.js';
import { UNIT_ABOVE } from '../../src/widgets/budget-timeline/layout.js';
import { mountChart } from '../helpers/mount.js';
import { clone, sampleDataset } from '../helpers/sample.js';

const points = (el: BudgetTimelineElement) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.point')];
const labels = (el: BudgetTimelineElement) => points(el).map((p) => p.getAttribute('aria-label')!);
const flagged = (el: BudgetTimelineElement) =>
  Object.fromEntries([...el.shadowRoot!.querySelectorAll<HTMLElement>('.flagged-project')].map((li) => [li.dataset.project!, li.dataset.kinds!.split(' ')]));
const shadowText = (el: BudgetTimelineElement, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const settle = async (el: BudgetTimelineElement) => {
  await el.updateComplete;
  await el.updateComplete;
};

const mount = (dataset: BudgetDataset, attributes: Record<string, string> = {}, width = 720) =>
  mountChart<BudgetTimelineElement>('budget-timeline', dataset, attributes, width);

/** A project with the given plan, for datasets built to trigger one flag. */
function withPlan(dataset: BudgetDataset, budget: number, values: (number | null)[]): BudgetDataset {
  const copy = clone(dataset);
  const entity = copy.entities[0];
  const project: Project = { ...clone(entity.projects[0]), code: 'TEST1', name: '测试项目', budget };
  project.plan = { ...project.plan, reading: 'amount', checkpoints: project.plan.checkpoints.map((c, i) => ({ ...c, value: values[i] })) };
  entity.projects = [project];
  return copy;
}

describe('<budget-timeline>', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });
  afterEach(() => clearDatasetCache());

  it('plots the combined plan of the 27 projects, matching a sum computed by hand', async () => {
    // By hand, from the dataset: each project's cumulative figure at each checkpoint, a blank
    // meaning nothing new planned (the figure before it, or 0 before the first).
    const projects = dataset.entities[0].projects;
    expect(projects).to.have.length(27);
    const byHand = [0, 1, 2, 3].map((i) =>
      projects.reduce((sum, p) => {
        const written = p.plan.checkpoints.slice(0, i + 1).map((c) => c.value).filter((v): v is number => v !== null);
        return sum + (written.length ? written[written.length - 1] : 0);
      }, 0),
    );
    expect(byHand.map((v) => Math.round(v * 100) / 100)).to.deep.equal([494, 1016.7, 1477.38, 2834.62]);

    const el = await mount(dataset);
    expect(labels(el).slice(0, 3)).to.deep.equal([
      '全部 27 个项目合计, 3月底: 计划累计支出 494.00 万元, 占预算 18.7%',
      '全部 27 个项目合计, 6月底: 计划累计支出 1,016.70 万元, 占预算 38.4%',
      '全部 27 个项目合计, 10月底: 计划累计支出 1,477.38 万元, 占预算 55.9%',
    ]);
    const last = labels(el)[3];
    expect(last).to.match(/^全部 27 个项目合计, 12月底: 计划累计支出 2,834\.62 万元, 占预算 107\.2%\. ⚠ /);
    // The budget line is the sum of project budgets, which equals 项目支出.
    expect(shadowText(el, '.references')).to.contain('预算 2,644.62');
  });

  it('flags the sample’s own plans: 572 planned against a budget of 372, 40 against 50, late and blank plans', async () => {
    const el = await mount(dataset);
    const flags = flagged(el);
    expect(flags['13091124P00000810001B']).to.deep.equal(['ends-above-budget']);
    // Its namesake plans 110 of 200 after 10月底: 55 %.
    expect(flags['13091124P00000810002Y']).to.deep.equal(['late-heavy']);
    expect(flags['13091124P00527310002H']).to.deep.equal(['ends-below-budget', 'late-heavy']);
    expect(flags['13091124P005274100027']).to.deep.equal(['late-heavy', 'blank']);
    expect(flags['13091124P00002610001E']).to.deep.equal(['blank']);
    // Plans that end at their budget, rise steadily and have no blanks are not flagged.
    expect(flags['13091124P005271100026']).to.equal(undefined);
    // Two projects share this name: the code tells them apart.
    expect(shadowText(el, '[part="flags"]')).to.contain('城乡居民养老保险发放及缴费补贴县级配套（13091124P00000810001B）: 计划累计 572.00 万元，超过预算 372.00 万元');
    // The flag is on the chart too, at the checkpoint it is about.
    expect(points(el)[3].classList.contains('flagged')).to.equal(true);
    expect(points(el)[0].classList.contains('flagged')).to.equal(false);
    // The ▲ is in the legend, and stays inside the plot.
    expect(shadowText(el, '.legend')).to.contain('需要关注（见下方列表）');
    // The plot's top edge: the unit label sits UNIT_ABOVE px above it.
    const top = Number(el.shadowRoot!.querySelector('.axis .unit')!.getAttribute('y')) + UNIT_ABOVE;
    for (const marker of el.shadowRoot!.querySelectorAll('.flag-marker')) expect(Number(marker.getAttribute('d')!.split(' ')[1])).to.be.at.least(top);
    // The plans that miss come first; the 7 whose only note is a blank are folded below them.
    expect(shadowText(el, '[part="flags"] h3')).to.equal('与预算不符或需要核对的计划（9）');
    expect(shadowText(el, '.blank-flags summary')).to.equal('只有检查点空白的计划（7）');
    expect(el.shadowRoot!.querySelector('.blank-flags')!.hasAttribute('open')).to.equal(false);
    // Why the combined line ends above the budget, without the tooltip.
    expect(shadowText(el, '.why-above')).to.equal('合计计划 2,834.62 比预算 2,644.62 多 190.00：超出预算的计划有 城乡居民养老保险发放及缴费补贴县级配套（13091124P00000810001B） 200.00。');
  });

  it('flags a decreasing plan, a late plan and blanks on datasets built to trigger each', async () => {
    let el = await mount(withPlan(dataset, 100, [50, 40, 80, 100]), { project: 'TEST1' });
    expect(flagged(el)).to.deep.equal({ TEST1: ['decreases'] });
    expect(shadowText(el, '[part="flags"]')).to.contain('6月底累计数 40.00 万元 低于3月底');

    el = await mount(withPlan(dataset, 100, [5, 10, 20, 100]), { project: 'TEST1' });
    expect(flagged(el)).to.deep.equal({ TEST1: ['late-heavy'] });
    el.lateThreshold = 0.9;
    await settle(el);
    expect(flagged(el)).to.deep.equal({});

    el = await mount(withPlan(dataset, 100, [50, null, 80, 100]), { project: 'TEST1' });
    expect(flagged(el)).to.deep.equal({ TEST1: ['blank'] });
    // A blank between 50 and 80 cannot be inferred: a gap, no point, and the legend says so.
    expect(points(el).map((p) => p.dataset.month)).to.deep.equal(['3', '10', '12']);
    expect(shadowText(el, '[part="legend"]')).to.contain('断线：空白节点');
    expect(el.shadowRoot!.querySelector('.line')!.getAttribute('d')!.match(/M/g)).to.have.length(2);

    el = await mount(withPlan(dataset, 100, [60, 100, null, null]), { project: 'TEST1' });
    // Blanks after the plan reached its budget can only repeat it: hollow points, and the legend says so.
    expect(points(el).map((p) => p.classList.contains('carried'))).to.deep.equal([false, false, true, true]);
    expect(shadowText(el, '[part="legend"]')).to.contain('空心点');
    expect(shadowText(el, '[part="flags"]')).to.contain('10月底、12月底空白（只能是延续上一数值）');

    el = await mount(withPlan(dataset, 100, [60, 80, 90, 130]), { project: 'TEST1' });
    expect(flagged(el)).to.deep.equal({ TEST1: ['ends-above-budget'] });
  });

  it('shows one project, the largest projects with the rest grouped, and percentages', async () => {
    const el = await mount(dataset, { project: '13091124P00518310003L' });
    // 孵化基地: 3月底 blank (a gap), then 20, 40, 55 of a budget of 55.
    expect(labels(el)).to.deep.equal([
      '孵化基地, 6月底: 计划累计支出 20.00 万元, 占预算 36.4%',
      '孵化基地, 10月底: 计划累计支出 40.00 万元, 占预算 72.7%',
      '孵化基地, 12月底: 计划累计支出 55.00 万元, 占预算 100.0%',
    ]);
    el.project = '';
    el.mode = 'projects';
    el.top = 2;
    await settle(el);
    const series = [...new Set(points(el).map((p) => p.dataset.series))];
    expect(series).to.deep.equal(['13091124P000027100014', '13091124P005274100027', 'others']);
    expect(shadowText(el, '[part="legend"]')).to.contain('其他 25 个项目');
    el.scale = 'percent';
    await settle(el);
    expect(shadowText(el, '.axis')).to.contain('100%');
    expect(labels(el)[0]).to.equal('政府购买社会服务, 3月底: 计划累计支出 208.00 万元, 占预算 25.1%');
    const ys = points(el).filter((p) => p.dataset.month === '12' && p.dataset.series !== '13091124P005274100027').map((p) => Number(p.querySelector('.dot')!.getAttribute('cy')));
    // 政府购买社会服务 ends at 100 % of its budget; the 25 others together end above (572 of 372).
    expect(ys[0]).to.be.greaterThan(ys[1]);
  });

  it('draws the budget, an even pace and today, only within the budget year', async () => {
    const el = await mount(dataset, { today: '2024-07-01' });
    const today = el.shadowRoot!.querySelector<SVGLineElement>('line.today')!;
    const plot = el.shadowRoot!.querySelector('.grid')!;
    const left = Number(plot.getAttribute('x1'));
    const right = Number(plot.getAttribute('x2'));
    // 1 July 2024 is day 182 of 366: just under half the year.
    expect((Number(today.getAttribute('x1')) - left) / (right - left)).to.be.closeTo(182 / 366, 0.001);
    expect(el.shadowRoot!.querySelector('path.pace')).to.exist;
    expect(el.shadowRoot!.querySelector('line.budget')).to.exist;
    el.today = '2025-03-01';
    await settle(el);
    expect(el.shadowRoot!.querySelector('line.today')).to.equal(null);
    el.today = 'next week';
    await settle(el);
    expect(shadowText(el, '[role="alert"]')).to.contain('today 属性“next week”不是日期');
  });

  it('tells the page what was selected: a checkpoint, a project, a flagged project', async () => {
    const el = await mount(dataset);
    let selected = oneEvent(el, 'budget-select');
    points(el)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    let detail = (await selected).detail;
    expect(detail).to.include({ kind: 'checkpoint', month: 3, amount: 494 });
    expect(detail.projects).to.include('13091124P000027100014');

    selected = oneEvent(el, 'budget-select');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.flagged-project[data-project="13091124P00527310002H"] button')!.click();
    detail = (await selected).detail;
    expect(detail).to.deep.equal({ kind: 'project', code: '13091124P00527310002H', name: '党员干部培训教育经费', amount: 50 });

    el.mode = 'projects';
    await settle(el);
    selected = oneEvent(el, 'budget-select');
    points(el)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail).to.include({ kind: 'project', code: '13091124P000027100014', amount: 830.2 });
  });

  it('works with the keyboard alone, and the tooltip names the projects behind a point', async () => {
    const el = await mount(dataset);
    expect(points(el).filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    points(el)[0].focus();
    await settle(el);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect((el.shadowRoot!.activeElement as SVGGElement).dataset.month).to.equal('6');
    const tip = shadowText(el, '.tooltip');
    expect(tip).to.contain('1,016.70 万元');
    // Between March and June, 政府购买社会服务 adds the most: 416 − 208.
    expect(tip).to.contain('本期新增来自: 政府购买社会服务 208.00');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(shadowText(el, '.tooltip')).to.contain('⚠ 城乡居民养老保险发放及缴费补贴县级配套（13091124P00000810001B）: 计划累计 572.00 万元');
    const selected = oneEvent(el, 'budget-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.include({ kind: 'checkpoint', month: 12 });
  });

  it('has a data-table alternative with the same figures, blanks in words', async () => {
    const el = await mount(dataset, { project: '13091124P00002610001E' });
    const rows = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['3月底', '12.00', '3.00'],
      ['6月底', '12.00 (空白（延续上一数值）)', '6.00'],
      ['10月底', '12.00 (空白（延续上一数值）)', '10.00'],
      ['12月底', '12.00 (空白（延续上一数值）)', '12.00'],
      ['预算', '12.00', ''],
    ]);
    expect(shadowText(el, '[part="table"] caption')).to.equal('春节慰问机关退休干部及困难党员资金支出计划（累计），单位：万元');
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount(dataset, { lang: 'en', project: '13091124P005271100026' });
    expect(labels(el)[0]).to.equal('2021年度城乡居民医保结算亏损（沧县代管）, 3月底: Planned to date 30.00 10k CNY, Share of budget 30.0%');
    expect(shadowText(el, '.axis .unit')).to.equal('10k CNY');
    expect(shadowText(el, '[part="legend"]')).to.contain('Even pace');
  });

  it('shows an error for an unknown project and keeps nothing stale; an empty state without projects', async () => {
    const el = await mount(dataset);
    el.project = 'NOPE';
    await settle(el);
    expect(shadowText(el, '[role="alert"]')).to.contain('没有编码为 NOPE 的项目');
    expect(points(el)).to.have.length(0);
    el.project = '';
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);

    const none = clone(dataset);
    for (const e of none.entities) e.projects = [];
    const empty = await fixture<BudgetTimelineElement>(html`<budget-timeline .data=${none}></budget-timeline>`);
    expect(shadowText(empty, '[part="empty"]')).to.equal('暂无数据');
  });

  it('shows what is wrong with an invalid dataset', async () => {
    const bad = clone(dataset) as any;
    bad.entities[0].projects[3].plan.checkpoints[1].value = 'lots';
    const el = await fixture<BudgetTimelineElement>(html`<budget-timeline .data=${bad}></budget-timeline>`);
    expect(shadowText(el, '[role="alert"]')).to.contain('$.entities[0].projects[3].plan.checkpoints[1].value');
  });

  it('uses the dark palette with theme="dark", and passes axe in both themes and in projects mode', async () => {
    const el = await mount(dataset);
    const stroke = () => getComputedStyle(el.shadowRoot!.querySelector('.line')!).stroke;
    expect(stroke()).to.equal('rgb(11, 87, 208)');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await settle(el);
    expect(stroke()).to.equal('rgb(121, 184, 255)');
    await expect(el).to.be.accessible();
    el.mode = 'projects';
    el.tableVisible = true;
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('at 375 px, monthly checkpoints: month labels never run together, and the unit clears the top tick', async () => {
    const monthly = clone(dataset);
    delete monthly.views;
    for (const project of monthly.entities[0].projects) {
      const budget = project.budget ?? 0;
      project.plan.checkpoints = Array.from({ length: 12 }, (_, i) => ({ label: `${i + 1}月底`, month: i + 1, value: Math.round((budget * (i + 1)) / 12 * 100) / 100 }));
    }
    const el = await mountChart<BudgetTimelineElement>('budget-timeline', monthly, {}, 375);
    const root = el.shadowRoot!;
    const texts = [...root.querySelectorAll('.axis text')];
    const months = texts.filter((t) => /月底$/.test(t.textContent!)).map((t) => t.getBoundingClientRect());
    expect(months.length).to.be.within(2, 11);
    expect(texts.some((t) => t.textContent === '12月底')).to.equal(true);
    for (let i = 1; i < months.length; i++) expect(months[i]!.left, 'month labels overlap').to.be.at.least(months[i - 1]!.right);
    const unit = root.querySelector('.axis .unit')!.getBoundingClientRect();
    for (const tick of texts.filter((t) => !t.classList.contains('unit') && !/月底$/.test(t.textContent!))) {
      const box = tick.getBoundingClientRect();
      const overlaps = box.left < unit.right && unit.left < box.right && box.top < unit.bottom && unit.top < box.bottom;
      expect(overlaps, `the unit label overlaps the tick ${tick.textContent}`).to.equal(false);
    }
  });
});
