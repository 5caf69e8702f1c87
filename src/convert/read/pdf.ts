/**
 * PDF → blocks, with pdf.js. For each page: the text runs with their positions
 * (`getTextContent`) and the drawing operations (`getOperatorList`), whose line segments and thin
 * filled rectangles are the tables' ruling lines. `pdf-layout.ts` turns those into tables and
 * paragraphs; this module drives pdf.js, joins tables that continue on the next page (dropping
 * their repeated header rows, rejoining a row the page break cut), and numbers the places.
 *
 * pdf.js is loaded only when a PDF is opened (a dynamic import): the widgets never download it.
 * It runs with `isEvalSupported: false` (no font code is compiled: the fix for CVE-2024-4367 and
 * what a strict Content-Security-Policy needs).
 */
import type { Block, BlockRow, ReadOptions, ReadResult, ReaderNote } from './blocks.js';
import { ReadError } from './errors.js';
import { joinWrappedLines } from './join.js';
import { layoutPage, rulesFromPath, type PageLayout, type Rule, type TextRun } from './pdf-layout.js';

/** Most pages read; a disclosure has tens, a county's collection a few hundred. */
export const MAX_PDF_PAGES = 1000;

/** Where pdf.js finds its worker and data files. Node needs none of it; a page passes what it serves. */
export interface PdfOptions {
  /** A worker running `pdfjs-dist/legacy/build/pdf.worker.min.mjs` (browser). Without it pdf.js runs on the calling thread. */
  workerPort?: Worker;
  /** URL of the folder holding pdf.js's `cmaps/` files (ending in "/"). */
  cMapUrl?: string;
  /** URL of the folder holding pdf.js's `standard_fonts/` files (ending in "/"). */
  standardFontDataUrl?: string;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<PdfJs> | undefined;

/** pdf.js, loaded on first use. The legacy build runs on the older browsers portal visitors have. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsModule;
}

/** Where pdf.js keeps its data files in Node: next to its own module. */
async function nodeDataUrls(): Promise<Pick<PdfOptions, 'cMapUrl' | 'standardFontDataUrl'>> {
  const resolve = (import.meta as { resolve?: (s: string) => string }).resolve;
  if (typeof resolve !== 'function') return {};
  try {
    const root = new URL('../../', resolve('pdfjs-dist/legacy/build/pdf.mjs'));
    // pdf.js's Node readers take file paths.
    const path = (sub: string) => decodeURIComponent(new URL(sub, root).pathname);
    return { cMapUrl: path('cmaps/'), standardFontDataUrl: path('standard_fonts/') };
  } catch {
    return {};
  }
}

const isNode = !!(globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node && typeof window === 'undefined';

const PDFJS_ERRORS = new Set(['XRefEntryException', 'XRefParseException', 'FormatError', 'InvalidPDFException', 'MissingDataException', 'UnknownErrorException', 'PasswordException', 'AbortException', 'ResponseException']);

/**
 * In Node, pdf.js runs its worker code on the calling thread, and on some damaged files that code
 * leaves a rejected promise nobody awaits (the API call itself still rejects, and is handled). Node
 * would end the process on it. While a PDF is read, such pdf.js rejections are ignored; any other
 * unhandled rejection is rethrown, as Node would have treated it.
 */
function guardStrayRejections(): () => void {
  const proc = (globalThis as { process?: { on(e: string, f: (r: unknown) => void): void; off(e: string, f: (r: unknown) => void): void } }).process;
  if (!isNode || !proc) return () => undefined;
  const listener = (reason: unknown) => {
    if (PDFJS_ERRORS.has((reason as { name?: string })?.name ?? '')) return;
    setTimeout(() => {
      throw reason;
    });
  };
  proc.on('unhandledRejection', listener);
  // Rejections surface a tick after the call that caused them: release a little later.
  return () => setTimeout(() => proc.off('unhandledRejection', listener), 100);
}

/** The 2×3 matrix product m × n, as PDF writes matrices ([a b c d e f]). */
function multiply(m: number[], n: number[]): number[] {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** Ruling lines of a page from its operator list (paths with their transforms applied). */
function rulesOfPage(pdfjs: PdfJs, fnArray: number[], argsArray: unknown[]): Rule[] {
  const { OPS } = pdfjs;
  const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 };
  const stroked = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const filled = new Set([OPS.fill, OPS.eoFill]);
  const rules: Rule[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, argsArray[i] as number[]);
    else if (fn === OPS.constructPath) {
      const [paint, [data]] = argsArray[i] as [number, [ArrayLike<number> | null]];
      const isStroke = stroked.has(paint);
      if (!data || (!isStroke && !filled.has(paint))) continue;
      const subpaths: [number, number][][] = [];
      let current: [number, number][] = [];
      const point = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
      for (let k = 0; k < data.length; ) {
        const op = data[k++];
        if (op === DRAW.moveTo) {
          if (current.length) subpaths.push(current);
          current = [point(data[k], data[k + 1])];
          k += 2;
        } else if (op === DRAW.lineTo) {
          current.push(point(data[k], data[k + 1]));
          k += 2;
        } else if (op === DRAW.curveTo || op === DRAW.quadraticCurveTo) {
          // Curves are not rules: the straight run ends here and a new one starts at the curve's end.
          const end = op === DRAW.curveTo ? 4 : 2;
          if (current.length > 1) subpaths.push(current);
          current = [point(data[k + end], data[k + end + 1])];
          k += end + 2;
        } else if (op === DRAW.closePath) {
          if (current.length) current.push(current[0]);
          subpaths.push(current);
          current = current.length ? [current[0]] : [];
        } else {
          break; // An unknown drawing code: stop reading this path rather than misread it.
        }
      }
      if (current.length > 1) subpaths.push(current);
      rules.push(...rulesFromPath(subpaths, !isStroke));
    }
  }
  return rules;
}

interface PageResult {
  page: number;
  layout: PageLayout;
}

/** Reads a PDF into blocks. */
export async function readPdf(bytes: Uint8Array, options: ReadOptions & { fileName?: string; pdf?: PdfOptions } = {}): Promise<ReadResult> {
  const fileName = options.fileName ?? 'the document';
  const pdfjs = await loadPdfJs();
  const dataUrls = isNode ? await nodeDataUrls() : {};
  const pdfOptions = options.pdf ?? {};
  if (!isNode && !pdfOptions.workerPort && !pdfjs.GlobalWorkerOptions.workerSrc) {
    throw new ReadError('pdf-worker-missing', `${fileName}: reading a PDF in the browser needs pdf.js's worker. Pass \`pdf: { workerPort }\` to convertFile (a Worker running pdfjs-dist/legacy/build/pdf.worker.min.mjs; see the README).`);
  }
  const releaseGuard = guardStrayRejections();
  // pdf.js takes ownership of the buffer it is given: pass a copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    // Images carry no table text; pdf.js would decode every one of them. Larger than 1 pixel: skipped.
    maxImageSize: 1,
    verbosity: 0,
    cMapPacked: true,
    cMapUrl: pdfOptions.cMapUrl ?? dataUrls.cMapUrl,
    standardFontDataUrl: pdfOptions.standardFontDataUrl ?? dataUrls.standardFontDataUrl,
    ...(pdfOptions.workerPort ? { worker: pdfjs.PDFWorker.create({ port: pdfOptions.workerPort }) } : {}),
  });
  const abort = () => void task.destroy();
  options.signal?.addEventListener('abort', abort, { once: true });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    releaseGuard();
    throw pdfOpenError(error, fileName, options.signal);
  }
  try {
    const total = document.numPages;
    if (total > MAX_PDF_PAGES) throw new ReadError('pdf-too-many-pages', `${fileName}: ${total} pages is more than the ${MAX_PDF_PAGES} a disclosure can have. Is it the right file?`, { pages: total, limit: MAX_PDF_PAGES });
    const pages: PageResult[] = [];
    const damaged: number[] = [];
    let characters = 0;
    let tables = 0;
    for (let number = 1; number <= total; number++) {
      if (options.signal?.aborted) throw abortError(fileName);
      let layout: PageLayout;
      try {
        layout = await readPage(pdfjs, document, number, (n) => (characters += n));
      } catch {
        if (options.signal?.aborted) throw abortError(fileName);
        // One broken page does not lose the others; the reader is told which page is missing.
        damaged.push(number);
        options.onProgress?.({ stage: 'read', done: number, total, tables });
        continue;
      }
      pages.push({ page: number, layout });
      tables += layout.tables.length;
      options.onProgress?.({ stage: 'read', done: number, total, tables });
    }
    if (damaged.length === total) throw new ReadError('pdf-damaged', `${fileName}: none of its ${total} page(s) could be read: the PDF is damaged. Download it again, or open it in a PDF reader and save a new copy.`);
    if (characters === 0) {
      throw new ReadError('pdf-no-text', `${fileName}: the PDF has no text layer (its ${total} page(s) are images, as in a scan). Budget figures cannot be read from images: OCR is not offered. Ask the department for the original PDF or Word file.`, { pages: total });
    }
    const notes = unruledNotes(pages);
    if (damaged.length) notes.unshift({ code: 'pdf-page-damaged', page: damaged[0], params: { pages: damaged.join(', ') }, message: `Page(s) ${damaged.join(', ')} could not be read (the PDF is damaged there) and are left out: tables on them are missing.` });
    return { format: 'pdf', blocks: assembleBlocks(pages), pages: total, notes };
  } finally {
    options.signal?.removeEventListener('abort', abort);
    await document.destroy();
    releaseGuard();
  }
}

/** One page's text runs and ruling lines, laid out. `count` receives the characters read. */
async function readPage(pdfjs: PdfJs, document: import('pdfjs-dist/legacy/build/pdf.mjs').PDFDocumentProxy, number: number, count: (n: number) => void): Promise<PageLayout> {
  const page = await document.getPage(number);
  try {
    const [content, operators] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
    const runs: TextRun[] = [];
    const turns = [0, 0, 0, 0];
    for (const item of content.items) {
      if (!('str' in item) || !item.str) continue;
      const [a, b, c, d, e, f] = item.transform as number[];
      const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
      runs.push({ str: item.str, x: e, y: f, width: item.width, size });
      count(item.str.trim().length);
      // Which way the text runs: 0, 90, 180 or 270 degrees (a landscape table set on a portrait page).
      turns[((Math.round(Math.atan2(b, a) / (Math.PI / 2)) % 4) + 4) % 4] += item.str.length;
    }
    const turn = turns.indexOf(Math.max(...turns));
    const rules = rulesOfPage(pdfjs, operators.fnArray, operators.argsArray);
    // Turn the page so its text reads left to right, then measure from its lower-left corner.
    const rotate = ([x, y]: [number, number]): [number, number] => (turn === 0 ? [x, y] : turn === 1 ? [y, -x] : turn === 2 ? [-x, -y] : [-y, x]);
    const [vx0, vy0, vx1, vy1] = page.view;
    const corners = [rotate([vx0, vy0]), rotate([vx1, vy1])];
    const left = Math.min(corners[0][0], corners[1][0]);
    const bottom = Math.min(corners[0][1], corners[1][1]);
    const place = (x: number, y: number): [number, number] => {
      const [rx, ry] = rotate([x, y]);
      return [rx - left, ry - bottom];
    };
    return layoutPage(
      runs.map((r) => {
        const [x, y] = place(r.x, r.y);
        return { ...r, x, y };
      }),
      rules.map((r) => {
        const [ax, ay] = place(r.x0, r.y0);
        const [bx, by] = place(r.x1, r.y1);
        return { x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: Math.min(ay, by), y1: Math.max(ay, by) };
      }),
      { width: Math.abs(corners[1][0] - corners[0][0]), height: Math.abs(corners[1][1] - corners[0][1]) },
    );
  } finally {
    page.cleanup();
  }
}

function abortError(fileName: string): ReadError {
  return new ReadError('cancelled', `${fileName}: reading was cancelled.`);
}

function pdfOpenError(error: unknown, fileName: string, signal?: AbortSignal): ReadError {
  if (signal?.aborted) return abortError(fileName);
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'PasswordException') {
    return new ReadError('pdf-encrypted', `${fileName}: the PDF is protected by a password, so its text cannot be read. Ask the department for an unprotected copy.`);
  }
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return new ReadError('pdf-damaged', `${fileName}: the PDF is damaged or truncated (${(error as Error).message}). Download it again, or open it in a PDF reader and save a new copy.`);
  }
  return new ReadError('pdf-damaged', `${fileName}: the PDF could not be opened (${(error as Error)?.message ?? String(error)}).`);
}

/** Pages that print lines of figures outside any ruled table. */
function unruledNotes(pages: PageResult[]): ReaderNote[] {
  const unruled = pages.filter((p) => p.layout.unruledFigures).map((p) => p.page);
  if (!unruled.length) return [];
  return [{
    code: 'pdf-unruled-table',
    page: unruled[0],
    params: { pages: unruled.join(', ') },
    message: `Page(s) ${unruled.join(', ')} print figures outside any ruled table (a table drawn without lines). Their text is kept as paragraphs and may hold figures the tables miss: check them against the document.`,
  }];
}

const AMOUNT = /^-?[\d,]+(\.\d+)?%?$/;
const near = (a: number, b: number) => Math.abs(a - b) <= 3;

/**
 * How the columns of a table at the top of a page map onto those of the table that ended the page
 * before: the same outer edges, and every rule of the new one at a rule of the old one (a page that
 * holds only a total row merges the code and name columns, so it has fewer rules). Returns, for
 * each new column, the old column it starts at; undefined when the tables do not line up.
 */
function columnMap(previous: number[], next: number[]): number[] | undefined {
  if (!near(previous[0], next[0]) || !near(previous[previous.length - 1], next[next.length - 1])) return undefined;
  const map = next.slice(0, -1).map((x) => previous.findIndex((p) => near(p, x)));
  return map.every((i) => i >= 0) && map.every((i, k) => k === 0 || i > map[k - 1]) ? map : undefined;
}
const sameRow = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * Running heads and feet: a short line printed at the top or bottom of at least three pages
 * ("苏州市交通运输局2026年度部门预算公开"). They are page furniture, not titles; left in, they would
 * stand between a table and its continuation on the next page.
 */
function runningHeads(pages: PageResult[]): Set<string> {
  const seen = new Map<string, Set<number>>();
  for (const { page, layout } of pages) {
    const paragraphs = layout.paragraphs;
    if (!paragraphs.length) continue;
    const edges = [paragraphs[0], paragraphs[paragraphs.length - 1]];
    for (const p of edges) {
      if (p.text.length > 40) continue;
      seen.set(p.text, (seen.get(p.text) ?? new Set()).add(page));
    }
  }
  // A table's heading line ("编制部门：… 单位：元") repeats too, but it belongs to each table.
  return new Set([...seen].filter(([text, onPages]) => onPages.size >= 3 && !/表$|单位[:：]|编制|部门[:：]/.test(text)).map(([text]) => text));
}

/**
 * Pages → blocks in reading order. A table at the top of a page (nothing printed above it) with the
 * same columns as the table that ended the previous page continues it: its repeated header rows go,
 * and a first row with no figures whose text sits only where the last row had text is that row's end.
 */
function assembleBlocks(pages: PageResult[]): Block[] {
  type PageRow = { cells: string[]; full: boolean[]; page: number };
  type Item =
    | { kind: 'table'; page: number; top: number; xs: number[]; rows: PageRow[] }
    | { kind: 'paragraph'; page: number; top: number; text: string };
  const items: Item[] = [];
  const furniture = runningHeads(pages);
  for (const { page, layout } of pages) {
    const onPage: Item[] = [
      ...layout.tables.map((t): Item => ({ kind: 'table', page, top: t.top, xs: t.xs, rows: t.rows.map((cells, i) => ({ cells, full: t.full[i], page })) })),
      ...layout.paragraphs.filter((p) => !furniture.has(p.text)).map((p): Item => ({ kind: 'paragraph', page, top: p.top, text: p.text })),
    ].sort((a, b) => b.top - a.top);
    onPage.forEach((item, index) => {
      const previous = items[items.length - 1];
      const map = index === 0 && item.kind === 'table' && previous?.kind === 'table' && previous.page === page - 1 ? columnMap(previous.xs, item.xs) : undefined;
      if (map && item.kind === 'table' && previous?.kind === 'table') {
        const width = previous.xs.length - 1;
        // Merged cells keep their text in their first column, as everywhere else.
        const spread = <T,>(values: T[], blank: T): T[] => {
          const out = new Array<T>(width).fill(blank);
          values.forEach((v, k) => (out[map[k]] = v));
          return out;
        };
        continueTable(previous.rows, item.rows.map((r) => ({ ...r, cells: spread(r.cells, ''), full: spread(r.full, false) })));
        previous.page = page;
      } else {
        items.push(item);
      }
    });
  }
  let line = 0;
  return items.map((item): Block => {
    if (item.kind === 'paragraph') return { type: 'paragraph', place: { line: ++line, page: item.page }, text: item.text };
    const rows: BlockRow[] = item.rows.map((r) => ({ cells: r.cells, place: { line: ++line, page: r.page } }));
    return { type: 'table', place: rows[0].place, rows };
  });

  function continueTable(rows: PageRow[], next: PageRow[]) {
    // Repeated header rows: the new page starts with rows equal to the table's first rows.
    let header = 0;
    while (header < next.length && header < rows.length && sameRow(next[header].cells, rows[header].cells)) header++;
    let rest = next.slice(header);
    const first = rest[0]?.cells;
    const last = rows[rows.length - 1];
    // A row the page break cut: text only where the last row's text ran to the cell's edge, and no
    // figures unless the cut row had none either (a heading row: "预算年度：" + "2024").
    const hasFigures = (cells: string[]) => cells.some((c) => AMOUNT.test(c.replace(/\s/g, '')));
    if (first && last && first.some(Boolean) && first.every((c, i) => !c || last.full[i]) && !(hasFigures(first) && hasFigures(last.cells))) {
      last.cells = last.cells.map((c, i) => (first[i] ? joinWrappedLines([c, first[i]]) : c));
      rest = rest.slice(1);
    }
    rows.push(...rest);
  }
}
