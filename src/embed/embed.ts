/**
 * The iframe embed page (dist/embed.html loads this): for CMS editors that strip custom elements.
 *
 *   <iframe src="…/embed.html?widget=treemap&src=/data/budget-2024.json&lang=zh-CN&measure=total"
 *           title="部门预算：支出结构" style="width:100%;border:0" data-budget-widgets></iframe>
 *   <script src="…/embed-resize.js"></script>
 *
 * `widget` picks the element, `src` the dataset (same origin as this page only: a link must not be
 * able to show someone else's figures under the portal's address), and the element's own
 * attributes follow. The page tells its parent its height (postMessage), which embed-resize.js
 * applies to the iframe.
 */
import '../bundle.js';
import { attributesOf } from '../base/attributes.js';

/** The widgets this page shows, by the name the query string gives (`widget=treemap`). */
const WIDGETS = ['summary', 'balance', 'treemap', 'timeline', 'indicators', 'findings'];


/** The message this page posts to its parent; embed-resize.js listens for it. */
export const HEIGHT_MESSAGE = 'budget-widgets:height';

/** Where the iframes of one page keep the dataset texts they asked for, on the page itself. */
const SHARED_KEY = '__budgetWidgetsEmbedTexts';

/**
 * The text of the dataset at `url`, fetched once for all the iframes of the page: a portal page
 * with four embedded charts of one dataset downloads it once. The texts live on the top window
 * when it is of this origin (a text, not a parsed object, so that no object crosses documents);
 * null when it is not, and each iframe then fetches its own.
 */
function sharedText(url: string): Promise<string> | null {
  // The map and the request belong to the top window's realm: an iframe removed while the request
  // is under way must not take the other iframes' promise with it.
  let top: typeof globalThis & { [SHARED_KEY]?: Map<string, Promise<string>> };
  let store: Map<string, Promise<string>>;
  try {
    top = window.top as unknown as typeof top;
    if (!top || top === (window as unknown)) return null;
    store = top[SHARED_KEY] ??= new top.Map();
  } catch {
    return null;
  }
  let text = store.get(url);
  if (!text) {
    text = top.fetch(url, { credentials: 'same-origin' }).then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))));
    store.set(url, text);
    text.catch(() => store.delete(url));
  }
  return text;
}

function showProblem(text: string): void {
  const box = document.createElement('p');
  box.setAttribute('role', 'alert');
  box.className = 'embed-error';
  box.textContent = text;
  document.body.replaceChildren(box);
}

function mount(): void {
  const params = new URLSearchParams(location.search);
  const widget = params.get('widget') ?? '';
  if (!WIDGETS.includes(widget)) {
    showProblem(`embed.html: widget="${widget}" is not one of ${WIDGETS.join(', ')}.`);
    return;
  }
  const src = params.get('src') ?? '';
  let url: URL;
  try {
    url = new URL(src, location.href);
  } catch {
    showProblem(`embed.html: src="${src}" is not a URL.`);
    return;
  }
  if (!src || url.origin !== location.origin) {
    showProblem(`embed.html: src must be a dataset on this site (${location.origin}); got "${src}".`);
    return;
  }
  const element = document.createElement(`budget-${widget}`) as HTMLElement & { data: unknown };
  const shared = sharedText(url.href);
  // One request for every iframe of the page; should it fail, the element asks for itself and
  // says what went wrong, with the URL, as it does for any src.
  if (shared) shared.then((text) => (element.data = JSON.parse(text))).catch(() => element.setAttribute('src', url.href));
  else element.setAttribute('src', url.href);
  // Every attribute the element declares, except src, which this page checks itself.
  for (const name of attributesOf(element.localName).filter((n) => n !== 'src')) {
    const value = params.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  if (params.get('lang')) document.documentElement.lang = params.get('lang')!;
  document.body.replaceChildren(element);
}

/** Tells the parent page how tall the content is, whenever that changes. */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  }).observe(document.documentElement);
}

mount();
reportHeight();
