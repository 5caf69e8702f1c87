import type { TableKindDefinition } from './definition.js';

/** 政府采购预算表 / 政府采购情况表. */
export const procurement: TableKindDefinition = {
  kind: 'procurement',
  name: '政府采购表',
  titles: [/政府采购/],
  requiredKeys: [],
  documents: ['budget', 'final-accounts'],
  presence: 'conditional',
};
