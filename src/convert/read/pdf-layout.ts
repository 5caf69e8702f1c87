/**
 * The geometry of one PDF page → blocks: tables rebuilt from their ruling lines, the rest as
 * paragraphs. Pure functions over plain numbers (no pdf.js here), so every rule is testable alone.
 *
 * Coordinates are PDF user space: x to the right, y up, in points.
 */
import { isCjk, joinWrappedLines } from './join.js';

/** A ruling line: horizontal (y0 === y1) or vertical (x0 === x1). */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One character with the box it was printed in. */
export interface Glyph {
  ch: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
}

/** A text run as pdf.js reports it: string, baseline origin, advance width, font size. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PageTable {
  top: number;
  /** Column boundaries, left to right. */
  xs: number[];
  rows: string[][];
  /**
   * Per cell: its text runs to the cell's right edge, as text that went on to the next line would
   * (what tells a row cut by a page break from a new row).
   */
  full: boolean[][];
}

export interface PageParagraph {
  top: number;
  text: string;
  size: number;
}

export interface PageLayout {
  tables: PageTable[];
  paragraphs: PageParagraph[];
  /** True when the page has lines of figures that no ruled grid holds (a table drawn without rules). */
  unruledFigures: boolean;
}

/** Rules closer than this (points) are one rule; a cell must be wider or taller than this. */
const SNAP = 2;
/** A filled rectangle thinner than this is a rule, not a shaded cell. */
const RULE_THICKNESS = 2.5;

/** The edges of an axis-aligned path as rules; `filled` rectangles count only when thin. */
export function rulesFromPath(points: [number, number][][], filled: boolean): Rule[] {
  const rules: Rule[] = [];
  for (const sub of points) {
    if (sub.length < 2) continue;
    const xs = sub.map((p) => p[0]);
    const ys = sub.map((p) => p[1]);
    const minX = Math.min(...xs);
    const maxX = Math.max(...xs);
    const minY = Math.min(...ys);
    const maxY = Math.max(...ys);
    if (filled) {
      const w = maxX - minX;
      const h = maxY - minY;
      if (h <= RULE_THICKNESS && w > h) rules.push({ x0: minX, x1: maxX, y0: (minY + maxY) / 2, y1: (minY + maxY) / 2 });
      else if (w <= RULE_THICKNESS && h > w) rules.push({ x0: (minX + maxX) / 2, x1: (minX + maxX) / 2, y0: minY, y1: maxY });
      continue;
    }
    for (let i = 0; i < sub.length - 1; i++) {
      const [ax, ay] = sub[i];
      const [bx, by] = sub[i + 1];
      if (Math.abs(ay - by) < 1 && Math.abs(ax - bx) >= 1) rules.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: (ay + by) / 2, y1: (ay + by) / 2 });
      else if (Math.abs(ax - bx) < 1 && Math.abs(ay - by) >= 1) rules.push({ x0: (ax + bx) / 2, x1: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
    }
  }
  return rules;
}

const isHorizontal = (r: Rule) => r.y0 === r.y1;

/** Joins collinear rules that touch or overlap (a border drawn cell by cell is one line). */
export function mergeRules(rules: Rule[]): Rule[] {
  const out: Rule[] = [];
  const horizontal = rules.filter(isHorizontal).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const vertical = rules.filter((r) => !isHorizontal(r)).sort((a, b) => a.x0 - b.x0 || a.y0 - b.y0);
  const merge = (sorted: Rule[], across: (r: Rule) => number, from: (r: Rule) => number, to: (r: Rule) => number, make: (at: number, a: number, b: number) => Rule) => {
    // Group by position first (within SNAP), then join intervals along the line.
    let group: Rule[] = [];
    const flush = () => {
      if (!group.length) return;
      const at = group.reduce((s, r) => s + across(r), 0) / group.length;
      const spans = group.map((r) => [from(r), to(r)] as [number, number]).sort((a, b) => a[0] - b[0]);
      let [a, b] = spans[0];
      for (const [c, d] of spans.slice(1)) {
        if (c <= b + SNAP) b = Math.max(b, d);
        else {
          out.push(make(at, a, b));
          [a, b] = [c, d];
        }
      }
      out.push(make(at, a, b));
      group = [];
    };
    for (const rule of sorted) {
      if (group.length && Math.abs(across(rule) - across(group[0])) > SNAP) flush();
      group.push(rule);
    }
    flush();
  };
  merge(horizontal, (r) => r.y0, (r) => r.x0, (r) => r.x1, (y, a, b) => ({ x0: a, x1: b, y0: y, y1: y }));
  merge(vertical, (r) => r.x0, (r) => r.y0, (r) => r.y1, (x, a, b) => ({ x0: x, x1: x, y0: a, y1: b }));
  return out;
}

/** Groups rules that cross or touch into the rule sets of separate tables. */
function connectedTables(rules: Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const horizontal = rules.map((r, i) => [r, i] as const).filter(([r]) => isHorizontal(r));
  const vertical = rules.map((r, i) => [r, i] as const).filter(([r]) => !isHorizontal(r));
  for (const [h, hi] of horizontal) {
    for (const [v, vi] of vertical) {
      if (v.x0 >= h.x0 - SNAP && v.x0 <= h.x1 + SNAP && h.y0 >= v.y0 - SNAP && h.y0 <= v.y1 + SNAP) parent[find(hi)] = find(vi);
    }
  }
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  return [...groups.values()];
}

/** Sorted positions with those closer than SNAP folded into one. */
function clusterPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    if (out.length && v - out[out.length - 1] <= SNAP) continue;
    out.push(v);
  }
  return out;
}

interface Grid {
  xs: number[];
  /** Top to bottom (descending y). */
  ys: number[];
  /** For each grid position, the index of the top-left position of its merged cell. */
  owner: Int32Array;
}

function buildGrid(rules: Rule[]): Grid | null {
  const horizontal = rules.filter(isHorizontal);
  const vertical = rules.filter((r) => !isHorizontal(r));
  if (horizontal.length < 2 || vertical.length < 2) return null;
  const xs = clusterPositions(vertical.map((r) => r.x0));
  const ys = clusterPositions(horizontal.map((r) => r.y0)).reverse();
  if (xs.length < 2 || ys.length < 2) return null;
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  // A boundary exists where a rule runs along most of the cell edge.
  const covers = (lines: Rule[], at: number, from: number, to: number, horizontalLine: boolean) => {
    const mid = (from + to) / 2;
    const half = Math.abs(to - from) * 0.3;
    return lines.some((r) => {
      const pos = horizontalLine ? r.y0 : r.x0;
      if (Math.abs(pos - at) > SNAP) return false;
      const [a, b] = horizontalLine ? [r.x0, r.x1] : [r.y0, r.y1];
      return a <= mid - half + SNAP && b >= mid + half - SNAP;
    });
  };
  const parent = new Int32Array(rows * cols).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (j + 1 < cols && !covers(vertical, xs[j + 1], ys[i + 1], ys[i], false)) union(i * cols + j, i * cols + j + 1);
      if (i + 1 < rows && !covers(horizontal, ys[i + 1], xs[j], xs[j + 1], true)) union(i * cols + j, (i + 1) * cols + j);
    }
  }
  const owner = new Int32Array(rows * cols);
  for (let k = 0; k < owner.length; k++) owner[k] = find(k);
  return { xs, ys, owner };
}

/** Index of the band of `bounds` (ascending) holding `v`, or -1. */
function band(bounds: number[], v: number): number {
  if (v < bounds[0] || v > bounds[bounds.length - 1]) return -1;
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Text runs → glyphs. Advance widths are split by character class: CJK full width, the rest half. */
export function glyphsOf(runs: TextRun[]): Glyph[] {
  const glyphs: Glyph[] = [];
  for (const run of runs) {
    const chars = [...run.str];
    if (!chars.length || !run.str.trim()) continue;
    const weights = chars.map((c) => (isCjk(c) ? 1 : 0.5));
    const total = weights.reduce((a, b) => a + b, 0);
    const width = run.width > 0 ? run.width : total * run.size;
    let at = run.x;
    chars.forEach((ch, k) => {
      const w = (weights[k] / total) * width;
      glyphs.push({ ch, x0: at, x1: at + w, y: run.y, size: run.size });
      at += w;
    });
  }
  return glyphs;
}

/**
 * Glyphs → text lines, top to bottom. A space goes where a gap is wider than a third of the font
 * size, except between CJK characters: justified Chinese ("因 公 出 国") is one word.
 */
export function linesOf(glyphs: Glyph[]): { text: string; top: number; left: number; right: number; size: number }[] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: Glyph[][] = [];
  for (const g of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - g.y) <= Math.max(line[0].size, g.size) * 0.45) line.push(g);
    else lines.push([g]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x0 - b.x0);
    let text = '';
    let previous: Glyph | undefined;
    for (const g of line) {
      // A wide gap separates two things printed on one line ("编制部门：…      单位：元"): it stays.
      const gap = previous ? g.x0 - previous.x1 : 0;
      if (previous && gap > g.size * 2) text += '\t';
      else if (previous && gap > g.size * 0.33 && !text.endsWith(' ') && g.ch !== ' ') text += ' ';
      text += g.ch;
      previous = g;
    }
    const size = Math.max(...line.map((g) => g.size));
    return { text: tidy(text), top: Math.max(...line.map((g) => g.y)) + size * 0.8, left: line[0].x0, right: line[line.length - 1].x1, size };
  }).filter((l) => l.text);
}

/** Collapses spaces, and removes those between two CJK characters (justified or spaced-out text). */
export function tidy(text: string): string {
  return text
    .replace(/[ \u00a0\u3000\r\n]+/g, ' ')
    .replace(/(?<=[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]) (?=[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f])/g, '')
    .replace(/\s*\t\s*/g, ' ')
    .trim();
}

const PAGE_NUMBER = /^([-—–\s]*\d{1,4}[-—–\s]*|第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
const AMOUNT_LIKE = /^-?[\d,]+(\.\d+)?%?$/;

/** Lays out one page: its tables from the rules, its paragraphs from the text outside them. */
export function layoutPage(runs: TextRun[], rules: Rule[], page: { width: number; height: number }): PageLayout {
  const glyphs = glyphsOf(runs);
  const grids = connectedTables(mergeRules(rules))
    .map(buildGrid)
    .filter((g): g is Grid => g !== null && g.xs[g.xs.length - 1] - g.xs[0] > 20 && g.ys[0] - g.ys[g.ys.length - 1] > 8);
  const inTable = new Array<boolean>(glyphs.length).fill(false);
  const tables: PageTable[] = [];
  for (const grid of grids) {
    const cols = grid.xs.length - 1;
    const ascendingYs = [...grid.ys].reverse();
    const rowCount = grid.ys.length - 1;
    // A grid of one cell is a frame drawn around text (a boxed note), not a table.
    if (cols === 1 && rowCount === 1) continue;
    const cellGlyphs = new Map<number, Glyph[]>();
    glyphs.forEach((g, k) => {
      const cx = (g.x0 + g.x1) / 2;
      const cy = g.y + g.size * 0.35;
      const j = band(grid.xs, cx);
      const bi = band(ascendingYs, cy);
      if (j < 0 || bi < 0) return;
      const i = rowCount - 1 - bi;
      const owner = grid.owner[i * cols + j];
      inTable[k] = true;
      if (g.ch.trim()) cellGlyphs.set(owner, [...(cellGlyphs.get(owner) ?? []), g]);
    });
    // The right edge of each merged cell: the right boundary of the last column it covers.
    const rightEdge = new Map<number, number>();
    grid.owner.forEach((owner, k) => rightEdge.set(owner, Math.max(rightEdge.get(owner) ?? 0, grid.xs[(k % cols) + 1])));
    const rows: string[][] = [];
    const full: boolean[][] = [];
    for (let i = 0; i < rowCount; i++) {
      const cells: string[] = [];
      const fullRow: boolean[] = [];
      for (let j = 0; j < cols; j++) {
        const k = i * cols + j;
        const lines = grid.owner[k] === k ? linesOf(cellGlyphs.get(k) ?? []) : [];
        const last = lines[lines.length - 1];
        cells.push(joinWrappedLines(lines.map((l) => l.text)));
        fullRow.push(!!last && last.right >= (rightEdge.get(k) ?? 0) - last.size * 1.5);
      }
      rows.push(cells);
      full.push(fullRow);
    }
    tables.push({ top: grid.ys[0], xs: grid.xs, rows, full });
  }

  const margin = page.height * 0.12;
  const lines = linesOf(glyphs.filter((_, k) => !inTable[k])).filter(
    (l) => !(PAGE_NUMBER.test(l.text) && (l.top < margin + l.size || l.top > page.height - margin)),
  );
  const paragraphs = paragraphsOf(lines);
  const unruledFigures = lines.filter((l) => l.text.split(' ').filter((w) => AMOUNT_LIKE.test(w)).length >= 2).length >= 5;
  return { tables, paragraphs, unruledFigures };
}

/**
 * Lines → paragraphs. A paragraph goes on while lines follow closely in the same font size and the
 * line before ran to the right margin; a short line, an indent, a gap or a new size starts another.
 */
function paragraphsOf(lines: { text: string; top: number; left: number; right: number; size: number }[]): PageParagraph[] {
  if (!lines.length) return [];
  const rightMargin = Math.max(...lines.map((l) => l.right));
  const leftMargin = Math.min(...lines.map((l) => l.left));
  const paragraphs: PageParagraph[] = [];
  let current: { lines: string[]; top: number; size: number; lastTop: number; lastRight: number } | null = null;
  for (const line of lines) {
    const continues =
      current !== null &&
      // A note or a table title starts anew even right after a full line.
      !/^注[:：]/.test(line.text) &&
      !(/表$/.test(line.text) && line.text.length <= 40) &&
      Math.abs(current.size - line.size) < 1 &&
      current.lastTop - line.top < line.size * 2.2 &&
      current.lastRight > rightMargin - line.size * 2 &&
      line.left < leftMargin + line.size * 1.5;
    if (continues && current) {
      current.lines.push(line.text);
      current.lastTop = line.top;
      current.lastRight = line.right;
    } else {
      if (current) paragraphs.push({ top: current.top, text: joinWrappedLines(current.lines), size: current.size });
      current = { lines: [line.text], top: line.top, size: line.size, lastTop: line.top, lastRight: line.right };
    }
  }
  if (current) paragraphs.push({ top: current.top, text: joinWrappedLines(current.lines), size: current.size });
  return paragraphs;
}
