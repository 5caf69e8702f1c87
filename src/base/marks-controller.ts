/**
 * The interaction every chart shares, as a Lit reactive controller (the pattern of Spectrum's
 * `RovingTabindex`): the chart is one tab stop whose marks (cells, segments, points) the arrow keys,
 * Home and End walk in reading order; Enter or Space activates the mark; the pointer or the focus
 * shows its tooltip, placed under the mark and never outside the chart box. A chart gives its
 * marks and what activating one means; it copies none of this.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { movedIndex, placeTooltip } from './chart-interaction.js';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MarksOptions<Mark> {
  /** The marks as last laid out, in reading order. */
  marks: () => readonly Mark[];
  /** A key that survives a new layout (a code), so the hovered mark stays hovered. */
  keyOf: (mark: Mark, index: number) => string;
  /** Where the mark is drawn, for the tooltip. */
  anchorOf: (mark: Mark) => Box;
  /** The chart box the tooltip stays inside. */
  box: () => { width: number; height: number };
  /** Selector of the active mark, to focus it after a render. */
  activeSelector: string;
  /** What Enter, Space or a click does. */
  activate: (mark: Mark) => void;
  /** Keys of the chart's own (Escape to go up); true when handled. */
  onKey?: (event: KeyboardEvent) => boolean;
}

export class MarksController<Mark> implements ReactiveController {
  private activeAt = 0;
  private hoveredKey: string | null = null;
  private focusPending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: MarksOptions<Mark>,
  ) {
    host.addController(this);
  }

  /** The index of the mark that holds the tab stop, within the marks there are. */
  get active(): number {
    return Math.min(this.activeAt, Math.max(0, this.options.marks().length - 1));
  }

  /** The mark under the pointer or the focus, if any. */
  get hovered(): Mark | undefined {
    if (this.hoveredKey === null) return undefined;
    return this.options.marks().find((m, i) => this.options.keyOf(m, i) === this.hoveredKey);
  }

  /** Back to the first mark, nothing hovered: a new level, measure or project. Call from `willUpdate`. */
  reset(): void {
    this.activeAt = 0;
    this.hoveredKey = null;
  }

  /** Focuses the active mark after the next render (after a drill, the new level's first cell). */
  focusAfterRender(): void {
    this.focusPending = true;
    this.host.requestUpdate();
  }

  readonly keydown = (event: KeyboardEvent): void => {
    const marks = this.options.marks();
    if (!marks.length) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.options.activate(marks[this.active]);
      return;
    }
    if (this.options.onKey?.(event)) {
      event.preventDefault();
      return;
    }
    const index = movedIndex(event.key, this.active, marks.length);
    if (index === undefined) return;
    event.preventDefault();
    this.activeAt = index;
    this.hoveredKey = this.options.keyOf(marks[index], index);
    this.focusAfterRender();
  };

  readonly leave = (): void => {
    this.hoveredKey = null;
    this.host.requestUpdate();
  };

  /** The pointer is over mark `index`. */
  enter(index: number): void {
    this.hoveredKey = this.keyAt(index);
    this.host.requestUpdate();
  }

  /** Mark `index` took the focus (Tab, or a click). */
  focus(index: number): void {
    this.activeAt = index;
    this.hoveredKey = this.keyAt(index);
    this.host.requestUpdate();
  }

  /** Mark `index` was clicked. */
  click(index: number): void {
    this.activeAt = index;
    const mark = this.options.marks()[index];
    if (mark) this.options.activate(mark);
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.focusPending) {
      this.focusPending = false;
      (this.host.renderRoot.querySelector(this.options.activeSelector) as HTMLElement | SVGElement | null)?.focus();
    }
    const tip = this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
    const mark = this.hovered;
    if (tip && mark) placeTooltip(tip, this.options.anchorOf(mark), this.options.box());
  }

  private keyAt(index: number): string | null {
    const mark = this.options.marks()[index];
    return mark === undefined ? null : this.options.keyOf(mark, index);
  }
}
