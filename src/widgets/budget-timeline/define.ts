import { defineElement } from '../../base/define.js';
import { BudgetTimelineElement } from './budget-timeline.js';

defineElement('budget-timeline', BudgetTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'budget-timeline': BudgetTimelineElement;
  }
}

export { BudgetTimelineElement };
