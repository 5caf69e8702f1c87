import type { TableKindDefinition } from './definition.js';

/** 人员编制 and 实有人数 by unit, printed with the explanatory text. */
export const staffing: TableKindDefinition = {
  kind: 'staffing',
  name: '人员编制情况表',
  titles: [/人员(编制)?(情况|构成)表/, /编制(人数)?情况表/],
  headers: [/编制/, /实有/],
  requiredKeys: [],
  documents: ['budget', 'final-accounts'],
  presence: 'conditional',
};
