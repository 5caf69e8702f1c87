import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { nextYear } from '../test/helpers/next-year.js';
import { embedSnippet, sample, choiceControl } from './helpers.js';
import { commonStories, rendered } from './widget-stories.js';

const tag = 'budget-treemap';
const common = commonStories(tag, 'svg [role="button"]');

const meta: Meta = {
  title: 'Widgets/budget-treemap',
  component: tag,
  render: common.render,
  args: { data: sample, measure: 'total', classification: 'function', path: '', lang: 'zh-CN', 'table-visible': false },
  argTypes: {
    measure: choiceControl('budget-treemap', 'measure', 'select'),
    classification: choiceControl('budget-treemap', 'classification'),
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
    data: { control: false },
  },
  parameters: { docs: { description: { component: `Where the money goes, by classification, with drill-down.\n\n\`\`\`html\n${embedSnippet(tag, 'measure="total"')}\n\`\`\`` } } },
};
export default meta;
type Story = StoryObj;

export const Sample: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, tag);
    const el = canvasElement.querySelector(tag)!;
    await userEvent.click(root.querySelector('.cell[data-code="208"]')!);
    await waitFor(() => expect(el.getAttribute('path')).toBe('208'));
    await expect(root.querySelector('[aria-current="location"]')?.textContent).toContain('社会保障和就业支出');
  },
};
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, tag);
    const first = root.querySelector('.cell[tabindex="0"]') as SVGGElement;
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect((root.activeElement as SVGGElement | null)?.dataset.code).not.toBe(first.dataset.code));
    await waitFor(() => expect(root.querySelector('.tooltip')).not.toBeNull());
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect((root.activeElement as SVGGElement | null)?.dataset.code).toBe(first.dataset.code));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvasElement.querySelector(tag)!.getAttribute('path')).toBe(first.dataset.code));
  },
};
export const EconomicClassification: Story = { args: { classification: 'economic', measure: 'total' } };
export const DrilledDown: Story = { args: { path: '20801' } };
export const NarrowScreen: Story = { args: { width: 320 } };
export const WithTable: Story = { args: { 'table-visible': true } };
export const Dark: Story = common.Dark;
export const LargeText: Story = common.LargeText;
export const English: Story = common.English;
export const FromUrl: Story = common.FromUrl;
export const Loading: Story = common.Loading;
export const ErrorBadUrl: Story = common.ErrorBadUrl;
export const ErrorInvalidDataset: Story = common.ErrorInvalidDataset;
export const Empty: Story = common.Empty;
export const Large: Story = common.Large;

/** A next year derived from the sample (210 up 20 %, 213 gone, a new 款 under 201), compared with the sample. */
export const ComparedWithYearBefore: Story = {
  name: 'Compared with the year before',
  args: { data: nextYear(sample), compare: sample },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'budget-treemap');
    await waitFor(() => expect(root.querySelector('[part="legend"]')).not.toBeNull(), { timeout: 5000 });
  },
};

/** A CSS custom property control sets the property on the element: 208's class colour (slot 7) turns navy. */
export const CustomPropertyControl: Story = {
  name: 'CSS custom property control',
  args: { '--budget-class-color-7': '#000080' },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'budget-treemap');
    await waitFor(() => expect(getComputedStyle(root.querySelector('.cell[data-code="208"] rect')!).fill).toBe('rgb(0, 0, 128)'), { timeout: 5000 });
  },
};
