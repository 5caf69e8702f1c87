// Fuzzing the file readers: the sample as DOCX and XLSX and a real PDF, truncated, with bytes
// flipped, ranges zeroed or repeated, and pieces of one spliced into another. Every case must end
// in a dataset that passes the schema or in a DisclosureError naming the file — never another
// exception, never a hang.
//   node test/fuzz/files.js [cases] [seed] [pdf cases]   (npm test runs a fixed seed via fuzz.test.js)
import { readFileSync } from 'node:fs';
import { convertFile, DisclosureError } from '../../dist/converter.js';
import { validateDataset } from '../../dist/model.js';
import { random } from './fuzz.js';

const fixture = (path) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
export const BASES = {
  docx: fixture('sample/cangzhou-kfq-zzrsb-2024.docx'),
  xlsx: fixture('sample/cangzhou-kfq-zzrsb-2024.xlsx'),
  pdf: fixture('pdf/shanghai-putuo-bangongshi-2025-dept-budget.pdf'),
};

export const MUTATORS = {
  truncate: (bytes, rnd) => bytes.slice(0, Math.floor(rnd() * bytes.length)),
  flipBytes(bytes, rnd) {
    const out = bytes.slice();
    for (let i = 0, n = 1 + Math.floor(rnd() * 50); i < n; i++) out[Math.floor(rnd() * out.length)] ^= 1 + Math.floor(rnd() * 255);
    return out;
  },
  zeroRange(bytes, rnd) {
    const out = bytes.slice();
    const at = Math.floor(rnd() * out.length);
    out.fill(0, at, at + 1 + Math.floor(rnd() * 4096));
    return out;
  },
  repeatRange(bytes, rnd) {
    const at = Math.floor(rnd() * bytes.length);
    const piece = bytes.slice(at, at + 1 + Math.floor(rnd() * 8192));
    const out = new Uint8Array(bytes.length + piece.length);
    out.set(bytes.subarray(0, at));
    out.set(piece, at);
    out.set(bytes.subarray(at), at + piece.length);
    return out;
  },
  splice(bytes, rnd, other) {
    const at = Math.floor(rnd() * bytes.length);
    const from = Math.floor(rnd() * other.length);
    const piece = other.subarray(from, from + 1 + Math.floor(rnd() * 4096));
    const out = bytes.slice();
    out.set(piece.subarray(0, out.length - at), at);
    return out;
  },
};

/** Runs `cases` cases per format (`pdfCases` for PDF, which is slower), from `seed`. */
export async function fuzzFiles(cases, pdfCases, seed) {
  const rnd = random(seed);
  const names = Object.keys(MUTATORS);
  const result = { datasets: 0, clearErrors: 0, failures: [], slowest: 0 };
  for (const [format, base] of Object.entries(BASES)) {
    const others = Object.values(BASES).filter((b) => b !== base);
    for (let i = 0; i < (format === 'pdf' ? pdfCases : cases); i++) {
      const mutator = names[Math.floor(rnd() * names.length)];
      const bytes = MUTATORS[mutator](base, rnd, others[Math.floor(rnd() * others.length)]);
      const fileName = `case-${format}-${i}.${format}`;
      const started = performance.now();
      try {
        const { dataset } = await convertFile(bytes, { fileName });
        const problems = validateDataset(dataset);
        if (problems.length) result.failures.push({ fileName, mutator, error: `invalid dataset: ${problems[0].path} ${problems[0].message}` });
        else result.datasets++;
      } catch (error) {
        if (error instanceof DisclosureError && error.message.startsWith(fileName)) result.clearErrors++;
        else result.failures.push({ fileName, mutator, error: String(error?.stack ?? error) });
      }
      result.slowest = Math.max(result.slowest, performance.now() - started);
    }
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = Number(process.argv[2] ?? 500);
  const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
  const pdfCases = Number(process.argv[4] ?? Math.ceil(cases / 10));
  const result = await fuzzFiles(cases, pdfCases, seed);
  console.log(JSON.stringify({ seed, ...result, failures: result.failures.slice(0, 10) }, null, 2));
  process.exit(result.failures.length ? 1 : 0);
}
