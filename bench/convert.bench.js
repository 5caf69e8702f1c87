// Converter throughput: time per document and documents per second, on the sample and on a
// generated document ten times its size (the sample's unit part repeated as ten more units).
// Run after `npm run build`: `npm run bench`. Absolute times are noisy; growth with size is the point.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDisclosure } from '../dist/converter.js';

const sample = readFileSync(new URL('../data/samples/cangzhou-kfq-zzrsb-2024.txt', import.meta.url), 'utf8');

/** The sample plus copies of its unit part (each its own unit code and name) until it is `times` its size. */
export function largeDocument(times) {
  const unitPart = sample.slice(sample.lastIndexOf('\n', sample.indexOf('单位预算收支总表')) + 1);
  const parts = [sample];
  for (let i = 0; parts.join('\n\n').length < times * sample.length; i++) {
    parts.push(unitPart.replace(/313001中共河北沧州经济开发区工委组织人事部本级/g, `3131${String(i).padStart(2, '0')}合成单位${i + 1}`));
  }
  return parts.join('\n\n');
}

function measure(text, runs) {
  parseDisclosure(text); // warm-up: JIT and caches
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parseDisclosure(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const cases = [
  ['sample', sample, 30],
  ['10× the sample', largeDocument(10), 10],
];
const rows = cases.map(([name, text, runs]) => {
  const median = measure(text, runs);
  const { dataset } = parseDisclosure(text);
  return { name, kb: Math.round(Buffer.byteLength(text) / 1024), entities: dataset.entities.length, median, perSecond: 1000 / median };
});

const table = [
  '| document | size (KB) | entities | median time (ms) | documents / s |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${r.kb} | ${r.entities} | ${r.median.toFixed(1)} | ${r.perSecond.toFixed(1)} |`),
].join('\n');
const note = `\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}; median of several runs after a warm-up.\n`;
console.log(table + '\n' + note);
writeFileSync(new URL('./results-convert.md', import.meta.url), `# Converter throughput\n\n${table}\n${note}`);
