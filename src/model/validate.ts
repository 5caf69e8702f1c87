/**
 * Checks that an unknown value is a budget dataset this library can read, and says what is wrong
 * in words a webmaster understands, each problem with its JSON path.
 */
import { Value } from '@sinclair/typebox/value';
import { checkDataset } from './check.generated.js';
import { BudgetDataset, SCHEMA_VERSION, type BudgetDataset as Dataset } from './schema.js';

/** One problem found by {@link validateDataset}. */
export interface DatasetProblem {
  /** JSON path of the offending value, e.g. `$.entities[0].tables[2].rows[5].cells.total`. */
  path: string;
  /** What is wrong there, in English. */
  message: string;
  /**
   * What is wrong, as a code for a message in the reader's language: `missing`, `wrong-value`
   * (`expected` a type or one of several values, `found` what is there), `not-a-dataset`,
   * `newer-version` (`found` the version).
   */
  code?: 'missing' | 'wrong-value' | 'not-a-dataset' | 'newer-version';
  /** The type the schema expects: number, integer, string, boolean, object, array, or `choice` (one of several). */
  expected?: string;
  /** What was found: null, array, object, string, number, boolean (or the version, for `newer-version`). */
  found?: string;
}

/** Thrown by {@link assertDataset}; `problems` lists every problem found. */
export class DatasetError extends Error {
  readonly problems: DatasetProblem[];
  constructor(problems: DatasetProblem[], source?: string) {
    const where = source ? ` in ${source}` : '';
    const first = problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    super(`Not a valid budget dataset${where}: ${first}${more}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

/** Turns a JSON pointer (`/entities/0/name`) into the JSON path people read (`$.entities[0].name`). */
export function pointerToPath(pointer: string): string {
  if (!pointer) return '$';
  return (
    '$' +
    pointer
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((part) => (/^\d+$/.test(part) ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`))
      .join('')
  );
}

/** The JSON type of a value, as a code: null, array, object, string, number, boolean. */
function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${String(value)}`;
}

/**
 * Lists every problem that keeps `value` from being a budget dataset (an empty list when it is one).
 * A dataset written for another `schemaVersion` gets a single, specific problem rather than a
 * cascade of structural ones.
 */
export function validateDataset(value: unknown): DatasetProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ path: '$', message: `expected a JSON object with "schemaVersion", "meta" and "entities", found ${describeType(value)}`, code: 'not-a-dataset', found: typeName(value) }];
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return [
      {
        path: '$.schemaVersion',
        message: `this dataset uses format version ${version}, newer than version ${SCHEMA_VERSION} that this copy of budget-widgets reads; update budget-widgets`,
        code: 'newer-version',
        found: String(version),
        expected: String(SCHEMA_VERSION),
      },
    ];
  }
  // The ahead-of-time compiled check is several times faster than collecting errors; collect only
  // when there are some.
  if (checkDataset(value)) return [];
  const problems: DatasetProblem[] = [];
  const seen = new Set<string>();
  for (const error of Value.Errors(BudgetDataset, value)) {
    const path = pointerToPath(error.path);
    // A union failure reports once per branch; one line per path is what a reader needs.
    if (seen.has(path)) continue;
    seen.add(path);
    const found = error.value === undefined ? 'it is missing' : `found ${describeType(error.value)}`;
    const schema = error.schema as { type?: string; anyOf?: unknown; const?: unknown };
    problems.push({
      path,
      message: `${error.message.toLowerCase()}, ${found}`,
      ...(error.value === undefined ? { code: 'missing' as const } : { code: 'wrong-value' as const, expected: schema.anyOf || schema.const !== undefined ? 'choice' : (schema.type ?? 'choice'), found: typeName(error.value) }),
    });
    if (problems.length >= 50) break;
  }
  return problems;
}

/** Returns `value` typed as a dataset, or throws a {@link DatasetError} listing what is wrong. */
export function assertDataset(value: unknown, source?: string): Dataset {
  const problems = validateDataset(value);
  if (problems.length) throw new DatasetError(problems, source);
  return value as Dataset;
}
