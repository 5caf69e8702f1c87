/**
 * The name printed beside a classification code against the names other published documents print
 * for it (src/data/classification-names.generated.ts): a row whose code and name disagree was
 * mistyped or shifted. The classification is revised every year, so only names printed within a
 * year of the document count; a name cut short by a narrow cell still matches.
 */
import { CODED_KINDS } from '../convert/kinds/index.js';
import type { BudgetDataset } from '../model/schema.js';
import type { Check } from './checks.js';
import { CLASSIFICATION_NAMES } from './classification-names.generated.js';

const CLASSIFICATION_KINDS = new Set(CODED_KINDS);

/** Wording that differs without changing the name: spaces, 的, a trailing 支出, a parenthesis. */
const normalise = (name: string) => name.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]/g, '').replace(/的/g, '').replace(/支出$/, '');

function sameName(printed: string, known: string): boolean {
  const [a, b] = [normalise(printed), normalise(known)];
  return a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
}

export function checkCodeNames(dataset: BudgetDataset): Check[] {
  const checks: Check[] = [];
  const year = dataset.meta.year;
  for (const entity of dataset.entities) {
    for (const table of entity.tables) {
      if (!CLASSIFICATION_KINDS.has(table.kind)) continue;
      for (const row of table.rows) {
        const code = String(row.cells.code ?? '');
        const known = CLASSIFICATION_NAMES[code];
        if (!known) continue;
        const name = String(row.cells.name ?? '').replace(/\s+/g, '');
        if (!name) continue;
        const current = known.filter(([, years]) => years.some((y) => Math.abs(y - year) <= 1));
        if (!current.length) continue;
        const ok = known.some(([n]) => sameName(name, n));
        const reference = current[0][0];
        checks.push({
          rule: 'code-name',
          ok,
          ...(ok ? {} : { severity: 'likely' as const }),
          entity: entity.code,
          table: table.title,
          row: `${code} ${name}`,
          line: row.line,
          expected: 0,
          actual: 0,
          reference,
          message: ok ? `${code} is named ${name}.` : `${code} is printed as “${name}”; other documents of ${year} name it “${reference}”.`,
        });
      }
    }
  }
  return checks;
}
