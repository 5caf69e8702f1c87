// A class of expenditure is one colour on the page: the treemap's cell and the balance's segment.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { BudgetDataset } from '../../src/model/schema.js';
import { mountChart } from '../helpers/mount.js';
import { sampleDataset } from '../helpers/sample.js';

describe('class colours across widgets', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });

  it('gives each class the same fill in the treemap and the balance, and follows a page-wide override', async () => {
    const treemap = await mountChart<HTMLElement & { data: BudgetDataset | null; updateComplete: Promise<boolean> }>('budget-treemap', dataset);
    const balance = await mountChart<HTMLElement & { data: BudgetDataset | null; updateComplete: Promise<boolean> }>('budget-balance', dataset);
    const fillOf = (el: Element | null) => getComputedStyle(el!).fill;
    const classed = [...balance.shadowRoot!.querySelectorAll('.segment.classed')];
    expect(classed.length).to.be.greaterThan(1);
    let compared = 0;
    for (const cell of treemap.shadowRoot!.querySelectorAll<SVGGElement>('.cell[data-code]')) {
      const code = cell.dataset.code!;
      const segment = classed.find((s) => s.getAttribute('data-code') === code);
      if (!segment) continue;
      expect(fillOf(segment.querySelector('rect')), code).to.equal(fillOf(cell.querySelector('rect')));
      compared++;
    }
    expect(compared).to.be.greaterThan(1);
    document.documentElement.style.setProperty('--budget-class-color-7', 'rgb(1, 2, 3)');
    try {
      const slot7 = [...treemap.shadowRoot!.querySelectorAll('.cell.c7 rect'), ...balance.shadowRoot!.querySelectorAll('.classed.c7 rect')];
      for (const rect of slot7) expect(fillOf(rect)).to.equal('rgb(1, 2, 3)');
    } finally {
      document.documentElement.style.removeProperty('--budget-class-color-7');
    }
  });
});
