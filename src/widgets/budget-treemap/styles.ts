import { css } from 'lit';
import { classPalette } from '../../base/palette.js';

/**
 * The palette is the page's class palette (`src/base/palette.ts`): one hue per top-level class,
 * the same in every widget. `--budget-treemap-color-N` / `--budget-treemap-text-N` override it for
 * the treemap alone.
 */
export const treemapPalette = classPalette('treemap');

export const treemapStyles = css`
  :host {
    --_chart-height: var(--budget-treemap-height, 22em);
  }

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
  /* Shades of a class's hue below the top level: darker, so white labels keep their contrast; the
     one light slot (black labels) lightens instead. Browsers without color-mix() keep the hue. */
  .shade1 rect {
    fill: color-mix(in srgb, var(--_fill) 82%, var(--_shade-toward, #000));
  }
  .shade2 rect {
    fill: color-mix(in srgb, var(--_fill) 66%, var(--_shade-toward, #000));
  }
  .c4 {
    --_shade-toward: #fff;
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
  .comparison {
    font-size: 0.875em;
  }
  .scope-note {
    margin: 0 0 0.25em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .legend-title,
  .removed {
    margin: 0.25em 0;
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-variant-numeric: tabular-nums;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.3em;
  }
  .swatch {
    inline-size: 1em;
    block-size: 1em;
    background: var(--_fill);
    border: 1px solid var(--_border);
    forced-color-adjust: none;
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
