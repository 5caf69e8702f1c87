/**
 * Keyboard and tooltip behaviour shared by the chart widgets: a chart is one tab stop whose marks
 * (cells, segments) are reached with the arrow keys in reading order, and a tooltip follows the
 * mark under the pointer or focus without ever leaving the chart box.
 */

/** The mark index an arrow, Home or End key moves to; undefined for other keys. */
export function movedIndex(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** Places `tip` centred below `anchor` (above it when there is no room), clamped inside `box`. */
export function placeTooltip(
  tip: HTMLElement,
  anchor: { x: number; y: number; width: number; height: number },
  box: { width: number; height: number },
): void {
  const left = Math.max(0, Math.min(box.width - tip.offsetWidth, anchor.x + anchor.width / 2 - tip.offsetWidth / 2));
  const below = anchor.y + anchor.height + 4;
  const above = anchor.y - tip.offsetHeight - 4;
  // Below the mark, else above it; a mark as tall as the chart (a large treemap cell) gets it at
  // its own bottom, clear of the label its top-left corner carries.
  const top =
    below + tip.offsetHeight <= box.height
      ? below
      : above >= 0
        ? above
        : Math.max(0, Math.min(box.height - tip.offsetHeight, anchor.y + anchor.height - tip.offsetHeight - 4));
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}
