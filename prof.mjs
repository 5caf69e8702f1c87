import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
await p.goto('http://localhost:5174/prof.html');
await p.waitForFunction(() => window.ready);
await p.evaluate((n) => {
  const ds = structuredClone(window.sample); delete ds.views;
  const source = ds.entities[0].projects;
  ds.entities[0].projects = Array.from({ length: n }, (_, i) => { const q = structuredClone(source[i % source.length]); q.code = 'S' + i; q.name = q.name + i; q.line = 100000 + i * 100; q.indicators = q.indicators.map((x, j) => ({ ...x, line: q.line + 10 + j })); return q; });
  window.sample = ds;
}, 1250);
const run = () => p.evaluate(async () => {
  const el = document.createElement('budget-indicators'); document.getElementById('stage').append(el); await el.updateComplete;
  const copy = structuredClone(window.sample);
  const t0 = performance.now(); el.data = copy; await el.updateComplete; const t1 = performance.now(); el.remove(); return t1 - t0;
});
for (let i = 0; i < 3; i++) console.log('warm', (await run()).toFixed(1));
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
for (let i = 0; i < 5; i++) console.log('run', (await run()).toFixed(1));
const { profile } = await cdp.send('Profiler.stop');
const idx = {}; profile.nodes.forEach((n) => (idx[n.id] = n));
const self = {}; profile.samples.forEach((s, i) => { const n = idx[s]; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/').split('?')[0]}:${n.callFrame.lineNumber}`; self[k] = (self[k] || 0) + (profile.timeDeltas[i] || 0); });
console.log(Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 16).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n'));
await b.close();
