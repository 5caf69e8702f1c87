import { defineElement } from '../../base/define.js';
import { BudgetCatalogElement } from './budget-catalog.js';

defineElement('budget-catalog', BudgetCatalogElement);

declare global {
  interface HTMLElementTagNameMap {
    'budget-catalog': BudgetCatalogElement;
  }
}

export { BudgetCatalogElement };
