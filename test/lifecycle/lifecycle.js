// Lifecycle leaks: mounts and removes each widget many times (with the sample, drawn each time) in
// headless Chromium, forcing garbage collection before and after, and reports the heap growth and
// the DOM nodes and listeners the page still holds. `node test/lifecycle/lifecycle.js [cycles]`;
// npm test runs a shorter round through lifecycle.test.js.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.js';
import { serveStatic } from '../../scripts/static-server.js';

const ROOT = new URL('../../', import.meta.url).pathname;
export const TAGS = ['budget-summary', 'budget-balance', 'budget-treemap', 'budget-timeline', 'budget-indicators'];

export async function measureLifecycle(cycles) {
  const server = await serveStatic(ROOT, {
    index: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="/dist/budget-widgets.js"></script></head><body style="width:900px"><div id="stage"></div></body></html>',
  });
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(server.base);
    await page.waitForFunction(() => customElements.get('budget-indicators'));
    await page.evaluate(async () => {
      window.sample = await (await fetch('/data/samples/cangzhou-kfq-zzrsb-2024.json')).json();
    });
    const cdp = await page.context().newCDPSession(page);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const counters = await cdp.send('Memory.getDOMCounters');
      return { heap: heap.usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners, documents: counters.documents };
    };
    const results = [];
    for (const tag of TAGS) {
      const cycle = (count) =>
        page.evaluate(
          async ({ tag, count }) => {
            const stage = document.getElementById('stage');
            for (let i = 0; i < count; i++) {
              const el = document.createElement(tag);
              el.data = window.sample;
              stage.append(el);
              await el.updateComplete;
              el.remove();
            }
          },
          { tag, count },
        );
      await cycle(20); // warm-up: chunks, styles, caches
      const before = await measure();
      const start = Date.now();
      await cycle(cycles);
      const seconds = (Date.now() - start) / 1000;
      const after = await measure();
      results.push({ tag, cycles, seconds, heapGrowthKB: (after.heap - before.heap) / 1024, nodesBefore: before.nodes, nodesAfter: after.nodes, listenersBefore: before.listeners, listenersAfter: after.listeners });
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cycles = Number(process.argv[2] ?? 1000);
  const results = await measureLifecycle(cycles);
  console.log('| element | cycles | time (s) | heap growth (KB) | DOM nodes before → after | listeners before → after |');
  console.log('| --- | ---: | ---: | ---: | --- | --- |');
  for (const r of results) console.log(`| \`<${r.tag}>\` | ${r.cycles} | ${r.seconds.toFixed(1)} | ${r.heapGrowthKB.toFixed(1)} | ${r.nodesBefore} → ${r.nodesAfter} | ${r.listenersBefore} → ${r.listenersAfter} |`);
}
