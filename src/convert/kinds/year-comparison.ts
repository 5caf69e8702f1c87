import type { TableKindDefinition } from './definition.js';

/**
 * A table in the explanatory text setting the year against the year before, with the reasons for
 * each change (功能科目 | 2022年 | 2021年 | 主要原因).
 */
export const yearComparison: TableKindDefinition = {
  kind: 'year-comparison',
  name: '增减变动情况表',
  titles: [/(增减)?变动情况表/],
  headers: [/主要原因|变动原因|增减原因|变化原因/],
  requiredKeys: [],
  documents: ['budget', 'final-accounts'],
  presence: 'conditional',
};
