// Smoke test of the built, self-contained bundle (dist/budget-widgets.js): the sources can pass
// while the bundle is broken (see docs/architecture.md), so the bundle is tested on its own.
import config from './web-test-runner.config.js';

export default { ...config, nodeResolve: { browser: true }, files: ['test/smoke/**/*.test.js'], plugins: [] };
