/**
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (Excel then reads Chinese text
 * correctly), CRLF line ends, quoting, and cells that a spreadsheet would run as a formula
 * neutralised with a leading apostrophe (CSV injection: names come from documents we do not control).
 */

/** One cell. Numbers are written as they are; text that starts like a formula gets an apostrophe. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, rows of cells, CRLF. */
export function toCsv(rows: (string | number | boolean | null | undefined)[][]): string {
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
