import type { TableKindDefinition } from './definition.js';

/** The units that make up the department: 机构设置情况, 单位构成, 编制范围的单位. */
export const orgUnits: TableKindDefinition = {
  kind: 'org-units',
  name: '机构设置情况',
  titles: [/机构设置/, /单位构成/, /编制范围的(预算)?单位/],
  requiredKeys: ['name'],
  documents: ['budget', 'final-accounts'],
  presence: 'conditional',
};
