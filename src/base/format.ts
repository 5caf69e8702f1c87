/**
 * Number formatting with the reader's locale. Amounts keep the two decimals the documents print,
 * so a figure on screen can be found in the source table.
 */
import { type Lang, unitLabel } from './i18n.js';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(lang, options)));
  return f;
}

/** "2,654.52" (no unit). */
export function formatAmount(value: number, lang: Lang): string {
  return formatter(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** "2,654.52 万元" / "2,654.52 10k CNY". */
export function formatAmountWithUnit(value: number, unit: string, lang: Lang): string {
  return `${formatAmount(value, lang)} ${unitLabel(unit, lang)}`;
}

/** A share 0–1 as a percentage with one decimal: "83.4%". */
export function formatShare(share: number, lang: Lang): string {
  return formatter(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** A plain number as the reader's locale writes it, up to six decimals: "14,000", "0.5". */
export function formatNumber(value: number, lang: Lang): string {
  return formatter(lang, { maximumFractionDigits: 6 }).format(value);
}

/** A change as a signed percentage with one decimal: "+21.5%", "−3.2%", "0.0%". */
export function formatChange(ratio: number, lang: Lang): string {
  return formatter(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(ratio);
}

/** A signed amount with two decimals: "+466.83", "−12.00". */
export function formatSignedAmount(value: number, lang: Lang): string {
  return formatter(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
}
