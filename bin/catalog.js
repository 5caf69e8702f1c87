// `budget-widgets catalog`: converts every document it is given on worker threads, writes one
// dataset each and DIR/catalog.json (see src/model/catalog.ts), skips documents whose hash has not
// changed since the last run, and reports each document's problems.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CONVERTER } from '../dist/converter.js';
import { CATALOG_VERSION, catalogProblems } from '../dist/model.js';

/** File names read in a folder; dataset JSON files count as documents too (already converted). */
const DOCUMENT_EXTENSIONS = /\.(pdf|docx|xlsx|txt|json)$/i;

/** Every document under the inputs: folders are walked (sorted, subfolders included). */
export function documentsUnder(inputs, skip) {
  const files = [];
  const walk = (path) => {
    if (skip(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) return files.push(path);
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory() || DOCUMENT_EXTENSIONS.test(name)) walk(child);
    }
  };
  for (const input of inputs) {
    if (!existsSync(input)) throw new Error(`cannot read ${input}: no such file or folder`);
    walk(input);
  }
  return files.filter((path) => basename(path) !== 'catalog.json');
}

/** Dataset file names, one per document: its base name, numbered when another document has it. */
function fileNames(documents) {
  const taken = new Set();
  return documents.map((path) => {
    const base = basename(path, extname(path)).replace(/[^\p{L}\p{N}._-]+/gu, '-');
    let name = `${base}.json`;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}.json`;
    taken.add(name);
    return name;
  });
}

/**
 * A hash of the converter's code as built (dist/converter.js, dist/data.js and their shared
 * chunks): a catalog converted by other code is converted again, even under the same version name.
 */
function converterBuild() {
  const dist = new URL('../dist/', import.meta.url).pathname;
  const files = ['converter.js', 'data.js', ...readdirSync(join(dist, 'shared')).filter((f) => f.endsWith('.js')).sort().map((f) => join('shared', f))];
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(join(dist, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The catalog already in DIR, or an empty one (an unreadable one is rebuilt, with a warning). */
function previousCatalog(file, warn) {
  if (!existsSync(file)) return null;
  try {
    const catalog = JSON.parse(readFileSync(file, 'utf8'));
    const problems = catalogProblems(catalog);
    if (problems.length) throw new Error(problems[0]);
    return catalog;
  } catch (error) {
    warn(`${file} cannot be reused (${error.message}); every document is converted again`);
    return null;
  }
}

/** A progress bar of documents on a terminal (stderr); silent when piped or in CI logs. */
function progress(total) {
  if (!process.stderr.isTTY) return { tick() {}, done() {} };
  let done = 0;
  const draw = () => {
    const width = 24;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\rbudget-widgets catalog: [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} documents`);
  };
  draw();
  return {
    tick() {
      done++;
      draw();
    },
    done() {
      process.stderr.write('\n');
    },
  };
}

const WORDS = {
  'zh-CN': {
    kind: { budget: '预算', 'final-accounts': '决算' },
    converted: (e) => `${e.department || '（未识别部门名称）'} ${e.year === null ? '（未识别年度）' : `${e.year}年`}${WORDS['zh-CN'].kind[e.kind]}，${e.total === null ? '无支出合计' : `支出 ${e.total} ${e.unit}`}`,
    problems: (p) => (p.certain || p.likely ? `未通过校验 ${p.certain + p.likely} 项（确定 ${p.certain}，疑似 ${p.likely}）` : '校验全部通过') + (p.diagnostics ? `，转换提示 ${p.diagnostics} 条` : ''),
    skipped: '未变，跳过',
    failed: '失败',
    summary: (converted, skipped, failed, seconds, jobs) => `共 ${converted + skipped + failed} 份：转换 ${converted} 份，未变跳过 ${skipped} 份，失败 ${failed} 份；用时 ${seconds} 秒（${jobs} 个线程）。`,
  },
  en: {
    kind: { budget: 'budget', 'final-accounts': 'final accounts' },
    converted: (e) => `${e.department || '(department not recognised)'} ${e.year ?? '(year not recognised)'} ${WORDS.en.kind[e.kind]}, ${e.total === null ? 'no expenditure total' : `expenditure ${e.total} ${e.unit}`}`,
    problems: (p) => (p.certain || p.likely ? `${p.certain + p.likely} failed check(s) (certain ${p.certain}, likely ${p.likely})` : 'every check passed') + (p.diagnostics ? `, ${p.diagnostics} diagnostic(s)` : ''),
    skipped: 'unchanged, skipped',
    failed: 'FAILED',
    summary: (converted, skipped, failed, seconds, jobs) => `${converted + skipped + failed} document(s): ${converted} converted, ${skipped} unchanged, ${failed} failed; ${seconds} s on ${jobs} thread(s).`,
  },
};

/**
 * Builds or updates the catalog in `out` from `inputs` (files or folders).
 * @returns {Promise<number>} the exit code: 0, or 1 when a document failed.
 */
export async function runCatalog(inputs, out, { lang = 'zh-CN', jobs } = {}) {
  const words = WORDS[lang];
  const started = performance.now();
  mkdirSync(out, { recursive: true });
  const catalogFile = join(out, 'catalog.json');
  const say = (line) => process.stdout.write(`${line}\n`);
  const documents = documentsUnder(inputs, (path) => relative(out, path) === '' || !relative(out, path).startsWith('..'));
  if (!documents.length) throw new Error(`no documents (.pdf, .docx, .xlsx, .txt, .json) in ${inputs.join(', ')}`);
  const names = fileNames(documents);
  const previous = previousCatalog(catalogFile, (message) => process.stderr.write(`budget-widgets: ${message}\n`));
  const build = converterBuild();
  const reusable = new Map(previous && previous.generator === CONVERTER && previous.build === build ? previous.datasets.map((entry) => [`${entry.source.sha256} ${entry.file}`, entry]) : []);

  const entries = new Array(documents.length);
  const lines = new Array(documents.length);
  const tasks = [];
  documents.forEach((path, i) => {
    const bytes = readFileSync(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const kept = reusable.get(`${sha256} ${names[i]}`);
    if (kept && existsSync(join(out, kept.file))) {
      entries[i] = kept;
      lines[i] = `  ${path}: ${words.skipped}`;
    } else {
      tasks.push({ index: i, message: { path, target: join(out, names[i]), file: names[i], sha256, lang } });
    }
  });

  const threads = Math.max(1, Math.min(jobs ?? availableParallelism(), tasks.length));
  const bar = progress(tasks.length);
  let failed = 0;
  let withErrors = 0;
  if (tasks.length) {
    const queue = [...tasks];
    await Promise.all(
      Array.from({ length: threads }, () => {
        const worker = new Worker(new URL('./catalog-worker.js', import.meta.url));
        return new Promise((resolve, reject) => {
          let current;
          const next = () => {
            current = queue.shift();
            if (!current) return worker.terminate().then(resolve);
            worker.postMessage(current.message);
          };
          worker.on('message', (result) => {
            const { index, message } = current;
            if (result.error) {
              failed++;
              lines[index] = `  ${message.path}: ${words.failed}: ${result.error}`;
            } else {
              entries[index] = result.entry;
              if (result.errors) withErrors++;
              lines[index] = `  ${message.path} → ${result.entry.file}: ${words.converted(result.entry)}; ${words.problems(result.entry.problems)}`;
            }
            bar.tick();
            next();
          });
          worker.on('error', reject);
          next();
        });
      }),
    );
  }
  bar.done();

  const catalog = { version: CATALOG_VERSION, generator: CONVERTER, build, datasets: entries.filter(Boolean) };
  writeFileSync(catalogFile, JSON.stringify(catalog, null, 1) + '\n');
  for (const line of lines) say(line);
  const converted = tasks.length - failed;
  say(words.summary(converted, documents.length - tasks.length, failed, ((performance.now() - started) / 1000).toFixed(1), tasks.length ? threads : 0));
  process.stderr.write(`budget-widgets: wrote ${catalogFile} (${catalog.datasets.length} datasets)\n`);
  return failed || withErrors ? 1 : 0;
}
