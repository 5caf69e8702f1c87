import type { TableKindDefinition } from './definition.js';

/** 一般公共预算（财政拨款）基本支出表, by economic classification; 决算 prints it in two halves side by side. */
export const generalBasicExpenditure: TableKindDefinition = {
  kind: 'general-basic-expenditure',
  name: '一般公共预算基本支出表',
  // Some templates print all general expenditure by economic classification (一般公共预算支出表（按经济分类）).
  titles: [/一般公共预算(财政)?(拨款)?基本支出/, /一般公共预算(财政)?(拨款)?支出.*经济分类/],
  requiredKeys: ['code', 'name', 'total'],
  // Some templates print the classification by name only, with no code column.
  alternativeKeys: [['name', 'total']],
  documents: ['budget', 'final-accounts'],
  presence: 'required',
};
