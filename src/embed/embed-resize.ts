/**
 * For the page that holds budget-widgets iframes (embed.html): sets each iframe's height to its
 * content's, as the embed page reports it. Load it once, anywhere on the page:
 *
 *   <script src="…/embed-resize.js"></script>
 *
 * No imports and no exports, so it works as a classic script on old CMS templates. Only messages
 * from an iframe on this page, of the expected shape, are acted on.
 */
(() => {
  const MESSAGE = 'budget-widgets:height';
  const MAX_HEIGHT = 20000;
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== MESSAGE || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.max(0, Math.min(MAX_HEIGHT, Math.ceil(data.height)))}px`;
      }
    }
  });
})();
