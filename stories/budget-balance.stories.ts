import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { embedSnippet, sample, choiceControl } from './helpers.js';
import { commonStories, rendered } from './widget-stories.js';

const tag = 'budget-balance';
const common = commonStories(tag, 'svg [role="button"]');

const meta: Meta = {
  title: 'Widgets/budget-balance',
  component: tag,
  render: common.render,
  args: { data: sample, table: 'summary', split: 'class', lang: 'zh-CN', 'table-visible': false },
  argTypes: {
    table: choiceControl('budget-balance', 'table'),
    split: choiceControl('budget-balance', 'split'),
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
    data: { control: false },
  },
  parameters: { docs: { description: { component: `Income against expenditure on one scale.\n\n\`\`\`html\n${embedSnippet(tag)}\n\`\`\`` } } },
};
export default meta;
type Story = StoryObj;

export const Sample: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, tag);
    await expect(root.querySelector('.totals')?.textContent).toContain('2,654.52');
  },
};
export const ByNature: Story = { args: { split: 'nature' } };
export const FiscalTable: Story = { args: { table: 'fiscal', split: 'economic' } };
export const NarrowScreen: Story = { args: { width: 360 } };
export const WithFindings: Story = {
  ...common.WithFindings,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(tag)!.shadowRoot!.querySelector('[part="warning"]')?.textContent).toContain('2,600.00 万元'), { timeout: 5000 });
  },
};
export const Dark: Story = common.Dark;
export const LargeText: Story = common.LargeText;
export const English: Story = common.English;
export const FromUrl: Story = common.FromUrl;
export const Loading: Story = common.Loading;
export const ErrorBadUrl: Story = common.ErrorBadUrl;
export const ErrorInvalidDataset: Story = common.ErrorInvalidDataset;
export const Large: Story = common.Large;
