/**
 * What the converter knows about one kind of standard table, as data: the titles it is printed
 * under (every template's wording), the columns it must have to be trusted, which documents carry
 * it, and whether every entity must publish it. A new template is a new title pattern here, not new
 * parsing code.
 */
import type { TableKind } from '../../model/schema.js';

export type DocumentKind = 'budget' | 'final-accounts';

export interface TableKindDefinition {
  kind: Exclude<TableKind, 'other'>;
  /** The table's name in Chinese, for messages. */
  name: string;
  /** Title patterns, matched against the title with spaces and quotes removed. */
  titles: RegExp[];
  /**
   * Header labels that name the kind when the title does not: a table printed inside the explanatory
   * text has a sentence above it, not a title. Every pattern must match some column's label.
   */
  headers?: RegExp[];
  /** Column keys the table must have; a table titled like this kind but without them stays "other". */
  requiredKeys: string[];
  /**
   * Keys this kind reads from another column when its own is missing: `{ expenditureAmount:
   * 'expenditureTotal' }` where the 支出 side's figures are headed 预算数 / 合计.
   */
  standIns?: Record<string, string>;
  /** Other sets of keys that also suffice: the same table laid out by unit instead of by classification. */
  alternativeKeys?: string[][];
  /** The documents that publish it. */
  documents: DocumentKind[];
  /** What an empty table of this kind is about, to find the sentence saying why it is empty (本部门无政府性基金预算…). */
  subject?: RegExp;
  /** `required`: every entity publishes it, empty or not (空表列示); `conditional`: only when it applies. */
  presence: 'required' | 'conditional';
}
