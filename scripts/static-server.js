// A small static file server for the benchmark and the end-to-end tests: serves `root` on a free
// local port, `/` from `index` (a file name or an HTML string), nothing outside `root`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/** Starts the server; resolves to its base URL (ending in "/") and a `close` function. */
export async function serveStatic(root, { index = 'index.html' } = {}) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path === '/' && index.startsWith('<')) {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(index);
      return;
    }
    const file = join(root, path === '/' ? index : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
