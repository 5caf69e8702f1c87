import { css } from 'lit';

/**
 * Palette: one hue per top-level class (slot = hash of the 类 code). Each fill keeps WCAG AA
 * contrast (≥ 4.5:1) with its text colour; override both together:
 * `--budget-treemap-color-N` and `--budget-treemap-text-N`, N = 0…9.
 */
export const treemapStyles = css`
  :host {
    --_c0: var(--budget-treemap-color-0, #1f5fa8);
    --_t0: var(--budget-treemap-text-0, #ffffff);
    --_c1: var(--budget-treemap-color-1, #b34d12);
    --_t1: var(--budget-treemap-text-1, #ffffff);
    --_c2: var(--budget-treemap-color-2, #2e7d32);
    --_t2: var(--budget-treemap-text-2, #ffffff);
    --_c3: var(--budget-treemap-color-3, #8e3b8e);
    --_t3: var(--budget-treemap-text-3, #ffffff);
    --_c4: var(--budget-treemap-color-4, #b8860b);
    --_t4: var(--budget-treemap-text-4, #000000);
    --_c5: var(--budget-treemap-color-5, #00737d);
    --_t5: var(--budget-treemap-text-5, #ffffff);
    --_c6: var(--budget-treemap-color-6, #ad1457);
    --_t6: var(--budget-treemap-text-6, #ffffff);
    --_c7: var(--budget-treemap-color-7, #5d4037);
    --_t7: var(--budget-treemap-text-7, #ffffff);
    --_c8: var(--budget-treemap-color-8, #546e7a);
    --_t8: var(--budget-treemap-text-8, #ffffff);
    --_c9: var(--budget-treemap-color-9, #6a5acd);
    --_t9: var(--budget-treemap-text-9, #ffffff);
    --_chart-height: var(--budget-treemap-height, 22em);
  }
  .c0 { --_fill: var(--_c0); --_text: var(--_t0); }
  .c1 { --_fill: var(--_c1); --_text: var(--_t1); }
  .c2 { --_fill: var(--_c2); --_text: var(--_t2); }
  .c3 { --_fill: var(--_c3); --_text: var(--_t3); }
  .c4 { --_fill: var(--_c4); --_text: var(--_t4); }
  .c5 { --_fill: var(--_c5); --_text: var(--_t5); }
  .c6 { --_fill: var(--_c6); --_text: var(--_t6); }
  .c7 { --_fill: var(--_c7); --_text: var(--_t7); }
  .c8 { --_fill: var(--_c8); --_text: var(--_t8); }
  .c9 { --_fill: var(--_c9); --_text: var(--_t9); }

  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .breadcrumb li + li::before {
    content: '›';
    color: var(--_muted);
    margin-inline-end: 0.25em;
  }
  .breadcrumb button {
    background: none;
    border: none;
    padding: 0.1em 0.25em;
    color: var(--_accent);
    text-decoration: underline;
  }
  .breadcrumb [aria-current] {
    font-weight: 600;
  }
  .chart {
    position: relative;
    height: var(--_chart-height);
    min-height: 10em;
  }
  .cell rect {
    fill: var(--_fill);
  }
  .labels text {
    fill: var(--_text);
    font-size: 14px;
  }
  .labels .amount {
    font-size: 12.6px;
  }
  .enter {
    animation: fade var(--_duration) ease-out;
  }
  @keyframes fade {
    from {
      opacity: 0;
    }
  }
  .small-items ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .small-items h3 {
    font-size: 0.875em;
    margin: 0;
    color: var(--_muted);
  }
`;
