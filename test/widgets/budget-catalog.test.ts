import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/widgets/budget-catalog/define.js';
import '../../src/widgets/budget-summary/define.js';
import type { BudgetCatalogElement } from '../../src/widgets/budget-catalog/budget-catalog.js';
import type { BudgetSummaryElement } from '../../src/widgets/budget-summary/budget-summary.js';
import { catalogOverview, comparisonFor } from '../../src/data/catalog.js';
import type { Catalog, CatalogEntry } from '../../src/model/catalog.js';

const CATALOG_URL = '/data/samples/catalog/catalog.json';
const drawn = (el: BudgetCatalogElement) => waitUntil(() => el.shadowRoot!.querySelector('.cell'), 'the overview drew no cells');

describe('<budget-catalog>', () => {
  it('lays out departments × years, and draws the overview of the latest year from the catalog’s figures', async () => {
    const el = await fixture<BudgetCatalogElement>(html`<budget-catalog src=${CATALOG_URL} style="width: 720px"></budget-catalog>`);
    await drawn(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="heading"]')!.textContent).to.equal('公开文件目录（5 份）');
    expect([...root.querySelectorAll('.picker thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['部门', '2025', '2024']);
    const names = [...root.querySelectorAll('.picker tbody th')].map((th) => th.textContent!.trim());
    expect(names).to.include.members(['上海市普陀区人民政府办公室', '上海市普陀区人民政府万里街道办事处', '中共河北沧州经济开发区工委组织人事部']);
    // The 办公室 row holds its 部门预算 and 单位预算 of 2025.
    const office = [...root.querySelectorAll('.picker tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.includes('人民政府办公室'))!;
    expect([...office.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'))).to.deep.equal(['上海市普陀区人民政府办公室 2025 预算', '上海市普陀区人民政府办公室 2025 单位预算']);
    // 2025: one box, the department (its 单位预算 would count it twice), in 万元 from 元.
    const cells = [...root.querySelectorAll('.cell')];
    expect(cells.map((c) => c.getAttribute('aria-label'))).to.deep.equal(['上海市普陀区人民政府办公室，9,101.68 万元，占 100.0%']);
    el.year = 2024;
    await el.updateComplete;
    expect([...root.querySelectorAll('.cell')].map((c) => c.getAttribute('data-file'))).to.deep.equal(['shanghai-putuo-wanli-2024-dept-budget.json', 'cangzhou-kfq-zzrsb-2024.json']);
  });

  it('picking a document fires budget-select and drives the widgets named in for', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <budget-catalog src=${CATALOG_URL} for="summary" year="2024"></budget-catalog>
      <budget-summary id="summary"></budget-summary>
    </div>`);
    const el = page.querySelector('budget-catalog')!;
    const summary = page.querySelector<BudgetSummaryElement>('budget-summary')!;
    await drawn(el);
    const picked = oneEvent(el, 'budget-select');
    (el.shadowRoot!.querySelector('.cell[data-file="cangzhou-kfq-zzrsb-2024.json"]') as SVGGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const { detail } = await picked;
    expect(detail).to.include({ kind: 'document', file: 'cangzhou-kfq-zzrsb-2024.json', year: 2024, documentKind: 'budget', compareUrl: null });
    expect(detail.kind === 'document' && detail.url).to.equal(new URL('/data/samples/catalog/cangzhou-kfq-zzrsb-2024.json', location.href).href);
    expect(summary.src).to.equal(new URL('/data/samples/catalog/cangzhou-kfq-zzrsb-2024.json', location.href).href);
    await waitUntil(() => summary.shadowRoot!.querySelector('[part="figure"]'));
    expect(el.selected).to.equal('cangzhou-kfq-zzrsb-2024.json');
    expect(el.shadowRoot!.querySelector('.picker button[aria-pressed="true"]')!.getAttribute('aria-label')).to.match(/中共河北沧州经济开发区工委组织人事部 2024 预算/);
  });

  it('compares a 预算 with the year before and a 决算 with its year’s 预算', () => {
    const entry = (file: string, year: number, kind: CatalogEntry['kind'], title = '某部门预算'): CatalogEntry => ({ file, department: '某局', code: '101', year, kind, title, unit: '万元', total: 1, problems: { certain: 0, likely: 0, diagnostics: 0 }, source: { fileName: file, sha256: '' } });
    const catalog: Catalog = { version: 1, generator: 'test', datasets: [entry('b2024', 2024, 'budget'), entry('b2025', 2025, 'budget'), entry('f2024', 2024, 'final-accounts'), entry('u2025', 2025, 'budget', '某局2025年单位预算')] };
    const [b2024, b2025, f2024, u2025] = catalog.datasets;
    expect(comparisonFor(catalog, b2025!)).to.equal(b2024);
    expect(comparisonFor(catalog, f2024!)).to.equal(b2024);
    expect(comparisonFor(catalog, b2024!)).to.equal(null);
    expect(comparisonFor(catalog, u2025!)).to.equal(null);
    expect(catalogOverview(catalog, 2025, 'budget').root.children.map((n) => n.code)).to.deep.equal(['b2025']);
  });

  it('a catalog that is not one gets an error naming the URL and the field', async () => {
    const bad = URL.createObjectURL(new Blob([JSON.stringify({ version: 1, datasets: [{ file: '../escape.json' }] })], { type: 'application/json' }));
    const el = await fixture<BudgetCatalogElement>(html`<budget-catalog></budget-catalog>`);
    const failed = oneEvent(el, 'budget-error');
    el.src = bad;
    await failed;
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.include(bad);
    expect(alert).to.include('datasets[0].file：应为目录所在文件夹内的路径，实为 "../escape.json"');
    // In English on an English page.
    el.lang = 'en';
    el.src = `${bad}#en`;
    await oneEvent(el, 'budget-error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(`datasets[0].file: expected a path inside the catalog's folder, found "../escape.json"`);
  });
});
