import { defineElement } from '../../base/define.js';
import { BudgetTreemapElement } from './budget-treemap.js';

defineElement('budget-treemap', BudgetTreemapElement);

declare global {
  interface HTMLElementTagNameMap {
    'budget-treemap': BudgetTreemapElement;
  }
}

export { BudgetTreemapElement };
