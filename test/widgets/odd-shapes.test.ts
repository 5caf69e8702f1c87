// Shapes real documents take now and then: very long and empty names, zero, negative and missing
// amounts, a classification 10 levels deep, a single item. Every widget draws something sensible
// and says nothing is wrong when nothing is.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BudgetDataset, Row } from '../../src/model/schema.js';
import { mountChart } from '../helpers/mount.js';
import { clone, sampleDataset } from '../helpers/sample.js';

const LONG = '一个名称非常非常长的支出功能分类科目'.repeat(12);

function oddDataset(sample: BudgetDataset): BudgetDataset {
  const data = clone(sample);
  delete data.views;
  const table = data.entities[0].tables.find((t) => t.kind === 'expenditure')!;
  const rows: Row[] = [{ line: 1, cells: { code: null, name: '合计', total: 110 } }];
  // 201 → 20101 → … → a 21-digit code: ten levels, each holding the one below.
  let code = '201';
  for (let level = 1; level <= 10; level++) {
    rows.push({ line: rows.length + 1, cells: { code, name: `第${level}级`, total: 100 } });
    code += '01';
  }
  rows.push({ line: rows.length + 1, cells: { code: '205', name: LONG, total: 10 } });
  rows.push({ line: rows.length + 1, cells: { code: '206', name: '', total: 0 } });
  rows.push({ line: rows.length + 1, cells: { code: '207', name: '负数', total: -5 } });
  rows.push({ line: rows.length + 1, cells: { code: '208', name: '空白', total: null } });
  table.rows = rows;
  const project = data.entities[0].projects[0];
  project.name = '';
  project.indicators = [project.indicators[0]];
  data.entities[0].projects = [project];
  return data;
}

describe('odd shapes', () => {
  let data: BudgetDataset;
  before(async () => {
    data = oddDataset(await sampleDataset());
  });

  it('the treemap drills ten levels down and keeps a very long name inside its cell', async () => {
    const el = await mountChart<HTMLElementTagNameMap['budget-treemap']>('budget-treemap', data);
    const codes = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.cell')].map((c) => c.dataset.code);
    // Zero, negative and blank amounts cannot be areas; the data table lists what is drawn.
    expect(codes()).to.deep.equal(['201', '205']);
    const cell = el.shadowRoot!.querySelector<SVGGElement>('.cell[data-code="205"]')!;
    expect(cell.getAttribute('aria-label')).to.contain(LONG);
    el.path = '2010101010101010101';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.breadcrumb li')).to.have.length(10);
    expect(codes()).to.deep.equal(['201010101010101010101']);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    for (const text of el.shadowRoot!.querySelectorAll('.labels text')) expect(text.getBoundingClientRect().right).to.be.at.most(svg.right + 1);
  });

  it('every widget draws a single project with an empty name and a single indicator', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width:700px">
      <budget-summary .data=${data}></budget-summary>
      <budget-balance .data=${data}></budget-balance>
      <budget-timeline .data=${data} today="2024-01-01"></budget-timeline>
      <budget-indicators .data=${data}></budget-indicators>
    </div>`);
    const elements = [...container.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) {
      expect(el.shadowRoot!.querySelector('[role="alert"]'), el.localName).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.textContent!.trim().length, el.localName).to.be.greaterThan(0);
    }
    expect(elements[2].shadowRoot!.querySelectorAll('.point')).to.have.length(4);
    expect(elements[3].shadowRoot!.querySelectorAll('tr.indicator')).to.have.length(1);
  });
});
