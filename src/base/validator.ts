/**
 * Loads dataset validation on first need. The schema validator (TypeBox) is the larger half of our
 * own code, so it is a separate chunk: it downloads while the dataset does, not before the
 * widgets can show their loading state.
 */
type Validate = typeof import('../model/validate.js').validateDataset;

let validate: Validate | null = null;
let loading: Promise<Validate> | null = null;

/** The validator if it has loaded, else null. */
export function loadedValidator(): Validate | null {
  return validate;
}

/** Loads the validator (once per page). */
export function loadValidator(): Promise<Validate> {
  if (!loading) {
    loading = import('../model/validate.js').then((module) => (validate = module.validateDataset));
    loading.catch(() => (loading = null));
  }
  return loading;
}
