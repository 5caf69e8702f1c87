/**
 * Entry of the one-tag bundle (dist/budget-widgets.js): registers every element. Unlike the npm
 * entry it leaves out the model and data APIs (the validator and the Arquero layer stay in lazily
 * loaded chunks), so that a page downloads only what drawing needs.
 * @module
 */
export * from './widgets/budget-summary/define.js';
export * from './widgets/budget-treemap/define.js';
export * from './widgets/budget-balance/define.js';
export * from './widgets/budget-timeline/define.js';
export * from './widgets/budget-indicators/define.js';
export * from './widgets/budget-findings/define.js';
export { clearDatasetCache, loadDataset } from './base/load.js';

/**
 * `<budget-catalog>` belongs on a portal's index page, not on the many pages that show one
 * budget: its code is fetched once such an element is on the page (now or later), not before.
 */
function defineCatalogWhenUsed(): void {
  const load = () => void import('./widgets/budget-catalog/define.js');
  if (document.querySelector('budget-catalog')) return load();
  const observer = new MutationObserver(() => {
    if (!document.querySelector('budget-catalog')) return;
    observer.disconnect();
    load();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
if (typeof document !== 'undefined' && !customElements.get('budget-catalog')) defineCatalogWhenUsed();
