import type { TableKindDefinition } from './definition.js';

/** 财政拨款收支总表 / 财政拨款收入支出决算总表. Listed before 收支总表: its title contains that one's. */
export const fiscalSummary: TableKindDefinition = {
  kind: 'fiscal-summary',
  name: '财政拨款收支总表',
  titles: [/财政拨款收支(预算)?总表/, /财政拨款收入支出决算总?表/, /财政拨款收支(预算)?(总体)?情况表/],
  requiredKeys: ['incomeItem', 'incomeAmount', 'expenditureItem'],
  documents: ['budget', 'final-accounts'],
  presence: 'required',
};
