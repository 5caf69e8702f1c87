import { defineElement } from '../../base/define.js';
import { BudgetFindingsElement } from './budget-findings.js';

defineElement('budget-findings', BudgetFindingsElement);

declare global {
  interface HTMLElementTagNameMap {
    'budget-findings': BudgetFindingsElement;
  }
}

export { BudgetFindingsElement };
