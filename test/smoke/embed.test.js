// The iframe embed page (dist/embed.html) for CMS editors that strip custom elements, with the
// parent-side resize script (dist/embed-resize.js). embed.html is served with the strict policy.
import { expect, waitUntil } from '@open-wc/testing';
import '/dist/embed-resize.js';

const SAMPLE = '/data/samples/cangzhou-kfq-zzrsb-2024.json';

async function embed(query) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:700px;height:40px;border:0';
  frame.title = 'budget widget';
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  frame.src = `/dist/embed.html?${query}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('dist/embed.html', () => {
  it('draws the widget named in the query with its attributes, and the iframe takes its height', async () => {
    const frame = await embed(`widget=treemap&src=${encodeURIComponent(SAMPLE)}&lang=en&measure=project&unknown=1`);
    const doc = frame.contentDocument;
    await waitUntil(() => doc.querySelector('budget-treemap')?.shadowRoot?.querySelector('svg [role="button"]'), 'the treemap did not draw', { timeout: 8000 });
    const el = doc.querySelector('budget-treemap');
    expect(el.getAttribute('measure')).to.equal('project');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.hasAttribute('unknown')).to.equal(false);
    expect(el.shadowRoot.textContent).to.contain('10k CNY');
    // embed-resize.js applied the height the page reported.
    await waitUntil(() => Math.abs(parseFloat(frame.style.height) - doc.documentElement.getBoundingClientRect().height) <= 1 && parseFloat(frame.style.height) > 300, 'the iframe was not resized', { timeout: 4000 });
    frame.remove();
  });

  it('several iframes of one page fetch their dataset once, and each draws', async () => {
    const url = `${SAMPLE}?shared=${Date.now()}`;
    const frames = await Promise.all(['summary', 'treemap', 'balance'].map((widget) => embed(`widget=${widget}&src=${encodeURIComponent(url)}`)));
    const drawn = (f) => f.contentDocument.querySelector('budget-summary, budget-treemap, budget-balance')?.shadowRoot?.querySelector('[part="figure"], svg [role="button"]');
    await waitUntil(() => frames.every(drawn), 'not every iframe drew', { timeout: 8000 });
    // Resource timing of every document of the page: the dataset's URL was asked for once.
    const requests = [window, ...frames.map((f) => f.contentWindow)].flatMap((w) => w.performance.getEntriesByType('resource')).filter((e) => e.name.endsWith(url));
    expect(requests.length).to.equal(1);
    for (const f of frames) f.remove();
  });

  it('refuses a dataset from another site, and an unknown widget, in words', async () => {
    let frame = await embed('widget=treemap&src=https://elsewhere.example/budget.json');
    await waitUntil(() => frame.contentDocument.querySelector('[role="alert"]'));
    expect(frame.contentDocument.querySelector('[role="alert"]').textContent).to.contain('src must be a dataset on this site');
    expect(frame.contentDocument.querySelector('budget-treemap')).to.equal(null);
    frame.remove();
    frame = await embed(`widget=piechart&src=${SAMPLE}`);
    await waitUntil(() => frame.contentDocument.querySelector('[role="alert"]'));
    expect(frame.contentDocument.querySelector('[role="alert"]').textContent).to.contain('widget="piechart" is not one of summary, balance, treemap, timeline, indicators');
    frame.remove();
  });

  it('keeps markup in the query as text', async () => {
    const frame = await embed(`widget=treemap&src=${SAMPLE}&path=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const el = () => frame.contentDocument.querySelector('budget-treemap');
    await waitUntil(() => el()?.shadowRoot?.querySelector('[role="alert"]'), 'no error shown', { timeout: 8000 });
    expect(el().shadowRoot.querySelector('[role="alert"]').textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(el().shadowRoot.querySelector('img')).to.equal(null);
    frame.remove();
  });
});
