/**
 * The host's content size as reactive state: charts lay out from it and re-render when it changes.
 * One ResizeObserver per element, disconnected when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      // Sub-pixel jitter would re-lay out the chart for nothing.
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width !== this.width || height !== this.height) {
        this.width = width;
        this.height = height;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
