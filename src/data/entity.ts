/**
 * Picking the part of a dataset a view is about: the department or one unit, and its tables.
 */
import type { BudgetDataset, Entity, Table, TableKind } from '../model/schema.js';

/** Thrown when a view asks for something the dataset does not have; the message says what there is. */
export class ViewError extends Error {
  constructor(message: string) {
    super(message);
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
    throw new ViewError(`No department or unit with code "${code}" in this dataset; it has ${known}.`);
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
