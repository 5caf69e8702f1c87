import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { embedSnippet, renderElement } from './helpers.js';

const tag = 'budget-catalog';
const CATALOG_URL = '/sample-data/catalog/catalog.json';
const render = (args: Record<string, unknown>) => renderElement(tag, args);
const root = (canvasElement: HTMLElement) => canvasElement.querySelector(tag)!.shadowRoot!;
const drawn = (canvasElement: HTMLElement) => waitFor(() => expect(root(canvasElement).querySelector('.cell')).not.toBeNull(), { timeout: 5000 });

const meta: Meta = {
  title: 'Widgets/budget-catalog',
  component: tag,
  render,
  args: { src: CATALOG_URL, lang: 'zh-CN', kind: 'budget' },
  argTypes: {
    src: { control: 'text' },
    year: { control: 'inline-radio', options: [2025, 2024] },
    kind: { control: 'inline-radio', options: ['budget', 'final-accounts'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
  },
  parameters: {
    docs: {
      description: {
        component: `A portal's documents as \`budget-widgets catalog\` writes them: a picker of department × year × kind and an overview of the departments' totals of a year. \`for\` names the widgets a picked document is shown in.\n\n\`\`\`html\n${embedSnippet(tag).replace('src="/data/budget-2024.json"', 'src="/data/catalog.json" for="summary treemap"')}\n\`\`\``,
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Sample: Story = {
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    await expect(root(canvasElement).querySelectorAll('.picker tbody tr').length).toBeGreaterThanOrEqual(3);
  },
};
export const Year2024: Story = { name: '2024 overview', args: { year: 2024 }, play: ({ canvasElement }) => drawn(canvasElement) };
export const FinalAccounts: Story = { name: '决算 overview', args: { kind: 'final-accounts', year: 2024 }, play: ({ canvasElement }) => drawn(canvasElement) };
export const English: Story = { args: { lang: 'en' }, play: ({ canvasElement }) => drawn(canvasElement) };
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } }, play: ({ canvasElement }) => drawn(canvasElement) };
export const Phone: Story = { args: { width: 360 }, play: ({ canvasElement }) => drawn(canvasElement) };
export const ErrorBadUrl: Story = {
  name: 'Error: bad URL',
  args: { src: '/sample-data/no-such-catalog.json' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[role="alert"]')?.textContent).toContain('no-such-catalog.json'), { timeout: 5000 });
  },
};
