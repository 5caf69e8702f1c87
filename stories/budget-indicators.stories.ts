import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { embedSnippet, sample, choiceControl } from './helpers.js';
import { commonStories, rendered } from './widget-stories.js';

const tag = 'budget-indicators';
const common = commonStories(tag, 'tr.indicator');

const meta: Meta = {
  title: 'Widgets/budget-indicators',
  component: tag,
  render: common.render,
  args: { data: sample, lang: 'zh-CN', sort: 'document', 'page-size': 50 },
  argTypes: {
    project: { control: 'select', options: ['', ...sample.entities[0].projects.map((p) => p.code)] },
    level1: { control: 'select', options: ['', '产出指标', '效益指标', '满意度指标'] },
    kind: choiceControl('budget-indicators', 'kind', 'inline-radio', true),
    signal: choiceControl('budget-indicators', 'signal', 'select', true),
    sort: choiceControl('budget-indicators', 'sort'),
    query: { control: 'text' },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
    data: { control: false },
  },
  parameters: { docs: { description: { component: `Every project's performance indicators in one table.\n\n\`\`\`html\n${embedSnippet(tag)}\n\`\`\`` } } },
};
export default meta;
type Story = StoryObj;

export const Sample: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, tag);
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    await userEvent.type(search, '公平正义');
    await waitFor(() => expect(root.querySelectorAll('tr.indicator')).toHaveLength(1));
    await userEvent.click(root.querySelector('tr.indicator .toggle button')!);
    await waitFor(() => expect(root.querySelector('tr.detail:not([hidden])')?.textContent).toContain('指标值确定依据'));
  },
};
export const QualitySignals: Story = { args: { signal: 'truncated-name' } };
export const SortedByBudget: Story = { args: { sort: 'budget' } };
export const NarrowScreenCards: Story = { args: { width: 360, 'page-size': 10 } };
export const Dark: Story = common.Dark;
export const LargeText: Story = common.LargeText;
export const English: Story = common.English;
export const FromUrl: Story = common.FromUrl;
export const Loading: Story = common.Loading;
export const ErrorBadUrl: Story = common.ErrorBadUrl;
export const ErrorInvalidDataset: Story = common.ErrorInvalidDataset;
export const Empty: Story = common.Empty;
export const Large: Story = common.Large;
