// Storybook for designers: every widget, every state that matters, with controls from the
// custom-elements manifest. `npm run storybook` serves it; `npm run build-storybook` builds it.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The sample dataset is served as /sample-data/…, as a portal serves its dataset next to the page.
  // (Not under /data: that path would shadow the JSON modules the stories import from data/.)
  staticDirs: [{ from: '../data/samples', to: '/sample-data' }],
  core: { disableTelemetry: true },
};
export default config;
