// Downloads for analysts: the dataset as JSON, a widget's rows as CSV, a chart as SVG or PNG.
// Charts are drawn with CSS classes in a shadow root; a standalone SVG file carries the computed
// styles inline instead.

const STYLE_PROPERTIES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'];

export function download(name: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What an exported image says besides its chart: its heading, and where its figures come from. */
export interface ChartCaption {
  /** Source, unit and date: 来源：… · 单位：万元 · 导出：2026-11-25. */
  footer: string;
}

const HEADER = 30;
const FOOTER = 22;

function svgText(text: string, x: number, y: number, size: number, weight = '400', fill = '#1f2328'): SVGTextElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  element.setAttribute('style', `font-size:${size}px;font-weight:${weight};fill:${fill};font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif`);
  element.textContent = text;
  return element;
}

/**
 * The chart of a widget as a standalone SVG document, styles inlined, with its heading above and
 * its source, unit and date below: an image that travels alone still says what it shows. Null
 * when it has no chart.
 */
export function chartSvg(widget: HTMLElement, caption?: ChartCaption): string | null {
  const svg = widget.shadowRoot?.querySelector<SVGSVGElement>('.chart svg');
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const computed = getComputedStyle(original);
    const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    copies[i].setAttribute('style', style);
    copies[i].removeAttribute('tabindex');
  });
  const heading = widget.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim() ?? '';
  const top = caption && heading ? HEADER : 0;
  const bottom = caption ? FOOTER : 0;
  const [width, height] = [Math.round(box.width), Math.round(box.height) + top + bottom];
  const root = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = getComputedStyle(widget).getPropertyValue('background-color') || '#ffffff';
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background === 'rgba(0, 0, 0, 0)' ? '#ffffff' : background);
  root.append(rect);
  if (top) root.append(svgText(heading, 4, 20, 16, '600'));
  copy.setAttribute('y', String(top));
  copy.setAttribute('width', String(Math.round(box.width)));
  copy.setAttribute('height', String(Math.round(box.height)));
  root.append(copy);
  if (caption) root.append(svgText(caption.footer, 4, height - 7, 11, '400', '#57606a'));
  return new XMLSerializer().serializeToString(root);
}

/** The chart as a PNG at twice its size on screen. */
export async function chartPng(widget: HTMLElement, caption?: ChartCaption): Promise<Blob | null> {
  const svg = chartSvg(widget, caption);
  if (!svg) return null;
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
