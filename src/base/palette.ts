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

/**
 * Default fill and text colour of each step of a change (see `CHANGE_STEPS` in `src/data/compare.ts`):
 * a diverging brown–teal scale (ColorBrewer BrBG), readable by colour-blind readers, and neither red
 * nor green: a change in a budget is not good or bad in itself. "About the same" is a grey that
 * still shows on a white page; a code that is new gets purple.
 */
const CHANGE_SLOTS: readonly [string, string][] = [
  ['#8c510a', '#ffffff'],
  ['#d8b365', '#000000'],
  ['#f6e8c3', '#000000'],
  ['#e0e0e0', '#000000'],
  ['#c7eae5', '#000000'],
  ['#5ab4ac', '#000000'],
  ['#01665e', '#ffffff'],
];
export const CHANGE_STEP_COUNT = CHANGE_SLOTS.length;
const NEW_SLOT: readonly [string, string] = ['#6a51a3', '#ffffff'];

/**
 * `.kN` (N = 0…6, the step of a change) and `.knew` setting `--_fill` / `--_text`, from
 * `--budget-change-color-N` / `--budget-change-text-N` and `--budget-change-color-new` when a page
 * sets them. Also `--_kN` for legend swatches.
 */
export function changePalette() {
  const rules = [...CHANGE_SLOTS.map((slot, n) => [String(n), slot] as const), ['new', NEW_SLOT] as const]
    .map(([n, [fill, text]]) => `.k${n} { --_fill: var(--budget-change-color-${n}, ${fill}); --_text: var(--budget-change-text-${n}, ${text}); }`)
    .join('\n');
  return css`
    ${unsafeCSS(rules)}
  `;
}
