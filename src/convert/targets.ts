/**
 * Indicator targets (指标值) as written in 绩效目标表: "≥90%", "≥90百分比", "100百分比", "≤1件",
 * "≥233元/月/人", "12次", "≥16800人" parse into comparison, number and unit; phrases such as
 * "年度预算" or "提升保障水平" are qualitative and kept as written.
 */
import type { Target } from '../model/schema.js';
import { toHalfWidth } from './numbers.js';

const COMPARISONS: Record<string, Target['comparison']> = {
  '≥': '>=',
  '>=': '>=',
  '≧': '>=',
  '不低于': '>=',
  '不少于': '>=',
  '大于等于': '>=',
  '≤': '<=',
  '<=': '<=',
  '≦': '<=',
  '不高于': '<=',
  '不超过': '<=',
  '小于等于': '<=',
  '>': '>',
  '大于': '>',
  '<': '<',
  '小于': '<',
  '=': '=',
  '等于': '=',
};

const UNIT_ALIASES: Record<string, string> = { 百分比: '%', '%': '%', '％': '%' };

const TARGET =
  /^(≥|>=|≧|≤|<=|≦|>|<|=|不低于|不少于|不高于|不超过|大于等于|小于等于|大于|小于|等于)?\s*(-?\d+(?:,\d{3})*(?:\.\d+)?)\s*([^\d\s].*)?$/;

/** Parses one target cell. Never throws: what does not parse is qualitative. */
export function parseTarget(written: string): Target {
  const text = written.trim();
  const normalised = toHalfWidth(text).replace(/\s+/g, '').replace(/。$/, '');
  const match = TARGET.exec(normalised);
  if (!match) return { text, qualitative: true };
  const [, sign, number, rawUnit] = match;
  const unit = rawUnit ? UNIT_ALIASES[rawUnit] ?? rawUnit : undefined;
  // "12月" is a month count here, but "1.城乡…" is a numbered phrase: a unit longer than a few
  // characters means the number only opens a sentence.
  if (unit && unit.length > 6) return { text, qualitative: true };
  const target: Target = { text, qualitative: false, comparison: sign ? COMPARISONS[sign] : '=', value: Number(number.replace(/,/g, '')) };
  if (unit) target.unit = unit;
  return target;
}
