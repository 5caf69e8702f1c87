/**
 * The registry of standard table kinds, in the order titles are tried: a kind whose titles contain
 * another's comes first (政府性基金预算财政拨款收入支出决算表 before 财政拨款收入支出决算表,
 * 财政拨款收支总表 before 收支总表, 一般公共预算基本支出 before 一般公共预算支出,
 * the fund tables before 收入/支出总表).
 */
import type { TableKind } from '../../model/schema.js';
import { assets } from './assets.js';
import { basicExpenditure } from './basic-expenditure.js';
import { contents } from './contents.js';
import { departmentPerformance } from './department-performance.js';
import type { TableKindDefinition } from './definition.js';
import { expenditure } from './expenditure.js';
import { fiscalExpenditure } from './fiscal-expenditure.js';
import { fiscalSummary } from './fiscal-summary.js';
import { generalBasicExpenditure } from './general-basic-expenditure.js';
import { generalExpenditure } from './general-expenditure.js';
import { govFundExpenditure } from './gov-fund-expenditure.js';
import { govPurchaseServices } from './gov-purchase-services.js';
import { income } from './income.js';
import { operatingCosts } from './operating-costs.js';
import { orgUnits } from './org-units.js';
import { procurement } from './procurement.js';
import { projectExpenditure } from './project-expenditure.js';
import { projectPerformance } from './project-performance.js';
import { selfEvaluation } from './self-evaluation.js';
import { staffing } from './staffing.js';
import { stateCapitalExpenditure } from './state-capital-expenditure.js';
import { summary } from './summary.js';
import { threePublic } from './three-public.js';
import { yearComparison } from './year-comparison.js';

export type { DocumentKind, TableKindDefinition } from './definition.js';

export const TABLE_KINDS: readonly TableKindDefinition[] = [
  contents,
  departmentPerformance,
  selfEvaluation,
  projectPerformance,
  govPurchaseServices,
  govFundExpenditure,
  stateCapitalExpenditure,
  fiscalSummary,
  generalBasicExpenditure,
  generalExpenditure,
  basicExpenditure,
  fiscalExpenditure,
  threePublic,
  operatingCosts,
  procurement,
  projectExpenditure,
  summary,
  income,
  expenditure,
  assets,
  orgUnits,
  staffing,
  yearComparison,
];

const byKind = new Map(TABLE_KINDS.map((d) => [d.kind, d]));

/** The definition of a kind (undefined for "other"). */
export function tableKindDefinition(kind: TableKind): TableKindDefinition | undefined {
  return byKind.get(kind as TableKindDefinition['kind']);
}

/** The kind a title names; spaces and quotation marks do not matter. */
export function tableKindFromTitle(title: string): TableKind {
  const flat = title.replace(/[\s“”"'‘’「」]/g, '');
  return TABLE_KINDS.find((d) => d.titles.some((t) => t.test(flat)))?.kind ?? 'other';
}

/**
 * The kind a table's header labels name, for a table with no title of its own (a sentence above
 * it): every one of the kind's `headers` patterns matches some label.
 */
export function tableKindFromHeaders(labels: string[]): TableKind {
  const flat = labels.map((l) => l.replace(/\s/g, ''));
  return TABLE_KINDS.find((d) => d.headers?.every((p) => flat.some((l) => p.test(l))))?.kind ?? 'other';
}

/** The kinds that list classification codes with their names (功能分类 201…, 经济分类 301…). */
export const CODED_KINDS: readonly TableKind[] = TABLE_KINDS.filter((d) => d.requiredKeys.includes('code')).map((d) => d.kind);

/** The kinds every entity publishes, empty or not. */
export const REQUIRED_KINDS: readonly TableKind[] = TABLE_KINDS.filter((d) => d.presence === 'required').map((d) => d.kind);
