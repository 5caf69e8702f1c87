// Bad input, as portals meet it: broken servers and files, late responses, and hostile text in the
// data. Real widgets in a real browser; only the network is stubbed.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { clearDatasetCache } from '../../src/base/load.js';
import type { BudgetDataset } from '../../src/model/schema.js';
import { clone, sampleDataset } from '../helpers/sample.js';

type Route = () => Promise<Response>;
const realFetch = window.fetch;
let routes: Record<string, Route> = {};

function stubNetwork(table: Record<string, Route>): void {
  routes = table;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href);
    const route = routes[url.pathname];
    if (!route) return realFetch(input, init);
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      route().then(resolve, reject);
    });
  }) as typeof fetch;
}
const after = (ms: number, body: string, status = 200) => () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response(body, { status, statusText: status === 200 ? 'OK' : 'Internal Server Error' })), ms));
const alertOf = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('bad input', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });
  afterEach(() => {
    window.fetch = realFetch;
    clearDatasetCache();
  });

  const cases: [string, Route, RegExp][] = [
    ['a 500', after(0, 'oops', 500), /\/bad\/case\.json.*HTTP 500/],
    ['HTML instead of JSON', after(0, '<!doctype html><title>Login</title>'), /不是 JSON（以“<!doctype html><titl”开头）/],
    ['truncated JSON', after(0, '{"schemaVersion":1,"meta":{"title":'), /不是 JSON/],
    ['JSON that is not a dataset', after(0, '{"hello":"world"}'), /不是有效的预算数据集.*\$\.schemaVersion/],
    ['an empty body', after(0, ''), /不是 JSON/],
  ];
  for (const [name, route, message] of cases) {
    it(`says what is wrong with ${name}, fires budget-error, and keeps the data it had`, async () => {
      stubNetwork({ '/bad/case.json': route });
      const el = await fixture<HTMLElementTagNameMap['budget-treemap']>(html`<budget-treemap style="width:600px" .data=${dataset}></budget-treemap>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.cell'), 'no cells');
      el.data = null;
      el.src = '/bad/case.json';
      const error = await oneEvent(el, 'budget-error');
      await el.updateComplete;
      expect(error.detail.src).to.equal('/bad/case.json');
      expect(alertOf(el)).to.match(message);
      expect(alertOf(el)).to.contain('仍显示上次成功加载的数据');
      expect(el.shadowRoot!.querySelectorAll('.cell').length).to.be.greaterThan(0);
    });
  }

  it('says a dataset of a newer format needs a newer budget-widgets', async () => {
    const newer = { ...clone(dataset), schemaVersion: 2 };
    stubNetwork({ '/bad/newer.json': after(0, JSON.stringify(newer)) });
    const el = await fixture<HTMLElementTagNameMap['budget-summary']>(html`<budget-summary src="/bad/newer.json"></budget-summary>`);
    await oneEvent(el, 'budget-error');
    await el.updateComplete;
    expect(alertOf(el)).to.contain('数据集格式版本 2 新于本组件能读的版本 1').and.contain('请更新 budget-widgets');
  });

  it('says when the server does not answer in time', async () => {
    stubNetwork({ '/bad/slow.json': () => new Promise<Response>(() => {}) });
    const el = await fixture<HTMLElementTagNameMap['budget-balance']>(html`<budget-balance timeout="0.3" src="/bad/slow.json"></budget-balance>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('正在加载');
    await oneEvent(el, 'budget-error');
    await el.updateComplete;
    expect(alertOf(el)).to.contain('/bad/slow.json').and.contain('秒内未响应');
  });

  it('shows the last src set, never an older response that arrives late', async () => {
    const named = (name: string) => {
      const copy = clone(dataset);
      delete copy.views;
      copy.entities[0].name = name;
      return JSON.stringify(copy);
    };
    stubNetwork({ '/race/slow.json': after(400, named('慢的旧数据')), '/race/fast.json': after(20, named('快的新数据')) });
    const el = await fixture<HTMLElementTagNameMap['budget-treemap']>(html`<budget-treemap style="width:600px"></budget-treemap>`);
    el.src = '/race/slow.json';
    await el.updateComplete;
    el.src = '/race/fast.json';
    await waitUntil(() => el.shadowRoot!.textContent!.includes('快的新数据'), 'the newer response was not shown', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 600));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('快的新数据');
    expect(el.shadowRoot!.textContent).not.to.contain('慢的旧数据');
  });

  it('renders markup and script in every string of the data as inert text, in every widget', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const hostile = clone(dataset);
    delete hostile.views;
    const poison = (value: unknown): unknown => {
      if (typeof value === 'string') return /^\d+$|^[a-z-]+$|^\d{4}-|^万元$/.test(value) ? value : `${value}${payload}`;
      if (Array.isArray(value)) return value.map(poison);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ['code', 'kind', 'key', 'role', 'scope', 'unit', 'comparison', 'severity', 'reading', 'label'].includes(k) ? v : poison(v)]));
      return value;
    };
    const data = poison(hostile) as BudgetDataset;
    data.meta.unit = '万元';
    const container = await fixture<HTMLDivElement>(html`<div style="width:800px">
      <budget-summary .data=${data}></budget-summary>
      <budget-balance .data=${data}></budget-balance>
      <budget-treemap .data=${data}></budget-treemap>
      <budget-timeline .data=${data} today="2024-06-01"></budget-timeline>
      <budget-indicators .data=${data} table-visible></budget-indicators>
    </div>`);
    const elements = [...container.children] as (HTMLElement & { updateComplete: Promise<boolean>; toCSV(): string })[];
    await Promise.all(elements.map((el) => el.updateComplete));
    await waitUntil(() => elements.every((el) => !el.shadowRoot!.querySelector('[part="status"]')), 'still loading', { timeout: 8000 });
    // Hover a treemap cell so its tooltip renders too.
    elements[2].shadowRoot!.querySelector('.cell')?.dispatchEvent(new PointerEvent('pointerenter'));
    await elements[2].updateComplete;
    for (const el of elements) {
      expect(alertOf(el), el.localName).to.equal('');
      expect(el.shadowRoot!.querySelectorAll('img, script').length, el.localName).to.equal(0);
      expect(el.shadowRoot!.textContent, el.localName).to.contain('<img src=x onerror=');
    }
    expect(elements[2].shadowRoot!.querySelector('.tooltip')?.textContent).to.contain('<script>');
    expect(elements[4].toCSV()).to.contain('<img src=x onerror=""window.__pwned=1"">');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('a bad attribute value', () => {
  const BAD: [string, string, string, RegExp, string][] = [
    ['budget-treemap', 'classification', 'xyz', /function、economic/, 'function'],
    ['budget-treemap', 'measure', 'everything', /total、basic、project/, 'total'],
    ['budget-balance', 'split', 'xyz', /class、nature、economic/, 'class'],
    ['budget-timeline', 'mode', 'xyz', /combined、projects/, 'combined'],
    ['budget-timeline', 'scale', 'xyz', /amount、percent/, 'amount'],
    ['budget-indicators', 'sort', 'xyz', /document、budget、name、target/, 'document'],
    ['budget-findings', 'severity', 'xyz', /certain、likely、note/, ''],
  ];
  for (const [tag, attribute, value, allowed, good] of BAD) {
    it(`${tag} ${attribute}="${value}": the same error state, naming the attribute and what it allows; a good value draws again`, async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(`<${tag} style="width:600px"></${tag}>`);
      (el as unknown as { data: unknown }).data = await sampleDataset();
      await el.updateComplete;
      const drawn = el.shadowRoot!.querySelector('[part="base"]')!.textContent;
      const error = oneEvent(el, 'budget-error');
      el.setAttribute(attribute, value);
      expect((await error).detail.message).to.contain(`属性 ${attribute}="${value}" 无效`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(allowed);
      el.setAttribute(attribute, good);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.textContent).to.equal(drawn);
    });
  }
});
