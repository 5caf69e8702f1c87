import type { TableKindDefinition } from './definition.js';

/** 收入总表: 部门收入总表, 收入预算总表, 收入决算表 (by function classification). */
export const income: TableKindDefinition = {
  kind: 'income',
  name: '收入总表',
  titles: [/收入(预算|决算)?总?表$/, /收入(预算|决算)?总体情况表$/],
  requiredKeys: ['code', 'name', 'total'],
  documents: ['budget', 'final-accounts'],
  presence: 'required',
};
