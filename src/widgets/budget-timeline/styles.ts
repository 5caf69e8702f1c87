import { css } from 'lit';

/** The dark series colours, shared by theme="dark" and theme="auto" on a dark system. */
const darkSeries = css`
  --_s0: var(--budget-timeline-color-0, #79b8ff);
  --_s1: var(--budget-timeline-color-1, #ffa657);
  --_s2: var(--budget-timeline-color-2, #7ee2a8);
  --_s3: var(--budget-timeline-color-3, #d2a8ff);
  --_s4: var(--budget-timeline-color-4, #ff9bce);
  --_s5: var(--budget-timeline-color-5, #67e8f9);
  --_others: var(--budget-timeline-color-others, #9da7b1);
`;

/**
 * Series colours keep 3:1 contrast with the background in both themes (non-text graphics, WCAG
 * 1.4.11); lines also carry direct labels, so colour is never the only key.
 */
export const timelineStyles = css`
  :host {
    --_s0: var(--budget-timeline-color-0, #0b57d0);
    --_s1: var(--budget-timeline-color-1, #b3541e);
    --_s2: var(--budget-timeline-color-2, #1a7f37);
    --_s3: var(--budget-timeline-color-3, #8250df);
    --_s4: var(--budget-timeline-color-4, #bf3989);
    --_s5: var(--budget-timeline-color-5, #0e7490);
    --_others: var(--budget-timeline-color-others, #6e7781);
  }
  :host([theme='dark']) {
    ${darkSeries}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkSeries}
    }
  }
  .chart {
    height: var(--budget-timeline-height, 18em);
  }
  .s0 { --_series: var(--_s0); }
  .s1 { --_series: var(--_s1); }
  .s2 { --_series: var(--_s2); }
  .s3 { --_series: var(--_s3); }
  .s4 { --_series: var(--_s4); }
  .s5 { --_series: var(--_s5); }
  .others { --_series: var(--_others); }
  .line {
    fill: none;
    stroke: var(--_series);
    stroke-width: 2.5;
  }
  .others.line {
    stroke-dasharray: 6 3;
  }
  .series-label {
    fill: var(--_series);
    font-size: 12px;
  }
  .point .hit {
    fill: transparent;
  }
  .point .dot {
    fill: var(--_series);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .point.carried .dot {
    fill: var(--_bg);
    stroke: var(--_series);
    stroke-width: 2;
  }
  .point:hover .dot {
    r: 7;
  }
  .point:focus-visible .dot,
  .point.active:focus .dot {
    stroke: var(--_fg);
    stroke-width: 3;
    r: 7;
  }
  .flag-marker {
    fill: var(--_warning);
  }
  .axis text,
  .reference-label {
    fill: var(--_fg);
    font-size: 12px;
  }
  .axis .unit {
    fill: var(--_muted);
  }
  .grid {
    stroke: var(--_border);
  }
  .budget {
    stroke: var(--_fg);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  .pace {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 2 3;
  }
  .today {
    stroke: var(--_danger);
    stroke-width: 1.5;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend .note {
    flex-basis: 100%;
    color: var(--_muted);
  }
  .swatch {
    width: 1.25em;
    height: 0.25em;
    background: var(--_series);
  }
  .key {
    width: 1.5em;
    border-top: 2px dashed var(--_fg);
  }
  .key.pace {
    border-top: 2px dotted var(--_muted);
  }
  .key.today {
    border-top: 2px solid var(--_danger);
  }
  .flags {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    border: 1px solid var(--_warning);
    background: var(--_warning-bg);
  }
  .flags h3 {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .flags ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .flags button {
    all: unset;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .flags button:focus-visible {
    outline: var(--_focus);
  }
  .show-all {
    margin-top: 0.5em;
    font: inherit;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  .tip-flag {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .line,
    .budget,
    .pace,
    .today,
    .grid {
      stroke: CanvasText;
    }
    .point .dot {
      fill: CanvasText;
      stroke: Canvas;
    }
    .point.carried .dot {
      fill: Canvas;
      stroke: CanvasText;
    }
    .point:focus-visible .dot,
    .point.active:focus .dot {
      stroke: Highlight;
    }
    .flag-marker,
    .axis text,
    .reference-label,
    .series-label {
      fill: CanvasText;
    }
    .swatch {
      background: CanvasText;
    }
  }
  .overlay {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 2px;
    stroke-dasharray: 6 4;
  }
  .key.overlay {
    border-top: 2px dashed var(--_muted);
  }
  .key-flag {
    inline-size: 0.9em;
    block-size: 0.75em;
    fill: var(--_warning);
  }
  .why-above {
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  .blank-flags summary {
    cursor: pointer;
    color: var(--_muted);
  }
`;
