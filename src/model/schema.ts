/**
 * The budget dataset format, written once as a TypeBox schema.
 *
 * Why TypeBox: the JSON Schema we publish (`dist/budget-dataset.schema.json`) and the TypeScript
 * types we export are derived from this one file, so they cannot drift apart; and TypeBox's
 * `Value` module validates without `eval`, so validation runs on portals with a strict
 * Content-Security-Policy.
 *
 * Every `description` here is user documentation: it ends up in the published schema and in
 * `docs/dataset.md`.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** The version of the format this library reads and writes. Bump on incompatible change. */
export const SCHEMA_VERSION = 1;

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * A source position. `line` is 1-based: the line of a text export, or, for a PDF, DOCX or XLSX, the
 * ordinal of the line, paragraph or row in reading order (unique within the document). `page` is
 * the PDF page it was printed on.
 */
const Line = Type.Integer({ minimum: 1, description: 'Line in the source text, or the position in reading order of a PDF, DOCX or XLSX (1-based).' });
const Page = Type.Integer({ minimum: 1, description: 'PDF page (1-based), for documents read from a PDF.' });

export const Diagnostic = Type.Object(
  {
    severity: Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]),
    code: Type.String({ description: 'Stable machine-readable code, e.g. "unrecognised-table".' }),
    message: Type.String({ description: 'What is wrong, in English words a webmaster understands.' }),
    params: Type.Optional(
      Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
        description: 'The values of the message: with `code`, they give the sentence in any language of the catalogue (src/model/messages.ts).',
      }),
    ),
    line: Type.Optional(Line),
    page: Type.Optional(Page),
    entity: Type.Optional(Type.String({ description: 'Code of the department or unit concerned.' })),
    table: Type.Optional(Type.String({ description: 'Title of the table concerned.' })),
    row: Type.Optional(Type.Integer({ description: 'Row index (0-based) within the table body.' })),
    field: Type.Optional(Type.String({ description: 'Column key or field name concerned.' })),
  },
  { description: 'A problem or remark found while reading the document.' },
);

export const TableKind = Type.Union(
  [
    Type.Literal('summary', { description: '收支总表: income and expenditure summary.' }),
    Type.Literal('income', { description: '收入总表: income by function classification.' }),
    Type.Literal('expenditure', { description: '支出总表: expenditure by function classification.' }),
    Type.Literal('fiscal-summary', { description: '财政拨款收支总表.' }),
    Type.Literal('general-expenditure', { description: '一般公共预算财政拨款支出表.' }),
    Type.Literal('general-basic-expenditure', { description: '一般公共预算财政拨款基本支出表 (economic classification).' }),
    Type.Literal('gov-fund-expenditure', { description: '政府性基金预算财政拨款支出表.' }),
    Type.Literal('state-capital-expenditure', { description: '国有资本经营预算财政拨款支出表.' }),
    Type.Literal('three-public', { description: '财政拨款“三公”经费支出表.' }),
    Type.Literal('procurement', { description: '政府采购预算表.' }),
    Type.Literal('project-expenditure', { description: '项目支出表: expenditure by project.' }),
    Type.Literal('operating-costs', { description: '机关运行经费 table.' }),
    Type.Literal('assets', { description: '固定资产占用情况表.' }),
    Type.Literal('org-units', { description: '机构设置情况: the units belonging to the department.' }),
    Type.Literal('fiscal-expenditure', { description: '财政拨款支出表 by function classification (一般公共预算 and 政府性基金 together).' }),
    Type.Literal('basic-expenditure', { description: '基本支出表 by economic classification over more than 一般公共预算 (基本支出总表, 财政拨款基本支出表).' }),
    Type.Literal('project-performance', { description: '项目支出绩效目标表 printed as a list of projects or as a form not read into `projects`.' }),
    Type.Literal('department-performance', { description: '部门整体支出绩效目标表.' }),
    Type.Literal('gov-purchase-services', { description: '政府购买服务预算表.' }),
    Type.Literal('contents', { description: 'The list of the tables (目录), with the reason an empty table is empty where printed.' }),
    Type.Literal('staffing', { description: '人员编制 and 实有人数 by unit.' }),
    Type.Literal('self-evaluation', { description: '项目支出绩效自评: scores per project.' }),
    Type.Literal('year-comparison', { description: 'A table of the explanatory text comparing the year with the year before, with reasons.' }),
    Type.Literal('other', { description: 'A table the converter did not recognise, kept with its raw cells.' }),
  ],
  { description: 'What a table is, recognised from its title and header cells.' },
);

export const ColumnRole = Type.Union(
  [
    Type.Literal('seq'),
    Type.Literal('code'),
    Type.Literal('name'),
    Type.Literal('amount'),
    Type.Literal('number'),
    Type.Literal('text'),
  ],
  { description: 'seq: row number; code: classification code; name: item name; amount: money in the table unit; number: other quantity; text: anything else.' },
);

export const Column = Type.Object({
  key: Type.String({ description: 'Stable key used in each row\'s cells, e.g. "total", "basic", "incomeAmount".' }),
  label: Type.String({ description: 'The header as printed, parent and child joined with " / ".' }),
  role: ColumnRole,
});

export const Cell = Nullable(Type.Union([Type.String(), Type.Number()]));

export const Row = Type.Object({
  line: Line,
  page: Type.Optional(Page),
  cells: Type.Record(Type.String(), Cell, {
    description: 'Cell values keyed by column key. Amounts are numbers in the table unit; blank cells are null.',
  }),
});

export const Table = Type.Object(
  {
    kind: TableKind,
    title: Type.String({ description: 'The title as printed, e.g. "部门预算支出总表".' }),
    line: Line,
    page: Type.Optional(Page),
    unit: Type.Optional(Type.String({ description: 'Amount unit printed with the table (万元, 元, 亿元).' })),
    columns: Type.Array(Column),
    rows: Type.Array(Row),
    empty: Type.Boolean({ description: 'True when the table has no data row (空表列示).' }),
    notes: Type.Array(Type.String(), { description: 'Notes printed under the table (注：…).' }),
  },
  { description: 'One table of the disclosure, every row and column kept.' },
);

export const TargetComparison = Type.Union([
  Type.Literal('>='),
  Type.Literal('<='),
  Type.Literal('>'),
  Type.Literal('<'),
  Type.Literal('='),
]);

export const Target = Type.Object(
  {
    text: Type.String({ description: 'The target value as written, e.g. "≥90百分比".' }),
    qualitative: Type.Boolean({ description: 'True when the target is a phrase, not a number.' }),
    comparison: Type.Optional(TargetComparison),
    value: Type.Optional(Type.Number()),
    unit: Type.Optional(Type.String({ description: 'Unit after the number, normalised ("百分比" → "%").' })),
  },
  { description: 'An indicator target, as written and parsed.' },
);

export const Indicator = Type.Object({
  line: Line,
  page: Type.Optional(Page),
  level1: Type.String({ description: '一级指标 (产出指标, 效益指标, 满意度指标).' }),
  level2: Type.String({ description: '二级指标 (数量指标, 质量指标, …).' }),
  level3: Type.String({ description: '三级指标 as printed (may be cut off in the source).' }),
  description: Type.String({ description: '绩效指标描述.' }),
  target: Target,
  basis: Type.String({ description: '指标值确定依据.' }),
});

export const PlanCheckpoint = Type.Object({
  label: Type.String({ description: 'As printed: 3月底, 6月底, 10月底, 12月底.' }),
  month: Type.Integer({ minimum: 1, maximum: 12 }),
  value: Nullable(Type.Number({ description: 'Planned cumulative disbursement; null when left blank.' })),
});

export const DisbursementPlan = Type.Object({
  checkpoints: Type.Array(PlanCheckpoint),
  reading: Type.Union([Type.Literal('amount'), Type.Literal('percent'), Type.Literal('unknown')], {
    description:
      'How the converter reads the figures: amounts in the table unit, or percentages of the budget. ' +
      'Sample documents head the row "资金支出计划（%）" yet hold amounts, so this is decided per project.',
  }),
  readingNote: Type.String({ description: 'Why that reading was chosen.' }),
});

export const Project = Type.Object(
  {
    line: Line,
    page: Type.Optional(Page),
    seq: Nullable(Type.Integer({ description: 'Number in the document\'s list of projects.' })),
    title: Type.String({ description: 'The table title as printed.' }),
    code: Type.String({ description: '项目编码.' }),
    name: Type.String({ description: '项目名称.' }),
    unit: Type.Optional(Type.String()),
    budget: Nullable(Type.Number({ description: '预算数.' })),
    fiscalFunds: Nullable(Type.Number({ description: '其中：财政资金.' })),
    otherFunds: Nullable(Type.Number({ description: '其他资金.' })),
    purpose: Type.String({ description: '资金用途.' }),
    plan: DisbursementPlan,
    goals: Type.String({ description: '绩效目标.' }),
    indicators: Type.Array(Indicator),
  },
  { description: 'One 绩效目标表: a project with its plan and performance indicators.' },
);

export const TextSection = Type.Object({
  line: Line,
  page: Type.Optional(Page),
  heading: Type.String(),
  text: Type.String({ description: 'Paragraphs joined with newlines; empty when the document leaves it blank.' }),
});

export const GlossaryEntry = Type.Object({ term: Type.String(), definition: Type.String() });

export const Entity = Type.Object(
  {
    code: Type.String({ description: 'Department or unit code, e.g. "313" or "313001".' }),
    name: Type.String(),
    scope: Type.Union([Type.Literal('department'), Type.Literal('unit')]),
    line: Line,
    page: Type.Optional(Page),
    tables: Type.Array(Table),
    projects: Type.Array(Project),
    sections: Type.Array(TextSection, { description: 'The explanatory text (情况说明), heading by heading.' }),
    glossary: Type.Array(GlossaryEntry, { description: '名词解释.' }),
  },
  { description: 'The department as a whole (第一部分) or one of its units (第二部分).' },
);

export const OrgUnit = Type.Object({
  name: Type.String({ description: '单位名称.' }),
  code: Type.Optional(Type.String({ description: 'Unit code, when the unit part of the document gives it.' })),
  nature: Type.String({ description: '单位性质 (行政, 事业, …).' }),
  level: Type.String({ description: '单位规格.' }),
  fundingForm: Type.String({ description: '经费保障形式.' }),
});

export const BudgetDataset = Type.Object(
  {
    schemaVersion: Type.Literal(SCHEMA_VERSION),
    meta: Type.Object({
      title: Type.String({ description: 'Document title, e.g. "中共…组织人事部2024年部门预算".' }),
      kind: Type.Union([Type.Literal('budget'), Type.Literal('final-accounts')], {
        description: 'budget: 预算; final-accounts: 决算.',
      }),
      year: Type.Integer({ minimum: 1949, maximum: 2200 }),
      unit: Type.String({ description: 'Amount unit of the tables, usually 万元.' }),
      department: Type.Object({ code: Type.String(), name: Type.String() }),
      source: Type.Optional(
        Type.Object({
          fileName: Type.Optional(Type.String()),
          format: Type.Optional(
            Type.Union([Type.Literal('pdf'), Type.Literal('docx'), Type.Literal('xlsx'), Type.Literal('text')], {
              description: 'The format the document was read from.',
            }),
          ),
          pages: Type.Optional(Type.Integer({ minimum: 1, description: 'Pages in the PDF.' })),
          converter: Type.Optional(Type.String({ description: 'Converter name and version.' })),
        }),
      ),
    }),
    units: Type.Array(OrgUnit, { description: '所属单位 as listed in 机构设置情况.' }),
    entities: Type.Array(Entity, { minItems: 1, description: 'The department first, then each unit.' }),
    diagnostics: Type.Array(Diagnostic, { description: 'What the converter noticed while reading.' }),
    views: Type.Optional(
      Type.Object(
        {
          version: Type.Integer({ description: 'Version of the view-model format; widgets ignore views of another version and compute their own.' }),
          generator: Type.String({ description: 'The budget-widgets version that computed them.' }),
          fingerprint: Type.String({ description: 'Hash of the entities the views were computed from; views of edited tables are ignored.' }),
          entities: Type.Record(Type.String(), Type.Unknown(), { description: 'Per entity code: the view models (see docs/dataset.md, "Precomputed views").' }),
        },
        {
          description:
            'View models computed from the tables by the converter, so that widgets draw without running the Arquero data layer (pages whose security policy forbids eval). Derived data: recomputed by `budget-widgets convert`, checked by `budget-widgets check`.',
        },
      ),
    ),
  },
  {
    $id: 'https://budget-widgets.dev/schema/budget-dataset.v1.json',
    title: 'Budget dataset',
    description: 'A government department\'s budget disclosure (部门预算公开) as data.',
  },
);

export type Diagnostic = Static<typeof Diagnostic>;
export type TableKind = Static<typeof TableKind>;
export type ColumnRole = Static<typeof ColumnRole>;
export type Column = Static<typeof Column>;
export type Cell = Static<typeof Cell>;
export type Row = Static<typeof Row>;
export type Table = Static<typeof Table>;
export type Target = Static<typeof Target>;
export type Indicator = Static<typeof Indicator>;
export type PlanCheckpoint = Static<typeof PlanCheckpoint>;
export type DisbursementPlan = Static<typeof DisbursementPlan>;
export type Project = Static<typeof Project>;
export type TextSection = Static<typeof TextSection>;
export type Entity = Static<typeof Entity>;
export type OrgUnit = Static<typeof OrgUnit>;
export type GlossaryEntry = Static<typeof GlossaryEntry>;
export type BudgetDataset = Static<typeof BudgetDataset>;
