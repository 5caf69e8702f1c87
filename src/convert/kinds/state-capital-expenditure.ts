import type { TableKindDefinition } from './definition.js';

/** 国有资本经营预算（财政拨款）支出表 / 支出决算表. */
export const stateCapitalExpenditure: TableKindDefinition = {
  kind: 'state-capital-expenditure',
  name: '国有资本经营预算支出表',
  titles: [/国有资本经营/],
  requiredKeys: ['code', 'name', 'total'],
  // By name only, with no code column; an empty one may print only its 项目支出 column.
  alternativeKeys: [['name', 'total'], ['name', 'project']],
  documents: ['budget', 'final-accounts'],
  subject: /国有资本经营/,
  presence: 'required',
};
