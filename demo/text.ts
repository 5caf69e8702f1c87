// The demo's own words, in one language at a time (the widgets have their catalogue; this is the
// page around them). `data-text="key"` marks an element whose text is `TEXT[lang][key]`.
export type DemoLang = 'zh-CN' | 'en';

const zh = {
  pageTitle: '部门预算可视化',
  catalogLink: '浏览示例文件目录（沧州、上海普陀的 5 份公开文件）',
  mode: '支出计划',
  modeCombined: '全部项目合计',
  modeProjects: '最大的项目分列',
  scale: '计划刻度',
  scaleAmount: '金额',
  scalePercent: '占预算 %',
  catalogTitle: '文件目录',
  comparedWith: '对比：{title}',
  skip: '跳到校验报告',
  intro: '部门预算公开文件 → 可交互图表。打开或拖入部门公开的预算文件（PDF、Word .docx、Excel .xlsx 或文本 .txt）或数据集（.json）。',
  settings: '设置',
  file: '文件',
  entity: '单位',
  language: '语言',
  theme: '主题',
  measure: '金额',
  classification: '分类',
  exportDataset: '下载数据集 JSON',
  allProjects: '显示全部项目',
  cancel: '取消',
  themeLight: '浅色',
  themeDark: '深色',
  themeAuto: '跟随系统',
  measureTotal: '合计',
  measureBasic: '基本支出',
  measureProject: '项目支出',
  classFunction: '功能分类',
  classEconomic: '经济分类',
  embed: '嵌入到网站',
  embedWidget: '图表',
  embedSrc: '数据集在您网站上的地址',
  embedIframe: 'iframe（CMS 不允许自定义标签时）',
  copy: '复制',
  copied: '已复制。',
  selected: '已选中，请按 Ctrl+C 复制。',
  report: '校验报告',
  fileProblems: '文件问题',
  source: '原文',
  sourceLine: '原文第 {line} 行',
  showing: '正在显示 {source}',
  reading: '正在读取 {file}…',
  readPages: '已读 {done}/{total} 页，找到 {tables} 张表',
  recognising: '正在识别表格…（{tables}）',
  unreadable: '无法读取 {file}，仍显示 {current}。{message}',
  tooSlow: '读取超过 {seconds} 秒，已停止。',
  cancelled: '已取消。',
  stopped: '转换程序意外停止。',
  projectsNotLinked: '{code} {name}：原文未说明项目对应的功能分类科目，因此项目图表不随分类筛选。',
  checksSummary: '{total} 项校验：{passed} 项通过，{failed} 项未通过。',
  none: '无。',
  severity_error: '错误',
  severity_warning: '警告',
  severity_info: '提示',
  line: '第 {line} 行',
};
const en: typeof zh = {
  pageTitle: 'Department budgets, visualised',
  catalogLink: 'Browse the sample catalog (5 published documents from 沧州 and 上海普陀)',
  mode: 'Spending plan',
  modeCombined: 'All projects combined',
  modeProjects: 'Largest projects apart',
  scale: 'Plan scale',
  scaleAmount: 'Amount',
  scalePercent: '% of budget',
  catalogTitle: 'Catalog',
  comparedWith: 'Compared with: {title}',
  skip: 'Skip to the consistency report',
  intro: 'A published budget disclosure → interactive charts. Open or drop a disclosure (PDF, .docx, .xlsx or .txt) or a dataset (.json) anywhere on this page.',
  settings: 'Settings',
  file: 'File',
  entity: 'Entity',
  language: 'Language',
  theme: 'Theme',
  measure: 'Measure',
  classification: 'Classification',
  exportDataset: 'Download the dataset (JSON)',
  allProjects: 'All projects',
  cancel: 'Cancel',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeAuto: 'System',
  measureTotal: 'Total',
  measureBasic: 'Basic expenditure',
  measureProject: 'Project expenditure',
  classFunction: 'By function',
  classEconomic: 'By economic class',
  embed: 'Embed on a portal',
  embedWidget: 'Widget',
  embedSrc: 'Dataset URL on your site',
  embedIframe: 'iframe (for editors that strip custom elements)',
  copy: 'Copy',
  copied: 'Copied.',
  selected: 'Selected: press Ctrl+C to copy.',
  report: 'Consistency report',
  fileProblems: 'Problems found in the file',
  source: 'Source',
  sourceLine: 'Source, line {line}',
  showing: 'Showing {source}',
  reading: 'Reading {file}…',
  readPages: 'Read {done}/{total} pages, {tables} tables',
  recognising: 'Recognising tables… ({tables})',
  unreadable: 'Could not read {file}; still showing {current}. {message}',
  tooSlow: 'Reading took longer than {seconds} s and was stopped.',
  cancelled: 'Cancelled.',
  stopped: 'The converter stopped unexpectedly.',
  projectsNotLinked: '{code} {name}: the document does not link projects to classification codes, so the project views are not filtered by class.',
  checksSummary: '{total} checks: {passed} passed, {failed} failed.',
  none: 'None.',
  severity_error: 'ERROR',
  severity_warning: 'WARNING',
  severity_info: 'INFO',
  line: 'line {line}',
};

export type TextKey = keyof typeof zh;
const TEXT: Record<DemoLang, typeof zh> = { 'zh-CN': zh, en };

let current: DemoLang = 'zh-CN';

/** The demo's language now. */
export function demoLang(): DemoLang {
  return current;
}

/** A phrase of the page in its language, `{name}` filled from `params`. */
export function say(key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXT[current][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Switches the page's own words (every `[data-text]`) and its `lang`. */
export function setDemoLang(lang: DemoLang): void {
  current = lang;
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) element.textContent = say(element.dataset.text as TextKey);
}
