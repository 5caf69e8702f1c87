// Loads the built single-file bundle, as a webmaster's page would, and checks that every element
// registers and renders the sample. Runs after `npm run build` (see package.json "test").
import { expect } from '@open-wc/testing';

// Each element, and a figure from the sample it must show.
const ELEMENTS = { 'budget-summary': '2,654.52', 'budget-treemap': '2,213.24', 'budget-balance': '2,654.52', 'budget-timeline': '2,644.62', 'budget-indicators': '参保人数' };

describe('dist/budget-widgets.js', () => {
  before(async () => {
    await import('/dist/budget-widgets.js');
  });

  it('registers every element', () => {
    for (const tag of Object.keys(ELEMENTS)) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders the sample from src', async () => {
    for (const [tag, figure] of Object.entries(ELEMENTS)) {
      const el = document.createElement(tag);
      el.setAttribute('src', '/data/samples/cangzhou-kfq-zzrsb-2024.json');
      const loaded = new Promise((resolve, reject) => {
        el.addEventListener('budget-load', resolve, { once: true });
        el.addEventListener('budget-error', (e) => reject(new Error(e.detail.message)), { once: true });
      });
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      expect(el.shadowRoot.textContent, tag).to.include(figure);
      el.remove();
    }
  });

  it('survives being loaded twice on one page', async () => {
    await import('/dist/budget-widgets.js?copy=2');
    expect(customElements.get('budget-summary')).to.be.a('function');
  });
});
