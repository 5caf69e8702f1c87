import type { TableKindDefinition } from './definition.js';

/** 项目支出绩效自评: each project's self-assessed score, printed with a 决算's explanatory text. */
export const selfEvaluation: TableKindDefinition = {
  kind: 'self-evaluation',
  name: '绩效自评表',
  titles: [/绩效自评/],
  headers: [/项目名称/, /自评(分数|得分)|评价得分/],
  requiredKeys: [],
  documents: ['final-accounts'],
  presence: 'conditional',
};
