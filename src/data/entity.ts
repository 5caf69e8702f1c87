/**
 * Picking the part of a dataset a view is about: the department or one unit, and its tables.
 */
import type { BudgetDataset, Entity, Table, TableKind } from '../model/schema.js';

/**
 * What a view can lack, as codes: widgets show them through their message catalogue
 * (src/base/i18n.ts) in the reader's language, with the parameters filled in.
 */
export type ViewErrorCode = 'noSuchEntity' | 'noSummaryTable' | 'viewsIncomplete' | 'unknownClassification' | 'measureNotApplicable' | 'noSuchProject';

const ENGLISH: Record<ViewErrorCode, string> = {
  noSuchEntity: 'No department or unit with code "{code}" in this dataset; it has {known}.',
  noSummaryTable: '{entity} has no {table} in this dataset.',
  viewsIncomplete: "The dataset's precomputed views have no {what}; convert the document again.",
  unknownClassification: 'Unknown classification "{value}"; use "function" or "economic".',
  measureNotApplicable: 'The measure "{value}" does not apply to the {classification} classification; use {allowed}.',
  noSuchProject: 'No project with code {code} in {entity}.',
};

/**
 * Thrown when a view asks for something the dataset does not have. `code` and `params` say what,
 * for a message in any language; `message` is the English one, for programs and logs.
 */
export class ViewError extends Error {
  constructor(
    readonly code: ViewErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(ENGLISH[code].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')));
    this.name = 'ViewError';
  }
}

/**
 * The entity with the given code, or the department when no code is given.
 * @throws {ViewError} naming the codes the dataset does have.
 */
export function selectEntity(dataset: BudgetDataset, code?: string | null): Entity {
  if (!code) return dataset.entities.find((e) => e.scope === 'department') ?? dataset.entities[0];
  const entity = dataset.entities.find((e) => e.code === code);
  if (!entity) {
    const known = dataset.entities.map((e) => `${e.code} (${e.name})`).join(', ');
    throw new ViewError('noSuchEntity', { code, known });
  }
  return entity;
}

/** The first table of a kind, or undefined when the entity does not publish it. */
export function findTable(entity: Entity, kind: TableKind): Table | undefined {
  return entity.tables.find((t) => t.kind === kind);
}

/** Names printed with an ordinal ("八、社会保障和就业支出") without it, for matching across tables. */
export function stripOrdinal(name: string): string {
  return name.replace(/^[一二三四五六七八九十]+、\s*/, '').trim();
}

/**
 * Names that tell projects apart: a name printed for more than one project gets its code after it
 * ("党建工作经费（13091124P0052）"), in pickers, legends, flags and tables alike. Keyed by code.
 */
export function distinctNames(projects: readonly { code: string; name: string }[]): Map<string, string> {
  const uses = new Map<string, number>();
  for (const p of projects) uses.set(p.name, (uses.get(p.name) ?? 0) + 1);
  return new Map(projects.map((p) => [p.code, (uses.get(p.name) ?? 0) > 1 && p.code ? `${p.name}（${p.code}）` : p.name]));
}
