/**
 * Reading one standard table: what it is (from its title and header cells), its columns (from
 * header rows that may span two lines), and its data rows (amounts as numbers, blanks as null).
 */
import type { Column, ColumnRole, Diagnostic, Row, Table, TableKind } from '../model/schema.js';
import { readAmount } from './numbers.js';
import { squash, type RowToken } from './tokens.js';

/** Title patterns, most specific first. Titles are matched with spaces removed. */
const KIND_BY_TITLE: [RegExp, TableKind][] = [
  [/财政拨款收支总表/, 'fiscal-summary'],
  [/收支总表/, 'summary'],
  [/收入总表/, 'income'],
  [/支出总表/, 'expenditure'],
  [/一般公共预算财政拨款基本支出/, 'general-basic-expenditure'],
  [/一般公共预算财政拨款(项目)?支出/, 'general-expenditure'],
  [/政府性基金/, 'gov-fund-expenditure'],
  [/国有资本经营/, 'state-capital-expenditure'],
  [/三公/, 'three-public'],
  [/政府采购/, 'procurement'],
  [/资产/, 'assets'],
  [/机构设置/, 'org-units'],
];

/** Header cells each kind must have; a titled table without them is reported, not trusted. */
const REQUIRED_KEYS: Partial<Record<TableKind, string[]>> = {
  summary: ['incomeItem', 'incomeAmount', 'expenditureItem', 'expenditureAmount'],
  'fiscal-summary': ['incomeItem', 'incomeAmount', 'expenditureItem'],
  income: ['code', 'name', 'total'],
  expenditure: ['code', 'name', 'total'],
  'general-expenditure': ['code', 'name', 'total'],
  'general-basic-expenditure': ['code', 'name', 'total'],
  'gov-fund-expenditure': ['code', 'name', 'total'],
  'state-capital-expenditure': ['code', 'name', 'total'],
  'org-units': ['name'],
};

export function tableKindFromTitle(title: string): TableKind {
  const flat = squash(title);
  for (const [pattern, kind] of KIND_BY_TITLE) if (pattern.test(flat)) return kind;
  return 'other';
}

/**
 * Header labels we know, with the key and role they get. A label listed under a parent applies only
 * there ("收入 / 项目" is incomeItem); a bare entry applies anywhere.
 */
const LABELS: Record<string, [string, ColumnRole]> = {
  序号: ['seq', 'seq'],
  科目编码: ['code', 'code'],
  科目代码: ['code', 'code'],
  编码: ['code', 'code'],
  科目名称: ['name', 'name'],
  '收入/项目': ['incomeItem', 'name'],
  '收入/预算数': ['incomeAmount', 'amount'],
  '收入/决算数': ['incomeAmount', 'amount'],
  '收入/金额': ['incomeAmount', 'amount'],
  '支出/项目': ['expenditureItem', 'name'],
  '支出/预算数': ['expenditureAmount', 'amount'],
  '支出/决算数': ['expenditureAmount', 'amount'],
  '支出/金额': ['expenditureAmount', 'amount'],
  '支出/合计': ['expenditureTotal', 'amount'],
  '支出/一般公共预算财政拨款': ['expenditureGeneral', 'amount'],
  '支出/政府性基金预算财政拨款': ['expenditureGovFund', 'amount'],
  '支出/国有资本经营预算财政拨款': ['expenditureStateCapital', 'amount'],
  项目: ['item', 'name'],
  合计: ['total', 'amount'],
  预算数: ['total', 'amount'],
  决算数: ['total', 'amount'],
  小计: ['currentSubtotal', 'amount'],
  基本支出: ['basic', 'amount'],
  项目支出: ['project', 'amount'],
  经营支出: ['operating', 'amount'],
  上解上级支出: ['remittance', 'amount'],
  对附属单位补助支出: ['subsidiary', 'amount'],
  财政拨款收入: ['fiscal', 'amount'],
  财政拨款: ['fiscal', 'amount'],
  财政专户收入: ['specialAccount', 'amount'],
  财政专户管理资金收入: ['specialAccount', 'amount'],
  事业收入: ['business', 'amount'],
  经营收入: ['operatingIncome', 'amount'],
  上级补助收入: ['superiorSubsidy', 'amount'],
  附属单位上缴收入: ['subsidiaryRemittance', 'amount'],
  其他收入: ['otherIncome', 'amount'],
  上年结转: ['carryOver', 'amount'],
  上年结转结余: ['carryOver', 'amount'],
  一般公共预算财政拨款: ['general', 'amount'],
  一般公共预算拨款: ['general', 'amount'],
  政府性基金预算财政拨款: ['govFund', 'amount'],
  政府性基金预算拨款: ['govFund', 'amount'],
  基金预算拨款: ['govFund', 'amount'],
  国有资本经营预算财政拨款: ['stateCapital', 'amount'],
  国有资本经营预算拨款: ['stateCapital', 'amount'],
  财政专户核拨: ['specialAccount', 'amount'],
  单位资金: ['unitFunds', 'amount'],
  人员经费: ['personnel', 'amount'],
  公用经费: ['publicUse', 'amount'],
  单位名称: ['name', 'name'],
  单位性质: ['nature', 'text'],
  单位规格: ['level', 'text'],
  经费保障形式: ['fundingForm', 'text'],
  数量: ['quantity', 'number'],
  单价: ['unitPrice', 'amount'],
  计量单位: ['measureUnit', 'text'],
  采购物品名称: ['itemName', 'text'],
  政府采购目录序号: ['catalogueNo', 'text'],
  项目名称: ['projectName', 'name'],
  预算资金: ['budgetFunds', 'text'],
  政府采购项目来源: ['source', 'text'],
};

/** Every known header label without its parent, for spotting header rows. */
const KNOWN_LABELS = new Set(Object.keys(LABELS).map((label) => label.split('/').pop()!));
KNOWN_LABELS.add('功能分类科目').add('支出部门经济分类科目').add('经济分类科目').add('收入').add('支出');
KNOWN_LABELS.add('本年收入').add('资金性质').add('一般公共预算基本支出').add('价值');

function lookupLabel(parent: string, child: string): [string, ColumnRole] | undefined {
  const p = squash(parent);
  const c = squash(child).replace(/[（(].*?[)）]/g, '');
  if (/预留.*份额/.test(c)) return ['smeReserve', 'amount'];
  return LABELS[`${p}/${c}`] ?? LABELS[c] ?? (c.startsWith('价值') ? ['value', 'amount'] : undefined);
}

/** True when most non-empty cells of a row are header labels we know. */
export function looksLikeHeader(cells: string[]): boolean {
  const filled = cells.map((c) => squash(c).replace(/[（(].*?[)）]/g, '')).filter(Boolean);
  if (!filled.length) return false;
  const known = filled.filter((c) => KNOWN_LABELS.has(c) || /预留.*份额|^\d{4}年/.test(c)).length;
  return known / filled.length >= 0.5;
}

/**
 * Builds columns from one or more header rows. A blank cell in an upper row that sits over a filled
 * cell in the row below belongs to the group label on its left (the export does not repeat
 * merged cells): "功能分类科目" above "科目编码 | 科目名称".
 */
export function columnsFromHeader(headerRows: string[][], width: number): Column[] {
  const labels: string[][] = [];
  for (let col = 0; col < width; col++) labels.push([]);
  headerRows.forEach((cells, r) => {
    const below = headerRows[r + 1];
    let group = '';
    for (let col = 0; col < width; col++) {
      const cell = cells[col] ?? '';
      if (cell) {
        group = cell;
        labels[col].push(cell);
      } else if (below && below[col] && group) {
        labels[col].push(group);
      } else {
        group = '';
      }
    }
  });
  const used = new Map<string, number>();
  return labels.map((parts, col) => {
    const child = parts[parts.length - 1] ?? '';
    const parent = parts.length > 1 ? parts[parts.length - 2] : '';
    const known = child ? lookupLabel(parent, child) : undefined;
    let key = known?.[0] ?? `col${col + 1}`;
    const count = used.get(key) ?? 0;
    used.set(key, count + 1);
    if (count) key = `${key}${count + 1}`;
    return { key, label: parts.map(tidyLabel).join(' / '), role: known?.[1] ?? 'text' };
  });
}

/** Header cells are padded for layout ("项  目", "资 金 性 质"); spaces between Chinese characters go. */
function tidyLabel(label: string): string {
  return label.replace(/\s+/g, ' ').replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '');
}

/** What the first row of a standard table says: entity code and name, year, unit. */
export interface TableHeading {
  entityCode?: string;
  entityName?: string;
  year?: number;
  unit?: string;
  asOf?: string;
}

const HEADING_CELL = /预算年度|决算年度|单位[:：]|截止时间|金额单位/;

export function isHeadingRow(cells: string[]): boolean {
  return cells.some((c) => HEADING_CELL.test(c)) && !looksLikeHeader(cells);
}

export function readHeadingRow(cells: string[]): TableHeading {
  const heading: TableHeading = {};
  for (const cell of cells) {
    const flat = squash(cell);
    let m: RegExpExecArray | null;
    if ((m = /(?:预算|决算)?年度[:：](\d{4})/.exec(flat))) heading.year = Number(m[1]);
    else if ((m = /单位[:：](.+)$/.exec(flat)) && !heading.unit) heading.unit = m[1];
    else if ((m = /截止时间[:：](.+)$/.exec(flat))) heading.asOf = m[1];
    else if ((m = /^(\d{3,})(\D.*)$/.exec(cell.trim())) && !heading.entityCode) {
      heading.entityCode = m[1];
      heading.entityName = m[2].trim();
    }
  }
  return heading;
}

/** Amount unit hidden in a header label ("价值（金额单位：万元）"). */
function unitFromLabels(rows: string[][]): string | undefined {
  for (const cells of rows) for (const cell of cells) {
    const m = /单位[:：]\s*([万亿]?元)/.exec(cell);
    if (m) return m[1];
  }
  return undefined;
}

/** The result of {@link readTable}. */
export interface TableReading {
  table: Table;
  heading: TableHeading;
  diagnostics: Diagnostic[];
}

/**
 * Reads a table from its title and its row tokens. Rows: an optional heading row (entity, year,
 * unit), header rows, an optional `栏次` row of column numbers, then data rows.
 */
export function readTable(title: string, titleLine: number, rows: RowToken[], notes: string[]): TableReading {
  const diagnostics: Diagnostic[] = [];
  let kind = tableKindFromTitle(title);
  let index = 0;
  let heading: TableHeading = {};
  if (rows[0] && isHeadingRow(rows[0].cells)) {
    heading = readHeadingRow(rows[0].cells);
    index = 1;
  }
  const width = Math.max(0, ...rows.slice(index).map((r) => r.cells.length));
  const header: string[][] = [];
  const columnNumbersAt = rows.findIndex((r, i) => i >= index && i < index + 5 && squash(r.cells[0] ?? '') === '栏次');
  if (columnNumbersAt >= 0) {
    for (let i = index; i < columnNumbersAt; i++) header.push(rows[i].cells);
    index = columnNumbersAt + 1;
  } else {
    while (index < rows.length && header.length < 3 && (header.length === 0 || looksLikeHeader(rows[index].cells))) {
      header.push(rows[index].cells);
      index++;
    }
  }
  const columns = columnsFromHeader(header, width);
  const unit = heading.unit ?? unitFromLabels(header);

  const required = REQUIRED_KEYS[kind];
  const keys = new Set(columns.map((c) => c.key));
  if (required && !required.every((k) => keys.has(k))) {
    const missing = required.filter((k) => !keys.has(k));
    diagnostics.push({
      severity: 'warning',
      code: 'unexpected-columns',
      message: `The table "${title}" lacks the expected column(s) ${missing.join(', ')}; it is kept as an unrecognised table with its raw cells.`,
      line: titleLine,
      table: title,
    });
    kind = 'other';
  }

  const body = rows.slice(index).filter((r) => r.cells.some((c) => c !== ''));
  // Columns we do not know are amounts when every filled cell in them reads as a number.
  for (const [col, column] of columns.entries()) {
    if (column.role !== 'text' || !column.key.startsWith('col')) continue;
    const filled = body.map((r) => r.cells[col] ?? '').filter(Boolean);
    if (filled.length && filled.every((c) => readAmount(c).kind === 'number')) column.role = 'amount';
  }

  const tableRows: Row[] = body.map((token, rowIndex) => {
    const cells: Row['cells'] = {};
    columns.forEach((column, col) => {
      const raw = token.cells[col] ?? '';
      if (column.role === 'amount' || column.role === 'number') {
        const reading = readAmount(raw);
        if (reading.kind === 'number') cells[column.key] = reading.value;
        else if (reading.kind === 'blank') cells[column.key] = null;
        else {
          cells[column.key] = raw;
          diagnostics.push({
            severity: 'warning',
            code: 'not-a-number',
            message: `Expected an amount in column "${column.label}" of "${title}", found "${raw}"; kept as text.`,
            line: token.line,
            table: title,
            row: rowIndex,
            field: column.key,
          });
        }
      } else if (column.role === 'seq') {
        const reading = readAmount(raw);
        cells[column.key] = reading.kind === 'number' ? reading.value : raw === '' ? null : raw;
      } else {
        cells[column.key] = raw === '' ? null : raw;
      }
    });
    if (token.cells.length > columns.length) {
      const extra = token.cells.slice(columns.length).filter(Boolean);
      if (extra.length) {
        diagnostics.push({
          severity: 'warning',
          code: 'extra-cells',
          message: `Row has ${token.cells.length} cells but the header of "${title}" has ${columns.length} columns; extra cells: ${extra.join(' | ')}.`,
          line: token.line,
          table: title,
          row: rowIndex,
        });
      }
    }
    return { line: token.line, cells };
  });

  const table: Table = {
    kind,
    title,
    line: titleLine,
    columns,
    rows: tableRows,
    empty: tableRows.length === 0,
    notes,
  };
  if (unit) table.unit = unit;
  return { table, heading, diagnostics };
}
