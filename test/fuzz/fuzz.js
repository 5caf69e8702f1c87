// Converter fuzzing: mutate the sample disclosure and smaller documents cut from it (drop,
// duplicate and swap lines and cells, truncate, inject garbage, replacement characters from bad
// bytes, huge, negative and non-numeric amounts, PDF-like tab rows, huge repetition) and require
// that every case ends in a dataset that passes the schema, or in a DisclosureError that names the
// file — never another exception, never a hang.
//   node test/fuzz/fuzz.js [cases] [seed]      (npm test runs a fixed seed via fuzz.test.js)
import { readFileSync } from 'node:fs';
import { DisclosureError, parseDisclosure } from '../../dist/converter.js';
import { validateDataset } from '../../dist/model.js';

const sample = readFileSync(new URL('../../data/samples/cangzhou-kfq-zzrsb-2024.txt', import.meta.url), 'utf8');
const lines = sample.split('\n');

/** Mulberry32: small, fast, seedable. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Smaller documents cut from the sample: its first tables, one unit's part, a stretch of projects. */
const unitStart = lines.findIndex((l) => l.includes('单位预算收支总表'));
const projectStart = lines.findIndex((l) => /绩效目标表$/.test(l.trim()));
const BASES = [
  sample,
  lines.slice(0, Math.min(lines.length, 700)).join('\n'),
  lines.slice(Math.max(0, unitStart - 40), unitStart + 900).join('\n'),
  [...lines.slice(0, 200), ...lines.slice(projectStart - 2, projectStart + 400)].join('\n'),
];
const GARBAGE = ['\u0000', '\uFFFD\uFFFD', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"; DROP TABLE', '\t\t\t', '１２３４５', '（１２３．４５）', '1e308', '-99999999999999999999', 'NaN', '∞', '—', '合计', '支出总表', '\r', '\u202e', '𠀀𠀁', '%%%'];
const AMOUNT = /^\t-?[\d,，]+(\.\d+)?$/;

export const MUTATORS = {
  dropLines(lines, rnd) {
    const out = [...lines];
    for (let i = 0, n = 1 + Math.floor(rnd() * 20); i < n; i++) out.splice(Math.floor(rnd() * out.length), 1 + Math.floor(rnd() * 5));
    return out;
  },
  duplicateLines(lines, rnd) {
    const out = [...lines];
    for (let i = 0, n = 1 + Math.floor(rnd() * 10); i < n; i++) {
      const at = Math.floor(rnd() * out.length);
      out.splice(at, 0, ...out.slice(at, at + 1 + Math.floor(rnd() * 30)));
    }
    return out;
  },
  swapLines(lines, rnd) {
    const out = [...lines];
    for (let i = 0, n = 1 + Math.floor(rnd() * 20); i < n; i++) {
      const a = Math.floor(rnd() * out.length);
      const b = Math.floor(rnd() * out.length);
      [out[a], out[b]] = [out[b], out[a]];
    }
    return out;
  },
  truncate(lines, rnd) {
    return lines.slice(0, Math.floor(rnd() * lines.length));
  },
  truncateMidCell(lines, rnd) {
    const text = lines.join('\n');
    return text.slice(0, Math.floor(rnd() * text.length)).split('\n');
  },
  injectGarbage(lines, rnd) {
    const out = [...lines];
    for (let i = 0, n = 1 + Math.floor(rnd() * 15); i < n; i++) {
      const at = Math.floor(rnd() * out.length);
      const junk = GARBAGE[Math.floor(rnd() * GARBAGE.length)];
      out[at] = rnd() < 0.5 ? `${out[at]}${junk}` : `\t${junk}`;
    }
    return out;
  },
  badBytes(lines, rnd) {
    // What a GBK file read as UTF-8 looks like: replacement characters and stray Latin-1.
    return lines.map((l) => (rnd() < 0.05 ? l.replace(/[\u4e00-\u9fff]/g, () => (rnd() < 0.5 ? '\uFFFD' : 'Ã')) : l));
  },
  hugeNumbers(lines, rnd) {
    return lines.map((l) => (AMOUNT.test(l) && rnd() < 0.1 ? `\t${rnd() < 0.5 ? '9'.repeat(40) : '1e308'}` : l));
  },
  negativeAndText(lines, rnd) {
    return lines.map((l) => (AMOUNT.test(l) && rnd() < 0.1 ? `\t${['-' + l.trim(), '(' + l.trim() + ')', 'abc', '一百万', '12.3.4', ''][Math.floor(rnd() * 6)]}` : l));
  },
  pdfLike(lines, rnd) {
    // Text extracted from a PDF: a row's cells on one line, separated by tabs or spaces.
    const out = [];
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].startsWith('\t') && rnd() < 0.8) {
        const row = [];
        while (i < lines.length && lines[i].startsWith('\t')) row.push(lines[i++].slice(1));
        out.push(row.join(rnd() < 0.5 ? '\t' : '   '));
      } else out.push(lines[i]);
    }
    return out;
  },
  removeBlankLines(lines) {
    return lines.filter((l) => l.trim() !== '');
  },
  shuffleBlocks(lines, rnd) {
    const blocks = lines.join('\n').split('\n\n');
    for (let i = blocks.length - 1; i > 0 && rnd() < 0.999; i -= 1 + Math.floor(rnd() * 40)) {
      const j = Math.floor(rnd() * (i + 1));
      [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
    }
    return blocks.join('\n\n').split('\n');
  },
};

/** Runs `count` cases from `seed`; returns the figures and the failures. */
export function fuzz(count, seed, { onCase } = {}) {
  const rnd = random(seed);
  const names = Object.keys(MUTATORS);
  const outcome = { cases: 0, datasets: 0, clearErrors: 0, failures: [], slowest: 0, byMutator: {} };
  for (let i = 0; i < count; i++) {
    const base = BASES[rnd() < 0.1 ? 0 : 1 + Math.floor(rnd() * (BASES.length - 1))];
    let mutated = base.split('\n');
    const applied = [];
    for (let k = 0, n = 1 + Math.floor(rnd() * 3); k < n; k++) {
      const name = names[Math.floor(rnd() * names.length)];
      applied.push(name);
      mutated = MUTATORS[name](mutated, rnd);
    }
    const text = mutated.join('\n');
    const start = performance.now();
    let result = 'dataset';
    try {
      const { dataset } = parseDisclosure(text, { fileName: `case-${i}.txt` });
      const problems = validateDataset(dataset);
      if (problems.length) throw new Error(`invalid dataset: ${problems[0].path} ${problems[0].message}`);
      outcome.datasets++;
    } catch (error) {
      if (error instanceof DisclosureError && error.message.includes(`case-${i}.txt`)) {
        outcome.clearErrors++;
        result = 'error';
      } else {
        outcome.failures.push({ case: i, mutators: applied, error: String(error?.stack ?? error).slice(0, 400) });
        result = 'failure';
      }
    }
    const ms = performance.now() - start;
    outcome.slowest = Math.max(outcome.slowest, ms);
    for (const name of applied) outcome.byMutator[name] = (outcome.byMutator[name] ?? 0) + 1;
    outcome.cases++;
    onCase?.(i, result, ms);
  }
  return outcome;
}

/** The size limit: 100 MB of repetition is refused with its own message, quickly. */
export function hugeInput() {
  const text = sample.repeat(Math.ceil(100e6 / sample.length));
  const start = performance.now();
  try {
    parseDisclosure(text, { fileName: 'huge.txt' });
    return { ok: false, message: 'accepted', ms: performance.now() - start };
  } catch (error) {
    return { ok: error instanceof DisclosureError && /huge\.txt: .*million characters/.test(error.message), message: error.message, ms: performance.now() - start };
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100000);
  const seed = Number(process.argv[3] ?? Date.now() % 1e9);
  const start = performance.now();
  const result = fuzz(count, seed);
  const huge = hugeInput();
  console.log(JSON.stringify({ seed, ...result, failures: result.failures.slice(0, 5), failureCount: result.failures.length, seconds: ((performance.now() - start) / 1000).toFixed(1), huge }, null, 1));
  process.exit(result.failures.length || !huge.ok ? 1 : 0);
}
