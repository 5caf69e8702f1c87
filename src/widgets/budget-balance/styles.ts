import { css } from 'lit';

/** Two tones per side, each keeping 4.5:1 contrast with white labels. */
export const balanceStyles = css`
  :host {
    --_income-0: var(--budget-balance-income-0, #0b57d0);
    --_income-1: var(--budget-balance-income-1, #083f96);
    --_expenditure-0: var(--budget-balance-expenditure-0, #a14a19);
    --_expenditure-1: var(--budget-balance-expenditure-1, #7a3712);
    --_segment-text: var(--budget-balance-text, #ffffff);
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
  }
  .totals div {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .totals dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .totals dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .warning {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    border: 1px solid var(--_warning);
    background: var(--_warning-bg);
  }
  .warning ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .chart {
    position: relative;
    height: var(--budget-balance-height, 12em);
  }
  /* The height follows the same width threshold as the layout (VERTICAL_BELOW in layout.ts),
     decided by CSS so the chart box never changes size in reaction to its own resize callback. */
  .base {
    container-type: inline-size;
  }
  @container (max-width: 419.98px) {
    .chart {
      height: var(--budget-balance-height-vertical, 20em);
    }
  }
  .income.tone0 rect { fill: var(--_income-0); }
  .income.tone1 rect { fill: var(--_income-1); }
  .expenditure.tone0 rect { fill: var(--_expenditure-0); }
  .expenditure.tone1 rect { fill: var(--_expenditure-1); }
  /* Classes of expenditure: the class palette, as in the treemap. */
  .classed rect { fill: var(--_fill); }
  .labels text.classed { fill: var(--_text); }
  .labels text {
    fill: var(--_segment-text);
    font-size: 14px;
  }
  .axis text {
    fill: var(--_fg);
    font-size: 13px;
  }
  .no-budget {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .axis text {
      fill: CanvasText;
    }
  }
  .references line {
    stroke: var(--_text);
    stroke-width: 2px;
    stroke-dasharray: 4 3;
  }
  .versus {
    display: block;
    font-size: 0.8em;
    color: var(--_muted);
    font-weight: normal;
  }
  .reference-note {
    margin: 0.25em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .reference-swatch {
    display: inline-block;
    inline-size: 1.5em;
    block-size: 0;
    border-block-start: 2px dashed var(--_text);
    margin-inline-end: 0.4em;
    vertical-align: middle;
  }
`;
