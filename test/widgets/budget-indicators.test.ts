import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/budget-indicators/define.js';
import type { BudgetIndicatorsElement } from '../../src/widgets/budget-indicators/budget-indicators.js';
import type { BudgetDataset } from '../../src/model/schema.js';
import { clearDatasetCache } from '../../src/base/load.js';
import { clone, sampleDataset } from '../helpers/sample.js';

async function mount(dataset: BudgetDataset | null, attributes: Record<string, string> = {}, width = 900): Promise<BudgetIndicatorsElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('budget-indicators');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  el.data = dataset;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}
const rows = (el: BudgetIndicatorsElement) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr.indicator')];
const names = (el: BudgetIndicatorsElement) => rows(el).map((r) => r.querySelector('th')!.textContent!.trim());
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const count = (el: BudgetIndicatorsElement) => text(el.shadowRoot!.querySelector('[part="count"]'));
const control = <T extends HTMLElement>(el: BudgetIndicatorsElement, name: string) => el.shadowRoot!.querySelector<T>(`[name="${name}"]`)!;
async function choose(el: BudgetIndicatorsElement, name: string, value: string) {
  const select = control<HTMLSelectElement>(el, name);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<budget-indicators>', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });
  afterEach(() => clearDatasetCache());

  it('pages 50 rows in a wide box and 20 in a 720 px column, unless page-size says otherwise', async () => {
    const wide = await mount(dataset, {}, 900);
    expect(rows(wide)).to.have.length(50);
    expect(wide.shadowRoot!.querySelector('.fold')).to.equal(null);
    const column = await mount(dataset, {}, 720);
    await column.updateComplete;
    expect(count(column)).to.equal('显示第 1–20 条，共 203 条（全部 203 条）');
    const set = await mount(dataset, { 'page-size': '30' }, 720);
    expect(count(set)).to.equal('显示第 1–30 条，共 203 条（全部 203 条）');
  });

  it('folds the projects in a 720 px column, the first open; a search opens them all', async () => {
    const el = await mount(dataset, {}, 720);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const folds = () => [...root.querySelectorAll<HTMLButtonElement>('.project-row .fold')];
    const projectsOf = () => new Set(rows(el).map((r) => r.dataset.id!.split(':')[0]));
    expect(folds().map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', ...Array(folds().length - 1).fill('false')]);
    expect(projectsOf().size).to.equal(1);
    const second = folds()[1]!;
    expect(second.getAttribute('aria-label')).to.match(/^展开 .+ 的指标$/);
    second.click();
    await el.updateComplete;
    expect(projectsOf().size).to.equal(2);
    expect(folds()[1]!.getAttribute('aria-expanded')).to.equal('true');
    el.query = '满意';
    await el.updateComplete;
    expect(root.querySelector('.fold')).to.equal(null);
    expect(rows(el).length).to.equal(Math.min(20, el.matchedRows.length));
  });

  it('lists every indicator of the 27 projects, with each project’s count as in the document', async () => {
    const el = await mount(dataset, { 'page-size': '500' });
    expect(count(el)).to.equal('显示第 1–203 条，共 203 条（全部 203 条）');
    const perProject = [...el.shadowRoot!.querySelectorAll('tr.project-row')].map((tr) => Number(/(\d+) 项指标/.exec(text(tr))![1]));
    // Counted in the document's 27 绩效目标表 (6 to 8 rows each; 人才扶持资金 has a row the
    // export split in three, which is one indicator).
    expect(perProject).to.deep.equal([8, 8, 6, 7, 7, 6, 8, 8, 6, 8, 7, 8, 8, 8, 8, 6, 6, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8]);
    // The rows under each project header are that many.
    const groups = [...el.shadowRoot!.querySelectorAll('tbody > tr:not(.detail)')].reduce<number[]>((acc, tr) => {
      if (tr.classList.contains('project-row')) acc.push(0);
      else acc[acc.length - 1]++;
      return acc;
    }, []);
    expect(groups).to.deep.equal(perProject);
    const header = text(el.shadowRoot!.querySelector('tr.project-row'));
    expect(header).to.contain('2021年度城乡居民医保结算亏损（沧县代管）').and.contain('预算 100.00 万元');
    expect(text(el.shadowRoot!.querySelector('caption'))).to.equal('中共河北沧州经济开发区工委组织人事部项目绩效指标');
  });

  it('shows every target form parsed: comparison, number, unit; qualitative targets marked', async () => {
    const el = await mount(dataset, { 'page-size': '500' });
    const targetOf = (id: string) => text(el.shadowRoot!.querySelector(`tr[data-id="${id}"] .target`));
    const byWritten = (written: string) => el.matchedRows.find((r) => r.target.text === written)!.id;
    expect(targetOf(byWritten('≥14000人'))).to.equal('≥ 14,000 人');
    expect(targetOf(byWritten('≥90%'))).to.equal('≥ 90%');
    expect(targetOf(byWritten('≥90百分比'))).to.equal('≥ 90%');
    expect(targetOf(byWritten('100百分比'))).to.equal('100%');
    expect(targetOf(byWritten('≤1件'))).to.equal('≤ 1 件');
    expect(targetOf(byWritten('≥233元/月/人'))).to.equal('≥ 233 元/月/人');
    expect(targetOf(byWritten('12次'))).to.equal('12 次');
    expect(targetOf(byWritten('年度预算'))).to.equal('定性 年度预算');
  });

  it('filters by project, 一级, 二级 and target type, reflecting each as an attribute', async () => {
    const el = await mount(dataset, { 'page-size': '500' });
    await choose(el, 'project', '13091124P00518310003L');
    expect(el.getAttribute('project')).to.equal('13091124P00518310003L');
    expect(rows(el)).to.have.length(8);
    await choose(el, 'level1', '效益指标');
    expect(el.getAttribute('level1')).to.equal('效益指标');
    // 孵化基地's 效益 rows; the first name is cut off in the table and shown in full.
    expect(names(el)).to.deep.equal(['为招商引资提供便利，为居民增收提供条件。', '就业政策落实', '持续发展作用力']);
    await choose(el, 'project', '');
    await choose(el, 'level1', '');
    await choose(el, 'level2', '数量指标');
    expect(rows(el)).to.have.length(26);
    await choose(el, 'level2', '');
    await choose(el, 'kind', 'qualitative');
    const qualitative = rows(el).length;
    await choose(el, 'kind', 'quantitative');
    expect(rows(el).length + qualitative).to.equal(203);
    expect(rows(el).every((r) => !r.querySelector('.qualitative-tag'))).to.equal(true);
    // 清除筛选 clears every filter with one event, not one per filter.
    await choose(el, 'project', '13091124P00518310003L');
    let events = 0;
    el.addEventListener('budget-filter', () => events++);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).to.equal(1);
    expect([el.project, el.kind].join('')).to.equal('');
    expect(rows(el).length).to.equal(203);
  });

  it('searches names and descriptions, including the full names that the table cut off', async () => {
    const el = await mount(dataset);
    const filtered = oneEvent(el, 'budget-filter');
    const search = control<HTMLInputElement>(el, 'query');
    search.focus();
    await sendKeys({ type: '公平正义' });
    // One event per keystroke; the first is for "公" alone.
    const first = (await filtered).detail;
    expect(first.query).to.equal('公');
    expect(first.matched).to.be.greaterThan(1);
    await el.updateComplete;
    expect(el.getAttribute('query')).to.equal('公平正义');
    // The 三级指标 cell prints "确保国家惠民政策落实，促进社会"; the description has it in full.
    expect(names(el)).to.deep.equal(['确保国家惠民政策落实，促进社会公平正义，改善民生']);
    expect(rows(el)[0].dataset.signals).to.contain('truncated-name');
    el.query = 'no such words';
    await el.updateComplete;
    expect(count(el)).to.equal('没有符合条件的指标（全部 203 条）');
  });

  it('sorts projects by budget, and rows by name or target within each project', async () => {
    const el = await mount(dataset, { 'page-size': '500', sort: 'budget' });
    const headers = () => [...el.shadowRoot!.querySelectorAll('.project-name')].map(text);
    expect(headers().slice(0, 3)).to.deep.equal(['政府购买社会服务', '农民工工资应急周转金', '城乡居民养老保险发放及缴费补贴县级配套（13091124P00000810001B）']);
    el.sort = 'target';
    el.project = '13091124P005271100026';
    await el.updateComplete;
    expect(rows(el).map((r) => text(r.querySelector('.target')))).to.deep.equal([
      '≥ 90%', '≥ 90%', '≥ 90%', '≥ 14,000 人', '定性 年度预算', '定性 提升保障水平', '定性 维护社会稳定', '定性 医疗服务保障',
    ]);
    el.sort = 'name';
    await el.updateComplete;
    const sorted = [...names(el)].sort(new Intl.Collator('zh-CN').compare);
    expect(names(el)).to.deep.equal(sorted);
  });

  it('shows the sample’s quality signals as badges, filterable', async () => {
    const el = await mount(dataset, { 'page-size': '500' });
    const options = [...control<HTMLSelectElement>(el, 'signal').options].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['全部（不限提示）', '缺少一级指标（0）', '指标值无法解析（1）', '名称被截断（8）', '数量/质量指标为定性（2）', '与其他项目重复（41）']);
    await choose(el, 'signal', 'qualitative-measure');
    expect(names(el)).to.deep.equal(['维护办公设备', '人员数量']);
    expect([...rows(el)[0].querySelectorAll('.badge')].map(text)).to.deep.equal(['指标值无法解析', '数量/质量指标为定性']);
    await choose(el, 'signal', 'duplicate');
    expect(rows(el)).to.have.length(41);
  });

  it('flags each signal on a dataset built to trigger it', async () => {
    const built = clone(dataset);
    const [a, b] = built.entities[0].projects;
    a.indicators = a.indicators.filter((i) => i.level1 !== '满意度指标');
    a.indicators[0].target = { text: '约九成以上，≥9成', qualitative: true };
    a.indicators[1] = { ...a.indicators[1], level2: '质量指标', target: { text: '较好', qualitative: true } };
    a.indicators[2] = { ...a.indicators[2], level3: '一个名字很长很长的指标被截', description: '一个名字很长很长的指标被截断在这里' };
    b.indicators[0] = { ...clone(a.indicators[3]), line: b.indicators[0].line };
    built.entities[0].projects = [a, b];
    const el = await mount(built, { 'page-size': '500' });
    const signalsOf = (i: number) => rows(el)[i].dataset.signals!.split(' ');
    expect(text(el.shadowRoot!.querySelector('tr.project-row [data-signal="missing-group"]'))).to.equal('项目缺少：满意度指标');
    expect(signalsOf(0)).to.include('missing-group').and.include('unparsed-target');
    expect(signalsOf(1)).to.include('qualitative-measure');
    expect(signalsOf(2)).to.include('truncated-name');
    expect(names(el)[2]).to.equal('一个名字很长很长的指标被截断在这里');
    expect(signalsOf(3)).to.include('duplicate');
    const bRow = rows(el).find((r) => r.dataset.id!.startsWith(b.code))!;
    expect(bRow.dataset.signals).to.contain('duplicate');
    expect(bRow.dataset.signals).not.to.contain('missing-group');
  });

  it('exports the filtered rows as CSV with a BOM, quoting, and formulas neutralised', async () => {
    const hostile = clone(dataset);
    hostile.entities[0].projects[0].indicators[0].description = '=HYPERLINK("http://x","点我"), 含逗号';
    const el = await mount(hostile, { project: '13091124P005271100026' });
    const csv = el.toCSV();
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).to.have.length(8 + 2); // header, 8 rows, trailing line end
    expect(lines[0]).to.equal('项目编码,项目名称,项目预算,一级指标,二级指标,三级指标,指标名称（完整）,绩效指标描述,指标值,比较,数值,单位,定性,指标值确定依据,提示,原文行号');
    expect(lines[1]).to.equal(`13091124P005271100026,2021年度城乡居民医保结算亏损（沧县代管）,100,产出指标,数量指标,参保人数,参保人数,"'=HYPERLINK(""http://x"",""点我""), 含逗号",≥14000人,>=,14000,人,no,参保人数,,1982`);
    // The button downloads the same text.
    let blob: Blob | null = null;
    let fileName = '';
    const original = URL.createObjectURL;
    URL.createObjectURL = (b: Blob) => ((blob = b), 'blob:test');
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      fileName = this.download;
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.export')!.click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(fileName).to.equal('313-indicators.csv');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(csv);
  });

  it('pages through large lists with the count always shown', async () => {
    const el = await mount(dataset);
    expect(rows(el)).to.have.length(50);
    expect(count(el)).to.equal('显示第 1–50 条，共 203 条（全部 203 条）');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.pager .next')!.click();
    await el.updateComplete;
    expect(count(el)).to.equal('显示第 51–100 条，共 203 条（全部 203 条）');
    el.level1 = '满意度指标';
    await el.updateComplete;
    expect(count(el)).to.equal('显示第 1–27 条，共 27 条（全部 203 条）');
    expect(el.shadowRoot!.querySelector('.pager')).to.equal(null);
  });

  it('expands a row to its description and basis with the keyboard', async () => {
    const el = await mount(dataset);
    const toggle = rows(el)[0].querySelector<HTMLButtonElement>('.toggle button')!;
    const detail = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(detail.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(detail.hidden).to.equal(false);
    expect([...detail.querySelectorAll('dt, dd')].map(text)).to.deep.equal(['绩效指标描述', '2021年参保人数', '指标值确定依据', '参保人数']);
  });

  it('tells the page when a project is chosen, and filters to a project set from outside', async () => {
    const el = await mount(dataset);
    const selected = oneEvent(el, 'budget-select');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.project-name')[1].click();
    expect((await selected).detail).to.deep.equal({ kind: 'project', code: '13091124P000207100015', name: '2024年下派选调生到村工作中央补助资金', amount: 3.28 });
    el.project = '13091124P00527310002H';
    await el.updateComplete;
    expect(rows(el)).to.have.length(6);
    expect(control<HTMLSelectElement>(el, 'project').value).to.equal('13091124P00527310002H');
  });

  it('collapses to labelled cards in a narrow box', async () => {
    const el = await mount(dataset, {}, 400);
    const row = rows(el)[0];
    expect(getComputedStyle(row).display).to.equal('block');
    const cell = row.querySelector('td')!;
    expect(cell.dataset.label).to.equal('一级指标');
    // Chromium gives the computed label, Firefox the attr() it comes from: both draw "一级指标".
    expect(getComputedStyle(cell, '::before').content).to.be.oneOf(['"一级指标"', 'attr(data-label)']);
    const wide = await mount(dataset, {}, 900);
    expect(getComputedStyle(rows(wide)[0]).display).to.equal('table-row');
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount(dataset, { lang: 'en' });
    expect(count(el)).to.equal('Showing 1–50 of 203 matching (203 in all)');
    expect(text(rows(el)[3].querySelector('.target'))).to.equal('Qualitative 年度预算');
    expect(el.toCSV().split('\r\n')[0]).to.contain('Project code,Project,Project budget');
  });

  it('shows an error for an unknown project, an empty state without indicators, and keeps loaded data on a bad src', async () => {
    const el = await mount(dataset, { project: 'NOPE' });
    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('没有编码为 NOPE 的项目');
    const none = clone(dataset);
    for (const e of none.entities) e.projects = [];
    const empty = await mount(none);
    expect(text(empty.shadowRoot!.querySelector('[part="empty"]'))).to.equal('暂无数据');

    const good = await mount(dataset);
    good.data = null;
    good.src = '/nowhere.json';
    await oneEvent(good, 'budget-error');
    await good.updateComplete;
    expect(text(good.shadowRoot!.querySelector('[role="alert"]'))).to.contain('404').and.contain('仍显示上次成功加载的数据');
    expect(rows(good)).to.have.length(50);
  });

  it('passes axe in light and dark themes, with a row expanded', async () => {
    const el = await mount(dataset);
    rows(el)[0].querySelector<HTMLButtonElement>('.toggle button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<budget-indicators> in a narrow column', () => {
  afterEach(() => clearDatasetCache());
  it('never breaks a column head or a 一级/二级 term inside a word', async () => {
    const el = await fixture<HTMLElementTagNameMap['budget-indicators']>(html`<budget-indicators style="width:720px" .data=${await sampleDataset()}></budget-indicators>`);
    const oneLine = (cell: Element) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size <= 1;
    };
    const heads = [...el.shadowRoot!.querySelectorAll('thead th')].filter((th) => !th.querySelector('.visually-hidden'));
    const terms = [...el.shadowRoot!.querySelectorAll('td.term')].slice(0, 40);
    expect(heads.length).to.be.greaterThan(3);
    expect(terms.length).to.be.greaterThan(10);
    expect([...heads, ...terms].filter((c) => !oneLine(c)).map((c) => c.textContent)).to.deep.equal([]);
  });
});
