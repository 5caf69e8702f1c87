/** Rounds away floating-point noise from sums of two-decimal amounts. */
export function round(value: number, digits = 6): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
