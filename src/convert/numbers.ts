/**
 * Reading numbers as Chinese government documents print them: full-width digits and punctuation,
 * thousands separators, dashes for "nothing", a trailing unit.
 */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII forms (０１２, ．，％, －) become their half-width equivalents. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Cells that mean "no amount" rather than a value. */
const NOTHING = /^(|-|—|–|--|——|\/|无)$/;

/** The result of reading a cell that should hold an amount. */
export type AmountReading = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

/**
 * Reads an amount cell: "2654.52", "2,654.52", "２６５４．５２", "(12.00)" or "-12" for negatives.
 * A dash or an empty cell is blank. Anything else is invalid and kept as text by the caller.
 */
export function readAmount(cell: string): AmountReading {
  const text = toHalfWidth(cell).replace(/\s+/g, '');
  if (NOTHING.test(text)) return { kind: 'blank' };
  const negative = /^\(.*\)$/.test(text);
  const body = negative ? text.slice(1, -1) : text;
  // Thousands separators: "1,234,567.89" (groups of three only, so "1,5" is not silently 15).
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(body) && !/^[-+]?\.\d+$/.test(body)) {
    return { kind: 'invalid', text: cell };
  }
  const value = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { kind: 'invalid', text: cell };
  return { kind: 'number', value: negative ? -value : value };
}
