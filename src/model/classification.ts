/**
 * Budget classification codes (政府收支分类科目). Function classification codes have 3 digits for a
 * 类 (class), 5 for a 款 (section) and 7 for a 项 (item): 208 → 20801 → 2080102. Economic
 * classification codes have 3 digits for a 类 and 5 for a 款: 302 → 30201.
 * Codes stay strings: leading digits matter and they are identifiers, not quantities.
 */

/** Deepest level read: local sub-items below 项 add two digits each; beyond this a "code" is something else. */
export const MAX_CODE_LEVEL = 10;

/**
 * True when `text` is one or more ASCII digits. A loop rather than `/^\d+$/`: it runs once per row
 * of tables with 100,000 rows, where the regular expression costs several times as much.
 */
export function isDigits(text: string): boolean {
  if (!text.length) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Depth of a classification code: 1 for 类 (3 digits), 2 for 款 (5), 3 for 项 (7), and one more
 * for every two digits after that (some localities subdivide 项); 0 when it is not such a code.
 */
export function codeLevel(code: string): number {
  if (code.length < 3 || code.length % 2 === 0 || !isDigits(code)) return 0;
  const level = (code.length - 1) / 2;
  return level <= MAX_CODE_LEVEL ? level : 0;
}

/** The code one level up (20801 → 208), or undefined for a 类 or a code that is not one. */
export function parentCode(code: string): string | undefined {
  const level = codeLevel(code);
  if (level <= 1) return undefined;
  return code.slice(0, code.length - 2);
}

