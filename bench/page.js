// Runs inside the benchmark page (headless Chromium): synthetic datasets, view-model builds, and
// render timings of our elements and of ECharts on the same data. Loaded by bench/index.js.
const { echarts } = await import('/bench/.build/echarts/entry.js');
const layer = await import('/bench/.build/data-layer/entry.js');
const sample = await (await fetch('/data/samples/cangzhou-kfq-zzrsb-2024.json')).json();
const stage = document.getElementById('stage');

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
async function until(done, limit = 600) {
  for (let i = 0; !done(); i++) {
    if (i > limit) throw new Error('never finished rendering');
    await frame();
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The sample with its 支出总表 replaced by about `rows` rows: 10 类, sections of 100 项. */
function expenditureRows(rows) {
  const ds = structuredClone(sample);
  delete ds.views;
  const table = ds.entities[0].tables.find((t) => t.kind === 'expenditure');
  const items = 100;
  const sections = Math.max(1, Math.round(rows / 10 / items));
  const out = [];
  let line = 1;
  let grand = 0;
  for (let c = 0; c < 10; c++) {
    const cls = String(201 + c);
    const classRow = { line: line++, cells: { code: cls, name: `类${cls}`, total: 0, basic: 0, project: 0 } };
    out.push(classRow);
    for (let s = 0; s < sections; s++) {
      const sec = cls + String(s).padStart(2, '0');
      const secRow = { line: line++, cells: { code: sec, name: `款${sec}`, total: 0, basic: 0, project: 0 } };
      out.push(secRow);
      for (let i = 0; i < items; i++) {
        const value = Math.round(((c * 7 + s * 3 + i) % 97) * 100 + 100) / 100;
        out.push({ line: line++, cells: { code: sec + String(i).padStart(2, '0'), name: `项目名称${sec}${i}`, total: value, basic: 0, project: value } });
        secRow.cells.total = Math.round((secRow.cells.total + value) * 100) / 100;
      }
      secRow.cells.project = secRow.cells.total;
      classRow.cells.total = Math.round((classRow.cells.total + secRow.cells.total) * 100) / 100;
    }
    classRow.cells.project = classRow.cells.total;
    grand = Math.round((grand + classRow.cells.total) * 100) / 100;
  }
  table.rows = [{ line: line++, cells: { code: null, name: '合计', total: grand, basic: 0, project: grand } }, ...out];
  return ds;
}

/** The sample's department with `count` projects copied from its 27. */
function projects(count, { indicators = true } = {}) {
  const ds = structuredClone(sample);
  delete ds.views;
  const entity = ds.entities[0];
  const source = entity.projects;
  entity.projects = Array.from({ length: count }, (_, i) => {
    const p = structuredClone(source[i % source.length]);
    const scale = 1 + (i % 13) / 10;
    p.code = `SYN${String(i).padStart(6, '0')}`;
    p.name = `${p.name} ${i}`;
    p.line = 100000 + i * 100;
    p.budget = p.budget === null ? null : Math.round(p.budget * scale * 100) / 100;
    for (const c of p.plan.checkpoints) if (c.value !== null) c.value = Math.round(c.value * scale * 100) / 100;
    p.indicators = indicators ? p.indicators.map((indicator, j) => ({ ...indicator, line: p.line + 10 + j })) : [];
    return p;
  });
  return ds;
}

const DONE = {
  'budget-summary': (el) => !!el.shadowRoot.querySelector('.figures, dl'),
  'budget-balance': (el) => !!el.shadowRoot.querySelector('svg [role="button"]'),
  'budget-treemap': (el) => !!el.shadowRoot.querySelector('svg [role="button"]'),
  'budget-timeline': (el) => !!el.shadowRoot.querySelector('svg [role="button"]'),
  'budget-indicators': (el) => !!el.shadowRoot.querySelector('tr.indicator'),
  'budget-findings': (el) => !!el.shadowRoot.querySelector('[part="finding"]'),
};

/**
 * Resolves as soon as `done()` holds after a change under `root` (a MutationObserver, not a frame
 * poll, so the time is the work's and not the frame rate's), then forces style and layout.
 */
function completed(root, done, host) {
  return new Promise((resolve, reject) => {
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      host.getBoundingClientRect();
      resolve();
    };
    const observer = new MutationObserver(() => done() && finish());
    const timer = setTimeout(() => (observer.disconnect(), reject(new Error('never finished rendering'))), 10000);
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    if (done()) finish();
  });
}

/**
 * Ours: from setting `data` to the complete element, laid out (a chart measures its box and draws
 * in the same frame). By default a fresh copy, so validation and the views' fingerprint count;
 * `held` hands the dataset the page already holds (validated and fingerprinted once, as a page
 * showing several widgets of one dataset does), for the side-by-side with ECharts.
 */
async function renderOurs(tag, dataset, runs, attributes = {}, { held = false } = {}) {
  const times = [];
  // One warm-up run, not counted: the first one loads chunks and compiles code.
  for (let r = -1; r < runs; r++) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    stage.append(el);
    await el.updateComplete;
    const data = held ? dataset : structuredClone(dataset);
    await frame();
    const start = performance.now();
    el.data = data;
    await completed(el.shadowRoot, () => DONE[tag](el) || !!el.shadowRoot.querySelector('[role="alert"]'), el);
    if (r >= 0) times.push(performance.now() - start);
    if (el.shadowRoot.querySelector('[role="alert"]')) throw new Error(`${tag}: ${el.shadowRoot.querySelector('[role="alert"]').textContent}`);
    el.remove();
  }
  return median(times);
}

/** ECharts: from `init` with the hierarchy ready to its cells drawn and laid out. */
async function renderECharts(tree, runs) {
  const times = [];
  const data = (node) => ({ name: node.name, value: node.value, children: node.children.length ? node.children.map(data) : undefined });
  for (let r = -1; r < runs; r++) {
    const box = document.createElement('div');
    box.style.cssText = 'width:900px;height:352px';
    stage.append(box);
    const series = tree.children.map(data);
    await frame();
    const start = performance.now();
    const chart = echarts.init(box, null, { renderer: 'svg' });
    // One level at a time with drill-down, as our treemap shows it.
    chart.setOption({ animation: false, series: [{ type: 'treemap', data: series, leafDepth: 1, roam: false, breadcrumb: { show: true } }] });
    await completed(box, () => box.querySelectorAll('path, rect').length >= series.length, box);
    if (r >= 0) times.push(performance.now() - start);
    chart.dispose();
    box.remove();
  }
  return median(times);
}

/** Ours: from a filter change to the painted result, on an element already showing the data. */
async function filterOurs(dataset, runs, changes) {
  const el = document.createElement('budget-indicators');
  stage.append(el);
  el.data = structuredClone(dataset);
  await el.updateComplete;
  const times = [];
  for (let r = -1; r < runs; r++) {
    for (const key of Object.keys(changes)) el[key] = '';
    await el.updateComplete;
    await frame();
    const start = performance.now();
    Object.assign(el, changes);
    await el.updateComplete;
    await frame();
    if (r >= 0) times.push(performance.now() - start);
  }
  el.remove();
  return median(times);
}

/** Building every view model of a dataset (what `budget-widgets convert` adds), median of runs. */
function buildViews(dataset, runs) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const copy = structuredClone(dataset);
    const start = performance.now();
    layer.precomputeViews(copy);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A catalog.json of `departments` × 4 years of 预算, totals varied, as `budget-widgets catalog` writes it. */
function syntheticCatalog(departments) {
  const datasets = [];
  for (let d = 0; d < departments; d++) {
    for (const year of [2022, 2023, 2024, 2025]) {
      const code = String(500 + d);
      datasets.push({
        file: `${code}-${year}.json`,
        department: `合成部门${String(d + 1).padStart(3, '0')}`,
        code,
        year,
        kind: 'budget',
        title: `合成部门${d + 1}${year}年部门预算`,
        unit: d % 5 ? '万元' : '元',
        total: Math.round((((d * 37) % 997) + 10) * (1 + (year - 2022) / 20) * (d % 5 ? 100 : 1e6)) / 100,
        problems: { certain: d % 7 ? 0 : 1, likely: 0, diagnostics: 2 },
        source: { fileName: `${code}-${year}.pdf`, sha256: '0'.repeat(64) },
      });
    }
  }
  return { version: 1, generator: 'bench', datasets };
}

/** `<budget-catalog>`: from setting `src` to the picker and the overview drawn and laid out (the fetch of a local blob included). */
async function renderCatalog(catalog, runs) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(catalog)], { type: 'application/json' }));
  const times = [];
  for (let r = -1; r < runs; r++) {
    const el = document.createElement('budget-catalog');
    stage.append(el);
    // The one-tag bundle fetches <budget-catalog> once one is on the page (the warm-up run).
    await customElements.whenDefined('budget-catalog');
    await el.updateComplete;
    await frame();
    const start = performance.now();
    el.src = url;
    await completed(el.shadowRoot, () => !!el.shadowRoot.querySelector('.cell') && !!el.shadowRoot.querySelector('.picker button'), el);
    if (r >= 0) times.push(performance.now() - start);
    el.remove();
  }
  URL.revokeObjectURL(url);
  return median(times);
}

window.runBenchmarks = async ({ runs, sizes }) => {
  const results = [];
  const add = (group, widget, data, ours, theirs) => results.push({ group, widget, data, ours, theirs });
  const withSampleViews = sample;
  for (const tag of ['budget-summary', 'budget-balance', 'budget-treemap', 'budget-timeline', 'budget-indicators', 'budget-findings']) {
    add('sample', tag, 'sample', await renderOurs(tag, withSampleViews, runs));
  }
  add('sample', 'budget-treemap', 'sample, no precomputed views (Arquero layer)', await renderOurs('budget-treemap', (() => { const d = structuredClone(sample); delete d.views; return d; })(), runs));
  const sampleTree = layer.expenditureHierarchy(sample);
  results.find((r) => r.widget === 'budget-treemap' && r.data === 'sample').theirs = await renderECharts(sampleTree, runs);

  // The entries issues 6 and 7 asked for: 2,000 projects in the timeline; 20,000 indicators, and
  // filtering them.
  const twoThousand = layer.withViews(projects(2000, { indicators: false }));
  add('issue', 'budget-timeline', '2,000 projects combined', await renderOurs('budget-timeline', twoThousand, runs));
  add('issue', 'budget-timeline', '2,000 projects, 5 largest + the rest grouped', await renderOurs('budget-timeline', twoThousand, runs, { mode: 'projects' }));
  const twentyThousand = projects(2500);
  add('issue', 'budget-indicators', '20,000 indicators (page of 50)', await renderOurs('budget-indicators', twentyThousand, runs));
  add('issue', 'budget-indicators', 'sample, search "满意" (change → painted)', await filterOurs(sample, runs, { query: '满意' }));
  add('issue', 'budget-indicators', '20,000 indicators, search "满意" (change → painted)', await filterOurs(twentyThousand, runs, { query: '满意' }));
  add('issue', 'budget-indicators', '20,000 indicators, 一级 = 产出指标 and quantitative (change → painted)', await filterOurs(twentyThousand, runs, { level1: '产出指标', kind: 'quantitative' }));

  add('catalog', 'budget-catalog', '1,000 documents (250 departments × 4 years): picker and overview, from catalog.json', await renderCatalog(syntheticCatalog(250), runs));

  for (const rows of sizes) {
    const n = rows >= 100000 ? Math.max(3, Math.ceil(runs / 2)) : runs;
    const label = `${rows.toLocaleString('en')} rows`;
    const expenditure = expenditureRows(rows);
    // Building views is quick next to rendering: the median of every run, not of the fewer 100,000-row render runs.
    add('views', 'view models (all widgets)', `${label} of 支出总表`, buildViews(expenditure, Math.max(5, runs)));
    const ready = layer.withViews(expenditure);
    const tree = layer.expenditureHierarchy(expenditure);
    add('growth', 'budget-treemap', `${label} (leaves), dataset held by the page`, await renderOurs('budget-treemap', ready, Math.max(5, n), {}, { held: true }), await renderECharts(tree, Math.max(5, n)));
    add('growth', 'budget-treemap', `${label} (leaves), fresh copy (validated, fingerprinted)`, await renderOurs('budget-treemap', ready, n));
    add('growth', 'budget-balance', `${label} of 支出总表`, await renderOurs('budget-balance', ready, n));
    add('growth', 'budget-summary', `${label} of 支出总表`, await renderOurs('budget-summary', ready, n));
    const plans = layer.withViews(projects(Math.round(rows / 4), { indicators: false }));
    add('growth', 'budget-timeline', `${label} of plan checkpoints (${Math.round(rows / 4).toLocaleString('en')} projects)`, await renderOurs('budget-timeline', plans, n));
    const indicators = projects(Math.round(rows / 8));
    add('growth', 'budget-indicators', `${label} of indicators (page of 50)`, await renderOurs('budget-indicators', indicators, n));
  }
  return results;
};
window.benchReady = true;
