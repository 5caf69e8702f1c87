import { precomputeViews } from './src/data/precompute.ts';
import { checkConsistency } from './src/data/checks.ts';
import { readFileSync } from 'node:fs';
const sample = JSON.parse(readFileSync('./data/samples/cangzhou-kfq-zzrsb-2024.json', 'utf8'));
function rows(n: number) {
  const ds = structuredClone(sample); delete ds.views;
  const table = ds.entities[0].tables.find((t: any) => t.kind === 'expenditure'); const out: any[] = [];
  let line = 1; const sections = Math.round(n / 1000);
  for (let c = 0; c < 10; c++) { const cls = String(201 + c); out.push({ line: line++, cells: { code: cls, name: 'c' + cls, total: sections * 100 } });
    for (let s = 0; s < sections; s++) { const sec = cls + String(s).padStart(2, '0'); out.push({ line: line++, cells: { code: sec, name: 's' + sec, total: 100 } });
      for (let i = 0; i < 100; i++) out.push({ line: line++, cells: { code: sec + String(i).padStart(2, '0'), name: 'item' + i, total: 1 } }); } }
  table.rows = [{ line: line++, cells: { code: null, name: '合计', total: sections * 1000 } }, ...out];
  return ds;
}
const ds = rows(100000);
for (let k = 0; k < 3; k++) {
  let t = performance.now(); const c = checkConsistency(structuredClone(ds)); console.log('checks', (performance.now() - t).toFixed(0), c.length);
  t = performance.now(); precomputeViews(structuredClone(ds)); console.log('all views', (performance.now() - t).toFixed(0));
}
