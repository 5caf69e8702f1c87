/**
 * A compared figure as the reader reads it, naming what it is compared with: "比2024年预算
 * +21.5%（+466.83）", "为2024年预算的 96.3%", "2024年预算未列此项". Shared by every widget that
 * shows comparisons, in the summary, tooltips, tables and accessible names alike.
 */
import type { ComparisonBasis, FigureComparison } from '../data/compare.js';
import type { BudgetDataset } from '../model/schema.js';
import { formatAmount, formatChange, formatShare, formatSignedAmount } from './format.js';
import { type Lang, msg } from './i18n.js';

export function comparisonText(
  figure: FigureComparison,
  basis: ComparisonBasis,
  currentKind: BudgetDataset['meta']['kind'],
  lang: Lang,
  { amounts = true, count = false }: { amounts?: boolean; count?: boolean } = {},
): string {
  const params = { year: basis.year, kind: msg(lang, `kind_${basis.kind}` as const) };
  if (figure.other === null) return msg(lang, 'compareAbsent', params);
  if (figure.current === null) return msg(lang, 'compareRemoved', { ...params, amount: formatAmount(figure.other, lang) });
  if (basis.mode === 'execution' && figure.ratio !== null) {
    return msg(lang, currentKind === 'final-accounts' ? 'compareExecutionOfBudget' : 'compareExecutionByFinal', { ...params, ratio: formatShare(figure.ratio, lang) });
  }
  const change = figure.change ?? 0;
  const amount = count ? (change > 0 ? `+${change}` : String(change)) : formatSignedAmount(change, lang);
  if (figure.ratio === null) return msg(lang, 'compareFromZero', { ...params, amount });
  return msg(lang, amounts ? 'compareChange' : 'compareChangeShort', { ...params, ratio: formatChange(figure.ratio, lang), amount });
}
