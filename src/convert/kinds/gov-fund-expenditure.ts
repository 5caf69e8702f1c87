import type { TableKindDefinition } from './definition.js';

/** 政府性基金预算（财政拨款）支出表 / 收入支出决算表. */
export const govFundExpenditure: TableKindDefinition = {
  kind: 'gov-fund-expenditure',
  name: '政府性基金预算支出表',
  titles: [/政府性?基金/],
  requiredKeys: ['code', 'name', 'total'],
  // By name only, with no code column; an empty one may print only its 项目支出 column.
  // Or as the fund's own 收支表, income on the left and expenditure on the right.
  alternativeKeys: [['name', 'total'], ['name', 'project'], ['incomeItem', 'incomeAmount', 'expenditureItem']],
  documents: ['budget', 'final-accounts'],
  subject: /政府性基金/,
  presence: 'required',
};
