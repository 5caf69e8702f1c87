import { css } from 'lit';

export const summaryStyles = css`
  .title {
    font-size: 1.15em;
    margin: 0;
  }
  .unit {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
    gap: 0.5em;
    margin: 0;
  }
  .figure {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    align-items: baseline;
  }
  .value {
    font-size: 1.35em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .note,
  .versus {
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* A change is neither good nor bad: it is said in words and sign, not in red or green. */
  .versus {
    flex-basis: 100%;
    font-variant-numeric: tabular-nums;
  }
  .figure.ok .note,
  .checks .ok {
    color: var(--_ok);
  }
  .figure.bad .note,
  .checks a {
    color: inherit;
  }
  .checks .bad {
    color: var(--_danger);
    font-weight: 600;
  }
  .checks {
    margin: 0;
    font-size: 0.875em;
  }
`;
