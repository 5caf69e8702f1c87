/**
 * Treemap layout: pure d3-hierarchy, no DOM. From the node being viewed, one rectangle per child,
 * in reading order, with the label that fits and the colour of its top-level class.
 */
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import { colorIndexOf } from '../../base/palette.js';
import { fitText, textWidth } from '../../base/text-fit.js';
import type { BudgetNode } from '../../data/hierarchy.js';

/** One laid-out cell. */
export interface TreemapCell {
  node: BudgetNode;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Share of the viewed node and of the whole, 0–1. */
  shareOfParent: number;
  shareOfTotal: number;
  /** Palette slot (0–9) of the cell's top-level class: the same hue at every drill level. */
  colorIndex: number;
  /** Label lines that fit the cell; empty when the cell is too small for any. */
  label: string[];
  /** True when the cell is too small to show or click comfortably; it is listed under the chart. */
  small: boolean;
  /** True when the cell has children to drill into. */
  drillable: boolean;
}

export { colorIndexOf, PALETTE_SIZE } from '../../base/palette.js';

export interface LayoutOptions {
  width: number;
  height: number;
  /** Total of the whole hierarchy, for the share of total. */
  total: number;
  fontSize?: number;
  /** Formats an amount for the second label line. */
  format?: (value: number) => string;
}

/** Minimum cell side, in CSS pixels, for a cell to be drawn as a target of its own (WCAG 2.5.8). */
const MIN_TARGET = 24;

/** Lays out the children of `node` in a `width` × `height` box. */
export function layoutTreemap(node: BudgetNode, options: LayoutOptions): TreemapCell[] {
  const { width, height, total } = options;
  const fontSize = options.fontSize ?? 14;
  if (width <= 0 || height <= 0 || !node.children.length) return [];
  const root = hierarchy<BudgetNode>({ ...node, children: node.children.map((c) => ({ ...c, children: [] })) })
    .sum((d) => (d.children.length ? 0 : Math.max(0, d.value)))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  treemap<BudgetNode>().tile(treemapSquarify).size([width, height]).paddingInner(2).round(true)(root);
  const cells = (root.children ?? []).map((leaf) => {
    const r = leaf as unknown as { x0: number; x1: number; y0: number; y1: number };
    const child = node.children.find((c) => c.code === leaf.data.code)!;
    const w = r.x1 - r.x0;
    const h = r.y1 - r.y0;
    const inner = w - 8;
    const lines: string[] = [];
    if (h >= fontSize * 1.4 + 6 && inner >= fontSize * 2) {
      const name = fitText(child.name, inner, fontSize);
      if (name) lines.push(name);
      if (options.format && h >= fontSize * 2.8 + 8) {
        const amount = options.format(child.value);
        if (textWidth(amount, fontSize * 0.9) <= inner) lines.push(amount);
      }
    }
    return {
      node: child,
      x: r.x0,
      y: r.y0,
      width: w,
      height: h,
      shareOfParent: node.value ? child.value / node.value : 0,
      shareOfTotal: total ? child.value / total : 0,
      colorIndex: colorIndexOf(child.code),
      label: lines,
      small: w < MIN_TARGET || h < MIN_TARGET,
      drillable: child.children.length > 0,
    };
  });
  // Reading order: top to bottom, then left to right, so arrow keys move as the eye does.
  return cells.sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The codes from the root to `code` (inclusive), e.g. 2080102 → [208, 20801, 2080102]. */
export function pathTo(root: BudgetNode, code: string): BudgetNode[] {
  const walk = (node: BudgetNode, trail: BudgetNode[]): BudgetNode[] | undefined => {
    if (node.code === code) return [...trail, node];
    for (const child of node.children) {
      const found = walk(child, [...trail, node]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(root, []) ?? [root];
}
