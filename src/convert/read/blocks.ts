/**
 * What every reader produces: the document as blocks in reading order — tables as rows of cells,
 * and paragraphs — each with its place. The recognizer (`parse.ts`) consumes blocks, so it does
 * not know or care which format a document came in.
 */

/**
 * Where a block or row sits in its document. `line` is unique and increasing in reading order: the
 * line of a text export, the paragraph or row number of a DOCX or XLSX, the ordinal of the printed
 * line of a PDF. `page` is set for PDFs.
 */
export interface Place {
  line: number;
  page?: number;
}

/** A table row: every grid position of the table, merged cells as their text then empty cells. */
export interface BlockRow {
  place: Place;
  cells: string[];
}

export interface TableBlock {
  type: 'table';
  place: Place;
  rows: BlockRow[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  place: Place;
  text: string;
}

export type Block = TableBlock | ParagraphBlock;

/** The formats `convertFile` reads. */
export type SourceFormat = 'pdf' | 'docx' | 'xlsx' | 'text';

/** What a reader returns: the blocks, and what it noticed about the file itself. */
export interface ReadResult {
  format: SourceFormat;
  blocks: Block[];
  /** PDFs only. */
  pages?: number;
  /** Reader warnings (tables drawn without rules, pages skipped…). */
  notes: ReaderNote[];
}

export interface ReaderNote {
  code: string;
  message: string;
  /** The values of its sentence in the message catalogue (src/model/messages.ts). */
  params?: Record<string, string | number>;
  page?: number;
}

/** Progress a reader reports while it works. */
export interface ReadProgress {
  stage: 'read' | 'recognize';
  /** Pages (PDF) read so far, or 0. */
  done: number;
  /** Pages in all, or 0 when not known. */
  total: number;
  /** Tables found so far. */
  tables: number;
}

/** Options every reader takes. */
export interface ReadOptions {
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
}
