// The bundled sample disclosure and its dataset, as a test or page would load them.
import type { BudgetDataset } from '../../src/model/schema.js';

export const SAMPLE_TEXT_URL = '/data/samples/cangzhou-kfq-zzrsb-2024.txt';
export const SAMPLE_JSON_URL = '/data/samples/cangzhou-kfq-zzrsb-2024.json';

export async function sampleText(): Promise<string> {
  const response = await fetch(SAMPLE_TEXT_URL);
  if (!response.ok) throw new Error(`sample text: ${response.status}`);
  return response.text();
}

export async function sampleDataset(): Promise<BudgetDataset> {
  const response = await fetch(SAMPLE_JSON_URL);
  if (!response.ok) throw new Error(`sample dataset: ${response.status}`);
  return response.json();
}

/** A deep copy to modify in a test without touching other tests' data. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
