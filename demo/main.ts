// The analyst's dashboard: every widget on the bundled sample; open or drop a disclosure (PDF,
// DOCX, XLSX or text, converted in a worker) or a dataset (.json) to see it instead, with every problem and check
// linked to its line. The view lives in the URL, so a link reopens it.
import '../src/index.js';
import { checkConsistency } from '../src/data/index.js';
import { describeDiagnostic, type BudgetDataset } from '../src/model/index.js';
import type { ConvertReply, ConvertRequest } from './convert-worker.js';
import sample from '../data/samples/cangzhou-kfq-zzrsb-2024.json';
import sampleText from '../data/samples/cangzhou-kfq-zzrsb-2024.txt?raw';
import { attributesOf } from '../src/base/attributes.js';
import { chartPng, chartSvg, download, type ChartCaption } from './export.js';
import { demoLang, say, setDemoLang, type DemoLang } from './text.js';
import { renderProblems, renderReport, setSource, showLine } from './report.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const summary = $<HTMLElementTagNameMap['budget-summary']>('summary');
const balance = $<HTMLElementTagNameMap['budget-balance']>('balance');
const treemap = $<HTMLElementTagNameMap['budget-treemap']>('treemap');
const timeline = $<HTMLElementTagNameMap['budget-timeline']>('timeline');
const indicators = $<HTMLElementTagNameMap['budget-indicators']>('indicators');
const findings = $<HTMLElementTagNameMap['budget-findings']>('findings');
const widgets = { summary, balance, treemap, timeline, indicators, findings };
const all = Object.values(widgets);
const entitySelect = $<HTMLSelectElement>('entity');
const catalogElement = $<HTMLElementTagNameMap['budget-catalog']>('catalog');
const params = new URLSearchParams(location.search);
let dataset = sample as unknown as BudgetDataset;
let datasetName = 'cangzhou-kfq-zzrsb-2024';

/** Writes the current view into the URL (replacing, so Back leaves the page as users expect). */
function saveState(): void {
  const state: Record<string, string | null> = {
    entity: entitySelect.value || null,
    path: treemap.path || null,
    project: indicators.project || null,
    query: indicators.query || null,
    level1: indicators.level1 || null,
    mode: timeline.mode === 'projects' ? 'projects' : null,
    doc: catalogElement.selected || null,
    scale: timeline.scale === 'percent' ? 'percent' : null,
  };
  for (const [key, value] of Object.entries(state)) (value ? params.set(key, value) : params.delete(key));
  history.replaceState(null, '', `${location.pathname}?${params}`);
}

let shownSource = '';

/** The page's words about the dataset shown, in the page's language: title, source, problems, checks. */
function renderPanels(): void {
  $('source').textContent = say('showing', { source: shownSource });
  $('title').textContent = dataset.meta.title;
  document.title = `${dataset.meta.title} · budget-widgets`;
  renderProblems(dataset.diagnostics.map((d) => ({ severity: d.severity, text: describeDiagnostic(d, demoLang()), line: d.line })));
  renderReport(dataset, checkConsistency(dataset));
}

function show(next: BudgetDataset, source: string, text: string | null): void {
  dataset = next;
  datasetName = source.replace(/\.(txt|json|pdf|docx|xlsx)$/i, '');
  setSource(text);
  for (const widget of all) widget.data = next;
  entitySelect.replaceChildren(
    ...next.entities.map((e) => {
      const option = document.createElement('option');
      option.value = e.scope === 'department' ? '' : e.code;
      option.textContent = `${e.code} ${e.name}`;
      return option;
    }),
  );
  entitySelect.value = next.entities.some((e) => e.code === params.get('entity')) ? params.get('entity')! : '';
  for (const widget of all) widget.entity = entitySelect.value || null;
  shownSource = source;
  renderPanels();
}

// A finding asked to be seen: its project in the timeline and the indicators, its line in the source.
findings.addEventListener('budget-select', (event) => {
  const detail = event.detail;
  if (detail.kind !== 'finding') return;
  if (detail.code && /^plan-/.test(detail.rule)) selectProject(detail.code);
  if (detail.line) showLine(detail.line, detail.figures);
});

/** Longest a conversion may take before the worker is stopped (a 60-page PDF takes about 2 s here). */
const CONVERT_TIME_LIMIT_MS = 120_000;
let conversion: { worker: Worker; cancel: (message?: string) => void } | null = null;

function showFileError(message: string | null): void {
  const box = $('file-error');
  box.hidden = !message;
  box.textContent = message ?? '';
}

/** Reads a dropped or picked file in a worker, with progress and a cancel button. */
function open(file: File): Promise<void> {
  conversion?.cancel();
  const panel = $('convert');
  const bar = $<HTMLProgressElement>('convert-bar');
  const status = $('convert-status');
  panel.hidden = false;
  bar.removeAttribute('value');
  status.textContent = say('reading', { file: file.name });
  showFileError(null);
  const worker = new Worker(new URL('./convert-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<void>((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
      panel.hidden = true;
      conversion = null;
      resolve();
    };
    const fail = (message: string) => {
      showFileError(say('unreadable', { file: file.name, current: dataset.meta.title, message }));
      finish();
    };
    const timer = setTimeout(() => fail(say('tooSlow', { seconds: CONVERT_TIME_LIMIT_MS / 1000 })), CONVERT_TIME_LIMIT_MS);
    conversion = { worker, cancel: (message = say('cancelled')) => fail(message) };
    worker.addEventListener('message', (event: MessageEvent<ConvertReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        const { stage, done, total, tables } = reply.progress;
        if (total) bar.value = done / total;
        status.textContent = stage === 'recognize' ? say('recognising', { tables }) : say('readPages', { done, total: total || '?', tables });
        return;
      }
      if (reply.type === 'error') {
        fail(reply.message);
        return;
      }
      show(reply.dataset, file.name, reply.text);
      // A new file starts a new view.
      treemap.path = '';
      indicators.project = '';
      timeline.project = '';
      saveState();
      finish();
    });
    worker.addEventListener('error', (event) => fail(event.message || say('stopped')));
    worker.postMessage({ file, name: file.name } satisfies ConvertRequest);
  });
}
$('convert-cancel').addEventListener('click', () => conversion?.cancel());

// Files: the picker and drag and drop anywhere.
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

// Settings: interface ones go to every widget, treemap ones to the treemap. All live in the URL.
entitySelect.addEventListener('change', () => {
  for (const widget of all) widget.entity = entitySelect.value || null;
  treemap.path = '';
  indicators.project = '';
  timeline.project = '';
  saveState();
});
for (const id of ['lang', 'theme', 'measure', 'classification', 'mode', 'scale'] as const) {
  const select = $<HTMLSelectElement>(id);
  select.value = params.get(id) ?? select.value;
  const targets = id === 'lang' || id === 'theme' ? all : id === 'mode' || id === 'scale' ? [timeline] : [treemap];
  const apply = (changed: boolean) => {
    if (id === 'classification' && changed) {
      // The economic classification has other measures; fall back to its total.
      treemap.setAttribute('measure', 'total');
      $<HTMLSelectElement>('measure').value = 'total';
      treemap.path = '';
    }
    for (const widget of targets) widget.setAttribute(id, select.value);
    if (id === 'theme') document.body.dataset.theme = select.value;
    // One language at a time: the page's own words follow the widgets'.
    if (id === 'lang') {
      setDemoLang(select.value as DemoLang);
      if (changed) renderPanels();
    }
    params.set(id, select.value);
  };
  apply(false);
  select.addEventListener('change', () => {
    apply(true);
    saveState();
  });
}

// Restore the view from the URL.
treemap.path = params.get('path') ?? '';
indicators.project = params.get('project') ?? '';
timeline.project = params.get('project') ?? '';
indicators.query = params.get('query') ?? '';
indicators.level1 = params.get('level1') ?? '';
if (params.get('mode') === 'projects') timeline.mode = 'projects';
if (params.get('scale') === 'percent') timeline.scale = 'percent';

// Linked views. Classes link the balance and the treemap. Projects link the timeline and the
// indicator table. The document does not say which class a project is paid from, so choosing a
// class cannot filter the projects; the page says so instead of guessing.
const linkNote = $('link-note');
const clearProject = $<HTMLButtonElement>('clear-project');
function selectProject(code: string): void {
  indicators.project = code;
  timeline.project = code;
  clearProject.hidden = !code;
  saveState();
}
clearProject.hidden = !indicators.project;
clearProject.addEventListener('click', () => selectProject(''));
balance.addEventListener('budget-select', (event) => {
  const detail = event.detail;
  if ((detail.kind !== 'expenditure' && detail.kind !== 'income') || !detail.code || treemap.classification !== 'function') return;
  const { code } = detail;
  treemap.path = code;
  saveState();
});
treemap.addEventListener('budget-select', (event) => {
  if (event.detail.kind !== 'classification') return;
  linkNote.hidden = false;
  linkNote.textContent = say('projectsNotLinked', { code: event.detail.code, name: event.detail.name });
  queueMicrotask(saveState);
});
timeline.addEventListener('budget-select', (event) => {
  if (event.detail.kind === 'project' && event.detail.code) selectProject(event.detail.code);
});
indicators.addEventListener('budget-select', (event) => {
  if (event.detail.kind === 'project') selectProject(event.detail.code);
});
indicators.addEventListener('budget-filter', () => saveState());
// The drill path reflects to an attribute; going up (Escape, the breadcrumb) fires no event.
new MutationObserver(() => saveState()).observe(treemap, { attributes: true, attributeFilter: ['path'] });

// Exports: the dataset, and each widget's rows and chart.
/** What a chart shows, in a file name. */
const CHART_NAMES: Record<keyof typeof widgets, string> = { summary: '概览', balance: '收入与支出', treemap: '支出结构', timeline: '支出计划', indicators: '绩效指标', findings: '一致性问题' };

/** A file name a reader recognises: 中共河北沧州经济开发区工委组织人事部-2024-支出结构. */
function exportName(chart?: keyof typeof widgets): string {
  const who = dataset.meta.department.name || dataset.meta.title || datasetName;
  return [who, String(dataset.meta.year), chart ? CHART_NAMES[chart] : ''].filter(Boolean).join('-').replace(/[\\/:*?"<>|\s]+/g, '_');
}

/** The line under an exported chart: where its figures come from, their unit, the day it was made. */
function caption(): ChartCaption {
  const source = dataset.meta.source?.fileName ?? `${datasetName}`;
  return { footer: `来源：${source} · 单位：${dataset.meta.unit} · 导出：${new Date().toISOString().slice(0, 10)}` };
}

$('export-dataset').addEventListener('click', () => download(`${exportName()}.json`, JSON.stringify(dataset, null, 1), 'application/json'));
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-widget]')) {
  const name = figure.dataset.widget as keyof typeof widgets;
  const widget = widgets[name];
  const exports = figure.querySelector('.exports');
  if (!exports) continue;
  const button = (label: string, action: () => void | Promise<void>) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.dataset.export = label.split(' ')[0].toLowerCase();
    b.addEventListener('click', () => void action());
    exports.append(b);
  };
  button(`CSV · ${name}`, () => download(`${exportName(name)}.csv`, widget.toCSV(), 'text/csv;charset=utf-8'));
  if (name === 'indicators') continue;
  button(`SVG · ${name}`, () => {
    const svg = chartSvg(widget, caption());
    if (svg) download(`${exportName(name)}.svg`, svg, 'image/svg+xml');
  });
  button(`PNG · ${name}`, async () => {
    const png = await chartPng(widget, caption());
    if (png) download(`${exportName(name)}.png`, png);
  });
}

// The embed panel writes the snippet for the widget as it is set up now: every attribute its class
// declares and the widget carries (src is the snippet's own; findings is an id on this page).
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
function writeEmbed(): void {
  const name = $<HTMLSelectElement>('embed-widget').value;
  const widget = widgets[name as keyof typeof widgets];
  const src = $<HTMLInputElement>('embed-src').value || '/data/budget-2024.json';
  const attributes = attributesOf(widget.localName)
    .filter((a) => a !== 'src' && a !== 'findings')
    .map((a) => [a, widget.getAttribute(a)] as const)
    .filter(([, v]) => v);
  $<HTMLTextAreaElement>('embed-snippet').value =
    `<script type="module" src="/assets/budget-widgets.js"></script>\n<budget-${name} src="${escapeAttribute(src)}"${attributes.map(([a, v]) => ` ${a}="${escapeAttribute(v!)}"`).join('')}></budget-${name}>`;
  const query = new URLSearchParams({ widget: name, src, ...Object.fromEntries(attributes as [string, string][]) });
  $<HTMLTextAreaElement>('embed-iframe').value =
    `<iframe src="/assets/embed.html?${escapeAttribute(query.toString())}" title="部门预算" style="width:100%;border:0" loading="lazy"></iframe>\n<script src="/assets/embed-resize.js"></script>`;
}
for (const id of ['embed-widget', 'embed-src']) $(id).addEventListener('input', writeEmbed);
$('embed').addEventListener('toggle', writeEmbed);
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', async () => {
    const area = $<HTMLTextAreaElement>(button.dataset.copy!);
    area.select();
    try {
      await navigator.clipboard.writeText(area.value);
      $('copy-status').textContent = say('copied');
    } catch {
      $('copy-status').textContent = say('selected');
    }
  });
}


// A catalog (?catalog=URL): its picker and overview above the dashboard. Picking a document sets
// every widget's src (and compare-src: the year before, or a 决算's 预算); the page's panels follow
// the dataset the summary loads.
const catalogUrl = params.get('catalog');
if (catalogUrl) {
  $('catalog-panel').hidden = false;
  catalogElement.selected = params.get('doc');
  catalogElement.src = catalogUrl;
  catalogElement.addEventListener('budget-select', (event) => {
    if (event.detail.kind !== 'document') return;
    // The catalog has set src: a dataset set as an object (the sample, a dropped file) would win.
    for (const widget of all) widget.data = null;
    treemap.path = '';
    indicators.project = '';
    timeline.project = '';
    queueMicrotask(saveState);
  });
  summary.addEventListener('budget-load', (event) => {
    if (!event.detail.src) return;
    dataset = event.detail.dataset;
    datasetName = event.detail.src.split('/').pop()!.replace(/\.json$/i, '');
    setSource(null);
    shownSource = event.detail.dataset.meta.source?.fileName ?? datasetName;
    for (const widget of all) if (widget !== summary) widget.entity = null;
    entitySelect.replaceChildren(
      ...dataset.entities.map((e) => Object.assign(document.createElement('option'), { value: e.scope === 'department' ? '' : e.code, textContent: `${e.code} ${e.name}` })),
    );
    renderPanels();
  });
}

// On a phone the settings start folded: the first screen is for the figures.
if (matchMedia('(max-width: 40rem)').matches) $<HTMLDetailsElement>('settings').open = false;

show(dataset, 'cangzhou-kfq-zzrsb-2024.txt', sampleText);
// A link to a catalog's document reopens it rather than the sample.
if (catalogUrl && params.get('doc')) for (const widget of all) widget.data = null;
writeEmbed();
