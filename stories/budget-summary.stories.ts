import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { nextYear } from '../test/helpers/next-year.js';
import { embedSnippet, sample } from './helpers.js';
import { commonStories, rendered } from './widget-stories.js';

const tag = 'budget-summary';
const common = commonStories(tag, '[part="base"] dl');

const meta: Meta = {
  title: 'Widgets/budget-summary',
  component: tag,
  render: common.render,
  args: { data: sample, lang: 'zh-CN' },
  argTypes: {
    entity: { options: ['', '313001'], control: { type: 'inline-radio', labels: { '': '313 部门（全部）', '313001': '313001 本级' } } },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
    data: { control: false },
  },
  parameters: { docs: { description: { component: `The headline figures.\n\n\`\`\`html\n${embedSnippet(tag)}\n\`\`\`` } } },
};
export default meta;
type Story = StoryObj;

export const Sample: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, tag);
    await expect(root.textContent).toContain('2,654.52');
  },
};
export const OneUnit: Story = { args: { entity: '313001' } };
export const Dark: Story = common.Dark;
export const LargeText: Story = common.LargeText;
export const English: Story = common.English;
export const FromUrl: Story = common.FromUrl;
export const Loading: Story = common.Loading;
export const ErrorBadUrl: Story = common.ErrorBadUrl;
export const ErrorInvalidDataset: Story = common.ErrorInvalidDataset;
export const WithFindings: Story = common.WithFindings;
export const Large: Story = common.Large;

/** A next year derived from the sample (210 up 20 %, 213 gone, a new 款 under 201), compared with the sample. */
export const ComparedWithYearBefore: Story = {
  name: 'Compared with the year before',
  args: { data: nextYear(sample), compare: sample },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'budget-summary');
    await waitFor(() => expect(root.querySelector('[part="comparison"]')).not.toBeNull(), { timeout: 5000 });
  },
};
