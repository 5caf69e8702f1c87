import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { embedSnippet, sample, choiceControl } from './helpers.js';
import { commonStories, rendered } from './widget-stories.js';

const tag = 'budget-timeline';
const common = commonStories(tag, 'svg [role="button"]');

const meta: Meta = {
  title: 'Widgets/budget-timeline',
  component: tag,
  render: common.render,
  // A fixed "today", so the story looks the same every day.
  args: { data: sample, mode: 'combined', scale: 'amount', today: '2024-08-15', 'late-threshold': 0.5, top: 5, lang: 'zh-CN', 'table-visible': false },
  argTypes: {
    mode: choiceControl('budget-timeline', 'mode'),
    scale: choiceControl('budget-timeline', 'scale'),
    project: { control: 'select', options: ['', ...sample.entities[0].projects.map((p) => p.code)] },
    'late-threshold': { control: { type: 'range', min: 0.1, max: 1, step: 0.05 } },
    top: { control: { type: 'number', min: 1, max: 10 } },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
    data: { control: false },
  },
  parameters: { docs: { description: { component: `The disbursement plan over the year, against the budget and an even pace.\n\n\`\`\`html\n${embedSnippet(tag)}\n\`\`\`` } } },
};
export default meta;
type Story = StoryObj;

export const Sample: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, tag);
    await expect(root.querySelectorAll('.point')).toHaveLength(4);
    await expect(root.querySelector('[part="flags"]')?.textContent).toContain('572.00');
    (root.querySelector('.point[tabindex="0"]') as SVGGElement).focus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(root.querySelector('.tooltip')?.textContent).toContain('2,834.62'));
  },
};
export const LargestProjects: Story = { args: { mode: 'projects', scale: 'percent' } };
export const OneProjectWithBlanks: Story = { args: { project: '13091124P00002610001E' } };
export const NarrowScreen: Story = { args: { width: 340 } };
export const Dark: Story = common.Dark;
export const LargeText: Story = common.LargeText;
export const English: Story = common.English;
export const FromUrl: Story = common.FromUrl;
export const Loading: Story = common.Loading;
export const ErrorBadUrl: Story = common.ErrorBadUrl;
export const ErrorInvalidDataset: Story = common.ErrorInvalidDataset;
export const Empty: Story = common.Empty;
export const Large: Story = common.Large;
