import type { TableKindDefinition } from './definition.js';

/** 政府性基金预算（财政拨款）支出表 / 收入支出决算表. */
export const govFundExpenditure: TableKindDefinition = {
  kind: 'gov-fund-expenditure',
  name: '政府性基金预算支出表',
  titles: [/政府性?基金/],
  requiredKeys: ['code', 'name', 'total'],
  documents: ['budget', 'final-accounts'],
  presence: 'required',
};
