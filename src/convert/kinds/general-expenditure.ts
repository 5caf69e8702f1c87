import type { TableKindDefinition } from './definition.js';

/** 一般公共预算（财政拨款）支出表, by function classification (一般公共预算支出功能分类预算表…). */
export const generalExpenditure: TableKindDefinition = {
  kind: 'general-expenditure',
  name: '一般公共预算支出表',
  titles: [/一般公共预算(财政)?(拨款)?(项目)?支出/],
  requiredKeys: ['code', 'name', 'total'],
  // Some templates print the classification by name only, with no code column.
  alternativeKeys: [['name', 'total']],
  documents: ['budget', 'final-accounts'],
  presence: 'required',
};
