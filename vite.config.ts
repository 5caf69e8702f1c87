/**
 * Two library builds (see docs/architecture.md, "Builds"):
 * - `vite build` (the npm package): ES modules per entry with shared chunks, dependencies external,
 *   for bundler users.
 * - `vite build --mode bundle`: dist/budget-widgets.js, one self-contained file a webmaster loads
 *   with a single script tag; everything inlined and minified.
 */
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id: string) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

export default defineConfig(({ mode }) => {
  if (mode === 'bundle') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'budget-widgets.js' },
        rolldownOptions: { output: { minify: true, inlineDynamicImports: true } },
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
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: { external: isDependency },
    },
  };
});
