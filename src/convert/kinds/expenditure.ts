import type { TableKindDefinition } from './definition.js';

/** 支出总表: 部门支出总表, 支出预算总表, 支出决算表 (by function classification). */
export const expenditure: TableKindDefinition = {
  kind: 'expenditure',
  name: '支出总表',
  titles: [/支出(预算|决算)?总?表$/, /支出(预算|决算)?总体情况表$/],
  requiredKeys: ['code', 'name', 'total'],
  // Some templates list the department's units instead of classification codes (单位编码 | 单位名称 | 合计).
  // Others print the classification by name only, or one row of totals (合计 | 基本支出 | 项目支出).
  alternativeKeys: [['unitCode', 'name', 'total'], ['unitName', 'total'], ['name', 'total'], ['total', 'basic', 'project']],
  documents: ['budget', 'final-accounts'],
  presence: 'required',
};
