// The built bundle on a page served with a strict Content-Security-Policy (script-src 'self', no
// 'unsafe-eval', style-src 'self'): with precomputed views every widget draws and nothing is
// blocked; without them the widgets that need the Arquero data layer say what to do.
import { expect, waitUntil } from '@open-wc/testing';

const TAGS = ['budget-summary', 'budget-balance', 'budget-treemap', 'budget-timeline', 'budget-indicators'];

async function openPage(path) {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

const shadowText = (el) => el.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '';

describe('under a strict Content-Security-Policy', () => {
  it('draws every widget from a dataset with precomputed views, and nothing is blocked', async () => {
    const frame = await openPage('/test/smoke/pages/csp.html');
    const win = frame.contentWindow;
    const doc = frame.contentDocument;
    const figures = { 'budget-summary': '2,654.52', 'budget-balance': '2,654.52', 'budget-treemap': '2,213.24', 'budget-timeline': '2,644.62', 'budget-indicators': '参保人数' };
    await waitUntil(() => TAGS.every((tag) => shadowText(doc.querySelector(tag)).includes(figures[tag])), 'not every widget drew', { timeout: 8000 });
    // The policy is really in force: the page's own inline script did not run.
    expect(win.inlineScriptRan).to.equal(undefined);
    expect(win.violations).to.deep.equal([{ directive: 'script-src-elem', blocked: 'inline', sample: '' }]);
    for (const tag of TAGS) expect(doc.querySelector(tag).shadowRoot.querySelector('[role="alert"]'), tag).to.equal(null);
    // The Arquero chunk was never requested.
    const scripts = win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/dist/'));
    expect(scripts.some((n) => /compute-/.test(n))).to.equal(false);
    frame.remove();
  });

  it('explains what to do when a dataset without views needs the blocked data layer', async () => {
    const frame = await openPage('/test/smoke/pages/csp-no-views.html');
    const doc = frame.contentDocument;
    const alert = (tag) => doc.querySelector(tag).shadowRoot?.querySelector('[role="alert"]');
    const charts = ['budget-summary', 'budget-balance', 'budget-treemap', 'budget-timeline'];
    await waitUntil(() => charts.every((tag) => alert(tag)), 'not every chart explained the problem', { timeout: 8000 });
    for (const tag of charts) {
      expect(alert(tag).textContent, tag).to.contain('内容安全策略').and.contain('budget-widgets convert').and.contain("'unsafe-eval'");
    }
    // The indicator table needs no Arquero: it draws either way.
    await waitUntil(() => shadowText(doc.querySelector('budget-indicators')).includes('参保人数'), 'indicators did not draw');
    // Nothing but the page's inline script and (at most) our one probe for eval was blocked, and
    // the Arquero chunk was not downloaded.
    const others = frame.contentWindow.violations.filter((v) => v.blocked !== 'inline');
    expect(others.length).to.be.at.most(1);
    expect(others.every((v) => v.blocked === 'eval')).to.equal(true);
    const scripts = frame.contentWindow.performance.getEntriesByType('resource').map((e) => e.name);
    expect(scripts.some((n) => /compute-/.test(n))).to.equal(false);
    frame.remove();
  });
});
