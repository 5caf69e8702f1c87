// Download sizes: gzip -9 of what a page loads up front (an entry and the chunks it imports
// statically) and of what it may load later (chunks reached only through dynamic imports).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gz = (code) => gzipSync(code, { level: 9 }).length;
const STATIC = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** Initial and lazy gzip sizes of an ES module graph on disk, from its entry file. */
export function graphSize(entryFile) {
  const seen = new Map();
  const visit = (file, lazy) => {
    const known = seen.get(file);
    if (known !== undefined && (known === false || lazy)) return;
    seen.set(file, lazy);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(STATIC)) visit(resolve(dirname(file), spec), lazy);
    for (const [, spec] of code.matchAll(DYNAMIC)) visit(resolve(dirname(file), spec), true);
  };
  visit(resolve(entryFile), false);
  let initial = 0;
  let lazy = 0;
  for (const [file, isLazy] of seen) {
    const size = gz(readFileSync(file));
    if (isLazy) lazy += size;
    else initial += size;
  }
  return { initial, lazy, total: initial + lazy, files: seen.size };
}

/** Builds `entry` the way a bundler user's app would (dependencies bundled, minified) and measures it. */
export async function bundledSize(entry, outDir) {
  await build({
    configFile: false,
    logLevel: 'silent',
    // Library mode leaves process.env.NODE_ENV alone; an app's bundler sets it for production.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  return { ...graphSize(join(outDir, 'entry.js')), file: join(outDir, 'entry.js') };
}
