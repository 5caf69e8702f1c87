/**
 * Budget classification codes (政府收支分类科目). Function classification codes have 3 digits for a
 * 类 (class), 5 for a 款 (section) and 7 for a 项 (item): 208 → 20801 → 2080102. Economic
 * classification codes have 3 digits for a 类 and 5 for a 款: 302 → 30201.
 * Codes stay strings: leading digits matter and they are identifiers, not quantities.
 */

/** Depth of a classification code: 1 for 类, 2 for 款, 3 for 项; 0 when it is not such a code. */
export function codeLevel(code: string): 0 | 1 | 2 | 3 {
  if (!/^\d+$/.test(code)) return 0;
  switch (code.length) {
    case 3:
      return 1;
    case 5:
      return 2;
    case 7:
      return 3;
    default:
      return 0;
  }
}

/** The code one level up (20801 → 208), or undefined for a 类 or a code that is not one. */
export function parentCode(code: string): string | undefined {
  const level = codeLevel(code);
  if (level <= 1) return undefined;
  return code.slice(0, level === 3 ? 5 : 3);
}

/** Chinese name of a level, for interface text and diagnostics. */
export const LEVEL_NAMES = ['', '类', '款', '项'] as const;
