// The states every widget shows, as story objects: each widget's stories file spreads these and
// adds its own attributes and interactions.
import type { StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { empty, holdSlowRequests, invalid, large, renderElement, sample, SAMPLE_URL, withFindings } from './helpers.js';

type Story = StoryObj;

/** The shadow root of the story's element, once it has rendered. */
export async function rendered(canvasElement: HTMLElement, tag: string): Promise<ShadowRoot> {
  const el = canvasElement.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el.shadowRoot!;
}

export function commonStories(tag: string, drawn: string) {
  const render = (args: Record<string, unknown>) => renderElement(tag, args);
  const hasDrawn = async (canvasElement: HTMLElement) => {
    await waitFor(() => expect(canvasElement.querySelector(tag)!.shadowRoot!.querySelector(drawn)).not.toBeNull(), { timeout: 5000 });
  };
  const Dark: Story = { args: { data: sample, theme: 'dark' }, render, parameters: { backgrounds: { default: 'dark' } }, play: ({ canvasElement }) => hasDrawn(canvasElement) };
  const LargeText: Story = { name: 'Large text (适老化)', args: { data: sample, largeText: true }, render, play: ({ canvasElement }) => hasDrawn(canvasElement) };
  const English: Story = { args: { data: sample, lang: 'en' }, render, play: ({ canvasElement }) => hasDrawn(canvasElement) };
  const FromUrl: Story = { name: 'From a URL (src)', args: { data: null, src: SAMPLE_URL }, render, play: ({ canvasElement }) => hasDrawn(canvasElement) };
  const Loading: Story = {
    args: { data: null, src: '/slow/budget.json' },
    render: (args) => {
      holdSlowRequests();
      return render(args);
    },
    play: async ({ canvasElement }) => {
      const root = await rendered(canvasElement, tag);
      await expect(root.querySelector('[role="status"]')?.textContent).toContain('正在加载');
    },
  };
  const ErrorBadUrl: Story = {
    name: 'Error: bad URL',
    args: { data: null, src: '/sample-data/no-such-file.json' },
    render,
    play: async ({ canvasElement }) => {
      // The message names the file (Storybook's server answers 404; other servers send an HTML page).
      await waitFor(() => expect(canvasElement.querySelector(tag)!.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('no-such-file.json'), { timeout: 5000 });
    },
  };
  const ErrorInvalidDataset: Story = {
    name: 'Error: invalid dataset',
    args: { data: invalid() },
    render,
    play: async ({ canvasElement }) => {
      await waitFor(() => expect(canvasElement.querySelector(tag)!.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('$.meta.year'), { timeout: 5000 });
    },
  };
  const Empty: Story = {
    args: { data: empty() },
    render,
    play: async ({ canvasElement }) => {
      await waitFor(() => expect(canvasElement.querySelector(tag)!.shadowRoot!.querySelector('[part="empty"]')).not.toBeNull(), { timeout: 5000 });
    },
  };
  const WithFindings: Story = { name: 'With consistency findings', args: { data: withFindings() }, render, play: ({ canvasElement }) => hasDrawn(canvasElement) };
  const Large: Story = { name: 'Large synthetic dataset', args: { data: large() }, render, play: ({ canvasElement }) => hasDrawn(canvasElement) };
  return { render, hasDrawn, Dark, LargeText, English, FromUrl, Loading, ErrorBadUrl, ErrorInvalidDataset, Empty, WithFindings, Large };
}
