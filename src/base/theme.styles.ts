/**
 * Theme tokens and the styles every widget shares. Public tokens are `--budget-*` custom
 * properties a page sets on the element or any ancestor; components read them once into private
 * `--_*` properties (the Material Web pattern), so one override reaches every part that uses it.
 * Light is the default; `theme="dark"` or a dark `prefers-color-scheme` with `theme="auto"` switch
 * the fallbacks. Forced colors and reduced motion are handled here for every widget.
 */
import { css } from 'lit';

/** The dark palette, shared by theme="dark" and theme="auto" on a dark system. */
const darkTokens = css`
    --_bg: var(--budget-color-background, #161b22);
    --_fg: var(--budget-color-text, #e6edf3);
    --_muted: var(--budget-color-text-muted, #9da7b1);
    --_border: var(--budget-color-border, #3d444d);
    --_surface: var(--budget-color-surface, #21262d);
    --_accent: var(--budget-color-accent, #79b8ff);
    --_danger: var(--budget-color-danger, #ffb4ab);
    --_danger-bg: var(--budget-color-danger-background, #3b1511);
    --_warning: var(--budget-color-warning, #f2cc60);
    --_warning-bg: var(--budget-color-warning-background, #332600);
    --_ok: var(--budget-color-ok, #7ee2a8);
    --_income: var(--budget-color-income, #79b8ff);
    --_expenditure: var(--budget-color-expenditure, #ffa657);
    --_focus: var(--budget-focus-ring, 3px solid #79b8ff);
`;

export const themeStyles = css`
  :host {
    --_bg: var(--budget-color-background, #ffffff);
    --_fg: var(--budget-color-text, #1f2328);
    --_muted: var(--budget-color-text-muted, #57606a);
    --_border: var(--budget-color-border, #d0d7de);
    --_surface: var(--budget-color-surface, #f6f8fa);
    --_accent: var(--budget-color-accent, #0b57d0);
    --_danger: var(--budget-color-danger, #b3261e);
    --_danger-bg: var(--budget-color-danger-background, #fdecea);
    --_warning: var(--budget-color-warning, #8a5300);
    --_warning-bg: var(--budget-color-warning-background, #fff4e0);
    --_ok: var(--budget-color-ok, #1a7f37);
    --_income: var(--budget-color-income, #0b57d0);
    --_expenditure: var(--budget-color-expenditure, #b3541e);
    --_focus: var(--budget-focus-ring, 3px solid #0b57d0);
    --_radius: var(--budget-radius, 6px);
    --_font: var(--budget-font-family, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    --_font-size: var(--budget-font-size, medium);
    --_duration: var(--budget-transition-duration, 300ms);

    /* Our own box: page-wide resets (* {}, svg {}, table {}) must not reach in or leak out. */
    all: initial;
    display: block;
    box-sizing: border-box;
    contain: content;
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    /* A page rule such as * { color; font; letter-spacing } reaches the host element itself (page
       rules outrank :host), so the text properties are set again here, where no page rule reaches. */
    color: var(--_fg);
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    visibility: visible;
    display: grid;
    gap: 0.75em;
    padding: var(--budget-padding, 0.75em);
  }
  .status {
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }
  .error {
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_danger);
    background: var(--_danger-bg);
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  .error strong {
    color: var(--_danger);
    display: block;
  }
  .chart-heading {
    font-size: 1.05em;
    font-weight: 600;
    margin: 0 0 0.5em;
    line-break: strict;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  /* A data table wider than the widget (many series, long project names) scrolls inside it
     instead of sticking out of the widget's box. */
  .data-table:not(.visually-hidden) {
    overflow-x: auto;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    text-align: start;
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_surface: Canvas;
      --_accent: LinkText;
      --_danger: CanvasText;
      --_danger-bg: Canvas;
      --_focus: 3px solid Highlight;
    }
    .error {
      border: 2px solid CanvasText;
    }
  }
`;
