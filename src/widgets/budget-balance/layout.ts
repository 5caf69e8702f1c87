/**
 * Balance chart layout: income and expenditure as two stacked bars on one scale. Pure, no DOM.
 * Horizontal (bars side by side in rows) on wide boxes; vertical (two columns) on narrow ones.
 */
import type { BalanceSegment } from '../../data/balance.js';
import { fitText } from '../../base/text-fit.js';

export type Side = 'income' | 'expenditure';

export interface BalanceRect {
  side: Side;
  segment: BalanceSegment;
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Share of its side's total, 0–1. */
  share: number;
  /** The label that fits inside, or '' when none does. */
  label: string;
}

export interface BalanceLayout {
  orientation: 'horizontal' | 'vertical';
  rects: BalanceRect[];
  /** Where each side's bar sits, for its axis label. */
  bars: { side: Side; x: number; y: number; width: number; height: number; total: number }[];
  /** Full scale (the larger side, or the larger total compared with). */
  max: number;
  /** Where each side's total of the document compared with falls on the same scale: a tick across its bar. */
  references: { side: Side; x: number; y: number; width: number; height: number; total: number }[];
}

/** Below this width the chart turns vertical. */
export const VERTICAL_BELOW = 420;

/** Height of the line naming a side and its total. */
export const AXIS_ROOM = 20;

/**
 * @param sides The segments of each side.
 * @param box The chart box.
 * @param printedTotals Each side's total as printed; shares are of these (the economic split shows
 *   only basic expenditure, a small part of the total). Defaults to the sums of the segments.
 */
export function layoutBalance(
  sides: Record<Side, BalanceSegment[]>,
  chart: { width: number; height: number },
  printedTotals: Partial<Record<Side, number | null>> = {},
  { fontSize = 14, axis = AXIS_ROOM, compared = {} as Partial<Record<Side, number | null>> } = {},
): BalanceLayout {
  // Room for each side's name and total: above each bar when horizontal, below both when vertical.
  const orientation = chart.width > 0 && chart.width < VERTICAL_BELOW ? 'vertical' : 'horizontal';
  const box = { width: chart.width, height: Math.max(0, chart.height - (orientation === 'vertical' ? axis : 2 * axis)) };
  const totals = { income: sum(sides.income), expenditure: sum(sides.expenditure) };
  const shareOf = (side: Side) => printedTotals[side] || totals[side];
  const max = Math.max(totals.income, totals.expenditure, compared.income ?? 0, compared.expenditure ?? 0);
  const rects: BalanceRect[] = [];
  const bars: BalanceLayout['bars'] = [];
  const references: BalanceLayout['references'] = [];
  if (!max || box.width <= 0 || box.height <= 0) return { orientation, rects, bars, max, references };
  (['income', 'expenditure'] as const).forEach((side, row) => {
    const total = totals[side];
    if (orientation === 'horizontal') {
      const barHeight = Math.min(56, (box.height - 16) / 2);
      const y = row * (barHeight + 16) + axis * (row + 1);
      let x = 0;
      bars.push({ side, x: 0, y, width: (total / max) * box.width, height: barHeight, total });
      const other = compared[side];
      if (other) references.push({ side, x: (other / max) * box.width, y: y - 4, width: 0, height: barHeight + 8, total: other });
      sides[side].forEach((segment, index) => {
        const width = (segment.amount / max) * box.width;
        rects.push({ side, segment, index, x, y, width, height: barHeight, share: shareOf(side) ? segment.amount / shareOf(side) : 0, label: width > fontSize * 2 ? fitText(segment.name, width - 8, fontSize) : '' });
        x += width;
      });
    } else {
      const barWidth = Math.min(120, (box.width - 16) / 2);
      const x = row * (barWidth + 16);
      let y = box.height;
      bars.push({ side, x, y: box.height - (total / max) * box.height, width: barWidth, height: (total / max) * box.height, total });
      const other = compared[side];
      if (other) references.push({ side, x: x - 4, y: box.height - (other / max) * box.height, width: barWidth + 8, height: 0, total: other });
      sides[side].forEach((segment, index) => {
        const height = (segment.amount / max) * box.height;
        y -= height;
        rects.push({ side, segment, index, x, y, width: barWidth, height, share: shareOf(side) ? segment.amount / shareOf(side) : 0, label: height > fontSize * 1.4 ? fitText(segment.name, barWidth - 8, fontSize) : '' });
      });
    }
  });
  return { orientation, rects, bars, max, references };
}

function sum(segments: BalanceSegment[]): number {
  return segments.reduce((s, x) => s + x.amount, 0);
}
