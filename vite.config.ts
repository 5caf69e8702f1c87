/**
 * Two library builds (see docs/architecture.md, "Builds"):
 * - `vite build` (the npm package): ES modules per entry with shared chunks, dependencies external,
 *   for bundler users.
 * - `vite build --mode bundle`: dist/budget-widgets.js, the file a webmaster loads with a single
 *   script tag; minified, with everything it needs next to it in dist/chunks/. What most pages never
 *   need (the dataset validator while no data has arrived, the Arquero data layer when the dataset
 *   has precomputed views) sits in chunks it imports dynamically, resolved relative to itself.
 */
import { defineConfig, type UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id: string) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'bundle') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: {
          entry: { 'budget-widgets': 'src/bundle.ts', embed: 'src/embed/embed.ts', 'embed-resize': 'src/embed/embed-resize.ts' },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: {
        entry: {
          index: 'src/index.ts',
          converter: 'src/convert/index.ts',
          model: 'src/model/index.ts',
          data: 'src/data/index.ts',
          // One entry per element for bundler users: a page with one widget pays for that one.
          'budget-summary': 'src/widgets/budget-summary/define.ts',
          'budget-balance': 'src/widgets/budget-balance/define.ts',
          'budget-treemap': 'src/widgets/budget-treemap/define.ts',
          'budget-timeline': 'src/widgets/budget-timeline/define.ts',
          'budget-indicators': 'src/widgets/budget-indicators/define.ts',
          'budget-findings': 'src/widgets/budget-findings/define.ts',
          'budget-catalog': 'src/widgets/budget-catalog/define.ts',
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: { external: isDependency, output: { chunkFileNames: 'shared/[name]-[hash].js' } },
    },
  };
});
