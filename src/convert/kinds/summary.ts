import type { TableKindDefinition } from './definition.js';

/** 收支总表: 部门收支总表, 财务收支预算总表, 收入支出决算总表, 收支总体情况表. */
export const summary: TableKindDefinition = {
  kind: 'summary',
  name: '收支总表',
  titles: [/收支(预算|决算)?总表/, /收入支出决算总?表/, /收支(预算)?总体情况表/],
  requiredKeys: ['incomeItem', 'incomeAmount', 'expenditureItem', 'expenditureAmount'],
  // 财务收支预算总表 splits the 支出 side's 预算数 into 合计 | 基本支出 | 项目支出: its 合计 is the amount.
  standIns: { expenditureAmount: 'expenditureTotal' },
  documents: ['budget', 'final-accounts'],
  presence: 'required',
};
