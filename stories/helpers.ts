// What the stories share: the bundled sample, datasets built to show a state, and rendering an
// element from story args with attributes set as attributes and the dataset as a property.
import type { BudgetDataset } from '../src/model/schema.js';
import { BudgetBalanceElement } from '../src/widgets/budget-balance/budget-balance.js';
import { BudgetFindingsElement } from '../src/widgets/budget-findings/budget-findings.js';
import { BudgetIndicatorsElement } from '../src/widgets/budget-indicators/budget-indicators.js';
import { BudgetTimelineElement } from '../src/widgets/budget-timeline/budget-timeline.js';
import { BudgetTreemapElement } from '../src/widgets/budget-treemap/budget-treemap.js';
import sampleJson from '../data/samples/cangzhou-kfq-zzrsb-2024.json';

export const SAMPLE_URL = '/sample-data/cangzhou-kfq-zzrsb-2024.json';
export const sample = sampleJson as unknown as BudgetDataset;

/** The embed snippet a webmaster copies, shown on each element's docs page. */
export function embedSnippet(tag: string, attributes = ''): string {
  return `<script type="module" src="/assets/budget-widgets.js"></script>\n<${tag} src="/data/budget-2024.json"${attributes ? ` ${attributes}` : ''}></${tag}>`;
}

/** The sample with one summary total changed: the consistency checks fail. */
export function withFindings(): BudgetDataset {
  const copy = structuredClone(sample);
  delete copy.views;
  const summary = copy.entities[0].tables.find((t) => t.kind === 'summary')!;
  const row = summary.rows.find((r) => r.cells.expenditureItem === '支出总计')!;
  row.cells.expenditureAmount = 2600;
  return copy;
}

/** The sample without projects or expenditure rows: nothing to draw. */
export function empty(): BudgetDataset {
  const copy = structuredClone(sample);
  delete copy.views;
  for (const entity of copy.entities) {
    entity.projects = [];
    for (const table of entity.tables) if (table.kind === 'expenditure') table.rows = [];
  }
  return copy;
}

/** Not a dataset: the widget names every problem with its path. */
export function invalid(): BudgetDataset {
  const copy = structuredClone(sample) as unknown as { meta: Record<string, unknown> };
  delete copy.meta.year;
  return copy as unknown as BudgetDataset;
}

/** A large synthetic document: `leaves` expenditure rows under 10 类, and `projects` projects. */
export function large(leaves = 5000, projects = 500): BudgetDataset {
  const copy = structuredClone(sample);
  delete copy.views;
  const entity = copy.entities[0];
  const table = entity.tables.find((t) => t.kind === 'expenditure')!;
  const rows: BudgetDataset['entities'][number]['tables'][number]['rows'] = [];
  let line = 1;
  let grand = 0;
  const sections = Math.max(1, Math.round(leaves / 10 / 50));
  for (let c = 0; c < 10; c++) {
    const cls = String(201 + c);
    const classRow = { line: line++, cells: { code: cls, name: `合成类 ${cls}`, total: 0 as number } };
    rows.push(classRow);
    for (let s = 0; s < sections; s++) {
      const sec = cls + String(s).padStart(2, '0');
      const secRow = { line: line++, cells: { code: sec, name: `合成款 ${sec}`, total: 0 as number } };
      rows.push(secRow);
      for (let i = 0; i < 50; i++) {
        const value = Math.round(((c * 7 + s * 3 + i) % 97) * 100 + 100) / 100;
        rows.push({ line: line++, cells: { code: sec + String(i).padStart(2, '0'), name: `合成项 ${sec}${i}`, total: value } });
        secRow.cells.total = Math.round((secRow.cells.total + value) * 100) / 100;
      }
      classRow.cells.total = Math.round((classRow.cells.total + secRow.cells.total) * 100) / 100;
    }
    grand = Math.round((grand + classRow.cells.total) * 100) / 100;
  }
  table.rows = [{ line: line++, cells: { code: null, name: '合计', total: grand } }, ...rows];
  const source = entity.projects;
  entity.projects = Array.from({ length: projects }, (_, i) => {
    const p = structuredClone(source[i % source.length]);
    p.code = `SYN${String(i).padStart(6, '0')}`;
    p.name = `${p.name}（合成 ${i + 1}）`;
    p.line = 100000 + i * 100;
    p.indicators = p.indicators.map((indicator, j) => ({ ...indicator, line: p.line + 10 + j }));
    return p;
  });
  return copy;
}

/**
 * Holds back requests to URLs containing "/slow/" forever, so a story can show the loading state.
 * Only the stories call it.
 */
export function holdSlowRequests(): void {
  const w = window as unknown as { __budgetSlowFetch?: boolean };
  if (w.__budgetSlowFetch) return;
  w.__budgetSlowFetch = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => (String(input instanceof Request ? input.url : input).includes('/slow/') ? new Promise<Response>(() => {}) : original(input, init));
}

/** Creates `tag` with string args as attributes, and `data` as the property. */
export function renderElement(tag: string, args: Record<string, unknown>): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { data?: unknown };
  for (const [name, value] of Object.entries(args)) {
    if (name === 'data' || name === 'compare') (el as unknown as Record<string, unknown>)[name] = value;
    // A CSS custom property control sets the property on the element, as a page's stylesheet would.
    else if (name.startsWith('--')) (value ? el.style.setProperty(name, String(value)) : el.style.removeProperty(name));
    else if (name.startsWith('::part(') || name.startsWith('on:') || name.startsWith('slot:')) continue;
    else if (name === 'width' || name === 'largeText') continue;
    else if (typeof value === 'boolean') el.toggleAttribute(name, value);
    else if (value !== undefined && value !== null && value !== '') el.setAttribute(name, String(value));
  }
  const wrapper = document.createElement('div');
  wrapper.dataset.storyRoot = '';
  wrapper.style.maxWidth = args.width ? `${args.width}px` : '900px';
  if (args.largeText) el.style.setProperty('--budget-font-size', '1.375rem');
  wrapper.append(el);
  return wrapper;
}

const ELEMENTS = {
  'budget-balance': BudgetBalanceElement,
  'budget-findings': BudgetFindingsElement,
  'budget-indicators': BudgetIndicatorsElement,
  'budget-timeline': BudgetTimelineElement,
  'budget-treemap': BudgetTreemapElement,
};

/**
 * The control of an enumerated attribute, from the element's own `static choices` (the list the
 * element checks values against), so that a story never offers a value the element refuses.
 * `blank` adds '' first for attributes whose empty value means "all" (filters).
 */
export function choiceControl(tag: keyof typeof ELEMENTS, property: string, control: 'inline-radio' | 'select' = 'inline-radio', blank = false) {
  // The classes themselves, not the registry: a story's argTypes are read before anything is defined.
  const values = (ELEMENTS[tag].choices as Record<string, { values: readonly string[] }>)[property]?.values;
  if (!values) throw new Error(`<${tag}> has no choices for ${property}`);
  // The blank value is labelled: an empty radio button or option says nothing.
  return { options: blank ? ['', ...values] : [...values], control: { type: control, labels: blank ? { '': '（全部）' } : {} } };
}
