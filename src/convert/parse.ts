/**
 * Second pass of the converter: walks the tokens of a disclosure and assembles the dataset.
 * Tables are recognised by the title printed above them and by their header cells; the entity a
 * table belongs to comes from its own heading row ("313001中共…本级"), so documents with any number
 * of units, in any order, read the same way.
 */
import type { BudgetDataset, Diagnostic, Entity, OrgUnit, Table, TextSection } from '../model/schema.js';
import { SCHEMA_VERSION } from '../model/schema.js';
import { readProject } from './projects.js';
import { diagnostic, diagnosticMessage } from '../model/messages.js';
import { REQUIRED_KINDS, tableKindDefinition, tableKindFromTitle } from './kinds/index.js';
import { isHeadingRow, looksLikeHeader, readBodyRows, readTable, trimLeadingBlanks } from './tables.js';
import type { Block, SourceFormat } from './read/blocks.js';
import { squash, stripBookmark, tokenize, tokensFromBlocks, type RowToken, type Token } from './tokens.js';

/** Options for {@link parseDisclosure}. */
export interface ParseOptions {
  /** Name of the file the text came from; recorded in the dataset and in error messages. */
  fileName?: string;
  /** Longest text accepted, in characters (default {@link MAX_DOCUMENT_LENGTH}). */
  maxLength?: number;
}

/** What {@link parseDisclosure} returns. */
export interface ParseResult {
  dataset: BudgetDataset;
  /** The converter's own findings (also stored in `dataset.diagnostics`). */
  diagnostics: Diagnostic[];
}

/** Thrown when the text cannot be read as a disclosure at all. */
export class DisclosureError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(message: string, diagnostics: Diagnostic[]) {
    super(message);
    this.name = 'DisclosureError';
    this.diagnostics = diagnostics;
  }
}

/** The converter's name and version, recorded in every dataset it writes. */
export const CONVERTER = 'budget-widgets converter 0.1';

const PART = /^第([一二三四五六七八九十]+)部分/;
const HEADING = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+是)/;
const GLOSSARY_ENTRY = /^\d+[、.．]\s*([^：:]{1,30})[：:](.+)$/;

/** Documents are the text export of a .docx; a PDF extraction puts a row's cells on one line. */
function looksLikeOneLineRows(text: string): boolean {
  const lines = text.split(/\r?\n/);
  const tabLed = lines.filter((l) => l.startsWith('\t')).length;
  const innerTabs = lines.filter((l) => /\S\t+\S/.test(l)).length;
  return tabLed < 10 && innerTabs >= 10;
}

/**
 * Reads the text export of a budget disclosure (部门预算公开) into a budget dataset.
 *
 * @param text The whole document as text: one table cell a line led by a tab, rows separated by
 *   blank lines, titles and body text as plain lines.
 * @param options `fileName` for messages and metadata.
 * @returns The dataset and the converter's diagnostics. Problems in the document never throw: they
 *   are diagnostics, with the line they were found on.
 * @throws {DisclosureError} when no budget table can be found at all (not a disclosure, or a
 *   layout this converter does not read yet).
 * @example
 * const { dataset, diagnostics } = parseDisclosure(await file.text(), { fileName: file.name });
 */
/**
 * Longest text read, in characters. A department's disclosure is about 0.1 million characters and a
 * county's collection of units a few million; beyond this the input is not a disclosure, and
 * reading it would only tie up the page or the CLI.
 */
export const MAX_DOCUMENT_LENGTH = 20_000_000;

export function parseDisclosure(text: string, options: ParseOptions = {}): ParseResult {
  const file = options.fileName ?? 'the document';
  if (typeof text !== 'string') throw new DisclosureError(`${file}: expected text, got ${typeof text}.`, []);
  const limit = options.maxLength ?? MAX_DOCUMENT_LENGTH;
  if (text.length > limit) {
    throw new DisclosureError(
      `${file}: ${(text.length / 1e6).toFixed(1)} million characters is more than the ${(limit / 1e6).toFixed(0)} million a disclosure can be (the largest real ones are about 1). Is it the right file?`,
      [],
    );
  }
  return assemble(tokenize(text), { ...options, format: 'text' }, () => {
    const layout = looksLikeOneLineRows(text);
    const message = layout
      ? `${file}: this looks like text extracted from a PDF (a table row on one line, cells separated by tabs). Open the PDF itself instead: the converter reads PDF, DOCX and XLSX files.`
      : `${file}: no budget table found. Expected a 部门预算 or 部门决算 disclosure: table titles such as "部门预算收支总表" followed by their rows.`;
    return { message, code: layout ? 'unsupported-layout' : 'no-tables', params: { file, format: 'TXT' } };
  });
}

/** Options of {@link parseBlocks}: those of {@link parseDisclosure}, and what the reader saw. */
export interface BlockParseOptions extends ParseOptions {
  format: SourceFormat;
  pages?: number;
}

/**
 * Assembles a dataset from a reader's blocks (PDF, DOCX, XLSX): the same recognizer as the text
 * route, fed through the block seam. Places carry the PDF page, so diagnostics can say "第 12 页".
 * @throws {DisclosureError} when no table is found at all.
 */
export function parseBlocks(blocks: Block[], options: BlockParseOptions): ParseResult {
  const file = options.fileName ?? 'the document';
  return assemble(tokensFromBlocks(blocks), options, () => {
    // Some portals publish the explanatory text and the tables as two files.
    const narrative = blocks.some((b) => b.type === 'paragraph' && /(预算|决算).{0,12}情况说明|情况说明$/.test(b.text));
    const code = narrative ? 'no-tables-text-only' : 'no-tables';
    const params = { file, format: options.format.toUpperCase() };
    return { message: diagnosticMessage(code, params), code, params };
  });
}

/**
 * A line printed between a table's title and the table ("编制部门：… 单位：元", "单位：万元",
 * "公开01表"): it belongs to the table's heading, not to the title.
 */
const HEADING_LINE = /^((编制|预算)?(部门|单位)(（单位）)?(名称)?[:：]|(金额)?单位[:：]|(部门)?(公开|预算|决算)\d{1,2}(-\d+)?表$)/;

/** Moves heading lines onto the title above them, so the title stays next to its rows. */
function liftHeadingLines(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const before = out[out.length - 1];
    if (token.type === 'text' && HEADING_LINE.test(token.text) && before?.type === 'text' && !HEADING_LINE.test(before.text)) {
      // Several heading lines may follow a title; only those that lead to a table count.
      let j = i;
      const lines: string[] = [];
      while (tokens[j]?.type === 'text' && HEADING_LINE.test((tokens[j] as { text: string }).text)) lines.push((tokens[j++] as { text: string }).text);
      if (tokens[j]?.type === 'row') {
        out[out.length - 1] = { ...before, heading: [before.heading, ...lines].filter(Boolean).join(' ') };
        i = j - 1;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

/** A year named in a title or a cover line: "2024年部门预算", "2024 年度部门决算表". */
const YEAR_IN_TEXT = /((?:19|20)\d{2})\s*年度?/;
/** A table's title: it ends with 表, perhaps followed by a remark in brackets ("…支出表（按功能分类）"). */
const TABLE_TITLE = /表([（(][^）)]*[）)])?$/;
/** The cover or the document's title: "上海市普陀区财政局2024年度部门决算", "2026年部门预算". */
const COVER_YEAR = /((?:19|20)\d{2})\s*年度?.{0,30}?(部门|单位)(综合)?(预算|决算)/;

function assemble(rawTokens: Token[], options: BlockParseOptions, whenEmpty: () => { message: string; code: string; params?: Record<string, string | number> }): ParseResult {
  const tokens = liftHeadingLines(rawTokens);
  const diagnostics: Diagnostic[] = [];
  const titleYears = new Map<number, number>();
  const coverYears = new Map<number, number>();
  /** How the cover and titles name the document: a 部门预算 or one unit's 单位预算 (上海's unit budgets). */
  const coverScopes = { 部门: 0, 单位: 0 };
  /** Years named anywhere in the text: the last resort for a file of tables whose titles carry none (北京's 附件2). */
  const textYears = new Map<number, number>();
  /** Each standard table's year and (codeless) department, to tell a file holding several documents. */
  const documents: { year: number; department?: string; line: number; page?: number }[] = [];
  const entities: Entity[] = [];
  const years = new Map<number, number>();
  const units = new Map<string, number>();
  let part: 'department' | 'units' = 'department';
  let current: Entity | undefined;
  let pendingSections: TextSection[] = [];
  let section: TextSection | undefined;
  let finalAccounts = false;
  /** The row tokens each table was read from, to read it again when it carries on over a page. */
  const rowsRead = new WeakMap<Table, RowToken[]>();
  /** Token index where the last table ended, to tell a table printed on from a new one. */
  let lastTableAt = -1;

  const sectionsOf = () => (current ? current.sections : pendingSections);

  const entityFor = (code: string | undefined, name: string | undefined, line: number): Entity => {
    if (code) {
      const existing = entities.find((e) => e.code === code);
      if (existing) return existing;
    } else if (current) {
      return current;
    }
    const scope = part === 'units' && entities.some((e) => e.scope === 'department') ? 'unit' : 'department';
    const entity: Entity = { code: code ?? '', name: name ?? '', scope, line, tables: [], projects: [], sections: [], glossary: [] };
    if (!code && name) {
      diagnostics.push(diagnostic('info', 'entity-named-without-code', { name }, { line }));
    } else if (!code) {
      diagnostics.push(diagnostic('warning', 'entity-without-code', { line }, { line }));
    }
    entity.sections.push(...pendingSections);
    pendingSections = [];
    entities.push(entity);
    return entity;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'row') {
      // Rows with no title above them: keep them as an untitled table.
      const rows = collectRows(tokens, i);
      i += rows.length - 1;
      const { table, diagnostics: found } = readTable('(untitled table)', token.line, rows, []);
      table.kind = 'other';
      (current ?? entityFor(undefined, undefined, token.line)).tables.push(table);
      diagnostics.push(...found, diagnostic('warning', 'untitled-table', { line: token.line }, { line: token.line }));
      continue;
    }

    const title = stripBookmark(token.text);
    if (/决算/.test(title) && /表$|部分/.test(title)) finalAccounts = true;
    const cover = COVER_YEAR.exec(title);
    for (const m of title.matchAll(/((?:19|20)\d{2})\s*年/g)) textYears.set(Number(m[1]), (textYears.get(Number(m[1])) ?? 0) + 1);
    if (cover && title.length <= 60) {
      coverYears.set(Number(cover[1]), (coverYears.get(Number(cover[1])) ?? 0) + 1);
      // Table titles say 部门预算 in unit budgets too ("…基本支出部门预算经济分类预算表").
      if (!TABLE_TITLE.test(title)) coverScopes[cover[2] as '部门' | '单位']++;
    }
    const partMatch = PART.exec(title);
    if (partMatch && /所属单位|单位预算|单位决算/.test(title) && !/情况说明/.test(title)) {
      part = 'units';
      current = undefined;
      section = undefined;
      continue;
    }

    const next = tokens[i + 1];
    if (next?.type === 'row') {
      const rows = collectRows(tokens, i + 1);
      i += rows.length;
      const notes: string[] = [];
      while (tokens[i + 1]?.type === 'text' && /^注[:：]/.test((tokens[i + 1] as { text: string }).text)) {
        notes.push((tokens[++i] as { text: string }).text);
      }
      const isProject = isProjectForm(title, rows);
      if (isProject) {
        const { project, diagnostics: found } = readProject(title, token.line, rows);
        (current ?? entityFor(undefined, undefined, token.line)).projects.push(project);
        diagnostics.push(...found);
        continue;
      }
      const carried = current?.tables[current.tables.length - 1];
      const runOn = carried ? restoreBlankFirstColumn(carried, rows) : rows;
      if (carried && carriesOn(carried, title, token, runOn, tokens[lastTableAt]?.page, tokens.slice(lastTableAt + 1, i - rows.length - notes.length))) {
        // The table ran on to the next page without its title or header: these are its rows.
        const body = runOn.filter((r) => r.cells.some((c) => c !== ''));
        carried.rows.push(...readBodyRows(carried.columns, body, carried.title, diagnostics, carried.rows.length));
        carried.notes.push(...notes);
        carried.empty = carried.rows.length === 0;
        lastTableAt = i;
        continue;
      }
      const { table, heading, diagnostics: found } = readTable(title, token.line, rows, notes, token.heading);
      // A year counts from a real title ("2024年部门收支总表"), not from a sentence above a table.
      const titleMatch = TABLE_TITLE.test(squash(title)) && squash(title).length <= 50 ? YEAR_IN_TEXT.exec(title) : null;
      const titleYear = titleMatch ? Number(titleMatch[1]) : undefined;
      if (titleYear && !heading.year) titleYears.set(titleYear, (titleYears.get(titleYear) ?? 0) + 1);
      diagnostics.push(...found);
      if (heading.year) years.set(heading.year, (years.get(heading.year) ?? 0) + 1);
      const tableYear = heading.year ?? titleYear;
      if (tableYear) documents.push({ year: tableYear, department: heading.entityCode ? undefined : heading.entityName, line: token.line, page: token.page });
      if (table.unit) units.set(table.unit, (units.get(table.unit) ?? 0) + 1);
      current = entityFor(heading.entityCode, heading.entityName, token.line);
      if (!current.name && heading.entityName) current.name = heading.entityName;
      const previousTable = current.tables[current.tables.length - 1];
      section = undefined;
      if (continues(previousTable, table, tokens, lastTableAt, i - rows.length - notes.length)) {
        // The same table printed on, title and header repeated on each page: one table, read again
        // from all its rows, so that codes printed over 类/款/项 fill down across the page break.
        const allRows = [...(rowsRead.get(previousTable) ?? []), ...rows];
        const reread = readTable(previousTable.title, previousTable.line, allRows, [...previousTable.notes, ...table.notes], token.heading).table;
        if (reread.kind === previousTable.kind && reread.columns.length === previousTable.columns.length) {
          Object.assign(previousTable, reread);
        } else {
          previousTable.rows.push(...table.rows);
          previousTable.empty = previousTable.rows.length === 0;
          previousTable.notes.push(...table.notes);
        }
        rowsRead.set(previousTable, allRows);
        lastTableAt = i;
        continue;
      }
      current.tables.push(table);
      rowsRead.set(table, rows);
      lastTableAt = i;
      if (table.kind === 'other' && tableKindFromTitle(title) === 'other') {
        diagnostics.push(diagnostic('info', 'unrecognised-table', { table: title }, { line: token.line, table: title, entity: current.code }));
      }
      continue;
    }

    if (/^注[:：]/.test(title)) {
      const last = current?.tables[current.tables.length - 1];
      if (last) last.notes.push(title);
      continue;
    }

    if (section && /名词解释/.test(section.heading)) {
      const entry = GLOSSARY_ENTRY.exec(title);
      if (entry && current) {
        current.glossary.push({ term: entry[1].trim(), definition: entry[2].trim() });
        continue;
      }
    }

    const isHeading =
      token.text.startsWith('[bookmark:') ||
      HEADING.test(title) ||
      partMatch !== null ||
      /情况说明$/.test(title) ||
      (/[:：]$/.test(title) && title.length <= 20);
    if (isHeading) {
      section = { line: token.line, heading: title, text: '' };
      sectionsOf().push(section);
    } else if (section) {
      section.text = section.text ? `${section.text}\n${title}` : title;
    } else {
      section = { line: token.line, heading: '', text: title };
      sectionsOf().push(section);
    }
  }

  if (!entities.length || entities.every((e) => e.tables.length === 0)) {
    const { message, code, params } = whenEmpty();
    throw new DisclosureError(message, [{ severity: 'error', code, message, ...(params ? { params } : {}), ...(tokens[0] ? { line: tokens[0].line } : {}) }]);
  }
  if (pendingSections.length) entities[entities.length - 1].sections.push(...pendingSections);

  for (const entity of entities) {
    const kinds = new Set(entity.tables.map((t) => t.kind));
    const missing = REQUIRED_KINDS.filter((k) => !kinds.has(k));
    if (missing.length && missing.length < REQUIRED_KINDS.length) {
      diagnostics.push(diagnostic('warning', 'missing-table', { entity: entity.name || entity.code, tables: missing.map((k) => tableKindDefinition(k)?.name ?? k).join('、') }, { entity: entity.code, line: entity.line }));
    }
  }

  refuseSeveralDocuments(documents, options.fileName ?? 'the document');
  const department = entities.find((e) => e.scope === 'department') ?? entities[0];
  const fileYear = /((?:19|20)\d{2})\s*年/.exec(options.fileName ?? '');
  const year = mostCommon(years) ?? mostCommon(titleYears) ?? mostCommon(coverYears) ?? (fileYear ? Number(fileYear[1]) : undefined) ?? mostCommon(textYears) ?? 0;
  if (years.size > 1) {
    diagnostics.push(diagnostic('warning', 'several-years', { years: [...years.keys()].join(', '), year }));
  }
  if (!year) diagnostics.push(diagnostic('warning', 'no-year', {}));
  const unit = mostCommon(units) ?? '万元';
  if (units.size > 1) {
    diagnostics.push(diagnostic('warning', 'several-units', { units: [...units.keys()].join(', '), unit }));
  }

  const dataset: BudgetDataset = {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      title: `${department.name}${year || ''}年${coverScopes.单位 > coverScopes.部门 ? '单位' : '部门'}${finalAccounts ? '决算' : '预算'}`,
      kind: finalAccounts ? 'final-accounts' : 'budget',
      year: year || 1949,
      unit,
      department: { code: department.code, name: department.name },
      source: {
        converter: CONVERTER,
        format: options.format,
        ...(options.fileName ? { fileName: options.fileName } : {}),
        ...(options.pages ? { pages: options.pages } : {}),
      },
    },
    units: orgUnits(department, entities),
    entities,
    diagnostics,
  };
  if (tokens.some((t) => t.page)) addPages(dataset, tokens);
  return { dataset, diagnostics };
}

/**
 * Gives every positioned thing in the dataset its PDF page. Places are unique ordinals in reading
 * order, so the page follows from the line; doing it once here keeps page bookkeeping out of every
 * table and project reader.
 */
function addPages(dataset: BudgetDataset, tokens: Token[]): void {
  const pageOf = new Map<number, number>();
  for (const token of tokens) if (token.page) pageOf.set(token.line, token.page);
  const mark = (item: { line?: number; page?: number }) => {
    const page = item.line === undefined ? undefined : pageOf.get(item.line);
    if (page) item.page = page;
  };
  for (const entity of dataset.entities) {
    mark(entity);
    for (const table of entity.tables) {
      mark(table);
      table.rows.forEach(mark);
    }
    for (const project of entity.projects) {
      mark(project);
      project.indicators.forEach(mark);
    }
    entity.sections.forEach(mark);
  }
  dataset.diagnostics.forEach(mark);
}

/**
 * A file that holds the tables of several years, or of several departments named without codes, is
 * several documents: merging them would invent findings (one year's totals against another's). It
 * is refused, naming what it holds and where the second begins. A value counts when at least two
 * tables carry it, so a stray year in one title does not refuse a document.
 */
function refuseSeveralDocuments(documents: { year: number; department?: string; line: number; page?: number }[], file: string): void {
  for (const [what, valueOf] of [
    ['years', (d: (typeof documents)[number]) => String(d.year)],
    ['departments', (d: (typeof documents)[number]) => d.department ?? ''],
  ] as const) {
    const counts = new Map<string, number>();
    for (const d of documents) if (valueOf(d)) counts.set(valueOf(d), (counts.get(valueOf(d)) ?? 0) + 1);
    const distinct = [...counts].filter(([, n]) => n >= 2);
    if (distinct.length < 2) continue;
    const second = documents.find((d) => valueOf(d) === distinct[1][0])!;
    const params = {
      file,
      what: what === 'years' ? '年度' : '部门',
      whatEn: what,
      documents: distinct.map(([v]) => v).join(', '),
      at: second.page ?? second.line,
      atZh: second.page ? '页' : '行',
      atEn: second.page ? 'page' : 'line',
    };
    // The English message also counts each document's tables.
    const message = `${file}: this file holds the tables of several ${what} (${distinct.map(([v, n]) => `${v}: ${n} tables`).join('; ')}); the second begins at ${params.atEn} ${params.at}. Convert one document at a time: split the file, one ${what === 'years' ? 'year' : 'department'} each.`;
    throw new DisclosureError(message, [{ severity: 'error', code: 'several-documents', message, params, line: second.line, ...(second.page ? { page: second.page } : {}) }]);
  }
}

/** A table's number printed on its own line above the title ("表1", "附表3"). */
const TABLE_NUMBER = /^(附?表\s*\d{1,2}(-\d+)?|(部门)?(公开|预算|决算)\d{1,2}(-\d+)?表|(公开|预算|决算)表\s*\d{1,2}(-\d+)?)$/;

/**
 * True when `next` repeats `previous`'s title and columns right after it (nothing but its own
 * title, and perhaps its number, in between): a template that prints the title and header again
 * on every page.
 */
function continues(previous: Table | undefined, next: Table, tokens: Token[], previousEnd: number, nextTitleAt: number): boolean {
  if (!previous || previousEnd < 0 || nextTitleAt <= previousEnd) return false;
  const between = tokens.slice(previousEnd + 1, nextTitleAt);
  if (!between.every((t) => t.type === 'text' && TABLE_NUMBER.test(squash(t.text)))) return false;
  if (squash(previous.title) !== squash(next.title) || previous.columns.length !== next.columns.length) return false;
  return previous.columns.every((c, i) => c.label === next.columns[i].label);
}

/**
 * True when rows under a line that is no title (a sentence's tail or a cell's overflow, drawn above
 * the rule at the top of a page) carry on the table that ended at the foot of the page before:
 * they start on a later page, have its width, and begin with data, not a header.
 */
function carriesOn(previous: Table, title: string, titleToken: Token, rows: RowToken[], lastPage: number | undefined, between: Token[]): boolean {
  const flat = squash(title);
  if (TABLE_TITLE.test(flat) || HEADING.test(title) || tableKindFromTitle(title) !== 'other' || (titleToken.type === 'text' && titleToken.heading)) return false;
  // Between them, at most a few short lines: the overflow of a tall cell drawn outside the grid.
  if (between.length > 8 || between.some((t) => t.type !== 'text' || t.text.length > 120 || TABLE_TITLE.test(squash(t.text)) || HEADING.test(t.text))) return false;
  const firstPage = rows[0]?.page;
  if (lastPage === undefined || firstPage === undefined || firstPage <= lastPage) return false;
  const body = rows.filter((r) => r.cells.some((c) => c !== ''));
  if (!body.length || looksLikeHeader(body[0].cells) || isHeadingRow(body[0].cells)) return false;
  return body.every((r) => r.cells.length === previous.columns.length);
}

/** A page that drops the table's empty first column gets it back, so that the cells fall under their columns. */
function restoreBlankFirstColumn(previous: Table, rows: RowToken[]): RowToken[] {
  const width = previous.columns.length;
  const firstBlank = previous.rows.every((r) => r.cells[previous.columns[0]?.key] == null);
  if (!firstBlank) return rows.map((r) => trimLeadingBlanks(r, width));
  return rows.map((r) => (r.cells.length === width - 1 ? { ...r, cells: ['', ...r.cells] } : trimLeadingBlanks(r, width)));
}

/**
 * True for one project's 绩效目标表 printed as a form (项目名称 | its name, then 项目编码, 预算数, the
 * plan and the indicators): the project reader takes it. A list of projects, one per row under a
 * header "项目名称 | … | 绩效目标 | 一级指标", is a table.
 */
function isProjectForm(title: string, rows: RowToken[]): boolean {
  if (/部门整体/.test(title)) return false;
  const titled = /绩效目标(申报)?表([（(][^（()）]{1,12}[)）])?$/.test(squash(title));
  if (!titled && !rows.some((r) => r.cells.some((c) => squash(c) === '项目编码'))) return false;
  const isList = rows.slice(0, 4).some((r) => {
    const labels = new Set(r.cells.map(squash));
    return labels.has('项目名称') && (labels.has('一级指标') || labels.has('绩效目标'));
  });
  return !isList;
}

function collectRows(tokens: Token[], from: number): RowToken[] {
  const rows: RowToken[] = [];
  for (let j = from; j < tokens.length && tokens[j].type === 'row'; j++) rows.push(tokens[j] as RowToken);
  return rows;
}

function mostCommon<T>(counts: Map<T, number>): T | undefined {
  let best: T | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) if (count > bestCount) [best, bestCount] = [value, count];
  return best;
}

/** The units listed in 机构设置情况, with the code of the matching unit part when there is one. */
function orgUnits(department: Entity, entities: Entity[]): OrgUnit[] {
  const table = department.tables.find((t) => t.kind === 'org-units');
  if (!table) return [];
  return table.rows.map((row) => {
    const name = String(row.cells.name ?? '');
    const unit: OrgUnit = {
      name,
      nature: String(row.cells.nature ?? ''),
      level: String(row.cells.level ?? ''),
      fundingForm: String(row.cells.fundingForm ?? ''),
    };
    const match = entities.find((e) => e.scope === 'unit' && squash(e.name) === squash(name));
    if (match) unit.code = match.code;
    return unit;
  });
}
