import type { TableKindDefinition } from './definition.js';

/**
 * 项目支出绩效目标表 printed as one list of projects (项目名称 | 金额 | 绩效目标 | 指标…), or as a form
 * the project reader does not know. The form of the first sample, one table per project with its
 * quarterly plan, becomes a project instead.
 */
export const projectPerformance: TableKindDefinition = {
  kind: 'project-performance',
  name: '项目支出绩效目标表',
  titles: [/项目.*绩效(目标)?(申报)?(情况)?表/, /专项资金绩效目标/, /绩效目标(申报)?表/, /项目.*绩效目标情况/],
  headers: [/项目名称/, /绩效目标|一级指标|绩效指标/],
  requiredKeys: [],
  documents: ['budget'],
  presence: 'conditional',
};
