import type { TableKindDefinition } from './definition.js';

/** 收入总表: 部门收入总表, 收入预算总表, 收入决算表 (by function classification). */
export const income: TableKindDefinition = {
  kind: 'income',
  name: '收入总表',
  titles: [/收入(预算|决算)?总?表$/, /收入(预算|决算)?总体情况表$/],
  requiredKeys: ['code', 'name', 'total'],
  // Some templates list the department's units instead of classification codes (单位编码 | 单位名称 | 合计).
  alternativeKeys: [['unitCode', 'name', 'total'], ['unitName', 'total']],
  documents: ['budget', 'final-accounts'],
  presence: 'required',
};
