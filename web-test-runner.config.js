// Unit and component tests, in headless Chromium and Firefox ESR (portal visitors do not all use
// Chromium). `npm test` runs this, then the smoke test of the built bundle
// (web-test-runner.smoke.config.js). `BROWSERS=chromium` runs one browser only, for quick local runs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.js';
import { findFirefox } from './scripts/find-firefox.js';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');

export const browsers = [
  wanted.includes('chromium') &&
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  // Playwright drives only its own patched Firefox; puppeteer drives the system's over WebDriver BiDi.
  wanted.includes('firefox') && puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true } }),
].filter(Boolean);

export default {
  files: ['test/**/*.test.ts', '!test/smoke/**'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  // One page per browser at a time: two browsers side by side already fill two cores.
  concurrency: 1,
  browsers,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
