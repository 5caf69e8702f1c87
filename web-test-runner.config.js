// Unit and component tests, in headless Chromium. `npm test` runs this, then the smoke test of the
// built bundle (web-test-runner.smoke.config.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.js';

export const browsers = [
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
  }),
];

export default {
  files: ['test/**/*.test.ts', '!test/smoke/**'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  concurrency: 2,
  browsers,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
