import type { TableKindDefinition } from './definition.js';

/** 政府购买服务预算表 / 财政拨款政府购买服务明细表. */
export const govPurchaseServices: TableKindDefinition = {
  kind: 'gov-purchase-services',
  name: '政府购买服务表',
  titles: [/政府购买服务/],
  requiredKeys: [],
  documents: ['budget', 'final-accounts'],
  presence: 'conditional',
};
