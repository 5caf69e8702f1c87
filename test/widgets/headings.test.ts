// Every chart says what it shows: a visible heading above it, marked up as a heading, built from the
// data; the `heading` attribute or slot replaces it, and heading="none" hides it.
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import { clearDatasetCache } from '../../src/base/load.js';
import type { BudgetElement } from '../../src/base/budget-element.js';
import type { BudgetDataset } from '../../src/model/schema.js';
import { sampleDataset } from '../helpers/sample.js';

const DEFAULTS: [string, string, string][] = [
  ['budget-treemap', '', '2024年支出结构（功能分类 · 合计 · 万元）'],
  ['budget-treemap', 'classification="economic"', '2024年支出结构（经济分类 · 合计 · 万元）'],
  ['budget-balance', 'table="fiscal"', '2024年收入与支出（财政拨款收支总表 · 万元）'],
  ['budget-timeline', '', '2024年资金支出计划（全部项目 · 万元）'],
  ['budget-timeline', 'project="13091124P00527310002H"', '2024年资金支出计划（党员干部培训教育经费 · 万元）'],
  ['budget-indicators', '', '2024年项目绩效指标（203 项）'],
];

const headingOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('h2[part="heading"]');

describe('chart headings', () => {
  let sample: BudgetDataset;
  before(async () => {
    sample = await sampleDataset();
  });
  afterEach(() => clearDatasetCache());

  for (const [tag, attributes, expected] of DEFAULTS) {
    it(`<${tag} ${attributes}> is headed “${expected}”`, async () => {
      const el = await fixture<BudgetElement>(html`<${unsafeStatic(tag)} ${unsafeStatic(attributes)} style="width:600px" .data=${sample}></${unsafeStatic(tag)}>`);
      const heading = headingOf(el)!;
      expect(heading.textContent).to.equal(expected);
      // Visible, above the chart.
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
      const chart = el.shadowRoot!.querySelector('.chart, table')!;
      expect(heading.getBoundingClientRect().bottom).to.be.at.most(chart.getBoundingClientRect().top + 1);
    });
  }

  it('takes its text from the heading attribute, hides with heading="none", and yields to the heading slot', async () => {
    const el = await fixture<BudgetElement>(html`<budget-treemap heading="各项支出" style="width:600px" .data=${sample}></budget-treemap>`);
    expect(headingOf(el)!.textContent).to.equal('各项支出');
    el.heading = 'none';
    await el.updateComplete;
    expect(headingOf(el)).to.equal(null);
    const slotted = await fixture<BudgetElement>(html`<budget-balance style="width:600px" .data=${sample}><h3 slot="heading">本部门的钱从哪里来</h3></budget-balance>`);
    const slot = slotted.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['本部门的钱从哪里来']);
  });
});
