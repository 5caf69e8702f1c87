import type { TableKindDefinition } from './definition.js';

/** 一般公共预算（财政拨款）基本支出表, by economic classification; 决算 prints it in two halves side by side. */
export const generalBasicExpenditure: TableKindDefinition = {
  kind: 'general-basic-expenditure',
  name: '一般公共预算基本支出表',
  titles: [/一般公共预算(财政拨款)?基本支出/],
  requiredKeys: ['code', 'name', 'total'],
  documents: ['budget', 'final-accounts'],
  presence: 'required',
};
