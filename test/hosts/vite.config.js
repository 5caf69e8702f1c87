// Builds the React and Vue host apps the way those projects build (Vite with the official
// plugins), importing budget-widgets by its package name. `npm run build:hosts`; the smoke tests
// then load test/hosts/dist/{react,vue}/index.html.
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const host = process.env.HOST_APP;
export default defineConfig({
  root: new URL(`./${host}/`, import.meta.url).pathname,
  base: `/test/hosts/dist/${host}/`,
  logLevel: 'warn',
  plugins: host === 'react' ? [react()] : [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('budget-') } } })],
  // The built package, as an app that installed it gets it (run after npm run build).
  resolve: { alias: { 'budget-widgets': new URL('../../dist/index.js', import.meta.url).pathname } },
  build: { outDir: new URL(`./dist/${host}/`, import.meta.url).pathname, emptyOutDir: true, target: 'es2022' },
});
