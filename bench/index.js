// The benchmark suite: `npm run bench` (builds first). Prints one Markdown table and writes it to
// bench/results.md: download sizes, render times in headless Chromium (sample and synthetic data
// of growing size, side by side with Apache ECharts for the treemap), view-model build times and
// converter throughput, each against its target. Absolute times on a shared machine are noisy;
// the ratios and the growth with size are the point.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parseDisclosure } from '../dist/converter.js';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.js';
import { serveStatic } from '../scripts/static-server.js';
import { bundledSize, graphSize } from './sizes.js';

const ROOT = new URL('..', import.meta.url).pathname;
const BUILD = join(ROOT, 'bench/.build');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const TAGS = ['budget-summary', 'budget-balance', 'budget-treemap', 'budget-timeline', 'budget-indicators', 'budget-findings', 'budget-catalog'];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;

// 1. Sizes -------------------------------------------------------------------------------------
console.error('bench: building and measuring bundles…');
const oneTag = graphSize(join(ROOT, 'dist/budget-widgets.js'));
const perWidget = {};
for (const tag of TAGS) perWidget[tag] = await bundledSize(join(ROOT, `src/widgets/${tag}/define.ts`), join(BUILD, tag));
const echartsSize = await bundledSize(join(ROOT, 'bench/peers/echarts-treemap.js'), join(BUILD, 'echarts'));
await bundledSize(join(ROOT, 'bench/peers/data-layer.js'), join(BUILD, 'data-layer'));

// 2. Browser ----------------------------------------------------------------------------------
const server = await serveStatic(ROOT, {
  index: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body style="width:900px"><div id="stage"></div><script type="module" src="/dist/budget-widgets.js"></script><script type="module" src="/bench/page.js"></script></body></html>',
});
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
page.on('pageerror', (error) => console.error('bench page error:', error.message));
await page.goto(server.base);
await page.waitForFunction(() => window.benchReady && customElements.get('budget-indicators'), null, { timeout: 60000 });
console.error(`bench: rendering (${RUNS} runs each, sizes ${SIZES.join(', ')})…`);
const renders = await page.evaluate((options) => window.runBenchmarks(options), { runs: RUNS, sizes: SIZES });
const chromeVersion = browser.version();
await browser.close();
server.close();

// 3. Converter (Node) -----------------------------------------------------------------------------
const sampleText = readFileSync(join(ROOT, 'data/samples/cangzhou-kfq-zzrsb-2024.txt'), 'utf8');
function convertTime(text, runs) {
  parseDisclosure(text);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parseDisclosure(text);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
const unitPart = sampleText.slice(sampleText.lastIndexOf('\n', sampleText.indexOf('单位预算收支总表')) + 1);
const tenfold = [sampleText, ...Array.from({ length: 9 }, (_, i) => unitPart.replace(/313001中共河北沧州经济开发区工委组织人事部本级/g, `3131${String(i).padStart(2, '0')}合成单位${i + 1}`))].join('\n\n');
const converts = [
  ['sample', sampleText, convertTime(sampleText, 21)],
  ['10 units (≈10× sample)', tenfold, convertTime(tenfold, 7)],
];

// 4. The table --------------------------------------------------------------------------------
const rows = [];
const row = (measure, subject, ours, theirs, ratio, target, met) => rows.push({ measure, subject, ours, theirs, ratio, target, met });
const verdict = (ok) => (ok ? 'yes' : '**no**');
row('size, gzip', 'one-tag bundle: initial (entry + static chunks)', kb(oneTag.initial), kb(echartsSize.total), (oneTag.initial / echartsSize.total).toFixed(2), '≤ 40 KB', verdict(oneTag.initial <= 40 * 1024));
row('size, gzip', 'one-tag bundle: everything (validator and Arquero included)', kb(oneTag.total), kb(echartsSize.total), (oneTag.total / echartsSize.total).toFixed(2), '≤ 100 KB', verdict(oneTag.total <= 100 * 1024));
for (const tag of TAGS) {
  const s = perWidget[tag];
  const peer = tag === 'budget-treemap';
  row('size, gzip', `\`${tag}\` entry, bundled with its dependencies: initial / lazy`, `${kb(s.initial)} / ${kb(s.lazy)}`, peer ? kb(echartsSize.total) : '', peer ? (s.initial / echartsSize.total).toFixed(2) : '', '', '');
}
for (const r of renders) {
  const four = r.group === 'sample' && r.data === 'sample' && r.widget !== 'budget-summary';
  const target = four
    ? '≤ 50 ms'
    : r.group === 'views' && /^100,000/.test(r.data)
      ? '≤ 150 ms'
      : r.widget === 'budget-treemap' && /^10,000 rows \(leaves\), dataset held/.test(r.data)
        ? '≤ 0.8 × ECharts'
        : r.widget === 'budget-indicators' && /^20,000 indicators \(page/.test(r.data)
          ? '≤ 100 ms'
          : r.widget === 'budget-catalog'
            ? '≤ 200 ms'
            : '';
  const met = !target ? '' : target === '≤ 0.8 × ECharts' ? verdict(r.ours <= 0.8 * r.theirs) : verdict(r.ours <= Number(target.match(/\d+/)[0]));
  const measure = r.group === 'views' ? 'build time' : /change → painted/.test(r.data) ? 'filter time' : 'render time';
  const subject = r.group === 'views' ? `${r.widget}, ${r.data}` : `\`${r.widget}\`, ${r.data}`;
  row(measure, subject, ms(r.ours), r.theirs === undefined ? '' : ms(r.theirs), r.theirs === undefined ? '' : (r.ours / r.theirs).toFixed(2), target, met);
}
for (const [name, text, time] of converts) {
  row('converter', `${name}, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB of text`, `${ms(time)} (${(1000 / time).toFixed(0)} docs/s)`, '', '', '', '');
}

const table = [
  '| measure | what | ours | ECharts | ours / ECharts | target | met |',
  '| --- | --- | ---: | ---: | ---: | --- | --- |',
  ...rows.map((r) => `| ${r.measure} | ${r.subject} | ${r.ours} | ${r.theirs} | ${r.ratio} | ${r.target} | ${r.met} |`),
].join('\n');
const note = `
Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on this machine (${process.env.BENCH_MACHINE ?? 'shared, 2 cores'}), headless Chromium ${chromeVersion}, Node ${process.version}; median of ${RUNS} runs (renders of 100,000 rows: of ${Math.max(3, Math.ceil(RUNS / 2))}).
- Sizes are gzip -9. "Initial" is what a page downloads before anything happens; "lazy" is what it may fetch later (the validator when data arrives; the Arquero layer only for a dataset without precomputed views). The ECharts build is \`bench/peers/echarts-treemap.js\` (treemap + tooltip + SVG renderer, tree-shaken, minified).
- Render time runs from handing the element a fresh copy of the dataset (validation and the views' fingerprint included) to the moment the element is complete and laid out (a MutationObserver sees it done; then style and layout are forced), so the time is the work's and not the frame rate's; rows marked "dataset held by the page" hand the same object every run, as a page showing several widgets of one dataset does. ECharts is measured the same way, from \`init\` to its cells drawn and laid out. Datasets carry precomputed views, as \`budget-widgets convert\` writes them, except where the row says otherwise. ECharts gets the hierarchy ready-made, shown one level at a time (\`leafDepth: 1\`) like ours.
- Build time is \`precomputeViews\`: every view model of every widget, consistency checks included, as the converter adds them.
`;
const output = `${table}\n${note}`;
console.log(output);
writeFileSync(join(ROOT, 'bench/results.md'), `# Benchmarks\n\nWritten by \`npm run bench\`.\n\n${output}`);
