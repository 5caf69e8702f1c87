// The full data layer (Arquero included) as one module for the benchmark page: it builds the
// view models of the synthetic datasets there, as the converter does in Node.
export { precomputeViews, withViews, expenditureHierarchy } from '../../src/data/index.ts';
