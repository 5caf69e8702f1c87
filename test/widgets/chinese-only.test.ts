// On a zh-CN page every widget speaks Chinese in every state: drawn, with findings, loading, empty, failed to load,
// given an invalid dataset, a bad attribute value, or an entity the dataset does not have. Words in
// Latin letters are allowed only where they are not English: attribute names and values a webmaster
// types (classification="function"), file names, codes, and format names (CSV, JSON).
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import { clearDatasetCache } from '../../src/base/load.js';
import type { BudgetElement } from '../../src/base/budget-element.js';
import type { BudgetDataset } from '../../src/model/schema.js';
import { clone, sampleDataset } from '../helpers/sample.js';

const TAGS = ['budget-summary', 'budget-treemap', 'budget-balance', 'budget-timeline', 'budget-indicators', 'budget-findings'];

/** Latin words that are not English prose: attribute names and values, formats, placeholders. */
const NOT_ENGLISH = new Set(['table', 'summary', 'fiscal', 'severity', 'certain', 'likely', 'note', 'HTTP', 'CSV', 'JSON', 'PNG', 'SVG', 'CSP', 'YYYY', 'MM', 'DD', 'src', 'data', 'classification', 'function', 'economic', 'measure', 'today', 'total', 'basic', 'project', 'personnel', 'publicUse', 'script', 'unsafe', 'eval', 'budget', 'widgets', 'convert', 'everything', 'nowhere', 'json', 'entity', 'xyz']);

function englishWords(el: Element): string[] {
  const text = el.shadowRoot!.textContent!.replace(/\$[\w.[\]"]*/g, ' ').replace(/\S+\.json\b/g, ' ').replace(/\b[0-9A-Z]*\d[0-9A-Z]*\b/g, ' ');
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !NOT_ENGLISH.has(w));
}

async function show(tag: string, attributes: string, data: BudgetDataset | null, src?: string): Promise<BudgetElement> {
  const el = await fixture<BudgetElement>(html`<${unsafeStatic(tag)} ${unsafeStatic(attributes)} .data=${data} src=${src ?? ''}></${unsafeStatic(tag)}>`);
  await el.updateComplete;
  return el;
}

const BAD_ATTRIBUTE: Record<string, string> = {
  'budget-treemap': 'classification="xyz"',
  'budget-balance': 'table="xyz"',
  'budget-timeline': 'today="xyz"',
  'budget-indicators': 'project="xyz"',
  'budget-findings': 'severity="xyz"',
  'budget-summary': '',
};

describe('every widget speaks Chinese on a zh-CN page, in every state', () => {
  let sample: BudgetDataset;
  before(async () => {
    sample = await sampleDataset();
  });
  afterEach(() => clearDatasetCache());

  for (const tag of TAGS) {
    it(`<${tag}>`, async () => {
      const empty = clone(sample);
      delete empty.views;
      for (const entity of empty.entities) {
        entity.projects = [];
        for (const table of entity.tables) if (table.kind === 'expenditure' || table.kind === 'summary') table.rows = [];
      }
      const invalid = clone(sample) as unknown as { meta: Record<string, unknown> };
      delete invalid.meta.year;
      // The balance and the summary show the document's own inconsistencies too: 收入总计 changed.
      const inconsistent = clone(sample);
      delete inconsistent.views;
      const summary = inconsistent.entities[0].tables.find((t) => t.kind === 'summary')!;
      summary.rows.find((r) => r.cells.incomeItem === '收入总计')!.cells.incomeAmount = 2700;
      const states: [string, BudgetElement][] = [
        ['drawn', await show(tag, '', sample)],
        ['with findings', await show(tag, '', inconsistent)],
        ['empty', await show(tag, '', empty)],
        ['invalid dataset', await show(tag, '', invalid as unknown as BudgetDataset)],
        ['bad attribute', await show(tag, BAD_ATTRIBUTE[tag], sample)],
        ['bad entity', await show(tag, 'entity="999"', sample)],
      ];
      const failing = await show(tag, 'timeout="5"', null, '/nowhere.json');
      await new Promise((resolve) => failing.addEventListener('budget-error', resolve, { once: true }));
      await failing.updateComplete;
      states.push(['failed to load', failing]);
      const loading = await show(tag, '', null, '/data/samples/cangzhou-kfq-zzrsb-2024.json');
      states.push(['loading', loading]);
      const found = states.map(([state, el]) => [state, englishWords(el).join(' ')]).filter(([, words]) => words);
      expect(found).to.deep.equal([]);
    });
  }
});
