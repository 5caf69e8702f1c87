/**
 * The colours of the classes of expenditure, the same in every widget on a page: a class (201, 208 …)
 * keeps one palette slot wherever it appears, so 卫生健康 is the same colour in the treemap and in
 * the balance. A page sets `--budget-class-color-N` / `--budget-class-text-N` (N = 0…9) for every
 * widget at once; each fill keeps WCAG AA contrast (≥ 4.5:1) with its text colour.
 */
import { css, unsafeCSS } from 'lit';

export const PALETTE_SIZE = 10;

/** Default fill and text colour of each slot. */
const SLOTS: readonly [string, string][] = [
  ['#1f5fa8', '#ffffff'],
  ['#b34d12', '#ffffff'],
  ['#2e7d32', '#ffffff'],
  ['#8e3b8e', '#ffffff'],
  ['#b8860b', '#000000'],
  ['#00737d', '#ffffff'],
  ['#ad1457', '#ffffff'],
  ['#5d4037', '#ffffff'],
  ['#546e7a', '#ffffff'],
  ['#6a5acd', '#ffffff'],
];

/**
 * Stable palette slot for a class: from its 类 code's number, so the same class has the same colour
 * in every dataset and reload, and neighbouring standard classes (201, 208, 210, 213 …) differ.
 */
export function colorIndexOf(code: string): number {
  const cls = Number(code.slice(0, 3));
  return Number.isFinite(cls) ? (((cls - 1) % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE : 0;
}

/**
 * `--_cN` / `--_tN` on the host, and `.cN` setting `--_fill` / `--_text` from them. `prefix` names a
 * widget's own override, which wins over the page-wide one (`--budget-treemap-color-N`).
 */
export function classPalette(prefix?: string) {
  const own = (kind: 'color' | 'text', n: number, fallback: string) =>
    prefix ? `var(--budget-${prefix}-${kind}-${n}, var(--budget-class-${kind}-${n}, ${fallback}))` : `var(--budget-class-${kind}-${n}, ${fallback})`;
  const host = SLOTS.map(([fill, text], n) => `--_c${n}: ${own('color', n, fill)}; --_t${n}: ${own('text', n, text)};`).join('\n');
  const slots = SLOTS.map((_, n) => `.c${n} { --_fill: var(--_c${n}); --_text: var(--_t${n}); }`).join('\n');
  return css`
    :host {
      ${unsafeCSS(host)}
    }
    ${unsafeCSS(slots)}
  `;
}
