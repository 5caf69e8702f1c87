/**
 * Reading one standard table: what it is (from its title and header cells), its columns (from
 * header rows that may span two lines), and its data rows (amounts as numbers, blanks as null).
 */
import type { Column, ColumnRole, Diagnostic, Row, Table } from '../model/schema.js';
import { tableKindDefinition, tableKindFromHeaders, tableKindFromTitle } from './kinds/index.js';
import { diagnostic } from '../model/messages.js';
import { readAmount } from './numbers.js';
import { squash, type RowToken } from './tokens.js';

export { tableKindFromTitle } from './kinds/index.js';

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
  '支出/一般公共预算': ['expenditureGeneral', 'amount'],
  '支出/政府性基金预算': ['expenditureGovFund', 'amount'],
  '支出/国有资本经营预算': ['expenditureStateCapital', 'amount'],
  '本年支出/小计': ['total', 'amount'],
  '本年支出/合计': ['total', 'amount'],
  本年收入: ['currentIncome', 'amount'],
  本年支出: ['total', 'amount'],
  金额: ['total', 'amount'],
  总计: ['total', 'amount'],
  '收入/预算': ['incomeAmount', 'amount'],
  '支出/预算': ['expenditureAmount', 'amount'],
  '收入/本年预算': ['incomeAmount', 'amount'],
  '支出/本年预算': ['expenditureAmount', 'amount'],
  '一般公共预算支出/小计': ['total', 'amount'],
  本年一般公共预算基本支出: ['total', 'amount'],
  本年政府性基金预算支出: ['total', 'amount'],
  本年国有资本经营预算支出: ['total', 'amount'],
  '收入/项目名称': ['incomeItem', 'name'],
  '支出/项目名称': ['expenditureItem', 'name'],
  // 陕西's 收支总表 names its expenditure side 支出功能分类（按大类）, and misprints it 支出功能分科目.
  '支出/支出功能分类': ['expenditureItem', 'name'],
  '支出/支出功能分类科目': ['expenditureItem', 'name'],
  '支出/支出功能分科目': ['expenditureItem', 'name'],
  收入总计: ['total', 'amount'],
  支出总计: ['total', 'amount'],
  '基本支出/小计': ['basic', 'amount'],
  人员支出: ['personnel', 'amount'],
  日常公用支出: ['publicUse', 'amount'],
  结转下年: ['carryForward', 'amount'],
  预算单位: ['unitName', 'text'],
  单位编码: ['unitCode', 'text'],
  // “三公”经费: its three items, and the vehicles' two parts.
  因公出国费: ['abroad', 'amount'],
  公务接待费: ['reception', 'amount'],
  公务用车购置及运行费: ['vehicles', 'amount'],
  公务用车购置及运行维护费: ['vehicles', 'amount'],
  '公务用车购置及运行费/小计': ['vehicles', 'amount'],
  '公务用车购置及运行维护费/小计': ['vehicles', 'amount'],
  公务用车购置费: ['vehiclePurchase', 'amount'],
  购置费: ['vehiclePurchase', 'amount'],
  公务用车运行费: ['vehicleOperation', 'amount'],
  公务用车运行维护费: ['vehicleOperation', 'amount'],
  运行费: ['vehicleOperation', 'amount'],
  机关运行经费: ['operatingCosts', 'amount'],
  机关运行经费预算数: ['operatingCosts', 'amount'],
  上缴上级支出: ['remittance', 'amount'],
  事业单位经营收入: ['operatingIncome', 'amount'],
  事业单位经营支出: ['operating', 'amount'],
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
  一般公共预算资金: ['general', 'amount'],
  一般公共预算收入: ['general', 'amount'],
  政府性基金预算收入: ['govFund', 'amount'],
  国有资本经营预算收入: ['stateCapital', 'amount'],
  因公出国经费: ['abroad', 'amount'],
  因公出国: ['abroad', 'amount'],
  因公出国费用: ['abroad', 'amount'],
  '本年收入/一般公共预算': ['general', 'amount'],
  '本年收入/政府性基金预算': ['govFund', 'amount'],
  '本年收入/国有资本经营预算': ['stateCapital', 'amount'],
  '财政拨款收入/一般公共预算': ['general', 'amount'],
  '财政拨款收入/政府性基金预算': ['govFund', 'amount'],
  '财政拨款收入/国有资本经营预算': ['stateCapital', 'amount'],
  公务用车购置经费: ['vehiclePurchase', 'amount'],
  公务用车运行经费: ['vehicleOperation', 'amount'],
  公务接待经费: ['reception', 'amount'],
  会议费: ['meetings', 'amount'],
  培训费: ['training', 'amount'],
  单位预留机动经费: ['reserve', 'amount'],
  政府性基金预算资金: ['govFund', 'amount'],
  国有资本经营预算资金: ['stateCapital', 'amount'],
  财政专户管理资金: ['specialAccount', 'amount'],
  财政专户拨款: ['specialAccount', 'amount'],
  其他资金: ['otherFunds', 'amount'],
  单位代码: ['unitCode', 'text'],
  部门代码: ['unitCode', 'text'],
  部门名称: ['name', 'name'],
  // The economic classifications side by side in 山东's 基本支出 table: the department's (302) and the government's (502).
  部门预算支出经济分类科目: ['name', 'name'],
  部门预算支出经济科目: ['name', 'name'],
  政府预算支出经济分类科目: ['govEconomicName', 'name'],
  支出项目类别: ['name', 'name'],
  预算: ['total', 'amount'],
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

/** Labels known by their shape rather than their exact words, tried after the dictionary. */
const LABEL_PATTERNS: [RegExp, [string, ColumnRole]][] = [
  [/预留.*份额/, ['smeReserve', 'amount']],
  [/^价值/, ['value', 'amount']],
  [/科目(编码|代码)$/, ['code', 'code']],
  [/科目名称$/, ['name', 'name']],
  [/^(功能|经济)(分类)?科目$/, ['name', 'name']],
  [/^本年(收入|支出)合计$/, ['total', 'amount']],
  [/^(年初|上年)结转和?结余$/, ['carryOver', 'amount']],
  [/^(年末|年终)结转和?结余$/, ['carryForward', 'amount']],
];

function lookupLabel(parent: string, child: string): [string, ColumnRole] | undefined {
  const p = squash(parent);
  // "一般公共预算拨款 / 小计" is the 一般公共预算拨款 figure itself; only 本年收入's 小计 is this year's subtotal.
  if (squash(child) === '小计' && p && !LABELS[`${p}/小计`] && !/^本年收入$|^收入$/.test(p)) {
    const parentKey = lookupLabel('', parent);
    if (parentKey?.[1] === 'amount') return parentKey;
  }
  // "2026年预算数" is 预算数 in the year of the document.
  const c = squash(child).replace(/[（(].*?[)）]/g, '').replace(/^(19|20)\d{2}年度?/, '').replace(/^其中[:：]?/, '');
  return LABELS[`${p}/${c}`] ?? LABELS[c] ?? LABEL_PATTERNS.find(([pattern]) => pattern.test(c))?.[1];
}

/**
 * In a table with an income side and an expenditure side (收支总表, 财政拨款收支总表), each side's
 * group label reads as 收入 or 支出, whatever the template calls it (本年收入, 财政拨款支出…).
 */
function sideOf(parts: string[]): '收入' | '支出' | undefined {
  const group = parts.slice(0, -1).map(squash).join('/');
  if (/收入/.test(group) && !/支出/.test(group)) return '收入';
  if (/支出/.test(group) && !/收入/.test(group)) return '支出';
  return undefined;
}

/** True when most non-empty cells of a row are header labels we know. */
export function looksLikeHeader(cells: string[]): boolean {
  const filled = cells.map((c) => squash(c).replace(/[（(].*?[)）]/g, '')).filter(Boolean);
  if (!filled.length) return false;
  // A figure with decimals or separators is data: the total row under a header ("收入总计 | 24169.74").
  if (filled.some((c) => /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+\.\d+$/.test(c) && /[.,]/.test(c))) return false;
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
  // Where a label starts in a row above, a group of a lower row cannot reach past it.
  const starts = new Array<boolean>(width).fill(false);
  headerRows.forEach((cells, r) => {
    const below = headerRows.slice(r + 1);
    let group = '';
    for (let col = 0; col < width; col++) {
      const cell = cells[col] ?? '';
      if (!cell && starts[col]) group = '';
      if (cell) {
        group = cell;
        labels[col].push(cell);
      } else if (below.some((row) => row[col]) && group) {
        labels[col].push(group);
      } else {
        group = '';
      }
    }
    cells.forEach((cell, col) => {
      if (cell) starts[col] = true;
    });
  });
  const used = new Map<string, number>();
  const itemSides = new Set(labels.filter((parts) => /^项目(名称)?$/.test(squash(parts[parts.length - 1] ?? ''))).map(sideOf));
  const twoSided = itemSides.has('收入') && itemSides.has('支出');
  // Some templates group whole halves of a table under 预算数 | 决算数, or under two years (2021年 |
  // 2022年): the 决算数 (or the latest year) are the figures themselves; the others get a suffix.
  const groups = labels.map((parts) => (parts.length > 1 ? squash(parts[0]) : ''));
  const years = [...new Set(groups.map((g) => /^((?:19|20)\d{2})年/.exec(g)?.[1]).filter(Boolean))].map(Number);
  const budgetAndFinal = groups.includes('预算数') && groups.includes('决算数');
  const suffixOf = (col: number) => {
    if (budgetAndFinal && groups[col] === '预算数') return 'Budget';
    const year = /^((?:19|20)\d{2})年/.exec(groups[col])?.[1];
    return years.length > 1 && year && Number(year) < Math.max(...years) ? 'PreviousYear' : '';
  };
  const columns: Column[] = labels.map((parts, col) => {
    const child = parts[parts.length - 1] ?? '';
    const parent = (twoSided ? sideOf(parts) : undefined) ?? (parts.length > 1 ? parts[parts.length - 2] : '');
    let known = child ? lookupLabel(parent, child) : undefined;
    // 决算 prints some figures as 预算数 / 决算数 pairs under one label ("因公出国（境）费 / 预算数"):
    // the 决算数 is the figure itself, the 预算数 its budget.
    const paired = /^(预算数|决算数)$/.test(squash(child)) && parts.length > 1 ? lookupLabel(parts.length > 2 ? parts[parts.length - 3] : '', parent) : undefined;
    if (paired && paired[1] === 'amount') known = squash(child) === '预算数' ? [`${paired[0]}Budget`, 'amount'] : paired;
    let key = known ? `${known[0]}${suffixOf(col)}` : `col${col + 1}`;
    const count = used.get(key) ?? 0;
    used.set(key, count + 1);
    if (count) key = `${key}${count + 1}`;
    return { key, label: parts.map(tidyLabel).join(' / '), role: known?.[1] ?? 'text' };
  });
  // The code column right before the government's economic classification is its code, not a second 科目编码.
  columns.forEach((column, col) => {
    const before = columns[col - 1];
    if (column.key === 'govEconomicName' && before?.role === 'code') before.key = 'govEconomicCode';
  });
  return columns;
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

/**
 * A table printed in two halves side by side (决算's 基本支出 table: 人员经费 on the left, 公用经费
 * on the right, each "科目编码 | 科目名称 | 决算数") is one list: the right half's rows follow the
 * left half's, under the left half's columns.
 */
function unstackHalves(columns: Column[], rows: Row[]): { columns: Column[]; rows: Row[] } {
  const keys = new Set(columns.map((c) => c.key));
  if (!keys.has('code2') || !keys.has('name2')) return { columns, rows };
  const left = columns.filter((c) => !/\d$/.test(c.key) || !keys.has(c.key.replace(/\d$/, '')));
  const pairs = left.map((c) => [c.key, keys.has(`${c.key}2`) ? `${c.key}2` : null] as const);
  if (pairs.filter(([, right]) => right).length < 3) return { columns, rows };
  const half = (row: Row, side: 0 | 1): Row | null => {
    const cells: Row['cells'] = {};
    for (const [key, right] of pairs) cells[key] = side === 0 ? (row.cells[key] ?? null) : right ? (row.cells[right] ?? null) : null;
    return Object.values(cells).some((v) => v !== null && v !== '') ? { ...row, cells } : null;
  };
  const leftRows = rows.map((r) => half(r, 0)).filter((r): r is Row => r !== null);
  const rightRows = rows.map((r) => half(r, 1)).filter((r): r is Row => r !== null);
  return { columns: left, rows: [...leftRows, ...rightRows] };
}

/**
 * Data rows read under known columns: amounts as numbers, blanks as null, and a diagnostic for each
 * cell that should hold an amount and does not, or that lies beyond the header.
 */
export function readBodyRows(columns: Column[], body: RowToken[], title: string, diagnostics: Diagnostic[], firstIndex = 0): Row[] {
  return body.map((token, i) => {
    const rowIndex = firstIndex + i;
    const cells: Row['cells'] = {};
    columns.forEach((column, col) => {
      const raw = token.cells[col] ?? '';
      if (column.role === 'amount' || column.role === 'number') {
        const reading = readAmount(raw);
        if (reading.kind === 'number') cells[column.key] = reading.value;
        else if (reading.kind === 'blank') cells[column.key] = null;
        else {
          cells[column.key] = raw;
          diagnostics.push(diagnostic('warning', 'not-a-number', { table: title, column: column.label, found: raw }, { line: token.line, table: title, row: rowIndex, field: column.key }));
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
        diagnostics.push(diagnostic('warning', 'extra-cells', { cells: token.cells.length, table: title, columns: columns.length, extra: extra.join(' | ') }, { line: token.line, table: title, row: rowIndex }));
      }
    }
    return { line: token.line, cells };
  });
}

/** The result of {@link readTable}. */
export interface TableReading {
  table: Table;
  heading: TableHeading;
  diagnostics: Diagnostic[];
}

const GLUED_CODE = /^[[【［]?(\d{3}(?:\d{2}){0,2})[\]】］]?\s*[-－—–.．、]?\s*([\u4e00-\u9fff（(].*)$/;

/**
 * Codes printed in the same cell as their name ("2040202-一般行政管理事务", "2010507专项普查活动"),
 * in a table with no code column: that column becomes a code column and a name column. The header
 * cell is repeated over both, so their labels read "… / 科目编码" and "… / 科目名称".
 */
function splitGluedCodes(header: string[][], rows: RowToken[], bodyStart: number, width: number): { header: string[][]; rows: RowToken[] } | undefined {
  if (header.some((cells) => cells.some((c) => /编码|代码/.test(c)))) return undefined;
  const body = rows.slice(bodyStart).filter((r) => r.cells.some(Boolean));
  for (let col = 0; col < width; col++) {
    const filled = body.map((r) => (r.cells[col] ?? '').trim()).filter(Boolean);
    if (filled.length < 2 || filled.filter((c) => GLUED_CODE.test(c)).length / filled.length < 0.6) continue;
    const split = (cells: string[], toCode: (c: string) => [string, string]) => {
      const [code, name] = toCode(cells[col] ?? '');
      return [...cells.slice(0, col), code, name, ...cells.slice(col + 1)];
    };
    const newHeader = header.map((cells, r) => split(cells, (c) => (r === header.length - 1 ? ['科目编码', '科目名称'] : [c, ''])));
    const newRows = rows.map((row, i) =>
      i < bodyStart ? row : { ...row, cells: split(row.cells, (c) => { const m = GLUED_CODE.exec(c.trim()); return m ? [m[1], m[2].trim()] : ['', c]; }) },
    );
    // The last header row names the two columns; a label above spans both.
    if (header.length === 1) newHeader.unshift(split(header[0], (c) => [c, '']));
    return { header: newHeader, rows: newRows };
  }
  return undefined;
}

/**
 * A table printed over several pages may be drawn wider on one of them, with blank columns at the
 * left (a margin drawn as a column): those go, so that every page's cells line up under one header.
 */
function alignPages(rows: RowToken[]): RowToken[] {
  const widths = new Map<number, number>();
  for (const r of rows) if (r.page !== undefined) widths.set(r.page, Math.max(widths.get(r.page) ?? 0, r.cells.length));
  if (widths.size < 2) return rows;
  const narrowest = Math.min(...widths.values());
  return rows.map((r) => (r.page !== undefined && widths.get(r.page)! > narrowest ? trimLeadingBlanks(r, narrowest) : r));
}

/** A row wider than `width` whose extra cells at the left are blank, without them. */
export function trimLeadingBlanks(row: RowToken, width: number): RowToken {
  const extra = row.cells.length - width;
  return extra > 0 && row.cells.slice(0, extra).every((c) => c.trim() === '') ? { ...row, cells: row.cells.slice(extra) } : row;
}

/**
 * A label printed one column to the right of its figures ("功能科目代码 | ␣ | 功能科目名称 | 金额" over
 * "204 | 公共安全支出 | ␣ | 16593.12": the name cell was merged over two columns, its text drawn in
 * the second) moves onto the column that holds the figures.
 */
function alignShiftedLabels(columns: Column[], body: RowToken[]): void {
  const filled = (col: number) => body.filter((r) => (r.cells[col] ?? '').trim() !== '').length;
  for (let col = 0; col + 1 < columns.length; col++) {
    const [blank, labelled] = [columns[col], columns[col + 1]];
    if (blank.label !== '' || labelled.label === '' || !body.length) continue;
    if (filled(col + 1) === 0 && filled(col) >= body.length / 2) {
      columns[col] = /^col\d+$/.test(labelled.key) ? { ...labelled, key: blank.key } : labelled;
      columns[col + 1] = { ...blank, key: `col${col + 2}` };
    }
  }
}

/** Cells that count the columns 1, 2, 3… (at least three), whatever the first cell says. */
function isColumnNumbering(cells: string[]): boolean {
  // Placeholders ("**", "—", 栏次, 行次) stand over the label columns.
  const filled = cells.map((c) => c.trim()).filter((c) => c && !/^([*＊—\-–·.、\s]+|栏次|行次)$/.test(c));
  const numbers = filled.filter((c) => /^\d+$/.test(c)).map(Number);
  return numbers.length >= 3 && numbers.length === filled.length && numbers.every((n, i) => n === numbers[0] + i) && numbers[0] <= 2;
}

/** "编制部门：上海市…办事处 单位：元" → the entity's name and the unit. */
export function readHeadingLine(text: string): TableHeading {
  const heading: TableHeading = {};
  const name = /(?:编制|预算)?(?:部门|单位)(?:（单位）)?(?:名称)?[:：]\s*(.+?)(?=\s+(?:金额)?单位[:：]|$)/.exec(text);
  if (name && !/^[万亿]?元$/.test(name[1].trim())) heading.entityName = name[1].trim();
  const unit = /(?:金额)?单位[:：]\s*([万亿]?元)/.exec(text);
  if (unit) heading.unit = unit[1];
  const year = /((?:19|20)\d{2})\s*年/.exec(text);
  if (year) heading.year = Number(year[1]);
  return heading;
}

/**
 * A total row right under the header ("合计" in the code or name column) is data, even when the
 * rest of it is blank (an empty table, or the blank template): it ends the header.
 */
function isTotalRow(cells: string[], header: string[][]): boolean {
  const filled = cells.map(squash).filter(Boolean);
  // "合计 | 人员经费 | 日常公用支出" is the lower header row of a group, not a total row.
  const labelsAfter = filled.slice(1).some((c) => KNOWN_LABELS.has(c.replace(/[（(].*?[)）]/g, '')));
  return !!filled[0] && /^(合计|总计)$/.test(filled[0]) && !labelsAfter && header.some((row) => row.some((c) => /科目(编码|名称)|^项目$/.test(squash(c))));
}

/**
 * Codes printed over three columns headed 类 | 款 | 项 ("201 | 05 | 07") become one code column
 * ("2010507"), as other templates print them; the header keeps one "科目编码" there.
 */
function joinCodeParts(rows: RowToken[]): RowToken[] {
  const isGroupAt = (cells: string[], col: number) => squash(cells[col] ?? '') === '类' && squash(cells[col + 1] ?? '') === '款';
  const headerAt = rows.findIndex((r, i) => i < 5 && r.cells.some((_, col) => isGroupAt(r.cells, col)));
  if (headerAt < 0) return rows;
  const cells = rows[headerAt].cells;
  // Every group, right to left, so that joining one keeps the columns of those before it in place.
  const groups = cells.map((_, col) => col).filter((col) => isGroupAt(cells, col)).reverse();
  let out = rows;
  for (const from of groups) {
    const count = squash(cells[from + 2] ?? '') === '项' ? 3 : 2;
    // Some templates print only the new level on each row ("205 | |" then " | 03 |"): the levels
    // left blank are those of the row above.
    const above: string[] = [];
    out = out.map((row, i) => {
      const parts = row.cells.slice(from, from + count).map((p) => p.trim());
      if (i > headerAt && parts.every((p) => /^\d*$/.test(p))) {
        const deepest = parts.map((p, k) => (p ? k : -1)).reduce((a, b) => Math.max(a, b), -1);
        if (deepest > 0 && !parts[0]) for (let k = 0; k < deepest; k++) if (!parts[k]) parts[k] = above[k] ?? '';
        if (deepest >= 0) parts.forEach((p, k) => (above[k] = k <= deepest ? p : ''));
      }
      let joined: string;
      // The header row printed again on the next page ("类 | 款 | 项") joins like the first one.
      if (i === headerAt || parts.map(squash).join('') === '类款项' || parts.map(squash).join('') === '类款') joined = '科目编码';
      else if (i < headerAt) joined = parts.find((p) => p.trim()) ?? '';
      // 款 and 项 are two digits; a spreadsheet behind the PDF may have dropped the leading zero ("301 | 2").
      else joined = parts.every((p) => /^\d*$/.test(p.trim())) ? parts.map((p, k) => (k && p.trim() ? p.trim().padStart(2, '0') : p.trim())).join('') : parts.filter((p) => p.trim()).join(' ');
      return { ...row, cells: [...row.cells.slice(0, from), joined, ...row.cells.slice(from + count)] };
    });
  }
  return out;
}

/**
 * Reads a table from its title and its row tokens. Rows: an optional heading row (entity, year,
 * unit), header rows, an optional `栏次` row of column numbers, then data rows.
 */
export function readTable(title: string, titleLine: number, tokens: RowToken[], notes: string[], headingLine?: string): TableReading {
  const diagnostics: Diagnostic[] = [];
  let kind = tableKindFromTitle(title);
  let index = 0;
  let heading: TableHeading = headingLine ? readHeadingLine(headingLine) : {};
  let rows = alignPages(joinCodeParts(tokens));
  if (rows[0] && isHeadingRow(rows[0].cells)) {
    heading = { ...heading, ...readHeadingRow(rows[0].cells) };
    index = 1;
  }
  let width = Math.max(0, ...rows.slice(index).map((r) => r.cells.length));
  const header: string[][] = [];
  const columnNumbersAt = rows.findIndex((r, i) => i >= index && i < index + 5 && squash(r.cells[0] ?? '') === '栏次');
  if (columnNumbersAt >= 0) {
    for (let i = index; i < columnNumbersAt; i++) header.push(rows[i].cells);
    index = columnNumbersAt + 1;
  } else {
    const blank = (cells: string[]) => cells.every((c) => !c.trim());
    while (index < rows.length && header.length < 5) {
      const cells = rows[index].cells;
      // An empty band between header rows (a PDF drawn with an extra rule) does not end the header.
      if (header.length && blank(cells) && rows[index + 1] && looksLikeHeader(rows[index + 1].cells)) {
        index++;
        continue;
      }
      if (header.length && !(looksLikeHeader(cells) && !isTotalRow(cells, header))) break;
      header.push(cells);
      index++;
    }
  }
  // A row numbering the columns (栏次 without its label: "** | 1 | 2 | 3 …") belongs to the header.
  if (rows[index] && isColumnNumbering(rows[index].cells)) index++;
  // The header printed again at the top of each page, in one run of rows, is not data.
  const headerKeys = new Set(header.map((cells) => cells.map(squash).join('|')).filter((k) => k.replace(/\|/g, '')));
  rows = rows.filter((r, i) => i < index || !headerKeys.has(r.cells.map(squash).join('|')) && !isColumnNumbering(r.cells));
  const glued = splitGluedCodes(header, rows, index, width);
  if (glued) {
    rows = glued.rows;
    header.splice(0, header.length, ...glued.header);
    width++;
  }
  const columns = columnsFromHeader(header, width);
  const unit = heading.unit ?? unitFromLabels(header);
  const body = rows.slice(index).filter((r) => r.cells.some((c) => c !== ''));
  alignShiftedLabels(columns, body);
  // A table under a sentence instead of a title (inside the explanatory text) is known by its header.
  if (kind === 'other') kind = tableKindFromHeaders(columns.map((c) => c.label));

  const definition = tableKindDefinition(kind);
  const required = definition?.requiredKeys;
  // A classification table whose first figure is headed 小计 ("小计 | 其中：基本支出 | 项目支出"): that is its total.
  if (required?.includes('total') && !columns.some((c) => c.key === 'total')) {
    const subtotal = columns.find((c) => c.key === 'currentSubtotal');
    if (subtotal) subtotal.key = 'total';
  }
  for (const [key, stand] of Object.entries(definition?.standIns ?? {})) {
    const column = columns.find((c) => c.key === stand);
    if (column && !columns.some((c) => c.key === key)) column.key = key;
  }
  const keys = new Set(columns.map((c) => c.key));
  const trusted = (set: string[]) => set.every((k) => keys.has(k));
  if (required && !trusted(required) && !definition?.alternativeKeys?.some(trusted)) {
    const missing = required.filter((k) => !keys.has(k));
    diagnostics.push(diagnostic('warning', 'unexpected-columns', { table: title, missing: missing.join(', ') }, { line: titleLine, table: title }));
    kind = 'other';
  }

  // Columns we do not know are amounts when every filled cell in them reads as a number.
  for (const [col, column] of columns.entries()) {
    if (column.role !== 'text' || !column.key.startsWith('col')) continue;
    const filled = body.map((r) => r.cells[col] ?? '').filter(Boolean);
    if (filled.length && filled.every((c) => readAmount(c).kind === 'number')) column.role = 'amount';
  }

  const tableRows = readBodyRows(columns, body, title, diagnostics);
  const { columns: finalColumns, rows: finalRows } = unstackHalves(columns, tableRows);

  const table: Table = {
    kind,
    title,
    line: titleLine,
    columns: finalColumns,
    rows: finalRows,
    empty: finalRows.length === 0,
    notes,
  };
  if (unit) table.unit = unit;
  return { table, heading, diagnostics };
}
