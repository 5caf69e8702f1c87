/**
 * 机关运行经费 against 公用经费: the operating costs of a department's administrative units are
 * paid from the 公用经费 of its 一般公共预算基本支出, so the figure the text gives cannot exceed the
 * 公用经费 the basic-expenditure table prints. (It may be less: 事业单位 have 公用经费 too.)
 */
import type { Entity } from '../model/schema.js';
import type { Check } from './checks.js';
import { findTable } from './entity.js';
import { writtenFigures } from './text-checks.js';

const squash = (value: unknown) => String(value ?? '').replace(/\s+/g, '');

export function checkOperatingCosts(entity: Entity, datasetUnit: string): Check[] {
  const basic = findTable(entity, 'general-basic-expenditure');
  // The 公用经费 of the table's 合计 row, where the table prints 人员经费 and 公用经费 side by side.
  const total = basic?.rows.find((r) => /^(合计|总计)$/.test(squash(r.cells.name)) || /^(合计|总计)$/.test(squash(r.cells.code)));
  const publicUse = total?.cells.publicUse;
  if (!basic || !total || typeof publicUse !== 'number') return [];
  const unit = basic.unit ?? datasetUnit;
  return writtenFigures(entity, /机关运行经费(?:财政拨款)?(?:支出|预算)?(?:总计|合计)?/, unit).map((written) => {
    // A written figure is rounded to its own digits: within that, it does not exceed.
    const step = (10 ** -written.decimals) * (unit === '元' ? 1e4 : 1);
    const ok = written.value <= publicUse + step / 2 + 1e-9;
    return {
      rule: 'operating-costs' as const,
      ok,
      ...(ok ? {} : { severity: 'likely' as const }),
      entity: entity.code,
      table: basic.title,
      row: '机关运行经费',
      line: written.line,
      expected: publicUse,
      actual: Math.round(written.value * 100) / 100,
      unit,
      excerpt: written.excerpt,
      message: ok ? `机关运行经费 ${written.value} does not exceed 公用经费 ${publicUse}.` : `The text's 机关运行经费 ${written.value} exceeds the 公用经费 ${publicUse} of "${basic.title}".`,
    };
  });
}
