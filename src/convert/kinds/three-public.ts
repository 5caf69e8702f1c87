import type { TableKindDefinition } from './definition.js';

/** “三公”经费支出表, alone or with 机关运行经费 (“三公”经费和机关运行经费预算表). */
export const threePublic: TableKindDefinition = {
  kind: 'three-public',
  name: '“三公”经费支出表',
  titles: [/三公/],
  requiredKeys: [],
  documents: ['budget', 'final-accounts'],
  subject: /三公/,
  presence: 'required',
};
