/** Amount units as documents print them, to put figures in 元 and 万元 on one scale. */

const UNIT_YUAN: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 百万元: 1e6, 亿元: 1e8 };

/** How many 元 one `unit` holds; undefined for a unit we do not know. */
export function yuanPer(unit: string): number | undefined {
  return UNIT_YUAN[unit.trim()];
}
