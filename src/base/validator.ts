/**
 * Dataset validation, loaded on first need and in two steps. The check itself is the schema
 * compiled ahead of time (`model/check.generated.ts`): small, fast, no `eval`. Only a dataset that
 * fails it loads TypeBox (`model/validate.ts`) to say what is wrong and where.
 */
export type Problems = import('../model/validate.js').DatasetProblem[];
type Check = (value: unknown) => boolean;

let check: Check | null = null;
let loading: Promise<Check> | null = null;

/** The check if it has loaded, else null. */
export function loadedCheck(): Check | null {
  return check;
}

/** Loads the check (once per page). */
export function loadCheck(): Promise<Check> {
  if (!loading) {
    loading = import('../model/check.generated.js').then((module) => (check = module.checkDataset));
    loading.catch(() => (loading = null));
  }
  return loading;
}

/** Every problem of a dataset that failed the check, with its JSON path (loads TypeBox). */
export async function describeProblems(value: unknown): Promise<Problems> {
  const { validateDataset } = await import('../model/validate.js');
  return validateDataset(value);
}
