import type { TableKindDefinition } from './definition.js';

/** 财政拨款支出表 by function classification: every 财政拨款 (一般公共预算 and 政府性基金), as 江苏's templates print it. */
export const fiscalExpenditure: TableKindDefinition = {
  kind: 'fiscal-expenditure',
  name: '财政拨款支出表',
  titles: [/财政拨款支出(预算|决算)?(情况)?表/],
  requiredKeys: ['code', 'name', 'total'],
  // Some templates print the classification by name only, with no code column.
  alternativeKeys: [['name', 'total']],
  documents: ['budget', 'final-accounts'],
  presence: 'conditional',
};
