/**
 * An element's content size as reactive state: charts lay out from it and re-render when it
 * changes. Observes the host, or `target()` (an element of the host's shadow root, such as the
 * chart box) once it has rendered. Disconnected when the host leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly target?: () => Element | null | undefined;
  private observed?: Element;

  constructor(host: ReactiveControllerHost & HTMLElement, target?: () => Element | null | undefined) {
    this.host = host;
    this.target = target;
    host.addController(this);
  }

  hostUpdated(): void {
    this.observeTarget();
  }

  private observeTarget(): void {
    if (!this.observer) return;
    const element = this.target?.() ?? this.host;
    if (element === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(element);
    this.observed = element;
    // Measure a new box at once rather than a frame later, when the observer first reports: a chart
    // then draws in the same frame as its data arrives.
    this.resize(element.clientWidth, element.clientHeight);
  }

  private resize(width: number, height: number): void {
    if (width !== this.width || height !== this.height) {
      this.width = width;
      this.height = height;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      // Sub-pixel jitter would re-lay out the chart for nothing.
      this.resize(Math.round(box.width), Math.round(box.height));
    });
    this.observeTarget();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
