import type { TableKindDefinition } from './definition.js';

/** 项目支出表 / 项目支出总表 / 项目支出预算情况表: expenditure project by project. */
export const projectExpenditure: TableKindDefinition = {
  kind: 'project-expenditure',
  name: '项目支出表',
  titles: [/项目支出(预算|决算)?(总|情况|明细)?表/, /专项(业务)?经费(支出)?(预算)?表/],
  requiredKeys: [],
  documents: ['budget', 'final-accounts'],
  presence: 'conditional',
};
