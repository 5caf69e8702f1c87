// The package as a user gets it: `npm pack`, then `npm install <tarball>` into a fresh project
// outside the repository, where nothing of ours (no overrides, no devDependencies) can help. There:
// the CLI converts the sample, the Node entry points import, a TypeScript file and a React/Vue
// usage type-check against the shipped typings, and a Vite page that imports the package builds and
// renders a widget in Chromium. Runs after `npm run build` (see package.json "test").
//
// Only the registry is used, through npm's cache when it holds the packages (`--prefer-offline`).
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.js';
import { serveStatic } from '../../scripts/static-server.js';

const REPO = resolve(new URL('../..', import.meta.url).pathname);
const SAMPLE = join(REPO, 'data/samples/cangzhou-kfq-zzrsb-2024.txt');
const devVersion = (name) => JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')).version;

let project;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: project, encoding: 'utf8', timeout: 180_000, ...options });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

before(() => {
  project = mkdtempSync(join(tmpdir(), 'budget-widgets-user-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], { cwd: REPO, encoding: 'utf8' }));
  const tarball = join(project, packed[0].filename);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'portal-page', private: true, type: 'module' }, null, 2));
  // The typings are checked against what a React or Vue user has: their own type packages.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, `@types/react@${devVersion('@types/react')}`, `vue@${devVersion('vue')}`]);
  copyFileSync(SAMPLE, join(project, 'disclosure.txt'));
  for (const ext of ['pdf', 'docx', 'xlsx']) copyFileSync(join(REPO, `test/fixtures/sample/cangzhou-kfq-zzrsb-2024.${ext}`), join(project, `disclosure.${ext}`));
});
after(() => {
  if (project && !process.env.KEEP_INSTALL_TEST) rmSync(project, { recursive: true, force: true });
});

test('the tarball holds what a user needs and nothing else', () => {
  const files = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: REPO, encoding: 'utf8' }))[0].files.map((f) => f.path);
  for (const needed of ['bin/budget-widgets.js', 'dist/budget-widgets.js', 'dist/converter.js', 'dist/embed.html', 'dist/embed.css', 'dist/embed.js', 'dist/embed-resize.js', 'dist/types/react.d.ts', 'dist/types/vue.d.ts', 'custom-elements.json', 'README.md']) {
    assert.ok(files.includes(needed), `${needed} is missing from the tarball`);
  }
  const stray = files.filter((f) => !/^(dist\/|bin\/|custom-elements\.json$|README\.md$|package\.json$|LICENSE)/.test(f));
  assert.deepEqual(stray, [], 'files outside dist/ and bin/ in the tarball');
});

test('every runtime import of the published code is a declared dependency', () => {
  const pkg = JSON.parse(readFileSync(join(project, 'node_modules/budget-widgets/package.json'), 'utf8'));
  const declared = new Set(Object.keys(pkg.dependencies));
  const listing = execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: REPO, encoding: 'utf8' });
  const jsFiles = JSON.parse(listing)[0].files.map((f) => f.path).filter((f) => /\.m?js$/.test(f));
  const imported = new Set();
  for (const file of jsFiles) {
    const source = readFileSync(join(project, 'node_modules/budget-widgets', file), 'utf8');
    for (const [, spec] of source.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)["']([^"'./][^"']*)["']/g)) {
      if (spec.startsWith('node:') || !/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w./-]*)?$/.test(spec)) continue;
      imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  }
  const undeclared = [...imported].filter((name) => !declared.has(name));
  assert.deepEqual(undeclared, [], 'imported by dist/ or bin/ but not in "dependencies"');
});

test('npx budget-widgets convert runs on the sample', () => {
  run('npx', ['--no-install', 'budget-widgets', 'convert', 'disclosure.txt', '-o', 'budget.json']);
  const dataset = JSON.parse(readFileSync(join(project, 'budget.json'), 'utf8'));
  assert.equal(dataset.meta.year, 2024);
  assert.ok(dataset.entities.length >= 1);
  assert.ok(dataset.views, 'the dataset carries its precomputed views');
});

test('the PDF, DOCX and XLSX readers work from the installed package (pdf.js and fflate resolve)', () => {
  run('npx', ['--no-install', 'budget-widgets', 'convert', 'disclosure.pdf', 'disclosure.docx', 'disclosure.xlsx', '-o', 'datasets']);
  for (const ext of ['pdf', 'docx', 'xlsx']) {
    const dataset = JSON.parse(readFileSync(join(project, 'datasets', `disclosure.${ext}.json`), 'utf8'));
    assert.equal(dataset.meta.source.format, ext);
    assert.equal(dataset.entities[0].tables.find((t) => t.kind === 'summary').rows[0].cells.incomeAmount, 2654.52);
  }
});

test('the converter and the model import in Node', () => {
  const script = `
    import { readFileSync } from 'node:fs';
    import { parseDisclosure } from 'budget-widgets/converter';
    import { validateDataset } from 'budget-widgets/model';
    const { dataset } = parseDisclosure(readFileSync('disclosure.txt', 'utf8'), { fileName: 'disclosure.txt' });
    const problems = validateDataset(dataset);
    console.log(JSON.stringify({ department: dataset.meta.department.name, problems: problems.length }));`;
  const { stdout } = run(process.execPath, ['--input-type=module', '-e', script]);
  const result = JSON.parse(stdout);
  assert.equal(result.problems, 0);
  assert.match(result.department, /组织人事部/);
});

test('TypeScript, React and Vue code type-checks against the shipped typings', () => {
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: false, types: [] },
    include: ['types-check'],
  }));
  mkdirSync(join(project, 'types-check'), { recursive: true });
  writeFileSync(join(project, 'types-check/plain.ts'), `
    import 'budget-widgets';
    import type { BudgetDataset } from 'budget-widgets/model';
    import { parseDisclosure } from 'budget-widgets/converter';
    const treemap = document.createElement('budget-treemap');
    treemap.measure = 'basic';
    // @ts-expect-error not a measure
    treemap.measure = 'everything';
    const { dataset }: { dataset: BudgetDataset } = parseDisclosure('text');
    treemap.data = dataset;
    treemap.addEventListener('budget-select', (event) => console.log(event.detail.name));
  `);
  writeFileSync(join(project, 'types-check/app.tsx'), `
    import type {} from 'budget-widgets/react';
    export const Good = () => <budget-treemap measure="total" table-visible onbudget-select={(e) => console.log(e.detail.name)} />;
    // @ts-expect-error not a measure
    export const Bad = () => <budget-treemap measure="everything" />;
  `);
  writeFileSync(join(project, 'types-check/vue.ts'), `
    import type {} from 'budget-widgets/vue';
    import type { GlobalComponents } from 'vue';
    type Props = InstanceType<GlobalComponents['budget-treemap']>['$props'];
    export const good: Props = { measure: 'project', onBudgetSelect: (e) => console.log(e.detail.name) };
    // @ts-expect-error not a measure
    export const bad: Props = { measure: 'everything' };
  `);
  run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', '.']);
});

test('a Vite page that imports the package builds and renders a widget in Chromium', async () => {
  const page = join(project, 'page');
  mkdirSync(page, { recursive: true });
  writeFileSync(join(page, 'index.html'), `<!doctype html><meta charset="utf-8"><title>portal</title>
    <budget-summary id="summary" lang="zh-CN"></budget-summary><budget-treemap id="treemap"></budget-treemap>
    <script type="module" src="./main.js"></script>`);
  writeFileSync(join(page, 'main.js'), `import 'budget-widgets';
    import dataset from '../budget.json';
    for (const el of document.querySelectorAll('budget-summary, budget-treemap')) el.data = dataset;`);
  run(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', page, '--outDir', join(project, 'page-dist'), '--logLevel', 'warn']);
  const server = await serveStatic(join(project, 'page-dist'));
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(server.base);
    await tab.waitForFunction(() => document.getElementById('treemap')?.shadowRoot?.querySelector('.cell'));
    const summary = await tab.evaluate(() => document.getElementById('summary').shadowRoot.textContent);
    assert.match(summary, /2,654\.52/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
