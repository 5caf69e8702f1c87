import type { TableKindDefinition } from './definition.js';

/**
 * The list of the disclosure's tables (目录), where a template says which tables are empty and why
 * (是否空表 | 公开空表理由): the statement an empty table needs.
 */
export const contents: TableKindDefinition = {
  kind: 'contents',
  name: '公开表目录',
  titles: [/^目录$/, /公开(报表|表格?)目录/],
  headers: [/报表名称|表格名称|表名/, /空表/],
  requiredKeys: [],
  documents: ['budget', 'final-accounts'],
  presence: 'conditional',
};
