import { defineElement } from '../../base/define.js';
import { BudgetBalanceElement } from './budget-balance.js';

defineElement('budget-balance', BudgetBalanceElement);

declare global {
  interface HTMLElementTagNameMap {
    'budget-balance': BudgetBalanceElement;
  }
}

export { BudgetBalanceElement };
