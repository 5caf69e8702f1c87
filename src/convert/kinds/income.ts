import type { TableKindDefinition } from './definition.js';

/** 收入总表: 部门收入总表, 收入预算总表, 收入决算表 (by function classification). */
export const income: TableKindDefinition = {
  kind: 'income',
  name: '收入总表',
  titles: [/收入(预算|决算)?总?表$/, /收入(预算|决算)?总体情况表$/],
  requiredKeys: ['code', 'name', 'total'],
  // Some templates list the department's units instead of classification codes (单位编码 | 单位名称 | 合计).
  // Others print it by unit name alone, as a list of items (项目名称 | 金额), or as one row of totals.
  alternativeKeys: [['unitCode', 'name', 'total'], ['unitName', 'total'], ['name', 'total'], ['item', 'total'], ['projectName', 'total'], ['total', 'currentSubtotal']],
  documents: ['budget', 'final-accounts'],
  presence: 'required',
};
