import type { TableKindDefinition } from './definition.js';

/** 部门整体支出绩效目标表 / 部门整体预算绩效目标申报表: the department's goals for the year as a whole. */
export const departmentPerformance: TableKindDefinition = {
  kind: 'department-performance',
  name: '部门整体支出绩效目标表',
  titles: [/部门整体(支出|预算)?绩效/],
  requiredKeys: [],
  documents: ['budget', 'final-accounts'],
  presence: 'conditional',
};
