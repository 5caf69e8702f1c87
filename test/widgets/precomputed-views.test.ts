// Widgets draw from a dataset's precomputed views when it has them (no Arquero), and compute the
// same view models with the lazily loaded Arquero layer when it has none or when they are stale.
import { expect } from '@open-wc/testing';
import '../../src/widgets/budget-summary/define.js';
import '../../src/widgets/budget-balance/define.js';
import '../../src/widgets/budget-treemap/define.js';
import '../../src/widgets/budget-timeline/define.js';
import { fingerprint, precomputedViews, VIEWS_VERSION } from '../../src/data/views.js';
import type { BudgetDataset } from '../../src/model/schema.js';
import { mountChart } from '../helpers/mount.js';
import { clone, sampleDataset } from '../helpers/sample.js';

/** What a reader gets: every accessible name and every text in the shadow root. */
function reading(el: HTMLElement): string[] {
  const root = el.shadowRoot!;
  return [...[...root.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')!), root.textContent!.replace(/\s+/g, ' ')];
}

describe('precomputed views', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });

  it('are found for the sample, and ignored once a table changes or for another format version', () => {
    expect(dataset.views?.version).to.equal(VIEWS_VERSION);
    expect(precomputedViews(dataset)?.failedChecks.map((c) => c.line)).to.deep.equal([2298, 2931]);
    expect(precomputedViews(dataset, '313001')?.failedChecks.map((c) => c.line)).to.deep.equal([7803, 8436]);
    const edited = clone(dataset);
    edited.entities[0].projects[0].budget = 101;
    expect(fingerprint(edited)).not.to.equal(dataset.views!.fingerprint);
    expect(precomputedViews(edited)).to.equal(null);
    const newer = clone(dataset);
    (newer.views as { version: number }).version = VIEWS_VERSION + 1;
    expect(precomputedViews(newer)).to.equal(null);
    // Indicators are not part of any precomputed view: editing one keeps the views.
    const indicator = clone(dataset);
    indicator.entities[0].projects[0].indicators[0].basis = 'changed';
    expect(precomputedViews(indicator)).not.to.equal(null);
  });

  for (const [tag, attributes] of [
    ['budget-summary', {}],
    ['budget-balance', { split: 'nature' }],
    ['budget-treemap', { path: '208' }],
    ['budget-timeline', { mode: 'projects', today: '2024-05-01' }],
  ] as [string, Record<string, string>][]) {
    it(`<${tag}> reads the same from views as from the Arquero layer`, async () => {
      const withoutViews = clone(dataset);
      delete withoutViews.views;
      const mount = (data: BudgetDataset) =>
        tag === 'budget-summary'
          ? (async () => {
              const el = document.createElement(tag) as HTMLElement & { data: BudgetDataset; updateComplete: Promise<boolean> };
              document.body.append(el);
              el.data = data;
              await el.updateComplete;
              return el;
            })()
          : mountChart(tag, data, attributes);
      const fromViews = await mount(dataset);
      const computed = await mount(withoutViews);
      expect(reading(computed)).to.deep.equal(reading(fromViews));
      expect(reading(fromViews).join(' ')).not.to.contain('正在加载');
      fromViews.remove();
      computed.remove();
    });
  }
});
