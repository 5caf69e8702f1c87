import { defineElement } from '../../base/define.js';
import { BudgetSummaryElement } from './budget-summary.js';

defineElement('budget-summary', BudgetSummaryElement);

declare global {
  interface HTMLElementTagNameMap {
    'budget-summary': BudgetSummaryElement;
  }
}

export { BudgetSummaryElement };
