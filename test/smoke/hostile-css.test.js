// The built bundle in a page whose global styles attack everything (test/smoke/pages/hostile.css:
// * resets, svg and table rules, !important, a 62.5 % root font size): none of it reaches in.
import { expect, waitUntil } from '@open-wc/testing';

describe('on a page with aggressive global styles', () => {
  it('keeps its own layout, text and colours', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:900px;height:900px';
    const loaded = new Promise((resolve) => (frame.onload = resolve));
    frame.src = '/test/smoke/pages/hostile.html';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument;
    const treemap = doc.querySelector('budget-treemap');
    const indicators = doc.querySelector('budget-indicators');
    await waitUntil(() => treemap.shadowRoot?.querySelector('svg [role="button"]') && indicators.shadowRoot?.querySelector('tr.indicator'), 'widgets did not draw', { timeout: 8000 });
    const style = (el) => frame.contentWindow.getComputedStyle(el);

    for (const el of [treemap, indicators]) {
      const base = el.shadowRoot.querySelector('.base');
      expect(style(base).color, el.localName).to.equal('rgb(31, 35, 40)');
      expect(style(base).fontSize).to.equal('16px');
      expect(style(base).letterSpacing).to.equal('normal');
      expect(style(base).textTransform).to.equal('none');
      expect(style(base).fontFamily).not.to.equal('serif');
    }
    // svg {} and rect {} rules do not shrink or recolour the chart.
    const svg = treemap.shadowRoot.querySelector('.chart svg');
    expect(svg.getBoundingClientRect().width).to.be.closeTo(treemap.shadowRoot.querySelector('.chart').getBoundingClientRect().width, 1);
    expect(svg.getBoundingClientRect().width).to.be.greaterThan(700);
    expect(style(treemap.shadowRoot.querySelector('.cell rect')).fill).not.to.equal('rgb(255, 0, 0)');
    // table {} and td {} rules do not reach the indicator table.
    const table = indicators.shadowRoot.querySelector('table');
    expect(table.getBoundingClientRect().width).to.be.greaterThan(700);
    expect(style(table).borderTopWidth).to.equal('0px');
    expect(style(indicators.shadowRoot.querySelector('tr.indicator td')).paddingLeft).not.to.equal('20px');
    expect(style(indicators.shadowRoot.querySelector('tr.indicator td')).textAlign).to.equal('start');
    expect(style(indicators.shadowRoot.querySelector('select')).backgroundColor).not.to.equal('rgb(255, 0, 0)');
    // And nothing leaks out: the page's own text keeps the page's rules.
    expect(style(doc.body).color).to.equal('rgb(255, 0, 255)');
    frame.remove();
  });
});
