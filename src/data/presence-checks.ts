/**
 * What a disclosure must hold, beyond its arithmetic: every table the rules require (空表列示: an
 * empty one is still printed), a statement under each empty table saying why it is empty, and a
 * 绩效目标表 when the budget spends on projects. The table registry says which kinds are required
 * in which documents.
 */
import { TABLE_KINDS, type TableKindDefinition } from '../convert/kinds/index.js';
import type { BudgetDataset, Entity, Table } from '../model/schema.js';
import type { Check } from './checks.js';
import { findTable } from './entity.js';

/** Words that say why a table is empty: 本部门无政府性基金预算…，故本表无数据 / 本表本年无发生额 / 空表列示. */
const EMPTY_STATEMENT = /无数据|空表|无发生额|没有|无相关|无该项|不涉及|未安排|无[^，。；]{0,24}(预算|收入|支出|经费|拨款)/;

/** A table with no figure other than zero. */
function isEmpty(table: Table): boolean {
  return table.empty || table.rows.every((r) => Object.values(r.cells).every((v) => typeof v !== 'number' || v === 0));
}

/**
 * Where the document says why a table is empty or left out: a note under it, the list of tables
 * (目录 | 是否空表 | 理由), or a sentence of the text (本部门无国有资本经营预算拨款收支).
 */
function statesEmptiness(entity: Entity, table: Table | undefined, definition: TableKindDefinition): boolean {
  if (table?.notes.some((n) => EMPTY_STATEMENT.test(n))) return true;
  const subject = definition.subject;
  if (!subject) return false;
  const listed = entity.tables
    .filter((t) => t.kind === 'contents')
    .some((t) => t.rows.some((r) => {
      const text = Object.values(r.cells).filter((v) => typeof v === 'string').join(' ');
      return subject.test(text) && /是|空表/.test(text.replace(subject, ''));
    }));
  if (listed) return true;
  return entity.sections.some((s) => s.text.split(/[。；\n]/).some((sentence) => subject.test(sentence) && EMPTY_STATEMENT.test(sentence)));
}

/** The required kinds a department publishes in a document of this kind. */
const requiredIn = (dataset: BudgetDataset) => TABLE_KINDS.filter((d) => d.presence === 'required' && d.documents.includes(dataset.meta.kind));

/**
 * Presence checks for the department (units printed inside a department's document publish a
 * subset). A file holding fewer than three of the required tables is a part of a disclosure (its
 * 绩效 tables alone, say), not checked for the rest.
 */
export function checkPresence(dataset: BudgetDataset): Check[] {
  const checks: Check[] = [];
  const entity = dataset.entities.find((e) => e.scope === 'department');
  if (!entity) return checks;
  const required = requiredIn(dataset);
  const present = required.filter((d) => findTable(entity, d.kind));
  if (present.length < 3) return checks;
  for (const definition of required) {
    const table = findTable(entity, definition.kind);
    // 陕西 leaves the table out and says in its text that the department has no such funds: a note.
    const explained = !table && statesEmptiness(entity, undefined, definition);
    const place = { entity: entity.code, table: table?.title ?? definition.name, row: '', ...(table ? { line: table.line } : {}) };
    checks.push({
      rule: 'required-table',
      ok: !!table || explained,
      ...(table ? {} : { severity: explained ? ('note' as const) : ('likely' as const) }),
      ...place,
      expected: 1,
      actual: table ? 1 : 0,
      message: table
        ? `${definition.name} is published.`
        : explained
          ? `${definition.name} is left out; the text says the department has none.`
          : `${definition.name} is not in the document; the rules require it, printed empty if it has no figures.`,
    });
    if (!table || !isEmpty(table)) continue;
    const stated = statesEmptiness(entity, table, definition);
    checks.push({
      rule: 'empty-table-statement',
      ok: stated,
      ...(stated ? {} : { severity: 'likely' as const }),
      ...place,
      expected: 1,
      actual: stated ? 1 : 0,
      message: stated ? `${table.title} is empty and says why.` : `${table.title} is empty and nothing says why (a note such as 本部门无…，故本表无数据).`,
    });
  }
  checkPerformanceTargets(checks, dataset, entity);
  return checks;
}

/** A budget that spends on projects publishes their 绩效目标 (as forms, read into projects, or as a list). */
function checkPerformanceTargets(checks: Check[], dataset: BudgetDataset, entity: Entity) {
  if (dataset.meta.kind !== 'budget') return;
  const expenditure = findTable(entity, 'expenditure');
  const total = expenditure?.rows.find((r) => /^(合计|总计)$/.test(String(r.cells.name ?? r.cells.code ?? '').replace(/\s+/g, '')));
  const project = total?.cells.project;
  if (!expenditure || typeof project !== 'number' || project <= 0) return;
  const published = dataset.entities.some((e) => e.projects.length > 0 || e.tables.some((t) => t.kind === 'project-performance'));
  // 上海 describes them in its text (编报绩效目标的项目50个) and publishes the tables apart: a note, not a finding.
  const described = !published && entity.sections.some((s) => /项目[^。]*绩效目标|绩效目标[^。]*项目/.test(`${s.heading}${s.text}`));
  checks.push({
    rule: 'performance-targets',
    ok: published || described,
    ...(published ? {} : { severity: described ? ('note' as const) : ('likely' as const) }),
    entity: entity.code,
    table: expenditure.title,
    row: String(total?.cells.name ?? '合计'),
    field: 'project',
    line: total!.line,
    expected: project,
    actual: published ? project : 0,
    message: published ? '项目支出 has its 绩效目标表.' : described ? `项目支出 is ${project}; the text describes its 绩效目标, the document has no 项目支出绩效目标表.` : `项目支出 is ${project}, but the document has no 项目支出绩效目标表.`,
  });
}
