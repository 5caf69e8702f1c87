/**
 * Loads the Arquero data layer on first need. Widgets draw from a dataset's precomputed views
 * when it has them (no Arquero at all); otherwise they ask for this layer, which is a separate
 * chunk of the bundle, downloaded once per page.
 */
export type DataLayer = typeof import('./compute.js');

/** The page's Content-Security-Policy forbids `eval`/`Function`, which Arquero needs. */
export class EvalBlockedError extends Error {
  constructor() {
    super('This page forbids evaluating code (Content-Security-Policy without \'unsafe-eval\'), which the Arquero data layer needs.');
    this.name = 'EvalBlockedError';
  }
}

let layer: DataLayer | null = null;
let loading: Promise<DataLayer> | null = null;

/** The data layer if it has loaded, else null. */
export function dataLayer(): DataLayer | null {
  return layer;
}

/** True when this page lets scripts compile code (Arquero's expressions). */
function evalAllowed(): boolean {
  try {
    return new Function('return true')() === true;
  } catch {
    return false;
  }
}

/**
 * Loads the data layer (once per page). Rejects with {@link EvalBlockedError} without downloading
 * it when the page's security policy would stop it from working.
 */
export function loadDataLayer(): Promise<DataLayer> {
  if (!loading) {
    loading = evalAllowed() ? import('./compute.js').then((module) => (layer = module)) : Promise.reject(new EvalBlockedError());
    // A chunk that failed to download may succeed later; a policy will not change.
    loading.catch((error) => {
      if (!(error instanceof EvalBlockedError)) loading = null;
    });
  }
  return loading;
}
