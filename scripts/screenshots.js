// Screenshots of the built demo (`npm run build:demo` first) at a phone's width and a desktop's,
// light and dark, into docs/screenshots/: `npm run screenshots`. The README shows them.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.js';
import { serveStatic } from './static-server.js';

const ROOT = new URL('../demo-dist/', import.meta.url).pathname;
const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });
const server = await serveStatic(ROOT);
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
for (const [width, height] of [
  [375, 812],
  [1440, 900],
]) {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1, colorScheme: theme });
    await page.goto(`${server.base}?theme=${theme}`);
    await page.waitForFunction(() => document.getElementById('treemap')?.shadowRoot?.querySelector('.cell') && document.getElementById('timeline')?.shadowRoot?.querySelector('.point'));
    await page.waitForTimeout(300);
    const file = `${OUT}demo-${width}-${theme}.png`;
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
}
await browser.close();
server.close();
