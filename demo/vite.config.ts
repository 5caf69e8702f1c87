// The demo page's build (`npm run build:demo`, `npm start`). Some files the page fetches rather
// than imports: pdf.js's character maps and standard fonts (some published PDFs use fonts they do
// not embed) and the sample catalog. They are served in development and copied into the build.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * Files the page fetches at run time, not imports: a folder served under `url` in development and
 * copied there into the build.
 */
function staticFolder(name: string, url: string, folder: string): Plugin {
  let outDir = '';
  return {
    name,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split(/[?#]/)[0]!;
        const at = path.indexOf(`/${url}/`);
        const file = at >= 0 && normalize(join(folder, decodeURIComponent(path.slice(at + url.length + 2))));
        if (!file || !file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) return next();
        if (file.endsWith('.json')) response.setHeader('Content-Type', 'application/json');
        createReadStream(file).pipe(response);
      });
    },
    closeBundle() {
      cpSync(folder, join(outDir, url), { recursive: true });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    // pdf.js needs its character maps and standard fonts as files next to the page.
    staticFolder('pdfjs-cmaps', 'pdfjs/cmaps', join(pdfjsRoot, 'cmaps')),
    staticFolder('pdfjs-fonts', 'pdfjs/standard_fonts', join(pdfjsRoot, 'standard_fonts')),
    // The sample catalog (`npm run catalog-sample`), for `?catalog=catalog/catalog.json`.
    staticFolder('sample-catalog', 'catalog', resolve(__dirname, '../data/samples/catalog')),
  ],
  worker: { format: 'es' },
});
