/**
 * The frame every widget draws in: the loading, error and empty states around the heading and the
 * chart, and the data-table alternative with its toggle (shown, it scrolls sideways inside the widget
 * and takes the keyboard focus to do so). One template, so every widget says
 * "loading", fails and shows its table the same way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ShownError } from './errors.js';
import { toCsv } from '../data/csv.js';
import type { MessageKey } from './i18n.js';

type Content = TemplateResult | typeof nothing;

export interface FrameState {
  language: string;
  t(key: MessageKey): string;
  loading: boolean;
  error: ShownError | null;
  /** A dataset is on screen (an empty view then says "no data here", not "no data set"). */
  hasDataset: boolean;
  /** The view model: not built, built with nothing to show, or drawn. */
  view: 'none' | 'empty' | 'drawn';
  /** The chart's heading; null for none. Content in the `heading` slot replaces it. */
  heading: string | null;
  chart: Content;
  table: Content;
  tableVisible: boolean;
  toggleTable(): void;
}

export function renderFrame(state: FrameState): TemplateResult {
  const { t, error, table, tableVisible } = state;
  const hasView = state.view !== 'none';
  return html`<div part="base" class="base" lang=${state.language}>
    ${state.loading ? html`<div class="status" role="status" part="status">${t('loading')}</div>` : nothing}
    ${error
      ? html`<div class="error" role="alert" part="error">
          <strong>${t('errorTitle')}</strong>
          <span class="error-message">${error.message}</span>
          ${hasView ? html`<div>${t('errorKeptData')}</div>` : nothing}
        </div>`
      : nothing}
    ${hasView
      ? state.view === 'empty'
        ? html`<div class="status" part="empty">${t('empty')}</div>`
        : html`${state.heading !== null ? html`<slot name="heading">${state.heading ? html`<h2 class="chart-heading" part="heading">${state.heading}</h2>` : nothing}</slot>` : nothing}${state.chart}`
      : !state.loading && !error
        ? html`<div class="status" part="empty">${state.hasDataset ? t('empty') : t('noData')}</div>`
        : nothing}
    ${table !== nothing
      ? html`<div class="table-toggle">
            <button type="button" part="table-toggle" aria-expanded=${tableVisible ? 'true' : 'false'} @click=${state.toggleTable}>
              ${tableVisible ? t('hideTable') : t('showTable')}
            </button>
          </div>
          <div part="table" class=${tableVisible ? 'data-table' : 'data-table visually-hidden'} tabindex=${tableVisible ? 0 : nothing}>${table}</div>`
      : nothing}
  </div>`;
}

/**
 * The rows of the data-table alternative under `root` as CSV, cell text as the reader sees it;
 * empty when no table is shown.
 */
export function tableCsv(root: ParentNode): string {
  const table = root.querySelector<HTMLTableElement>('[part="table"] table');
  if (!table) return '';
  return toCsv([...table.querySelectorAll('tr')].map((tr) => [...tr.cells].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim())));
}
