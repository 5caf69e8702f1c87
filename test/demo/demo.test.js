// The demo page end to end, as an analyst uses it, in headless Chromium: the built demo
// (`npm run build:demo`) served over HTTP. Load, drop the sample text file, drill, filter, the URL
// round trip, and the contents of each export.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.js';
import { serveStatic } from '../../scripts/static-server.js';

const ROOT = new URL('../../demo-dist/', import.meta.url).pathname;
const SAMPLE_TEXT = new URL('../../data/samples/cangzhou-kfq-zzrsb-2024.txt', import.meta.url).pathname;
const SAMPLE_PDF = new URL('../fixtures/sample/cangzhou-kfq-zzrsb-2024.pdf', import.meta.url).pathname;
let server;
let browser;
let base;

before(async () => {
  server = await serveStatic(ROOT);
  base = server.base;
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openDemo(query = '') {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(base + query);
  await page.waitForFunction(() => document.getElementById('treemap')?.shadowRoot?.querySelector('.cell'));
  return { page, errors, context };
}
const shadowText = (page, id, selector) => page.evaluate(([id, selector]) => document.getElementById(id).shadowRoot.querySelector(selector)?.textContent ?? null, [id, selector]);

async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('loads the sample: every widget draws, the report lists the failed checks with their lines', async () => {
  const { page, errors, context } = await openDemo();
  assert.match(await shadowText(page, 'summary', '[part="base"]'), /2,654\.52/);
  await page.waitForFunction(() => ['balance', 'timeline'].every((id) => document.getElementById(id).shadowRoot.querySelector('svg [role="button"]')));
  // One language at a time: Chinese by default, the header the dataset's title.
  assert.match(await page.textContent('#report-summary'), /4 项未通过/);
  assert.equal(await page.textContent('h1'), '中共河北沧州经济开发区工委组织人事部2024年部门预算');
  // The language switch changes the page's words with the widgets': English throughout.
  await page.selectOption('#lang', 'en');
  assert.equal(await page.textContent('#report-title'), 'Consistency report');
  assert.match(await page.textContent('#report-summary'), /4 failed/);
  assert.match(await page.textContent('#problems'), /WARNING/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.selectOption('#lang', 'zh-CN');
  // The report is <budget-findings>: the four failed checks are two findings (the department and
  // its 本级 unit print the same plans). One asks to be seen: the timeline shows its project, the
  // source view its line, whole line number and the two figures marked.
  await page.waitForFunction(() => document.getElementById('findings').shadowRoot.querySelectorAll('[part="finding"]').length === 2);
  await page.locator('#findings [part="finding"]', { hasText: '城乡居民养老保险' }).locator('[part="locate"]').click();
  assert.match(await page.textContent('#source-lines .target'), /城乡居民养老保险|572/);
  assert.equal(await page.getAttribute('#timeline', 'project'), await page.evaluate(() => document.getElementById('findings').shadowRoot.textContent.match(/（(\w+)）的资金支出计划/)[1]));
  // The summary's "2 项…未通过" leads to the findings.
  await page.locator('#summary a[href="#findings"]').click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'findings');
  assert.deepEqual(errors, []);
  await context.close();
});

test('dropping the sample text file converts it in the page and shows it', async () => {
  const { page, context } = await openDemo();
  const text = readFileSync(SAMPLE_TEXT, 'utf8');
  await page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped-disclosure.txt', { type: 'text/plain' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForFunction(() => document.getElementById('source').textContent.includes('dropped-disclosure.txt'));
  assert.match(await shadowText(page, 'summary', '[part="base"]'), /2,654\.52/);
  assert.match(await page.textContent('#problems'), /有一行指标在导出时被拆成多行/);
  // A file that is not a disclosure says so and keeps what was shown.
  await page.setInputFiles('#file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('meeting notes\n') });
  await page.waitForFunction(() => !document.getElementById('file-error').hidden);
  assert.match(await page.textContent('#file-error'), /notes\.txt/);
  assert.match(await shadowText(page, 'summary', '[part="base"]'), /2,654\.52/);
  await context.close();
});

test('dropping the published PDF reads it in a worker, with progress, and shows its figures', async () => {
  const { page, errors, context } = await openDemo();
  // A file that is not a disclosure is refused at the top of the page.
  await page.setInputFiles('#file', { name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) });
  await page.waitForFunction(() => !document.getElementById('file-error').hidden);
  assert.match(await page.textContent('#file-error'), /scan\.png.*PNG 图片/);
  const pdf = readFileSync(SAMPLE_PDF);
  const started = Date.now();
  await page.setInputFiles('#file', { name: 'published.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.waitForFunction(() => /已读 \d+\/37 页/.test(document.getElementById('convert-status').textContent) || document.getElementById('source').textContent.includes('published.pdf'));
  await page.waitForFunction(() => document.getElementById('source').textContent.includes('published.pdf'), null, { timeout: 30_000 });
  const seconds = (Date.now() - started) / 1000;
  assert.ok(await page.evaluate(() => !document.getElementById('file-error').checkVisibility()), 'the earlier error is cleared');
  assert.ok(await page.evaluate(() => !document.getElementById('convert').checkVisibility()), 'the progress bar is gone');
  // The widgets now show the dataset read from the PDF (with its pages), and its figures.
  assert.deepEqual(await page.evaluate(() => [document.getElementById('summary').data.meta.source.format, document.getElementById('treemap').data.meta.source.pages]), ['pdf', 37]);
  assert.match(await shadowText(page, 'summary', '[part="base"]'), /2,654\.52/);
  await page.waitForFunction(() => document.getElementById('treemap').shadowRoot.querySelector('.cell[data-code="208"]'));
  assert.ok(seconds < 15, `the 37-page PDF took ${seconds} s`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a conversion can be cancelled, and the last good dataset stays', async () => {
  const { page, context } = await openDemo();
  await page.setInputFiles('#file', { name: 'long.pdf', mimeType: 'application/pdf', buffer: readFileSync(SAMPLE_PDF) });
  await page.waitForFunction(() => document.getElementById('convert').checkVisibility());
  await page.click('#convert-cancel');
  await page.waitForFunction(() => !document.getElementById('convert').checkVisibility());
  assert.match(await page.textContent('#file-error'), /已取消|Cancelled/);
  assert.match(await shadowText(page, 'summary', '[part="base"]'), /2,654\.52/);
  await context.close();
});

test('drilling and filtering go into the URL, and the URL reopens the same view', async () => {
  const { page, context } = await openDemo();
  await page.evaluate(() => document.getElementById('treemap').shadowRoot.querySelector('.cell[data-code="208"]').dispatchEvent(new MouseEvent('click', { bubbles: true })));
  await page.waitForFunction(() => location.search.includes('path=208'));
  assert.match(await page.textContent('#link-note'), /原文未说明项目对应的功能分类科目/);
  await page.evaluate(() => {
    const input = document.getElementById('indicators').shadowRoot.querySelector('input[type="search"]');
    input.value = '满意';
    input.dispatchEvent(new Event('input'));
  });
  await page.waitForFunction(() => new URLSearchParams(location.search).get('query') === '满意');
  // Choosing a project in the table shows its plan in the timeline.
  await page.evaluate(() => document.getElementById('indicators').shadowRoot.querySelector('.project-name').click());
  await page.waitForFunction(() => document.getElementById('timeline').getAttribute('project'));
  const url = page.url();
  await context.close();

  const reopened = await openDemo(url.slice(base.length));
  assert.equal(await reopened.page.evaluate(() => document.getElementById('treemap').path), '208');
  assert.equal(await reopened.page.evaluate(() => document.getElementById('indicators').query), '满意');
  assert.equal(await reopened.page.evaluate(() => document.getElementById('timeline').project), '13091124P005271100026');
  assert.match(await shadowText(reopened.page, 'treemap', '[aria-current="location"]'), /社会保障和就业支出/);
  await reopened.context.close();
});

test('?catalog= opens a catalog: picking a document shows it in every widget, and the URL reopens it', async () => {
  const { page, errors, context } = await openDemo('?catalog=catalog/catalog.json');
  await page.waitForFunction(() => document.getElementById('catalog').shadowRoot.querySelector('.picker button'));
  assert.equal(await page.isVisible('#catalog-panel'), true);
  await page.evaluate(() =>
    [...document.getElementById('catalog').shadowRoot.querySelectorAll('.picker button')].find((b) => b.getAttribute('aria-label').startsWith('上海市普陀区人民政府万里街道办事处 2024')).click(),
  );
  await page.waitForFunction(() => document.getElementById('title').textContent.includes('万里街道办事处'));
  await page.waitForFunction(() => document.getElementById('treemap').shadowRoot.querySelector('.cell'));
  assert.match(await shadowText(page, 'summary', '.title'), /上海市普陀区人民政府万里街道办事处2024年预算/);
  assert.equal(new URL(page.url()).searchParams.get('doc'), 'shanghai-putuo-wanli-2024-dept-budget.json');
  const url = page.url();
  await context.close();
  const reopened = await openDemo(url.slice(base.length));
  await reopened.page.waitForFunction(() => document.getElementById('title').textContent.includes('万里街道办事处'));
  assert.equal(await reopened.page.evaluate(() => document.getElementById('catalog').shadowRoot.querySelector('.picker button[aria-pressed="true"]').getAttribute('aria-label')), '上海市普陀区人民政府万里街道办事处 2024 预算');
  await reopened.context.close();
  assert.deepEqual(errors, []);
});

test('the timeline’s mode and scale have controls, and go into the URL', async () => {
  const { page, context } = await openDemo();
  await page.selectOption('#mode', 'projects');
  await page.selectOption('#scale', 'percent');
  assert.equal(await page.evaluate(() => document.getElementById('timeline').getAttribute('mode')), 'projects');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('scale') === 'percent' && new URLSearchParams(location.search).get('mode') === 'projects');
  await page.waitForFunction(() => document.getElementById('timeline').shadowRoot.querySelectorAll('.legend .swatch').length > 1);
  await context.close();
});

test('exports: the dataset, rows as CSV, charts as SVG and PNG', async () => {
  const { page, context } = await openDemo();
  const json = await downloaded(page, () => page.click('#export-dataset'));
  assert.equal(JSON.parse(json.text).schemaVersion, 1);
  const csv = await downloaded(page, () => page.click('figure[data-widget="treemap"] button[data-export="csv"]'));
  assert.equal(csv.text.charCodeAt(0), 0xfeff);
  assert.match(csv.text, /208,社会保障和就业支出,"2,213\.24"/);
  const indicators = await downloaded(page, () => page.click('figure[data-widget="indicators"] button[data-export="csv"]'));
  assert.equal(indicators.text.split('\r\n').length, 203 + 2);
  assert.equal(csv.name, '中共河北沧州经济开发区工委组织人事部-2024-支出结构.csv');
  const svg = await downloaded(page, () => page.click('figure[data-widget="treemap"] button[data-export="svg"]'));
  assert.equal(svg.name, '中共河北沧州经济开发区工委组织人事部-2024-支出结构.svg');
  assert.match(svg.text, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // The image says what it shows and where its figures come from.
  assert.match(svg.text, /2024年支出结构（功能分类 · 合计 · 万元）/);
  assert.match(svg.text, /来源：cangzhou-kfq-zzrsb-2024\.txt · 单位：万元 · 导出：\d{4}-\d{2}-\d{2}/);
  assert.match(svg.text, /fill:rgb\(/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('figure[data-widget="balance"] button[data-export="png"]')]);
  const bytes = readFileSync(await png.path());
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  await context.close();
});

test('the embed panel writes a snippet with the current attributes', async () => {
  const { page, context } = await openDemo('?measure=project');
  await page.click('#embed summary');
  await page.waitForFunction(() => document.getElementById('embed-snippet').value.includes('budget-treemap'));
  const snippet = await page.inputValue('#embed-snippet');
  assert.match(snippet, /<script type="module" src="\/assets\/budget-widgets\.js"><\/script>/);
  assert.match(snippet, /<budget-treemap src="\/data\/budget-2024\.json"[^>]* measure="project"/);
  assert.match(await page.inputValue('#embed-iframe'), /embed\.html\?widget=treemap&amp;src=%2Fdata%2Fbudget-2024\.json/);
  await context.close();
});

test('works with the keyboard alone: Tab reaches the treemap, Enter drills, the URL follows', async () => {
  const { page, context } = await openDemo();
  // Tab from the top of the page until focus is on a treemap cell.
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'treemap' && !!document.getElementById('treemap').shadowRoot.activeElement?.classList.contains('cell'));
  }
  assert.ok(reached, 'Tab never reached a treemap cell');
  const code = await page.evaluate(() => document.getElementById('treemap').shadowRoot.activeElement.dataset.code);
  await page.keyboard.press('Enter');
  await page.waitForFunction((c) => new URLSearchParams(location.search).get('path') === c, code);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !new URLSearchParams(location.search).get('path'));
  await context.close();
});

test('prints a one-page A4 summary', async () => {
  const { page, context } = await openDemo();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  assert.equal((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1);
  await context.close();
});

test('works on a phone-sized screen with nothing wider than the screen', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction(() => document.getElementById('treemap')?.shadowRoot?.querySelector('.cell'));
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 376);
  // The first screen shows the headline figures; the settings are folded, one tap away.
  assert.equal(await page.evaluate(() => document.getElementById('settings').open), false);
  const figureTop = await page.evaluate(() => document.getElementById('summary').shadowRoot.querySelector('[part="figure"]').getBoundingClientRect().top);
  assert.ok(figureTop < 740, `the first figure is at ${figureTop} px, below the first screen`);
  await context.close();
});
