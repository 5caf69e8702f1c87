// The amounts a PDF prints in its tables, found by pdf.js alone, against those of a dataset: the
// proof that every figure is read and none invented. Shared by the 上海 and the regional tests.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Amounts as printed: with thousands separators or decimals, or integers of three digits or more. */
const AMOUNT = /^-?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+|\d{3,})$/;
/** Classification codes (201, 20103, 2010301, 30101): figures of another kind, left out on both sides. */
const CODE = /^[1-9]\d{2}(\d{2}){0,2}$/;
const amountValue = (s) => Number(s.replace(/,/g, ''));

/**
 * The amounts the text layer prints in tables on each page, found by pdf.js alone (no grid, no
 * converter). A table figure stands alone: a run that touches its neighbour on the same baseline
 * is part of a sentence ("2024" + "年"). A run holding a figure and the next cell's label
 * ("91,016,775.35一、一般公共服务支出", one run over two cells) counts its figure.
 */
export async function printedAmounts(bytes) {
  const document = await getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise;
  const pages = new Map();
  for (let p = 1; p <= document.numPages; p++) {
    const page = await document.getPage(p);
    const height = page.view[3] - page.view[1];
    const runs = (await page.getTextContent()).items.filter((i) => i.str.trim()).map((i) => ({ str: i.str.trim(), x: i.transform[4], y: i.transform[5], end: i.transform[4] + i.width, size: Math.hypot(i.transform[2], i.transform[3]) }));
    const touches = (run) => runs.some((o) => o !== run && Math.abs(o.y - run.y) < run.size * 0.3 && (Math.abs(o.x - run.end) < run.size * 0.3 || Math.abs(o.end - run.x) < run.size * 0.3));
    for (const run of runs) {
      if (touches(run)) continue;
      // One run may hold several cells' text, separated by spaces.
      const words = run.str.split(/\s+/);
      words.forEach((word, k) => {
        const figure = AMOUNT.test(word) ? word : /^(-?\d{1,3}(,\d{3})+(\.\d+)?|-?\d+\.\d{2})(?=[一二三四五六七八九十（(\u4e00-\u9fff])(?!万|元|亿)/.exec(word)?.[1];
        if (!figure || CODE.test(figure) || /^(万|元|亿|%|年|月)/.test(words[k + 1] ?? '')) return;
        const y = run.y - page.view[1];
        if (/^\d{1,4}$/.test(figure) && (y < height * 0.08 || y > height * 0.92)) return; // a page number
        pages.set(p, [...(pages.get(p) ?? []), amountValue(figure)]);
      });
    }
  }
  await document.destroy();
  return pages;
}

/** The amounts of the dataset's tables, by the page each row was printed on. */
export function datasetAmounts(dataset) {
  const pages = new Map();
  for (const entity of dataset.entities) {
    for (const table of entity.tables) {
      const codeColumns = new Set(table.columns.filter((c) => c.role === 'code').map((c) => c.key));
      for (const row of table.rows) {
        for (const [key, value] of Object.entries(row.cells)) {
          if (codeColumns.has(key)) continue;
          const text = typeof value === 'string' ? value.replace(/\s/g, '') : '';
          if (CODE.test(text)) continue;
          const printed = typeof value === 'number' ? value : AMOUNT.test(text) ? amountValue(text) : null;
          // Integers under 100 are left out on both sides (column numbers, 序号, "0"): the text
          // layer cannot tell them from figures.
          if (printed === null || (Number.isInteger(printed) && Math.abs(printed) < 100)) continue;
          pages.set(row.page, [...(pages.get(row.page) ?? []), printed]);
        }
      }
    }
  }
  return pages;
}

/** What one multiset has that the other lacks. */
export function difference(a, b) {
  const counts = new Map();
  for (const v of b) counts.set(v, (counts.get(v) ?? 0) + 1);
  const extra = [];
  for (const v of a) {
    const n = counts.get(v) ?? 0;
    if (n) counts.set(v, n - 1);
    else extra.push(v);
  }
  return extra;
}

