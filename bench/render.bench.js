// Render time of the widgets in headless Chromium, from data available to a complete render
// (the element's update finished and a frame painted). Uses the built one-tag bundle.
// `npm run bench` builds first. Absolute times are noisy on a shared machine; compare sizes.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.js';

const bundle = readFileSync(new URL('../dist/budget-widgets.js', import.meta.url), 'utf8');
const sample = readFileSync(new URL('../data/samples/cangzhou-kfq-zzrsb-2024.json', import.meta.url), 'utf8');
const RUNS = 7;

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
await page.setContent('<!doctype html><html lang="zh-CN"><body style="width:900px"></body></html>');
await page.addScriptTag({ content: bundle, type: 'module' });
await page.waitForFunction(() => customElements.get('budget-treemap'));

/** Synthetic dataset: the sample with its 支出总表 replaced by `classes` × `sections` × `items` leaves. */
await page.evaluate((text) => {
  window.sample = JSON.parse(text);
  window.synthetic = (classes, sections, items) => {
    const ds = structuredClone(window.sample);
    const table = ds.entities[0].tables.find((t) => t.kind === 'expenditure');
    const rows = [];
    let line = 1;
    let grand = 0;
    for (let c = 0; c < classes; c++) {
      const cls = String(201 + c);
      const classRow = { line: line++, cells: { code: cls, name: `类${cls}`, total: 0 } };
      rows.push(classRow);
      for (let s = 0; s < sections; s++) {
        const sec = cls + String(s).padStart(2, '0');
        const secRow = { line: line++, cells: { code: sec, name: `款${sec}`, total: 0 } };
        rows.push(secRow);
        for (let i = 0; i < items; i++) {
          const value = Math.round(((c * 7 + s * 3 + i) % 97) * 100 + 100) / 100;
          rows.push({ line: line++, cells: { code: sec + String(i).padStart(2, '0'), name: `项目名称${sec}${i}`, total: value } });
          secRow.cells.total += value;
        }
        classRow.cells.total += secRow.cells.total;
      }
      grand += classRow.cells.total;
    }
    table.rows = [{ line: line++, cells: { code: null, name: '合计', total: grand } }, ...rows];
    return ds;
  };
  /** Synthetic dataset: the sample's department with `count` projects copied from its 27. */
  window.syntheticProjects = (count) => {
    const ds = structuredClone(window.sample);
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
      p.indicators.forEach((indicator, j) => (indicator.line = p.line + 10 + j));
      return p;
    });
    return ds;
  };
}, sample);

async function timeRender(tag, makeData, attrs = {}) {
  return page.evaluate(
    async ({ tag, makeData, attrs, runs }) => {
      const data = makeData === 'sample' ? window.sample : makeData.projects ? window.syntheticProjects(makeData.projects) : window.synthetic(...makeData);
      const times = [];
      for (let r = 0; r < runs; r++) {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        document.body.append(el);
        await el.updateComplete;
        // A fresh copy each run, so validation and the consistency checks are not served from
        // the per-object caches: this is the cost of a dataset arriving.
        const copy = structuredClone(data);
        const start = performance.now();
        el.data = copy;
        await el.updateComplete;
        await el.updateComplete; // the chart re-renders once its box is measured
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await el.updateComplete;
        times.push(performance.now() - start);
        el.remove();
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    },
    { tag, makeData, attrs, runs: RUNS },
  );
}

const cases = [
  ['budget-summary', 'sample', {}, 'sample'],
  ['budget-balance', 'sample', {}, 'sample'],
  ['budget-balance', [10, 100, 10], {}, '10,000 expenditure rows'],
  ['budget-treemap', 'sample', {}, 'sample (4 classes)'],
  ['budget-treemap', [10, 10, 10], {}, '1,000 leaves'],
  ['budget-treemap', [10, 100, 10], {}, '10,000 leaves (top level: 10 cells)'],
  ['budget-treemap', [10, 100, 10], { path: '201' }, '10,000 leaves, drilled to a class of 100 sections'],
  ['budget-timeline', 'sample', {}, 'sample (27 projects combined)'],
  ['budget-timeline', { projects: 2000 }, {}, '2,000 projects combined'],
  ['budget-timeline', { projects: 2000 }, { mode: 'projects' }, '2,000 projects, 5 largest + the rest grouped'],
  ['budget-indicators', 'sample', {}, 'sample (203 indicators, page of 50)'],
  ['budget-indicators', { projects: 2500 }, {}, '20,000 indicators (page of 50)'],
];
/** Time from a filter change to the painted result, on an element already showing the data. */
async function timeFilter(makeData, changes) {
  return page.evaluate(
    async ({ makeData, changes, runs }) => {
      const data = makeData === 'sample' ? window.sample : window.syntheticProjects(makeData.projects);
      const el = document.createElement('budget-indicators');
      document.body.append(el);
      el.data = structuredClone(data);
      await el.updateComplete;
      const times = [];
      for (let r = 0; r < runs; r++) {
        for (const [key, value] of Object.entries(changes)) el[key] = '';
        await el.updateComplete;
        const start = performance.now();
        Object.assign(el, changes);
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        times.push(performance.now() - start);
      }
      el.remove();
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    },
    { makeData, changes, runs: RUNS },
  );
}

const rows = [];
for (const [tag, data, attrs, label] of cases) rows.push({ tag, label, ms: await timeRender(tag, data, attrs) });
rows.push({ tag: 'budget-indicators', label: 'sample, search "满意" (filter → painted)', ms: await timeFilter('sample', { query: '满意' }) });
rows.push({ tag: 'budget-indicators', label: '20,000 indicators, search "满意" (filter → painted)', ms: await timeFilter({ projects: 2500 }, { query: '满意' }) });
rows.push({ tag: 'budget-indicators', label: '20,000 indicators, 一级 = 产出指标 + quantitative', ms: await timeFilter({ projects: 2500 }, { level1: '产出指标', kind: 'quantitative' }) });
await browser.close();

const table = [
  '| element | data | median ms (data set → painted) |',
  '| --- | --- | ---: |',
  ...rows.map((r) => `| \`<${r.tag}>\` | ${r.label} | ${r.ms.toFixed(1)} |`),
].join('\n');
const note = `\nHeadless Chromium, median of ${RUNS} runs each, a fresh copy of the dataset every run (validation and checks included), ${new Date().toISOString().slice(0, 10)}.\nThe time includes two animation frames (about 33 ms at 60 Hz): a chart lays out once its box has been measured, which needs a frame.\n`;
console.log(table + '\n' + note);
writeFileSync(new URL('./results-render.md', import.meta.url), `# Render times\n\n${table}\n${note}`);
