/**
 * The dataset as plain HTML tables, for pages or readers without JavaScript: a webmaster puts the
 * output inside `<noscript>` next to the widgets (or publishes it as is). Written by
 * `budget-widgets tables`. Every text from the document is escaped: it is data, not markup.
 */
import type { BudgetDataset, Entity } from '../model/schema.js';
import { selectEntity } from './entity.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
const amount = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : '');

function table(caption: string, head: string[], rows: unknown[][], numeric: Set<number>): string {
  return [
    '<table>',
    `<caption>${escape(caption)}</caption>`,
    `<thead><tr>${head.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((row) => `<tr>${row.map((cell, i) => (i === 1 ? `<th scope="row">${escape(cell)}</th>` : `<td${numeric.has(i) ? ' class="num"' : ''}>${numeric.has(i) ? amount(cell) : escape(cell)}</td>`)).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}

function entityTables(dataset: BudgetDataset, entity: Entity): string[] {
  const unit = dataset.meta.unit;
  const out: string[] = [];
  const expenditure = entity.tables.find((t) => t.kind === 'expenditure');
  if (expenditure) {
    const rows = expenditure.rows.filter((r) => r.cells.name && (r.cells.total ?? null) !== null).map((r) => [r.cells.code ?? '', r.cells.name, r.cells.total, r.cells.basic, r.cells.project]);
    out.push(table(`${entity.name}支出总表（单位：${unit}）`, ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], rows, new Set([2, 3, 4])));
  }
  if (entity.projects.length) {
    const rows = entity.projects.map((p) => [p.code, p.name, p.budget, ...p.plan.checkpoints.map((c) => c.value)]);
    const labels = entity.projects[0].plan.checkpoints.map((c) => `计划支出：${c.label}`);
    out.push(table(`${entity.name}项目预算与资金支出计划（单位：${unit}）`, ['项目编码', '项目名称', '预算数', ...labels], rows, new Set([2, ...labels.map((_, i) => 3 + i)])));
  }
  return out;
}

/** HTML tables (no page wrapper, no scripts, no styles) of an entity, or of every entity. */
export function staticTables(dataset: BudgetDataset, options: { entity?: string | null; all?: boolean } = {}): string {
  const entities = options.all ? dataset.entities : [selectEntity(dataset, options.entity)];
  return [`<section class="budget-tables" lang="zh-CN">`, `<h2>${escape(dataset.meta.title)}</h2>`, ...entities.flatMap((e) => entityTables(dataset, e)), '</section>', ''].join('\n');
}
