/**
 * The converter: a published budget disclosure document in, a budget dataset out.
 * No DOM and no Node APIs: the same module runs in the CLI and on the demo page.
 * @module
 */
export { parseDisclosure, DisclosureError, CONVERTER, MAX_DOCUMENT_LENGTH, type ParseOptions, type ParseResult } from './parse.js';
export { parseTarget } from './targets.js';
export { readAmount, toHalfWidth } from './numbers.js';
export { readPlanFigures } from './projects.js';
export { convertFile, readDocument, MAX_FILE_BYTES, type ConvertFileOptions, type ConvertFileResult } from './convert-file.js';
export { parseBlocks, type BlockParseOptions } from './parse.js';
export type { Block, BlockRow, ParagraphBlock, Place, ReadProgress, ReadResult, ReaderNote, SourceFormat, TableBlock } from './read/blocks.js';
export type { PdfOptions } from './read/pdf.js';
export { decodeText, sniff, type Sniffed, type TextEncoding } from './read/sniff.js';
export { TABLE_KINDS, CODED_KINDS, REQUIRED_KINDS, tableKindFromTitle, tableKindFromHeaders, type TableKindDefinition, type DocumentKind } from './kinds/index.js';
