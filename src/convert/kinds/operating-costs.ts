import type { TableKindDefinition } from './definition.js';

/** 机关运行经费 tables (一般公共预算机关运行经费支出预算表). */
export const operatingCosts: TableKindDefinition = {
  kind: 'operating-costs',
  name: '机关运行经费表',
  titles: [/机关运行经费/],
  requiredKeys: [],
  documents: ['budget', 'final-accounts'],
  presence: 'conditional',
};
