/**
 * What every chart widget draws the same way: the chart box, its SVG, the tooltip.
 */
import { css } from 'lit';

export const chartStyles = css`
  .chart {
    position: relative;
  }
  .chart svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .labels text {
    pointer-events: none;
  }
  /* Marks: the focusable shapes of a chart (treemap cells, balance segments). */
  .mark {
    cursor: pointer;
    outline: none;
  }
  .mark rect {
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .mark:hover rect {
    opacity: 0.85;
  }
  .mark:focus-visible rect,
  .mark.active:focus rect {
    stroke: var(--_fg);
    stroke-width: 4;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    max-width: 18em;
    padding: 0.4em 0.6em;
    border-radius: var(--_radius);
    background: var(--_fg);
    color: var(--_bg);
    font-size: 0.875em;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  @media (forced-colors: active) {
    .mark rect {
      fill: Canvas !important;
      stroke: CanvasText;
      stroke-width: 2;
    }
    .mark:focus-visible rect,
    .mark.active:focus rect {
      stroke: Highlight;
      stroke-width: 4;
    }
    .labels text {
      fill: CanvasText !important;
    }
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
