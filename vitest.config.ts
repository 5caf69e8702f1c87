// Runs every story as a test in headless Chromium (`npm run test:stories`): each story renders,
// passes axe (a11y test: 'error'), and its play function's interactions and assertions hold.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.js';

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: findChrome(), args: CHROME_ARGS } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
