// Smoke test of the built bundle (dist/budget-widgets.js and its chunks): the sources can pass
// while the bundle is broken (see docs/architecture.md), so the bundle is tested on its own, as a
// webmaster's page loads it, including under a strict Content-Security-Policy.
import { readFile } from 'node:fs/promises';
import config from './web-test-runner.config.js';

/** The policy of a careful government portal: nothing but our own origin, no eval, no inline code or styles. */
export const STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/** Serves test pages with the strict policy, and the sample dataset without its views on `?views=none`. */
async function strictPages(context, next) {
  if (context.path.endsWith('.json') && context.query.views === 'none') {
    const dataset = JSON.parse(await readFile(new URL(`.${context.path}`, import.meta.url), 'utf8'));
    delete dataset.views;
    context.type = 'application/json';
    context.body = JSON.stringify(dataset);
    return;
  }
  await next();
  // The test pages, and the iframe embed page as webmasters deploy it, run under the strict policy.
  if (context.path.startsWith('/test/smoke/pages/') || context.path === '/dist/embed.html') context.set('Content-Security-Policy', STRICT_POLICY);
}

export default { ...config, nodeResolve: { browser: true }, files: ['test/smoke/**/*.test.js'], plugins: [], middleware: [strictPages] };
