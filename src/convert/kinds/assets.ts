import type { TableKindDefinition } from './definition.js';

/** 国有资产占用情况表 / 固定资产. */
export const assets: TableKindDefinition = {
  kind: 'assets',
  name: '资产占用情况表',
  titles: [/资产/],
  requiredKeys: [],
  documents: ['budget', 'final-accounts'],
  presence: 'conditional',
};
