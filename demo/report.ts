// The consistency report: what the converter noticed and every check, failed first, each linked
// to its line in the source document when the source text is at hand.
import type { Check } from '../src/data/index.js';
import { RULE_DESCRIPTIONS } from '../src/data/index.js';
import type { BudgetDataset } from '../src/model/index.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let sourceLines: string[] = [];

/** Remembers the document's text so that report entries can show their line. */
export function setSource(text: string | null): void {
  sourceLines = text ? text.split('\n') : [];
  $('source-view').hidden = true;
}

/** Shows the source around `line` (1-based), the line itself marked. */
export function showLine(line: number): void {
  const view = $('source-view');
  const list = $<HTMLOListElement>('source-lines');
  const from = Math.max(1, line - 12);
  const to = Math.min(sourceLines.length, line + 12);
  list.start = from;
  list.replaceChildren(
    ...sourceLines.slice(from - 1, to).map((text, i) => {
      const li = document.createElement('li');
      li.textContent = text.replace(/\t/g, ' ⇥ ') || ' ';
      if (from + i === line) {
        li.className = 'target';
        li.setAttribute('aria-current', 'true');
      }
      return li;
    }),
  );
  view.hidden = false;
  view.querySelector('h2')!.textContent = `原文第 ${line} 行 / Source, line ${line}`;
  view.scrollIntoView({ block: 'start' });
  (view.querySelector('.target') as HTMLElement | null)?.setAttribute('tabindex', '-1');
  (view.querySelector('.target') as HTMLElement | null)?.focus();
}

function placeButton(line: number | undefined, label: string): HTMLElement {
  if (!line || !sourceLines.length) {
    const span = document.createElement('span');
    span.className = 'place';
    span.textContent = line ? `line ${line}` : label;
    return span;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'place';
  button.textContent = `line ${line}`;
  button.addEventListener('click', () => showLine(line));
  return button;
}

export function renderProblems(items: { severity: string; text: string; line?: number }[]): void {
  $('problems').replaceChildren(
    ...(items.length ? items : [{ severity: 'info', text: 'None.' }]).map(({ severity, text, line }) => {
      const li = document.createElement('li');
      const badge = document.createElement('span');
      badge.className = `severity-${severity}`;
      badge.textContent = severity.toUpperCase();
      li.append(badge, ' ', ...(line ? [placeButton(line, ''), ' '] : []), text);
      return li;
    }),
  );
}

export function renderReport(dataset: BudgetDataset, checks: Check[]): void {
  const failed = checks.filter((c) => !c.ok);
  $('report-summary').textContent = `${checks.length} checks: ${checks.length - failed.length} passed, ${failed.length} failed.`;
  const showPassed = $<HTMLInputElement>('show-passed').checked;
  const shown = [...failed, ...(showPassed ? checks.filter((c) => c.ok).slice(0, 500) : [])];
  const entityName = new Map(dataset.entities.map((e) => [e.code, e.name]));
  $('checks').replaceChildren(
    ...shown.map((check) => {
      const li = document.createElement('li');
      li.className = check.ok ? 'passed' : 'failed';
      const status = document.createElement('strong');
      status.textContent = check.ok ? '✓ passed' : '✗ FAILED';
      const rule = document.createElement('abbr');
      rule.title = RULE_DESCRIPTIONS[check.rule];
      rule.textContent = `[${check.rule}]`;
      li.append(status, ' ', rule, ' ', placeButton(check.line, check.table), ` ${entityName.get(check.entity) ?? check.entity} · ${check.table}: ${check.message}`);
      return li;
    }),
  );
}
