/**
 * budget-widgets: registers every element and exports the public API.
 * Import this module (or load dist/budget-widgets.js with one script tag) and use the tags.
 * @module
 */
export * from './widgets/budget-summary/define.js';
export * from './widgets/budget-treemap/define.js';
export * from './widgets/budget-balance/define.js';
export * from './widgets/budget-timeline/define.js';
export * from './widgets/budget-indicators/define.js';
export * from './widgets/budget-findings/define.js';
export * from './widgets/budget-catalog/define.js';
export { BudgetElement } from './base/budget-element.js';
export { clearDatasetCache, loadDataset } from './base/load.js';
export type { BudgetErrorDetail, BudgetEventMap, BudgetFilterDetail, BudgetLoadDetail, BudgetSelectDetail, CatalogLoadDetail, CheckpointSelectDetail, ClassificationSelectDetail, DocumentSelectDetail, FindingSelectDetail, ProjectSelectDetail, SideSelectDetail } from './base/events.js';
export * from './model/index.js';
