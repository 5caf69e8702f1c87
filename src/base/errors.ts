/**
 * What a widget shows in its error state, and how a thrown error becomes a sentence in the
 * reader's language: data-layer `ViewError`s and widget `WidgetError`s carry a message key and
 * its parameters, never a finished English sentence.
 */
import { ViewError } from '../data/entity.js';
import type { DatasetFailure } from './dataset-controller.js';
import { type Lang, msg, type MessageKey } from './i18n.js';

/** What a widget cannot show, as a message of the catalogue: an attribute naming nothing in the data, a bad value. */
export class WidgetError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(msg('en', key, params));
    this.name = 'WidgetError';
  }
}

/**
 * An error on screen, by where it came from: a load error stays until the next load, a view error
 * goes once the view builds again, an attribute error once the attribute is corrected, an error of
 * the dataset compared with once another one is asked for or it loads.
 */
export interface ShownError extends DatasetFailure {
  origin: 'load' | 'view' | 'attribute' | 'compare';
}

/** A thrown error as a sentence in `language`; `layerMessage` says why the data layer could not run. */
export function errorMessage(error: unknown, language: Lang, layerMessage: (error: unknown) => string): string {
  if (error instanceof EvalError) return layerMessage(error);
  if (error instanceof ViewError) return msg(language, error.code, error.params);
  if (error instanceof WidgetError) return msg(language, error.key, error.params);
  return String((error as Error)?.message ?? error);
}
