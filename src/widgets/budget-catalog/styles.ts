import { css } from 'lit';

export const catalogStyles = css`
  :host {
    --_chart-height: var(--budget-catalog-height, 18em);
  }
  .picker-box {
    overflow-x: auto;
    max-block-size: 24em;
    overflow-y: auto;
  }
  .picker {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.875em;
  }
  .picker caption {
    text-align: start;
    color: var(--_muted);
    padding-block-end: 0.25em;
  }
  .picker th,
  .picker td {
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .picker tbody th {
    font-weight: normal;
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  .picker button {
    font: inherit;
    margin: 0.1em 0.2em 0.1em 0;
    padding: 0.15em 0.5em;
    min-block-size: 2em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    cursor: pointer;
  }
  .picker button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }
  .picker button:focus-visible,
  .picker-box:focus-visible,
  select:focus-visible {
    outline: var(--_focus);
    outline-offset: 1px;
  }
  .overview h3 {
    font-size: 1em;
    margin: 0.75em 0 0.25em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-block-end: 0.5em;
    font-size: 0.875em;
  }
  .controls select {
    font: inherit;
    margin-inline-start: 0.3em;
    min-block-size: 2em;
  }
  .chart {
    position: relative;
    height: var(--_chart-height);
    min-height: 10em;
  }
  .cell rect {
    fill: var(--budget-catalog-color, #1f5fa8);
  }
  .cell[aria-pressed='true'] rect {
    stroke: var(--_text);
    stroke-width: 3px;
  }
  .labels text {
    fill: var(--budget-catalog-text, #ffffff);
    font-size: 14px;
  }
  .labels .amount {
    font-size: 12.6px;
  }
  .left-out {
    margin: 0.25em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
