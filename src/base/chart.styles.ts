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
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
