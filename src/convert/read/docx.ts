/**
 * DOCX → blocks. Reads `word/document.xml` in document order: paragraphs outside tables become
 * paragraph blocks, tables become rows of cells on the table's grid — a cell spanning columns
 * (`w:gridSpan`) is its text then empty cells, a cell continuing a vertical merge (`w:vMerge`
 * without `restart`) is empty, as in the text export the recognizer learned on. Tracked deletions,
 * moved-from text, field codes and the fallback copy of `mc:AlternateContent` are skipped; a
 * table nested in a cell flattens into that cell's text.
 */
import type { Block, BlockRow, ReadResult } from './blocks.js';
import { scanXml } from './xml.js';
import { readZipParts } from './zip.js';
import { joinLines } from './join.js';

/** Elements whose text is not part of the document as it reads now. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'mc:Fallback', 'w:fldData']);

interface CellState {
  paragraphs: string[];
  span: number;
  continuesMerge: boolean;
}

interface TableState {
  rows: BlockRow[];
  row: string[] | null;
  rowLine: number;
  cell: CellState | null;
  /** Nested tables inside a cell: their text joins the outer cell. */
  depth: number;
}

export function readDocx(bytes: Uint8Array, fileName = 'the document'): ReadResult {
  const parts = readZipParts(bytes, (name) => name === 'word/document.xml', fileName);
  const xml = parts.get('word/document.xml') ?? '';
  const blocks: Block[] = [];
  let line = 0;
  let skipping = 0;
  let paragraph: string[] | null = null;
  let inText = false;
  let table: TableState | null = null;

  const endParagraph = () => {
    if (!paragraph) return;
    const text = paragraph.join('');
    paragraph = null;
    if (table?.cell) {
      table.cell.paragraphs.push(text);
    } else if (text.trim()) {
      blocks.push({ type: 'paragraph', place: { line: ++line }, text });
    }
  };

  scanXml(
    xml,
    {
      open(name, attributes, selfClosing) {
        if (SKIPPED.has(name)) {
          if (!selfClosing) skipping++;
          return;
        }
        if (skipping) return;
        switch (name) {
          case 'w:tbl':
            if (table?.cell) table.depth++;
            else if (!table) table = { rows: [], row: null, rowLine: 0, cell: null, depth: 0 };
            break;
          case 'w:tr':
            if (table && table.depth === 0) {
              table.row = [];
              table.rowLine = ++line;
            }
            break;
          case 'w:gridBefore':
          case 'w:gridAfter':
            if (table?.row && table.depth === 0) for (let i = Number(attributes['w:val'] ?? 0); i > 0; i--) table.row.push('');
            break;
          case 'w:tc':
            if (table && table.depth === 0) table.cell = { paragraphs: [], span: 1, continuesMerge: false };
            break;
          case 'w:gridSpan':
            if (table?.cell && table.depth === 0) table.cell.span = Math.max(1, Math.min(64, Number(attributes['w:val']) || 1));
            break;
          case 'w:vMerge':
            if (table?.cell && table.depth === 0) table.cell.continuesMerge = (attributes['w:val'] ?? 'continue') === 'continue';
            break;
          case 'w:p':
            paragraph = [];
            break;
          case 'w:t':
            inText = !selfClosing;
            break;
          case 'w:tab':
            paragraph?.push('\t');
            break;
          case 'w:br':
          case 'w:cr':
            paragraph?.push('\n');
            break;
        }
      },
      close(name) {
        if (SKIPPED.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping) return;
        switch (name) {
          case 'w:t':
            inText = false;
            break;
          case 'w:p':
            endParagraph();
            break;
          case 'w:tc':
            if (table?.cell && table.row && table.depth === 0) {
              const { paragraphs, span, continuesMerge } = table.cell;
              table.row.push(continuesMerge ? '' : joinLines(paragraphs));
              for (let i = 1; i < span; i++) table.row.push('');
              table.cell = null;
            }
            break;
          case 'w:tr':
            if (table?.row && table.depth === 0) {
              table.rows.push({ place: { line: table.rowLine }, cells: table.row });
              table.row = null;
            }
            break;
          case 'w:tbl':
            if (table && table.depth > 0) table.depth--;
            else if (table) {
              if (table.rows.length) blocks.push({ type: 'table', place: table.rows[0].place, rows: table.rows });
              table = null;
            }
            break;
        }
      },
      text(text) {
        if (inText && !skipping && paragraph) paragraph.push(text);
      },
    },
    `${fileName} (word/document.xml)`,
  );
  return { format: 'docx', blocks, notes: [] };
}
