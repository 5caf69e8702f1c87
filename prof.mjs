import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
await p.goto('http://localhost:5174/prof.html');
await p.waitForFunction(() => window.ready);
const [tag, kind, n] = process.argv.slice(2);
await p.evaluate(([kind, n]) => {
  const ds = structuredClone(window.sample); delete ds.views;
  if (kind === 'rows') {
    const table = ds.entities[0].tables.find((t) => t.kind === 'expenditure'); const rows = [];
    let line = 1; const sections = Math.round(n / 1000);
    for (let c = 0; c < 10; c++) { const cls = String(201 + c); rows.push({ line: line++, cells: { code: cls, name: 'c' + cls, total: sections * 100 } });
      for (let s = 0; s < sections; s++) { const sec = cls + String(s).padStart(2, '0'); rows.push({ line: line++, cells: { code: sec, name: 's' + sec, total: 100 } });
        for (let i = 0; i < 100; i++) rows.push({ line: line++, cells: { code: sec + String(i).padStart(2, '0'), name: 'item' + i, total: 1 } }); } }
    table.rows = [{ line: line++, cells: { code: null, name: '合计', total: sections * 1000 } }, ...rows];
  } else {
    const source = ds.entities[0].projects;
    ds.entities[0].projects = Array.from({ length: n }, (_, i) => { const q = structuredClone(source[i % source.length]); q.code = 'S' + i; q.line = 100000 + i * 100; q.indicators = q.indicators.map((x, j) => ({ ...x, line: q.line + 10 + j })); return q; });
  }
  window.sample = window.withViews(ds);
}, [kind, Number(n)]);
const run = () => p.evaluate(async (tag) => {
  const el = document.createElement(tag); document.getElementById('stage').append(el); await el.updateComplete;
  const copy = structuredClone(window.sample);
  const t0 = performance.now(); el.data = copy; await el.updateComplete; const t1 = performance.now(); el.remove(); return t1 - t0;
}, tag);
for (let i = 0; i < 3; i++) console.log('warm', (await run()).toFixed(1));
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
for (let i = 0; i < 5; i++) console.log('run', (await run()).toFixed(1));
const { profile } = await cdp.send('Profiler.stop');
const idx = {}; profile.nodes.forEach((n) => (idx[n.id] = n));
const self = {}; profile.samples.forEach((s, i) => { const n = idx[s]; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/').split('?')[0]}:${n.callFrame.lineNumber}`; self[k] = (self[k] || 0) + (profile.timeDeltas[i] || 0); });
console.log(Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n'));
await b.close();
