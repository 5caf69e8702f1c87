/**
 * Findings in words for people, in Chinese (the default) or English, built from a check's fields
 * (rule, row, the two figures) rather than from its English `message`: 表“支出总表”201 一般公共服务支出
 * 的合计印为 98.00，各项相加为 97.00，相差 -1.00。
 */
import type { Check, CheckRule, CheckSeverity } from './checks.js';

export type CheckLanguage = 'zh-CN' | 'en';

/** What each rule compares, as a short phrase. */
const RULE_NAMES: Record<CheckRule, Record<CheckLanguage, string>> = {
  balance: { 'zh-CN': '收入总计与支出总计', en: 'income total against expenditure total' },
  'summary-sum': { 'zh-CN': '总计与其组成', en: 'a total against its items' },
  'row-parts': { 'zh-CN': '合计与各分项之和', en: 'a row total against its parts' },
  hierarchy: { 'zh-CN': '上级科目与下级科目之和', en: 'a classification against its sub-items' },
  'cross-table': { 'zh-CN': '不同表中的同一数', en: 'the same figure in two tables' },
  'units-sum': { 'zh-CN': '部门数与所属单位之和', en: 'the department against its units' },
  'projects-sum': { 'zh-CN': '项目支出与各项目预算之和', en: '项目支出 against the projects’ budgets' },
  'plan-never-decreases': { 'zh-CN': '累计支出计划不应减少', en: 'a cumulative plan never decreasing' },
  'plan-ends-at-budget': { 'zh-CN': '支出计划年末数与项目预算', en: 'a plan’s year-end figure against its budget' },
  'text-vs-table': { 'zh-CN': '说明文字中的数字与表格', en: 'a figure in the text against its table' },
  'required-table': { 'zh-CN': '应公开的表', en: 'a table the rules require' },
  'empty-table-statement': { 'zh-CN': '空表的说明', en: 'the statement an empty table needs' },
  'performance-targets': { 'zh-CN': '项目支出的绩效目标表', en: 'the 绩效目标表 of 项目支出' },
  'code-name': { 'zh-CN': '科目编码与科目名称', en: 'a classification code against its name' },
  'operating-costs': { 'zh-CN': '机关运行经费与公用经费', en: '机关运行经费 against 公用经费' },
};

export const SEVERITY_NAMES: Record<CheckSeverity, Record<CheckLanguage, string>> = {
  certain: { 'zh-CN': '确定', en: 'certain' },
  likely: { 'zh-CN': '疑似', en: 'likely' },
  note: { 'zh-CN': '提示', en: 'note' },
};

/** The rule's phrase in a language. */
export function ruleName(rule: CheckRule, lang: CheckLanguage = 'zh-CN'): string {
  return RULE_NAMES[rule][lang];
}

const figure = (value: number) => (Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6))));

/** An amount with its unit as a reader expects it: 万元 to two decimals with separators ("2,654.52 万元"). */
const amount = (value: number, unit: string | undefined, lang: CheckLanguage) => {
  const digits = unit === '万元' || unit === '亿元' ? 2 : undefined;
  const text = value.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN', digits === undefined ? { maximumFractionDigits: 6 } : { minimumFractionDigits: digits, maximumFractionDigits: Math.max(digits, 6) });
  return unit ? `${text} ${unit}` : text;
};

/** One finding as a sentence. */
export function describeCheck(check: Check, lang: CheckLanguage = 'zh-CN'): string {
  const where = check.row ? check.row : check.table;
  if (lang === 'en') {
    if (check.rule === 'plan-ends-at-budget') {
      const gap = amount(Math.abs(check.actual - check.expected), check.unit, lang);
      return `Project “${where}”${check.project ? ` (${check.project})` : ''}: its disbursement plan adds up to ${amount(check.actual, check.unit, lang)}, ${gap} ${check.actual < check.expected ? 'less' : 'more'} than its budget of ${amount(check.expected, check.unit, lang)}.`;
    }
    if (check.rule === 'operating-costs') return `The text's 机关运行经费 of ${amount(check.actual, check.unit, lang)} exceeds the 公用经费 of ${amount(check.expected, check.unit, lang)} in “${check.table}” (operating costs are paid from 公用经费).`;
    if (check.rule === 'code-name') return `${where} in “${check.table}”: other documents of the year name this code “${check.reference}”.`;
    if (check.rule === 'required-table') return `“${check.table}” is not in the document; the rules require it, printed empty when it has no figures.`;
    if (check.rule === 'empty-table-statement') return `“${check.table}” is empty and nothing in the document says why.`;
    if (check.rule === 'performance-targets') return `项目支出 is ${figure(check.expected)}, but the document has no 项目支出绩效目标表.`;
    if (check.rule === 'text-vs-table') return `${where}: the text says ${figure(check.actual)}, the table “${check.table}” gives ${figure(check.expected)}${check.excerpt ? ` (“${check.excerpt}”)` : ''}.`;
    return `${where}${check.field ? ` (${check.field})` : ''}, ${RULE_NAMES[check.rule].en}: ${amount(check.expected, check.unit, lang)} is printed, ${amount(check.actual, check.unit, lang)} is computed (difference ${amount(check.actual - check.expected, check.unit, lang)}).`;
  }
  if (check.rule === 'operating-costs') return `说明文字中的机关运行经费 ${amount(check.actual, check.unit, lang)} 超过了“${check.table}”的公用经费 ${amount(check.expected, check.unit, lang)}（机关运行经费出自公用经费，不应超过它）。`;
  if (check.rule === 'code-name') return `表“${check.table}”中科目 ${where}：同年其他文件中此编码的科目名称为“${check.reference}”。`;
  if (check.rule === 'required-table') return `缺少“${check.table}”：按公开要求应列示此表，无数据时应空表列示。`;
  if (check.rule === 'empty-table-statement') return `“${check.table}”为空表，但未说明原因（如“本部门无……，故本表无数据”）。`;
  if (check.rule === 'performance-targets') return `“${check.table}”的项目支出为 ${figure(check.expected)}，但文件中没有项目支出绩效目标表。`;
  if (check.rule === 'text-vs-table') return `${where}：说明文字写为 ${figure(check.actual)}，表“${check.table}”为 ${figure(check.expected)}${check.excerpt ? `（原文：“${check.excerpt}”）` : ''}。`;
  const project = `项目“${where}”${check.project ? `（${check.project}）` : ''}`;
  if (check.rule === 'plan-ends-at-budget') {
    const gap = amount(Math.abs(check.actual - check.expected), check.unit, lang);
    return `${project}的资金支出计划合计 ${amount(check.actual, check.unit, lang)}，比预算 ${amount(check.expected, check.unit, lang)}${check.actual < check.expected ? '少' : '多'} ${gap}。`;
  }
  if (check.rule === 'plan-never-decreases') return `${project}的累计支出计划由 ${amount(check.expected, check.unit, lang)} 降为 ${amount(check.actual, check.unit, lang)}。`;
  return `${where}（${RULE_NAMES[check.rule]['zh-CN']}）：印为 ${amount(check.expected, check.unit, lang)}，计算得 ${amount(check.actual, check.unit, lang)}，相差 ${amount(check.actual - check.expected, check.unit, lang)}。`;
}
