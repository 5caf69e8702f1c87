/**
 * One entry for every file a department publishes: PDF, DOCX, XLSX or a text export, in Node and in
 * the browser. The format is decided from the bytes (`read/sniff.ts`), never from the file name;
 * each format's reader turns the file into blocks, and the one recognizer makes the dataset.
 */
import { diagnostic, LOOKS_LIKE_ZH } from '../model/messages.js';
import type { Diagnostic } from '../model/schema.js';
import { DisclosureError, parseBlocks, parseDisclosure, MAX_DOCUMENT_LENGTH, type ParseResult } from './parse.js';
import type { ReadProgress, ReadResult } from './read/blocks.js';
import { readDocx } from './read/docx.js';
import { ReadError } from './read/errors.js';
import type { PdfOptions } from './read/pdf.js';
import { decodeText, sniff, type Sniffed } from './read/sniff.js';
import { blocksFromTokens, tokenize } from './tokens.js';
import { readXlsx } from './read/xlsx.js';
import { XmlError } from './read/xml.js';

/** Largest file accepted, in bytes, by format. Real disclosures are well under a tenth of these. */
export const MAX_FILE_BYTES = {
  pdf: 100 * 1024 * 1024,
  docx: 50 * 1024 * 1024,
  xlsx: 50 * 1024 * 1024,
  text: 40 * 1024 * 1024,
} as const;

/** Options for {@link convertFile}. */
export interface ConvertFileOptions {
  /** The file's name, for messages and the dataset's metadata. Never used to decide the format. */
  fileName?: string;
  /** Called as the reader advances: pages read and tables found (PDF), then recognition. */
  onProgress?: (progress: ReadProgress) => void;
  /** Cancels reading; the promise then rejects with a `DisclosureError` whose code is `cancelled`. */
  signal?: AbortSignal;
  /** Where pdf.js finds its worker and data files in the browser (Node needs nothing). */
  pdf?: PdfOptions;
}

/** What {@link convertFile} resolves to: the dataset and its diagnostics, and the format it was read as. */
export interface ConvertFileResult extends ParseResult {
  format: ReadResult['format'];
}

async function bytesOf(input: Uint8Array | ArrayBuffer | Blob): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (typeof Blob !== 'undefined' && input instanceof Blob) return new Uint8Array(await input.arrayBuffer());
  throw new DisclosureError(`expected the file's bytes (Uint8Array, ArrayBuffer or Blob), got ${input === null ? 'null' : typeof input}.`, []);
}

/** A refusal: its English message, and the code and parameters of its sentence in other languages. */
function refuse(code: string, message: string, params: Record<string, string | number>, page?: number): DisclosureError {
  return new DisclosureError(message, [{ severity: 'error', code, message, params, ...(page ? { page } : {}) }]);
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;

/** Runs the reader of a binary format, turning its failures into `DisclosureError`s. */
async function readWith(kind: 'pdf' | 'docx' | 'xlsx', bytes: Uint8Array, fileName: string, options: ConvertFileOptions): Promise<ReadResult> {
  try {
    if (kind === 'pdf') {
      const { readPdf } = await import('./read/pdf.js');
      return await readPdf(bytes, { fileName, onProgress: options.onProgress, signal: options.signal, pdf: options.pdf });
    }
    const read = kind === 'docx' ? readDocx(bytes, fileName) : readXlsx(bytes, fileName);
    options.onProgress?.({ stage: 'read', done: 1, total: 1, tables: read.blocks.filter((b) => b.type === 'table').length });
    return read;
  } catch (error) {
    if (error instanceof ReadError) throw refuse(error.code, error.message, { file: fileName, ...error.params });
    if (error instanceof XmlError) throw refuse(error.code, `${fileName}: ${error.message}`, { file: fileName });
    throw error;
  }
}

/** Checks what a file is and that it is within its size limit; returns its bytes and format. */
async function admit(input: Uint8Array | ArrayBuffer | Blob, fileName: string): Promise<{ bytes: Uint8Array; format: Extract<Sniffed, { kind: 'pdf' | 'docx' | 'xlsx' | 'text' }> }> {
  const bytes = await bytesOf(input);
  if (bytes.length === 0) throw refuse('empty-file', `${fileName}: the file is empty.`, { file: fileName });
  const format = sniff(bytes);
  switch (format.kind) {
    case 'ole':
      throw refuse('ole-format', `${fileName}: this is an old Office or WPS file (.doc, .xls, .wps or .et), which cannot be read here. Open it in Word, WPS or Excel and save it as .docx or .xlsx (or print it to PDF), then open that file.`, { file: fileName });
    case 'zip':
      throw refuse('unknown-zip', `${fileName}: a ZIP archive that is neither a Word (.docx) nor an Excel (.xlsx) file${format.entries.length ? ` (it holds ${format.entries.slice(0, 3).join(', ')}${format.entries.length > 3 ? ', …' : ''})` : ''}. Unpack it and open the disclosure inside.`, { file: fileName });
    case 'other':
      throw refuse('not-a-disclosure', `${fileName}: this looks like ${format.looksLike}, not a budget disclosure. Open the PDF, Word (.docx), Excel (.xlsx) or text file the department published${format.looksLike === 'JSON' ? ', or load a dataset JSON written by budget-widgets convert' : ''}.`, { file: fileName, looksLike: format.looksLike, looksLikeZh: LOOKS_LIKE_ZH[format.looksLike] ?? format.looksLike });
  }
  const limit = MAX_FILE_BYTES[format.kind];
  if (bytes.length > limit) {
    throw refuse('too-large', `${fileName}: ${megabytes(bytes.length)} is more than the ${megabytes(limit)} a ${format.kind.toUpperCase()} disclosure can be (the largest real ones are a few MB). Is it the right file?`, { file: fileName, size: megabytes(bytes.length), limit: megabytes(limit), format: format.kind.toUpperCase() });
  }
  return { bytes, format };
}

/**
 * Reads a file into blocks without recognising anything: what the converter sees of a PDF, DOCX,
 * XLSX or text, tables as rows of cells and paragraphs, each with its place. For checking a new
 * template, and for tools that want the tables of any document.
 * @throws {DisclosureError} as {@link convertFile} does, for files that cannot be read.
 */
export async function readDocument(input: Uint8Array | ArrayBuffer | Blob, options: ConvertFileOptions = {}): Promise<ReadResult> {
  const fileName = options.fileName ?? 'the document';
  const { bytes, format } = await admit(input, fileName);
  if (format.kind !== 'text') return readWith(format.kind, bytes, fileName, options);
  return { format: 'text', blocks: blocksFromTokens(tokenize(decodeText(bytes, format.encoding))), notes: [] };
}

/**
 * Converts a published disclosure file — PDF, DOCX, XLSX or a text export (UTF-8, UTF-16 or
 * GB18030/GBK) — into a budget dataset.
 *
 * @param input The file's bytes.
 * @param options `fileName` for messages; `onProgress`, `signal`; `pdf` for the browser.
 * @returns The dataset, its diagnostics (reader notes included), and the format read.
 * @throws {DisclosureError} when the file cannot be read as a disclosure: another kind of file (an
 *   image, a web page, an old .doc), a damaged, encrypted or image-only PDF, a file over the size
 *   limit, or no budget table at all. Its `diagnostics[0].code` says which.
 * @example
 * const { dataset, diagnostics } = await convertFile(await file.arrayBuffer(), { fileName: file.name });
 */
export async function convertFile(input: Uint8Array | ArrayBuffer | Blob, options: ConvertFileOptions = {}): Promise<ConvertFileResult> {
  const fileName = options.fileName ?? 'the document';
  const { bytes, format } = await admit(input, fileName);
  const kind = format.kind;
  if (kind === 'text') {
    const text = decodeText(bytes, format.encoding);
    options.onProgress?.({ stage: 'recognize', done: 0, total: 0, tables: 0 });
    const result = parseDisclosure(text, { fileName, maxLength: MAX_DOCUMENT_LENGTH });
    if (format.encoding !== 'utf-8') {
      result.dataset.diagnostics.unshift(diagnostic('info', 'text-encoding', { file: fileName, encoding: format.encoding.toUpperCase() }));
    }
    return { ...result, diagnostics: result.dataset.diagnostics, format: 'text' };
  }
  const read = await readWith(kind, bytes, fileName, options);
  if (options.signal?.aborted) throw refuse('cancelled', `${fileName}: reading was cancelled.`, { file: fileName });
  options.onProgress?.({ stage: 'recognize', done: read.pages ?? 0, total: read.pages ?? 0, tables: read.blocks.filter((b) => b.type === 'table').length });
  const result = parseBlocks(read.blocks, { fileName, format: read.format, pages: read.pages });
  const notes: Diagnostic[] = read.notes.map((note) => ({ severity: 'warning', code: note.code, message: `${fileName}: ${note.message}`, params: { file: fileName, ...note.params }, ...(note.page ? { page: note.page } : {}) }));
  result.dataset.diagnostics.unshift(...notes);
  return { ...result, diagnostics: result.dataset.diagnostics, format: read.format };
}
