/**
 * XLSX → blocks. Each worksheet is read in row order. A row with a ruled (bordered) cell belongs to
 * a table, as it does on paper; other rows are paragraphs (titles, "单位：万元", notes). A sheet
 * without any borders falls back to "two or more filled cells make a table row". Values are shown
 * as the sheet displays them: number formats are applied ("01" stays "01", 98 with "0.00" is
 * "98.00"), shared and inline strings are resolved. Merged ranges need nothing: a spreadsheet keeps
 * a merged range's value in its top-left cell, which is what the recognizer expects.
 */
import type { Block, BlockRow, ReadResult } from './blocks.js';
import { scanXml } from './xml.js';
import { readZipParts } from './zip.js';

interface Cell {
  col: number;
  text: string;
  ruled: boolean;
}

interface SheetRow {
  index: number;
  cells: Cell[];
}

/** Built-in number formats that matter for budget sheets (ECMA-376 §18.8.30). */
const BUILTIN_FORMATS: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 49: '@' };

/** Column letters ("AB") → 0-based index. */
function columnIndex(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col - 1;
}

/** A number as a cell with this format code displays it (the parts budget sheets use). */
export function formatNumber(value: number, formatCode: string): string {
  const code = formatCode.split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').trim();
  if (!code || /^general$/i.test(code) || code === '@') return String(Number(value.toPrecision(15)));
  const percent = code.endsWith('%');
  const shown = percent ? value * 100 : value;
  const decimals = /\.([0#]+)/.exec(code)?.[1].length ?? 0;
  const grouped = code.includes(',');
  const minDigits = /^0+$/.test(code) ? code.length : 1;
  let text = Math.abs(shown).toFixed(decimals);
  let [whole, fraction] = text.split('.');
  whole = whole.padStart(minDigits, '0');
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  text = fraction ? `${whole}.${fraction}` : whole;
  return `${shown < 0 ? '-' : ''}${text}${percent ? '%' : ''}`;
}

function readStyles(xml: string | undefined): { formatOf: (style: number) => string; ruledStyle: (style: number) => boolean } {
  const formats = new Map<number, string>(Object.entries(BUILTIN_FORMATS).map(([k, v]) => [Number(k), v]));
  const borders: boolean[] = [];
  const xfs: { numFmtId: number; borderId: number }[] = [];
  let section = '';
  let border: boolean | null = null;
  if (xml) {
    scanXml(xml, {
      open(name, a) {
        if (name === 'numFmt') formats.set(Number(a.numFmtId), a.formatCode ?? 'General');
        else if (name === 'cellXfs' || name === 'borders' || name === 'cellStyleXfs') section = name;
        else if (name === 'border' && section === 'borders') border = false;
        else if (border !== null && /^(left|right|top|bottom|start|end)$/.test(name) && a.style && a.style !== 'none') border = true;
        else if (name === 'xf' && section === 'cellXfs') xfs.push({ numFmtId: Number(a.numFmtId ?? 0), borderId: Number(a.borderId ?? 0) });
      },
      close(name) {
        if (name === 'border' && border !== null) {
          borders.push(border);
          border = null;
        } else if (name === section) section = '';
      },
      text() {},
    }, 'xl/styles.xml');
  }
  return {
    formatOf: (style) => formats.get(xfs[style]?.numFmtId ?? 0) ?? 'General',
    ruledStyle: (style) => borders[xfs[style]?.borderId ?? 0] ?? false,
  };
}

function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name, _a, selfClosing) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && !selfClosing) inText = true;
    },
    close(name) {
      if (name === 'si' && current) {
        strings.push(current.join(''));
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText && current && !phonetic) current.push(text);
    },
  }, 'xl/sharedStrings.xml');
  return strings;
}

/** The workbook's sheets in tab order, with the path of each sheet's XML. */
function sheetPaths(workbook: string, rels: string | undefined): { name: string; path: string }[] {
  const targets = new Map<string, string>();
  if (rels) {
    scanXml(rels, {
      open(name, a) {
        if (name === 'Relationship' && a.Id && a.Target) targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
      },
      close() {},
      text() {},
    }, 'xl/_rels/workbook.xml.rels');
  }
  const sheets: { name: string; path: string }[] = [];
  scanXml(workbook, {
    open(name, a) {
      if (name === 'sheet' && a.state !== 'hidden' && a.state !== 'veryHidden') {
        const path = targets.get(a['r:id']) ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
        sheets.push({ name: a.name ?? '', path });
      }
    },
    close() {},
    text() {},
  }, 'xl/workbook.xml');
  return sheets;
}

function readSheet(xml: string, shared: string[], styles: ReturnType<typeof readStyles>, part: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let row: SheetRow | null = null;
  let cell: { col: number; type: string; style: number; value: string[] } | null = null;
  let inValue = false;
  let hidden = false;
  scanXml(xml, {
    open(name, a, selfClosing) {
      if (name === 'row') {
        hidden = a.hidden === '1' || a.hidden === 'true';
        row = { index: Number(a.r ?? rows.length + 1), cells: [] };
      } else if (name === 'c' && row) {
        cell = { col: a.r ? columnIndex(a.r) : row.cells.length, type: a.t ?? 'n', style: Number(a.s ?? 0), value: [] };
      } else if ((name === 'v' || name === 't') && cell && !selfClosing) {
        inValue = true;
      }
    },
    close(name) {
      if ((name === 'v' || name === 't') && cell) inValue = false;
      else if (name === 'c' && cell && row) {
        const raw = cell.value.join('');
        let text = raw;
        if (cell.type === 's') text = shared[Number(raw)] ?? '';
        else if (cell.type === 'b') text = raw === '1' ? 'TRUE' : 'FALSE';
        else if (cell.type === 'n' && raw !== '' && Number.isFinite(Number(raw))) text = formatNumber(Number(raw), styles.formatOf(cell.style));
        row.cells.push({ col: cell.col, text: text.trim(), ruled: styles.ruledStyle(cell.style) });
        cell = null;
      } else if (name === 'row' && row) {
        if (!hidden) rows.push(row);
        row = null;
      }
    },
    text(text) {
      if (inValue && cell) cell.value.push(text);
    },
  }, part);
  return rows;
}

export function readXlsx(bytes: Uint8Array, fileName = 'the workbook'): ReadResult {
  const parts = readZipParts(bytes, (name) => /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(name), fileName);
  const workbook = parts.get('xl/workbook.xml');
  if (!workbook) return { format: 'xlsx', blocks: [], notes: [] };
  const shared = readSharedStrings(parts.get('xl/sharedStrings.xml'));
  const styles = readStyles(parts.get('xl/styles.xml'));
  const blocks: Block[] = [];
  let line = 0;
  for (const sheet of sheetPaths(workbook, parts.get('xl/_rels/workbook.xml.rels'))) {
    const xml = parts.get(sheet.path);
    if (!xml) continue;
    const rows = readSheet(xml, shared, styles, `${fileName} (${sheet.path})`);
    const anyRuled = rows.some((r) => r.cells.some((c) => c.ruled));
    const isTableRow = (r: SheetRow) => (anyRuled ? r.cells.some((c) => c.ruled) : r.cells.filter((c) => c.text).length >= 2);
    let run: SheetRow[] = [];
    let titled = false;
    const flush = () => {
      if (!run.length) return;
      if (!titled && sheet.name) blocks.push({ type: 'paragraph', place: { line: ++line }, text: sheet.name });
      const first = Math.min(...run.flatMap((r) => r.cells.filter((c) => c.text || c.ruled).map((c) => c.col)));
      const last = Math.max(...run.flatMap((r) => r.cells.filter((c) => c.text || c.ruled).map((c) => c.col)));
      const tableRows: BlockRow[] = run.map((r) => {
        const cells = new Array<string>(last - first + 1).fill('');
        for (const c of r.cells) if (c.col >= first && c.col <= last) cells[c.col - first] = c.text;
        return { place: { line: ++line }, cells };
      });
      blocks.push({ type: 'table', place: tableRows[0].place, rows: tableRows });
      run = [];
      titled = true;
    };
    for (const row of rows) {
      if (isTableRow(row)) {
        run.push(row);
        continue;
      }
      flush();
      const text = row.cells.map((c) => c.text).filter(Boolean).join(' ');
      if (text) {
        blocks.push({ type: 'paragraph', place: { line: ++line }, text });
        titled = true;
      }
    }
    flush();
  }
  return { format: 'xlsx', blocks, notes: [] };
}
