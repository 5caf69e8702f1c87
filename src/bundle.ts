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
export * from './widgets/budget-catalog/define.js';
export { clearDatasetCache, loadDataset } from './base/load.js';
