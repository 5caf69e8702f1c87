import type { TableKindDefinition } from './definition.js';

/**
 * 基本支出表 by economic classification over more than 一般公共预算: 基本支出总表, 基本支出预算情况表,
 * 财政拨款基本支出表. Listed after 一般公共预算基本支出表, whose title contains this one's.
 */
export const basicExpenditure: TableKindDefinition = {
  kind: 'basic-expenditure',
  name: '基本支出表',
  titles: [/基本支出(预算|决算)?(总|情况|明细)?表/],
  requiredKeys: ['code', 'name', 'total'],
  alternativeKeys: [['name', 'total']],
  documents: ['budget', 'final-accounts'],
  presence: 'conditional',
};
