/**
 * The data layer: pure functions from a budget dataset to the view models the widgets draw,
 * built with Arquero, and the consistency checks. Widgets ask this layer; they never read raw
 * dataset structure or call Arquero themselves.
 * @module
 */
export { selectEntity, findTable, distinctNames, ViewError } from './entity.js';
export { expenditureHierarchy, findNode, MEASURES, type BudgetNode, type Classification, type Measure, type HierarchyOptions } from './expenditure.js';
export { incomeVsExpenditure, type Balance, type BalanceSegment, type BalanceOptions } from './balance.js';
export { disbursementPlans, type DisbursementView, type ProjectPlan, type PlanPoint, type PointFill, type CombinedPoint } from './disbursement.js';
export { timelineView } from './compute.js';
export { buildTimeline, type TimelineView, type TimelineSeries, type SeriesPoint, type PlanFlag, type FlagKind, type TimelineMode, type TimelineOptions } from './timeline.js';
export {
  indicatorRows,
  indicatorsView,
  filterIndicators,
  sortIndicators,
  indicatorsCsv,
  LEVEL1_GROUPS,
  INDICATOR_SIGNALS,
  targetChanges,
  type TargetChange,
  type IndicatorRow,
  type IndicatorsView,
  type IndicatorProject,
  type IndicatorSignal,
  type IndicatorFilter,
  type IndicatorSort,
  type TargetKind,
} from './indicators.js';
export { checkConsistency, consistencyReport, failedChecks, RULE_DESCRIPTIONS, type Check, type ConsistencyReport, type CheckRule, type CheckSeverity } from './checks.js';
export { textFigures, type TextFigure } from './text-checks.js';
export { describeCheck, ruleName, SEVERITY_NAMES, type CheckLanguage } from './check-text.js';
export { budgetSummary, type BudgetSummary } from './summary.js';
export { precomputeViews, withViews } from './precompute.js';
export { precomputedViews, unwrapView, fingerprint, VIEWS_VERSION, type DatasetViews, type EntityViews, type ViewOr } from './views.js';
export { round } from './round.js';
export { staticTables } from './static-tables.js';
export { compareFigure, compareHierarchies, comparisonBasis, changeStep, removedChildren, CHANGE_STEPS, EXECUTION_STEPS, type ComparisonBasis, type ComparisonMode, type FigureComparison, type NodeComparison } from './compare.js';
export { catalogGrid, catalogOverview, comparisonFor, departmentKey, isUnitDocument, type CatalogGrid, type CatalogRow } from './catalog.js';
