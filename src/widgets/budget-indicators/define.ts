import { defineElement } from '../../base/define.js';
import { BudgetIndicatorsElement } from './budget-indicators.js';

defineElement('budget-indicators', BudgetIndicatorsElement);

declare global {
  interface HTMLElementTagNameMap {
    'budget-indicators': BudgetIndicatorsElement;
  }
}

export { BudgetIndicatorsElement };
