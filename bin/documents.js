// Reading what the command line is given: a published document (PDF, DOCX, XLSX or a text
// export), converted, or a dataset JSON that `convert` wrote. Shared by the commands and by the
// catalog's worker threads.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { convertFile, DisclosureError } from '../dist/converter.js';
import { describeDiagnostic, validateDataset } from '../dist/model.js';

/**
 * A dataset JSON or a published document, read into a dataset.
 * @param {string} path
 * @param {{ lang?: 'zh-CN' | 'en', onProgress?: (progress: object) => void, bytes?: Buffer }} [options]
 * @returns {Promise<{ dataset: object, diagnostics: object[], isDataset: boolean }>}
 */
export async function readDocument(path, { lang = 'zh-CN', onProgress, bytes } = {}) {
  if (!bytes) {
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new Error(`cannot read ${path}: ${error.message}`);
    }
  }
  const head = bytes.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) {
    let value;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new Error(`${path} is not valid JSON: ${error.message}`);
    }
    if (value && typeof value === 'object' && 'schemaVersion' in value) return { dataset: value, diagnostics: value.diagnostics ?? [], isDataset: true };
  }
  try {
    const result = await convertFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), { fileName: basename(path), onProgress });
    return { ...result, isDataset: false };
  } catch (error) {
    if (error instanceof DisclosureError) throw new Error(error.diagnostics[0] ? describeDiagnostic(error.diagnostics[0], lang) : error.message);
    throw error;
  }
}

/**
 * The dataset, or an error naming the file and the first problems (also written to stderr).
 * @param {string} path
 * @param {object} dataset
 */
export function validated(path, dataset) {
  const problems = validateDataset(dataset);
  if (problems.length) {
    for (const p of problems.slice(0, 20)) process.stderr.write(`${path}: ${p.path}: ${p.message}\n`);
    throw new Error(`${path}: the result is not a valid budget dataset (${problems.length} problem(s)).`);
  }
  return dataset;
}
