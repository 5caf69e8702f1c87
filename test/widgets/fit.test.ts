// Every widget at a phone's width (375 px) and a desktop's (1440 px): nothing sticks out of its
// box sideways (wide content scrolls inside its own box), no mark is drawn outside its svg, and a
// visible heading comes first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { BudgetDataset } from '../../src/model/schema.js';
import { sampleDataset } from '../helpers/sample.js';

const TAGS = ['budget-summary', 'budget-balance', 'budget-treemap', 'budget-timeline', 'budget-indicators', 'budget-findings', 'budget-catalog'] as const;
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Elements of the shadow root that are not inside a box that scrolls sideways. */
function unclipped(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter((node) => {
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowX === 'hidden' || style.overflowX === 'clip') return false;
    }
    return !(node instanceof SVGElement && node.ownerSVGElement);
  });
}

describe('every widget fits at 375 px and 1440 px', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });

  for (const width of [375, 1440]) {
    for (const tag of TAGS) {
      it(`${tag} at ${width} px`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
        const el = document.createElement(tag) as HTMLElement & { data?: BudgetDataset; src?: string; updateComplete: Promise<boolean> };
        if (tag === 'budget-catalog') el.setAttribute('src', '/data/samples/catalog/catalog.json');
        else el.data = dataset;
        wrapper.append(el);
        await el.updateComplete;
        const root = el.shadowRoot!;
        await waitUntil(() => root.querySelector('[part="heading"], h2, h3') && !root.querySelector('[role="status"][part="status"]'), `${tag} did not draw`);
        await frames();
        await el.updateComplete;
        const box = el.getBoundingClientRect();
        expect(box.width).to.be.at.most(width + 0.5);
        // Nothing sticks out sideways.
        for (const node of unclipped(root)) {
          const rect = node.getBoundingClientRect();
          if (!rect.width) continue;
          expect(rect.right, `${tag}: ${node.nodeName}.${(node as HTMLElement).className} sticks out`).to.be.at.most(box.right + 1);
          expect(rect.left, `${tag}: ${node.nodeName}.${(node as HTMLElement).className} sticks out`).to.be.at.least(box.left - 1);
        }
        // No mark outside its svg.
        for (const svg of root.querySelectorAll('svg')) {
          const frame = svg.getBoundingClientRect();
          for (const mark of svg.querySelectorAll('.mark rect, .mark circle.dot, .line, .segment rect')) {
            const rect = mark.getBoundingClientRect();
            expect(rect.left, `${tag}: a mark left of its svg`).to.be.at.least(frame.left - 1);
            expect(rect.right, `${tag}: a mark right of its svg`).to.be.at.most(frame.right + 1);
            expect(rect.top, `${tag}: a mark above its svg`).to.be.at.least(frame.top - 1);
            expect(rect.bottom, `${tag}: a mark below its svg`).to.be.at.most(frame.bottom + 1);
          }
        }
        // A visible heading comes before the chart.
        const heading = root.querySelector<HTMLElement>('[part="heading"], h2')!;
        expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
        const chart = root.querySelector('[part="chart"], [part="figures"], table, [part="finding"]');
        if (chart) expect(heading.getBoundingClientRect().top).to.be.at.most(chart.getBoundingClientRect().top);
      });
    }
  }
});
