/**
 * First pass of the converter: the text export of a .docx (one table cell a line, led by a tab;
 * rows separated by blank lines; everything else is a paragraph) becomes a flat list of tokens,
 * each with the line it started on. No meaning is given to anything yet.
 */
import type { Block } from './read/blocks.js';

/** A table row: its cells in order, as printed (trimmed, inner tabs and runs of spaces kept as one space). */
export interface RowToken {
  type: 'row';
  line: number;
  page?: number;
  cells: string[];
}

/** A paragraph outside tables (titles, headings, notes, body text). */
export interface TextToken {
  type: 'text';
  line: number;
  page?: number;
  text: string;
  /** For a table title: the heading lines printed between it and the table ("编制部门：… 单位：元"). */
  heading?: string;
}

export type Token = RowToken | TextToken;

const BOOKMARK = /^\[bookmark:[^\]]*\]/;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
/** Lines that Word's text export writes for page furniture; they carry no content. */
const FURNITURE = /^(page number|\d+\s*\/\s*\d+)$/i;

/**
 * A line that is not tab-led but directly follows a cell (no blank line between) continues that
 * cell, unless it looks like the start of something else: a title, a note, a heading.
 */
function startsSomethingElse(text: string): boolean {
  return BOOKMARK.test(text) || /^注[:：]/.test(text) || /^第[一二三四五六七八九十]+部分/.test(text) || /表$/.test(text);
}

/** Collapses inner tabs and whitespace runs, trims, and normalises the no-break space. */
export function cleanCell(raw: string): string {
  return raw.replace(/[\t\r\n\u00a0\u3000]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Splits disclosure text into row and text tokens. Accepts LF, CRLF and CR line ends, and a BOM. */
export function tokenize(text: string): Token[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const tokens: Token[] = [];
  let row: RowToken | null = null;
  let previousWasCell = false;

  const closeRow = () => {
    if (row) tokens.push(row);
    row = null;
  };

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    const lineNo = index + 1;
    if (raw.startsWith('\t')) {
      if (!row) row = { type: 'row', line: lineNo, cells: [] };
      row.cells.push(cleanCell(raw.slice(1)));
      previousWasCell = true;
      continue;
    }
    const text = cleanCell(raw);
    if (text === '') {
      closeRow();
      previousWasCell = false;
      continue;
    }
    if (previousWasCell && row && !startsSomethingElse(text)) {
      // A cell whose text ran over several lines.
      const cells = (row as RowToken).cells;
      const before = cells[cells.length - 1];
      // Chinese text wraps without spaces; other text wrapped at a space.
      const joiner = CJK.test(before.slice(-1)) && CJK.test(text[0]) ? '' : ' ';
      cells[cells.length - 1] = cleanCell(`${before}${joiner}${text}`);
      continue;
    }
    closeRow();
    previousWasCell = false;
    if (FURNITURE.test(text)) continue;
    tokens.push({ type: 'text', line: lineNo, text });
  }
  closeRow();
  return tokens;
}

/**
 * Tokens from a reader's blocks (PDF, DOCX, XLSX): a table's rows become row tokens, a paragraph a
 * text token, each with its place. Tables follow each other without a blank line in between, so an
 * empty paragraph token would be wrong here; the recognizer sees a new table where a title starts.
 */
export function tokensFromBlocks(blocks: Block[]): Token[] {
  const tokens: Token[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const text = cleanCell(block.text);
      if (text) tokens.push({ type: 'text', text, ...block.place });
      continue;
    }
    // A sheet exported with its whole print area ruled puts the title and "金额单位：万元" inside
    // the grid, each alone on its row: they are paragraphs above the table, as on paper.
    let first = 0;
    while (first < block.rows.length) {
      const filled = block.rows[first].cells.map(cleanCell).filter(Boolean);
      if (filled.length > 1) break;
      if (filled.length === 1 && !/^([^\s，。；][^，。；]{0,48}表([（(].*[）)])?|.*单位[:：].*|(部门|单位)(（单位）)?(名称)?[:：].*)$/.test(filled[0])) break;
      if (filled.length === 1) tokens.push({ type: 'text', text: filled[0], ...block.rows[first].place });
      first++;
    }
    // 北京 draws two short tables in one grid: the second one's numbered title, alone on its row
    // ("预算08表国有资本经营预算支出表"), and its unit line start a new table.
    let lifting = false;
    for (const row of block.rows.slice(first)) {
      const cells = row.cells.map(cleanCell);
      const filled = cells.filter(Boolean);
      const isTitle = filled.length === 1 && NUMBERED_TITLE.test(filled[0]);
      if (isTitle || (lifting && filled.length === 1 && /单位[:：]/.test(filled[0]))) {
        tokens.push({ type: 'text', text: filled[0], ...row.place });
        lifting = true;
        continue;
      }
      lifting = false;
      tokens.push({ type: 'row', cells, ...row.place });
    }
  }
  return tokens;
}

/** A table's title with its number: 预算08表…, 公开表3…, 表5：…, 附表2… */
const NUMBERED_TITLE = /^((预算|决算|公开|部门)\s*\d{1,2}\s*表|(预算|决算|公开)表\s*\d{1,2}|附?表\s*\d{1,2}(-\d+)?[\s:：、.．]?)\S.*表([（(].*[）)])?$/;

/** The other way: a text export's tokens as blocks (consecutive rows are one table). */
export function blocksFromTokens(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    const last = blocks[blocks.length - 1];
    if (token.type === 'text') blocks.push({ type: 'paragraph', place: { line: token.line }, text: token.text });
    else if (last?.type === 'table') last.rows.push({ place: { line: token.line }, cells: token.cells });
    else blocks.push({ type: 'table', place: { line: token.line }, rows: [{ place: { line: token.line }, cells: token.cells }] });
  }
  return blocks;
}

/** Removes the `[bookmark: …]` marker Word writes before headings. */
export function stripBookmark(text: string): string {
  return text.replace(BOOKMARK, '').trim();
}

/** Header and title matching ignores spaces: the export pads cells such as "项  目" or "科目    编码". */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
