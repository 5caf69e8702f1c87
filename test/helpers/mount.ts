// Mounting a chart widget the way a page does: inside a container of a given width, with its
// attributes, then data; resolves once the chart has measured its box and drawn its marks.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { BudgetDataset } from '../../src/model/schema.js';

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

export async function mountChart<T extends HTMLElement & { data: BudgetDataset | null; updateComplete: Promise<boolean> }>(
  tag: string,
  dataset: BudgetDataset,
  attributes: Record<string, string> = {},
  width = 640,
): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  el.data = dataset;
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('svg [role="button"]'), `<${tag}> drew no marks`);
  return el;
}
