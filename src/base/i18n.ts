/**
 * Interface text in the languages we support. zh-CN is the default (the documents and most readers
 * are Chinese); en is for international readers and analysts. Data (names from the document) is
 * never translated.
 */

export type Lang = 'zh-CN' | 'en';

const zh = {
  loading: '正在加载预算数据…',
  empty: '暂无数据',
  errorTitle: '无法显示预算数据',
  errorKeptData: '仍显示上次成功加载的数据。',
  loadFailed: '无法加载 {src}：{reason}',
  httpError: '服务器返回 {status} {statusText}',
  notJson: '文件不是 JSON（以“{start}”开头）',
  timeout: '{seconds} 秒内未响应',
  networkError: '网络错误或跨域限制（{message}）',
  invalidDataset: '{src} 不是有效的预算数据集：{problems}',
  noData: '未设置数据：请设置 src 属性或 data 属性。',
  showTable: '显示数据表',
  hideTable: '隐藏数据表',
  income: '收入',
  expenditure: '支出',
  incomeTotal: '本年收入合计',
  expenditureTotal: '本年支出合计',
  difference: '收支差额',
  balanced: '收支平衡',
  unbalanced: '收支不平衡：相差 {amount}',
  basic: '基本支出',
  project: '项目支出',
  projects: '项目',
  checksPassed: '{passed} 项一致性校验通过',
  checksFailed: '{failed} 项一致性校验未通过',
  unit: '单位：{unit}',
  item: '项目',
  amount: '金额',
  share: '占比',
  summaryCaption: '{name}{year}年预算概览',
  breadcrumb: '分类路径',
  balanceLabel: '收入与支出对比：收入 {income}，支出 {expenditure}。方向键移动，回车选择。',
  noBudget: '无预算',
  unitHeading: '单位',
  carriedIn: '上年结转结余',
  carriedOut: '年终结转结余',
  balanceCaption: '{name}收入与支出，单位：{unit}',
  side: '类别',
  consistencyWarning: '一致性校验：{message}',
  noSuchClass: '没有编码为 {code} 的分类科目。',
  code: '科目编码',
  name: '科目名称',
  shareOfParent: '占上级',
  shareOfTotal: '占总额',
  smallItems: '图中较小的项目',
  treemapLabel: '{name}：支出结构，共 {count} 项。方向键移动，回车进入下一级，Esc 返回上一级。',
  levelAnnounce: '当前：{name}，{count} 项',
  treemapCaption: '{name}支出（{measure}），单位：{unit}',
  measure_total: '合计',
  measure_basic: '基本支出',
  measure_project: '项目支出',
  measure_personnel: '人员经费',
  measure_publicUse: '公用经费',
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  loading: 'Loading budget data…',
  empty: 'No data to show',
  errorTitle: 'The budget data cannot be shown',
  errorKeptData: 'Still showing the data that last loaded successfully.',
  loadFailed: 'Could not load {src}: {reason}',
  httpError: 'the server answered {status} {statusText}',
  notJson: 'the file is not JSON (it starts with "{start}")',
  timeout: 'no answer within {seconds} seconds',
  networkError: 'network error or cross-origin restriction ({message})',
  invalidDataset: '{src} is not a valid budget dataset: {problems}',
  noData: 'No data: set the src attribute or the data property.',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  income: 'Income',
  expenditure: 'Expenditure',
  incomeTotal: 'Total income',
  expenditureTotal: 'Total expenditure',
  difference: 'Difference',
  balanced: 'Income and expenditure balance',
  unbalanced: 'Income and expenditure differ by {amount}',
  basic: 'Basic expenditure',
  project: 'Project expenditure',
  projects: 'Projects',
  checksPassed: '{passed} consistency checks passed',
  checksFailed: '{failed} consistency checks failed',
  unit: 'Unit: {unit}',
  item: 'Item',
  amount: 'Amount',
  share: 'Share',
  summaryCaption: '{name} budget {year} at a glance',
  breadcrumb: 'Classification path',
  balanceLabel: 'Income against expenditure: income {income}, expenditure {expenditure}. Arrow keys move, Enter selects.',
  noBudget: 'no budget',
  unitHeading: 'Unit',
  carriedIn: 'Carried over from last year',
  carriedOut: 'Carried over to next year',
  balanceCaption: '{name}: income and expenditure, unit: {unit}',
  side: 'Side',
  consistencyWarning: 'Consistency check: {message}',
  noSuchClass: 'No classification with code {code}.',
  code: 'Code',
  name: 'Name',
  shareOfParent: 'Share of parent',
  shareOfTotal: 'Share of total',
  smallItems: 'Items too small to show in the chart',
  treemapLabel: '{name}: expenditure breakdown, {count} items. Arrow keys move, Enter opens the next level, Escape goes back up.',
  levelAnnounce: 'Now showing {name}, {count} items',
  treemapCaption: '{name} expenditure ({measure}), unit: {unit}',
  measure_total: 'total',
  measure_basic: 'basic expenditure',
  measure_project: 'project expenditure',
  measure_personnel: 'personnel',
  measure_publicUse: 'public use',
};

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zh, en };

/** The supported language closest to a BCP 47 tag: any `en-*` is English, anything else Chinese. */
export function resolveLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}

/** A message in the given language, with `{name}` placeholders filled from `params`. */
export function msg(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return CATALOGS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Names of amount units in English, for readers who do not read 万元. */
const UNIT_NAMES_EN: Record<string, string> = { 万元: '10k CNY', 元: 'CNY', 亿元: '100M CNY', 千元: '1k CNY' };

/** The amount unit as shown in interface text. */
export function unitLabel(unit: string, lang: Lang): string {
  return lang === 'en' ? (UNIT_NAMES_EN[unit] ?? unit) : unit;
}
