// The analyst's demo: the bundled sample on load; drop or open a disclosure (.txt, through the
// converter) or a dataset (.json) to see it instead, with every problem the converter found.
import '../src/index.js';
import { parseDisclosure, DisclosureError } from '../src/convert/index.js';
import { checkConsistency } from '../src/data/index.js';
import { validateDataset, type BudgetDataset } from '../src/model/index.js';
import sample from '../data/samples/cangzhou-kfq-zzrsb-2024.json';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const summary = $<HTMLElementTagNameMap['budget-summary']>('summary');
const treemap = $<HTMLElementTagNameMap['budget-treemap']>('treemap');
const balance = $<HTMLElementTagNameMap['budget-balance']>('balance');
const timeline = $<HTMLElementTagNameMap['budget-timeline']>('timeline');
const indicators = $<HTMLElementTagNameMap['budget-indicators']>('indicators');
const widgets = [summary, balance, treemap, timeline, indicators];
const entitySelect = $<HTMLSelectElement>('entity');
const problems = $<HTMLUListElement>('problems');
const params = new URLSearchParams(location.search);

function listProblems(items: { severity: string; text: string }[]) {
  problems.replaceChildren(
    ...(items.length ? items : [{ severity: 'info', text: 'None.' }]).map(({ severity, text }) => {
      const li = document.createElement('li');
      const badge = document.createElement('span');
      badge.className = `severity-${severity}`;
      badge.textContent = severity.toUpperCase();
      li.append(badge, ` ${text}`);
      return li;
    }),
  );
}

function show(dataset: BudgetDataset, source: string) {
  for (const widget of widgets) widget.data = dataset;
  entitySelect.replaceChildren(
    ...dataset.entities.map((e) => {
      const option = document.createElement('option');
      option.value = e.scope === 'department' ? '' : e.code;
      option.textContent = `${e.code} ${e.name}`;
      return option;
    }),
  );
  entitySelect.value = params.get('entity') ?? '';
  for (const widget of widgets) widget.entity = entitySelect.value || null;
  $('source').textContent = `Showing ${source}: ${dataset.meta.title}`;
  const where = (d: { line?: number; table?: string }) => [d.line ? `line ${d.line}` : '', d.table ?? ''].filter(Boolean).join(', ');
  listProblems([
    ...dataset.diagnostics.map((d) => ({ severity: d.severity, text: `${where(d)}: ${d.message}` })),
    ...checkConsistency(dataset)
      .filter((c) => !c.ok)
      .map((c) => ({ severity: 'warning', text: `[${c.rule}] ${c.entity} ${where(c)}: ${c.message}` })),
  ]);
}

async function open(file: File) {
  const text = await file.text();
  try {
    if (/\.json$/i.test(file.name)) {
      const value = JSON.parse(text);
      const found = validateDataset(value);
      if (found.length) {
        listProblems(found.map((p) => ({ severity: 'error', text: `${file.name} ${p.path}: ${p.message}` })));
        return;
      }
      show(value, file.name);
    } else {
      show(parseDisclosure(text, { fileName: file.name }).dataset, file.name);
    }
  } catch (error) {
    const message = error instanceof DisclosureError || error instanceof SyntaxError ? error.message : String(error);
    listProblems([{ severity: 'error', text: `${file.name}: ${message}` }]);
  }
}

$<HTMLInputElement>('file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) void open(file);
});
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
document.addEventListener('drop', (event) => {
  event.preventDefault();
  document.body.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) void open(file);
});
entitySelect.addEventListener('change', () => {
  for (const widget of widgets) widget.entity = entitySelect.value || null;
  treemap.path = '';
  entitySelect.value ? params.set('entity', entitySelect.value) : params.delete('entity');
  history.replaceState(null, '', `?${params}`);
});
// Interface settings go to every widget; treemap settings to the treemap. All live in the URL.
for (const id of ['lang', 'theme', 'measure', 'classification'] as const) {
  const select = $<HTMLSelectElement>(id);
  select.value = params.get(id) ?? select.value;
  const targets = id === 'lang' || id === 'theme' ? widgets : [treemap];
  const apply = () => {
    if (id === 'classification') {
      // The economic classification has other measures; fall back to its total.
      treemap.setAttribute('measure', 'total');
      $<HTMLSelectElement>('measure').value = 'total';
      treemap.path = '';
    }
    for (const widget of targets) widget.setAttribute(id, select.value);
    params.set(id, select.value);
  };
  apply();
  select.addEventListener('change', () => {
    apply();
    history.replaceState(null, '', `?${params}`);
  });
}

treemap.path = params.get('path') ?? '';
// Linked views: choosing a class in the balance chart opens it in the treemap.
balance.addEventListener('budget-select', (event) => {
  const { code } = event.detail;
  if (!code || treemap.classification !== 'function') return;
  treemap.path = code;
  params.set('path', code);
  history.replaceState(null, '', `?${params}`);
});
treemap.addEventListener('budget-select', () => {
  queueMicrotask(() => {
    treemap.path ? params.set('path', treemap.path) : params.delete('path');
    history.replaceState(null, '', `?${params}`);
  });
});

show(sample as BudgetDataset, 'the bundled sample (cangzhou-kfq-zzrsb-2024)');
