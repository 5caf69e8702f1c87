/**
 * Pixel layout of the timeline: the year runs left to right (1 January at 0, each checkpoint at the
 * end of its month), cumulative amounts or shares bottom to top. Pure: view model and box in, marks
 * out, so it is tested without a browser layout.
 */
import { ticks } from 'd3-array';
import { line } from 'd3-shape';
import { textWidth } from '../../base/text-fit.js';
import type { SeriesPoint, TimelineSeries, TimelineView } from '../../data/timeline.js';

export type TimelineScale = 'amount' | 'percent';

/** Room around the plot; the top holds the unit label, clear of the top tick's label. */
export const MARGIN = { top: 26, right: 16, bottom: 28, left: 64 };
/** Where the unit label's baseline sits above the plot: the top tick's label reaches 7 px above it. */
export const UNIT_ABOVE = 12;

export interface PointMark {
  series: TimelineSeries;
  seriesIndex: number;
  point: SeriesPoint;
  /** The plotted value: amount or share in percent. */
  value: number;
  x: number;
  y: number;
}

export interface SeriesLayout {
  series: TimelineSeries;
  /** SVG path of the line; broken at gaps. */
  path: string;
  /** Where its direct label sits (after the last point), nudged apart from the others. */
  labelY: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  x: (month: number) => number;
  y: (value: number) => number;
  yTicks: number[];
  lines: SeriesLayout[];
  points: PointMark[];
  /** The budget line, in plotted units; null when series have different budgets (amount scale, several projects). */
  budgetValue: number | null;
  /** The plan of the document compared with, as a path; '' without one. */
  overlayPath: string;
  /** The checkpoints whose labels fit under the axis. */
  monthLabels: number[];
  /** Even pace (the budget times the share of the year elapsed at each checkpoint) as a path; '' without one budget. */
  evenPacePath: string;
}

/** A point's plotted value on the chosen scale; null for a gap. */
export function plotted(point: SeriesPoint, scale: TimelineScale): number | null {
  if (scale === 'percent') return point.share === null ? null : point.share * 100;
  return point.amount;
}

/** Room on the right for direct series labels, when there are several series. */
const LABEL_SPACE = 120;

export function layoutTimeline(
  view: TimelineView,
  options: { width: number; height: number; scale: TimelineScale; labels?: boolean; overlay?: TimelineSeries | null },
): TimelineLayout {
  const { width, height, scale } = options;
  const right = options.labels ? Math.min(LABEL_SPACE, width * 0.3) : MARGIN.right;
  const plot = { left: MARGIN.left, top: MARGIN.top, right: Math.max(MARGIN.left + 1, width - right), bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom) };
  const single = view.series.length === 1 && view.series[0].kind !== 'others';
  const budgetValue = scale === 'percent' ? 100 : single ? view.series[0].budget : null;
  const values = [...view.series, ...(options.overlay ? [options.overlay] : [])].flatMap((s) => s.points.map((p) => plotted(p, scale) ?? 0));
  const top = Math.max(1e-9, budgetValue ?? 0, ...values);
  const yTicks = ticks(0, top, Math.max(2, Math.floor((plot.bottom - plot.top) / 48)));
  const yMax = Math.max(top, yTicks[yTicks.length - 1] ?? top);
  const x = (month: number) => plot.left + (month / 12) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - (value / yMax) * (plot.bottom - plot.top);

  const points: PointMark[] = [];
  const lines = view.series.map((series, seriesIndex) => {
    // Every plan starts the year at 0: nothing is spent before 1 January.
    const coords: ([number, number] | null)[] = [[x(0), y(0)]];
    for (const point of series.points) {
      const value = plotted(point, scale);
      if (value === null) {
        coords.push(null);
        continue;
      }
      const mark = { series, seriesIndex, point, value, x: x(point.month), y: y(value) };
      points.push(mark);
      coords.push([mark.x, mark.y]);
    }
    const path = line<[number, number] | null>()
      .defined((d) => d !== null)
      .x((d) => d![0])
      .y((d) => d![1])(coords) ?? '';
    const last = [...coords].reverse().find((c) => c !== null)!;
    return { series, path, labelY: last[1] };
  });
  spreadLabels(lines, 14, plot.top, plot.bottom);

  const paceBudget = budgetValue ?? 0;
  const evenPace = budgetValue === null ? [] : [0, ...view.months].map((month) => ({ x: x(month), y: y((paceBudget * month) / 12) }));
  const evenPacePath = evenPace.length ? (line<{ x: number; y: number }>().x((d) => d.x).y((d) => d.y)(evenPace) ?? '') : '';
  // The other document's plan, on the same scales: a line without marks (its figures are in the table).
  const overlay = options.overlay;
  const overlayPath = overlay
    ? (line<[number, number] | null>()
        .defined((d) => d !== null)
        .x((d) => d![0])
        .y((d) => d![1])([[x(0), y(0)], ...overlay.points.map((p): [number, number] | null => (plotted(p, scale) === null ? null : [x(p.month), y(plotted(p, scale)!)]))]) ?? '')
    : '';
  return { width, height, plot, x, y, yTicks, lines, points, budgetValue, evenPacePath, overlayPath, monthLabels: thinLabels(view, x) };
}

/**
 * The checkpoints whose labels are shown: all when they fit, else every second, third… (always
 * the last, the year's end), so that labels never run together on a phone.
 */
function thinLabels(view: TimelineView, x: (month: number) => number, fontSize = 12): number[] {
  const months = view.months;
  if (months.length < 2) return [...months];
  const widest = Math.max(...months.map((m) => textWidth(view.labels[m] ?? '', fontSize)));
  const spacing = Math.min(...months.slice(1).map((m, i) => x(m) - x(months[i]!)));
  const step = Math.max(1, Math.ceil((widest + 6) / Math.max(1, spacing)));
  return months.filter((_, i) => (months.length - 1 - i) % step === 0);
}

/** Moves direct labels apart so that no two overlap, keeping them inside the plot. */
function spreadLabels(lines: SeriesLayout[], gap: number, top: number, bottom: number): void {
  const sorted = [...lines].sort((a, b) => a.labelY - b.labelY);
  for (let i = 1; i < sorted.length; i++) sorted[i].labelY = Math.max(sorted[i].labelY, sorted[i - 1].labelY + gap);
  const overflow = (sorted[sorted.length - 1]?.labelY ?? 0) - bottom;
  if (overflow > 0) for (const l of sorted) l.labelY = Math.max(top, l.labelY - overflow);
}

/** Position of "today" on the x axis (months elapsed), or null outside the budget year. */
export function todayMonth(today: Date, year: number): number | null {
  if (today.getFullYear() !== year) return null;
  const start = new Date(year, 0, 1).getTime();
  const end = new Date(year + 1, 0, 1).getTime();
  return ((today.getTime() - start) / (end - start)) * 12;
}
