import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { embedSnippet, sample, choiceControl } from './helpers.js';
import { commonStories, rendered } from './widget-stories.js';

const tag = 'budget-findings';
const common = commonStories(tag, '[part="heading"]');

const meta: Meta = {
  title: 'Widgets/budget-findings',
  component: tag,
  render: common.render,
  args: { data: sample, lang: 'zh-CN' },
  argTypes: {
    severity: choiceControl('budget-findings', 'severity', 'inline-radio', true),
    rule: { control: 'text' },
    table: { control: 'text' },
    entity: { options: ['', '313001'], control: { type: 'inline-radio', labels: { '': '313 部门（全部）', '313001': '313001 本级' } } },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
    data: { control: false },
  },
  parameters: { docs: { description: { component: `The consistency findings, in sentences, with their evidence.\n\n\`\`\`html\n${embedSnippet(tag)}\n\`\`\`` } } },
};
export default meta;
type Story = StoryObj;

export const Sample: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, tag);
    // The department and its 本级 unit share both findings: each is said once.
    await waitFor(() => expect(root.querySelectorAll('[part="finding"]').length).toBe(2));
    await expect(root.textContent).toContain('本级单位同');
  },
};
export const OnlyCertain: Story = { name: 'Filtered: 确定 only', args: { severity: 'certain' } };
export const OneUnit: Story = { args: { entity: '313001' } };
export const Dark: Story = common.Dark;
export const LargeText: Story = common.LargeText;
export const English: Story = common.English;
export const FromUrl: Story = common.FromUrl;
export const Loading: Story = common.Loading;
export const ErrorBadUrl: Story = common.ErrorBadUrl;
export const ErrorInvalidDataset: Story = common.ErrorInvalidDataset;
export const WithFindings: Story = common.WithFindings;
