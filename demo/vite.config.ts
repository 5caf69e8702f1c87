// The demo page's build (`npm run build:demo`, `npm start`). pdf.js needs its character maps and
// standard fonts as files next to the page (some published PDFs use fonts they do not embed); this
// plugin serves them in development and copies them into the build under `pdfjs/`.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const FOLDERS = ['cmaps', 'standard_fonts'];

function pdfjsData(): Plugin {
  let outDir = '';
  return {
    name: 'pdfjs-data',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /\/pdfjs\/(cmaps|standard_fonts)\/([^?#]+)/.exec(request.url ?? '');
        const file = match && normalize(join(pdfjsRoot, match[1], decodeURIComponent(match[2])));
        if (!file || !file.startsWith(pdfjsRoot) || !existsSync(file) || !statSync(file).isFile()) return next();
        createReadStream(file).pipe(response);
      });
    },
    closeBundle() {
      for (const folder of FOLDERS) cpSync(join(pdfjsRoot, folder), join(outDir, 'pdfjs', folder), { recursive: true });
    },
  };
}

/**
 * The sample catalog (`npm run catalog-sample`, data/samples/catalog) at `catalog/`: served in
 * development, copied into the build, for `?catalog=catalog/catalog.json`.
 */
function sampleCatalog(): Plugin {
  const folder = resolve(__dirname, '../data/samples/catalog');
  let outDir = '';
  return {
    name: 'sample-catalog',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /\/catalog\/([\w.-]+\.json)(?:[?#]|$)/.exec(request.url ?? '');
        const file = match && join(folder, match[1]);
        if (!file || !existsSync(file)) return next();
        response.setHeader('Content-Type', 'application/json');
        createReadStream(file).pipe(response);
      });
    },
    closeBundle() {
      cpSync(folder, join(outDir, 'catalog'), { recursive: true });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [pdfjsData(), sampleCatalog()],
  worker: { format: 'es' },
});
