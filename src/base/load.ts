/**
 * Fetching datasets. One request per URL per page: every widget pointing at the same `src` shares
 * the same promise, so a dashboard of four widgets downloads and validates its dataset once.
 */
import type { DatasetProblem } from '../model/validate.js';
import type { BudgetDataset } from '../model/schema.js';
import type { MessageKey } from './i18n.js';
import { describeProblems, loadCheck } from './validator.js';

/** A message key with its parameters: each widget says it in its own language. */
export interface LocalMessage {
  key: MessageKey;
  params: Record<string, string | number>;
}

/** A load failure: what failed (`message`), why (`reason`), and for an invalid dataset, every problem. */
export class LoadError extends Error {
  readonly local: LocalMessage;
  readonly reason?: LocalMessage;
  readonly problems?: DatasetProblem[];
  constructor(local: LocalMessage, reason?: LocalMessage, problems?: DatasetProblem[]) {
    super(`${local.key} ${JSON.stringify(local.params)}${reason ? ` ${reason.key} ${JSON.stringify(reason.params)}` : ''}`);
    this.name = 'LoadError';
    this.local = local;
    this.reason = reason;
    this.problems = problems;
  }
}

const cache = new Map<string, Promise<BudgetDataset>>();

/** How long a dataset request may take before the widget says so. */
export const LOAD_TIMEOUT_MS = 20000;

async function fetchDataset(url: string, src: string, timeoutMs: number): Promise<BudgetDataset> {
  const failed: LocalMessage = { key: 'loadFailed', params: { src } };
  // The validator downloads while the dataset does.
  const checking = loadCheck();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      throw new LoadError(failed, { key: 'httpError', params: { status: response.status, statusText: response.statusText } });
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (controller.signal.aborted) throw new LoadError(failed, { key: 'timeout', params: { seconds: Math.round(timeoutMs / 1000) } });
    throw new LoadError(failed, { key: 'networkError', params: { message: (error as Error).message } });
  } finally {
    clearTimeout(timer);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new LoadError(failed, { key: 'notJson', params: { start: text.trim().slice(0, 20) } });
  }
  const problems = (await checking)(value) ? [] : await describeProblems(value);
  if (problems.length) {
    const summary = problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ') + (problems.length > 3 ? ` (+${problems.length - 3})` : '');
    throw new LoadError({ key: 'invalidDataset', params: { src, problems: summary } }, undefined, problems);
  }
  return value as BudgetDataset;
}

/**
 * Loads and validates the dataset at `src` (resolved against the page), sharing one request per URL.
 * A failed load is forgotten, so setting the same `src` again retries.
 */
export function loadDataset(src: string, timeoutMs = LOAD_TIMEOUT_MS): Promise<BudgetDataset> {
  const url = new URL(src, document.baseURI).href;
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchDataset(url, src, timeoutMs);
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
}

/** Forgets cached datasets (all, or one URL): for pages that replace a file under the same URL. */
export function clearDatasetCache(src?: string): void {
  if (src) cache.delete(new URL(src, document.baseURI).href);
  else cache.clear();
}
