/**
 * What the converter says about a document, as codes with parameters and one sentence per
 * language: the CLI, the demo and the widgets show a diagnostic in the reader's language
 * ({@link describeDiagnostic}); its `message` is the English one, for programs and logs.
 */
import type { Diagnostic } from './schema.js';

export type MessageLanguage = 'zh-CN' | 'en';

type Templates = Record<MessageLanguage, string>;

/** Every diagnostic code with its sentences; `{name}` is filled from the diagnostic's `params`. */
export const DIAGNOSTIC_MESSAGES = {
  // Reading a file
  'empty-file': { 'zh-CN': '{file}：文件是空的。', en: '{file}: the file is empty.' },
  'ole-format': {
    'zh-CN': '{file}：这是旧版 Office 或 WPS 文件（.doc、.xls、.wps 或 .et），无法在此读取。请用 Word、WPS 或 Excel 打开，另存为 .docx 或 .xlsx（或打印为 PDF）后再打开。',
    en: '{file}: this is an old Office or WPS file (.doc, .xls, .wps or .et), which cannot be read here. Open it in Word, WPS or Excel and save it as .docx or .xlsx (or print it to PDF), then open the new file.',
  },
  'unknown-zip': { 'zh-CN': '{file}：这是 ZIP 压缩包，但不是 Word（.docx）或 Excel（.xlsx）文件。', en: '{file}: a ZIP archive that is neither a Word (.docx) nor an Excel (.xlsx) file.' },
  'not-a-disclosure': {
    'zh-CN': '{file}：看起来是{looksLikeZh}，不是预算公开文件。请打开部门发布的 PDF、Word（.docx）、Excel（.xlsx）或文本文件。',
    en: '{file}: this looks like {looksLike}, not a budget disclosure. Open the PDF, Word (.docx), Excel (.xlsx) or text file the department published.',
  },
  'too-large': { 'zh-CN': '{file}：{size} 超过了 {format} 公开文件的上限 {limit}（真实文件一般只有几 MB）。是否选错了文件？', en: '{file}: {size} is more than the {limit} a {format} disclosure can be (the largest real ones are a few MB). Is it the right file?' },
  cancelled: { 'zh-CN': '{file}：已取消读取。', en: '{file}: reading was cancelled.' },
  'text-encoding': { 'zh-CN': '{file}：按 {encoding} 编码读取。', en: '{file}: read as {encoding} text.' },
  'pdf-worker-missing': { 'zh-CN': '{file}：在浏览器中读取 PDF 需要 pdf.js 的 worker，请向 convertFile 传入 pdf.workerPort。', en: "{file}: reading a PDF in the browser needs pdf.js's worker. Pass `pdf: { workerPort }` to convertFile." },
  'pdf-too-many-pages': { 'zh-CN': '{file}：共 {pages} 页，超过公开文件可能的 {limit} 页。是否选错了文件？', en: '{file}: {pages} pages is more than the {limit} a disclosure can have. Is it the right file?' },
  'pdf-damaged': { 'zh-CN': '{file}：PDF 已损坏或不完整，无法读取。请重新下载，或用 PDF 阅读器打开后另存一份。', en: '{file}: the PDF is damaged or truncated and cannot be read. Download it again, or open it in a PDF reader and save a new copy.' },
  'pdf-no-text': {
    'zh-CN': '{file}：PDF 没有文字层（{pages} 页都是图片，如扫描件），无法从图片中读取预算数字。请向部门索取可复制文字的版本。',
    en: '{file}: the PDF has no text layer (its {pages} page(s) are images, as in a scan). Budget figures cannot be read from images: ask the department for a copy with text.',
  },
  'pdf-encrypted': { 'zh-CN': '{file}：PDF 设有密码保护，无法读取其文字。请向部门索取未加密的版本。', en: '{file}: the PDF is protected by a password, so its text cannot be read. Ask the department for an unprotected copy.' },
  'pdf-page-damaged': { 'zh-CN': '{file}：第 {pages} 页无法读取（PDF 在此处损坏），已略去：这些页上的表格缺失。', en: '{file}: page(s) {pages} could not be read (the PDF is damaged there) and are left out: tables on them are missing.' },
  'pdf-unruled-table': {
    'zh-CN': '{file}：第 {pages} 页有不在表格线内的数字（没有画线的表格），已按段落保留，其中可能有表格遗漏的数字，请对照原文核对。',
    en: '{file}: page(s) {pages} print figures outside any ruled table (a table drawn without lines). Their text is kept as paragraphs and may hold figures the tables miss: check them against the document.',
  },
  'zip-too-large': { 'zh-CN': '{file}：解压后将超过 {limit}（真实文件只有几 MB），作为可疑文件拒绝读取。', en: '{file}: its parts would unpack to more than {limit} (a real document is a few MB). The file is refused as a possible ZIP bomb.' },
  'damaged-zip': { 'zh-CN': '{file}：文件已损坏或不完整。请用 Word、WPS 或 Excel 打开后重新保存。', en: '{file}: the file is damaged or truncated. Open it in Word, WPS or Excel and save it again.' },
  'xml-doctype': { 'zh-CN': '{file}：文件中含有文档类型声明（DOCTYPE），出于安全原因拒绝读取。', en: '{file}: the file declares a document type (DOCTYPE), which is refused for safety.' },
  // Recognising the disclosure
  'no-tables-text-only': {
    'zh-CN': '{file}：这份 {format} 只有公开文件的情况说明，没有表格；部门可能把表格（部门预算表、公开表）另作一个文件发布，请打开那个文件。',
    en: '{file}: this {format} holds the explanatory text of a disclosure (情况说明) but none of its tables; the department may publish the tables as a separate file (部门预算表, 公开表). Open that file.',
  },
  'unsupported-layout': {
    'zh-CN': '{file}：这像是从 PDF 中提取的文字（一行一个表格行，单元格以制表符分隔）。请直接打开 PDF 原件：转换器能读取 PDF、DOCX 和 XLSX 文件。',
    en: '{file}: this looks like text extracted from a PDF (a table row on one line, cells separated by tabs). Open the PDF itself instead: the converter reads PDF, DOCX and XLSX files.',
  },
  'no-tables': { 'zh-CN': '{file}：这份 {format} 中没有找到预算表。应为带表格的部门预算或部门决算公开文件。', en: '{file}: no budget table found in this {format}. Expected a 部门预算 or 部门决算 disclosure with its tables.' },
  'several-documents': {
    'zh-CN': '{file}：文件包含多份公开文件的表格（{what}：{documents}），第二份从第 {at} {atZh}开始；不能合并为一个数据集，请拆分文件，每次转换一份。',
    en: '{file}: this file holds the tables of several {whatEn} ({documents}); the second begins at {atEn} {at}. Convert one document at a time: split the file, one each.',
  },
  'entity-named-without-code': { 'zh-CN': '文件只写了部门名称“{name}”而没有编码，数据集按此名称归档其表格。', en: 'The document names its department "{name}" without a code; the dataset files its tables under that name.' },
  'entity-without-code': { 'zh-CN': '第 {line} 行的表格出现在任何注明部门或单位的表格之前，归入未命名的部门。', en: 'A table at line {line} comes before any table that names its department or unit; it is filed under an unnamed entity.' },
  'untitled-table': { 'zh-CN': '第 {line} 行起的表格行上方没有表名，按未识别的表保留。', en: 'Table rows at line {line} have no title above them; kept as an unrecognised table.' },
  'unrecognised-table': { 'zh-CN': '表“{table}”不是标准公开表，保留其原始单元格。', en: 'The table "{table}" is not one of the standard tables; it is kept with its raw cells.' },
  'unexpected-columns': { 'zh-CN': '表“{table}”缺少应有的栏目（{missing}），按未识别的表保留原始单元格。', en: 'The table "{table}" lacks the expected column(s) {missing}; it is kept as an unrecognised table with its raw cells.' },
  'missing-table': { 'zh-CN': '{entity}：未找到标准公开表 {tables}；文件可能不完整，或使用了其他表名。', en: '{entity}: the standard table(s) {tables} were not found; the document may be truncated or use other titles.' },
  'several-years': { 'zh-CN': '各表的预算年度不一致（{years}），数据集采用最常见的 {year} 年。', en: 'Tables give different budget years ({years}); the dataset uses {year}, the most common.' },
  'no-year': { 'zh-CN': '任何表头、标题或封面中都没有找到年度。', en: 'No 预算年度 found in any table heading, title or cover.' },
  'several-units': { 'zh-CN': '各表的金额单位不一致（{units}）；每张表记录自己的单位，数据集采用 {unit}。', en: "Tables use different amount units ({units}); each table records its own unit, the dataset's is {unit}." },
  'not-a-number': { 'zh-CN': '表“{table}”的“{column}”栏应为金额，实为“{found}”，已按文本保留。', en: 'Expected an amount in column "{column}" of "{table}", found "{found}"; kept as text.' },
  'extra-cells': { 'zh-CN': '此行有 {cells} 个单元格，但表“{table}”的表头只有 {columns} 栏；多出的单元格：{extra}。', en: 'Row has {cells} cells but the header of "{table}" has {columns} columns; extra cells: {extra}.' },
  // Projects
  'project-without-code': { 'zh-CN': '“{table}”中没有项目编码。', en: 'No 项目编码 found in "{table}".' },
  'project-without-budget': { 'zh-CN': '“{table}”中没有预算数。', en: 'No 预算数 found in "{table}".' },
  'project-without-indicators': { 'zh-CN': '“{table}”中没有绩效指标行。', en: 'No indicator rows found in "{table}".' },
  'indicator-row-rejoined': { 'zh-CN': '项目“{name}”有一行指标在导出时被拆成多行（单元格内有换行），已合并。', en: 'An indicator row of "{name}" was split across several rows in the export (a cell with a paragraph break); its parts were joined.' },
  'plan-reading-unknown': {
    'zh-CN': '项目“{name}”的资金支出计划无法判断是金额还是百分比：计划年末为 {last}，既不等于预算 {budget}，也不是 100%。',
    en: 'Disbursement plan of "{name}": the plan ends at {last}, neither the budget ({budget}) nor 100 %.',
  },
  'plan-empty': { 'zh-CN': '项目“{name}”的资金支出计划一个时间点也没有填写。', en: 'Disbursement plan of "{name}": no checkpoint is filled in.' },
} satisfies Record<string, Templates>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_MESSAGES;

/** What a refused file looks like, in Chinese (the sniffer names it in English). */
export const LOOKS_LIKE_ZH: Record<string, string> = {
  'a PNG image': 'PNG 图片',
  'a JPEG image': 'JPEG 图片',
  'a GIF image': 'GIF 图片',
  'a TIFF image (a scan?)': 'TIFF 图片（扫描件？）',
  'a WebP image': 'WebP 图片',
  'a binary file': '二进制文件',
  'an HTML page': '网页（HTML）',
  'an XML file': 'XML 文件',
  JSON: 'JSON 文件',
};

const fill = (template: string, params: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));

/** A diagnostic with its English message filled from the catalogue. */
export function diagnostic(severity: Diagnostic['severity'], code: DiagnosticCode, params: Record<string, string | number>, place: Omit<Diagnostic, 'severity' | 'code' | 'message' | 'params'> = {}): Diagnostic {
  return { severity, code, message: fill(DIAGNOSTIC_MESSAGES[code].en, params), params, ...place };
}

/** The English message of a code, for errors thrown before there is a diagnostic. */
export function diagnosticMessage(code: DiagnosticCode, params: Record<string, string | number>, lang: MessageLanguage = 'en'): string {
  return fill(DIAGNOSTIC_MESSAGES[code][lang], params);
}

/** A diagnostic in a language: from its code and parameters, or its own message when the catalogue has no sentence for it. */
export function describeDiagnostic(d: Diagnostic, lang: MessageLanguage = 'zh-CN'): string {
  const templates = (DIAGNOSTIC_MESSAGES as Record<string, Templates>)[d.code];
  return templates && d.params ? fill(templates[lang], d.params) : d.message;
}
