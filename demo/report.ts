// The consistency report: what the converter noticed and every check, failed first, each linked
// to its line in the source document when the source text is at hand.
import type { Check } from '../src/data/index.js';
import { say } from './text.js';
import type { BudgetDataset } from '../src/model/index.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let sourceLines: string[] = [];

/** Remembers the document's text so that report entries can show their line. */
export function setSource(text: string | null): void {
  sourceLines = text ? text.split('\n') : [];
  $('source-view').hidden = true;
}

/** The text of a line with the figures of a finding marked (DOM nodes: the source never becomes markup). */
function markFigures(text: string, figures: number[]): (string | HTMLElement)[] {
  const shown = figures.flatMap((f) => [f.toFixed(2), String(f)]).filter((f, i, all) => all.indexOf(f) === i).sort((a, b) => b.length - a.length);
  if (!shown.length) return [text];
  const pattern = new RegExp(`(?<![\\d.])(${shown.map((f) => f.replace(/\./g, '\\.')).join('|')})(?![\\d])`, 'g');
  const parts: (string | HTMLElement)[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index));
    const mark = document.createElement('mark');
    mark.textContent = match[0];
    parts.push(mark);
    last = match.index! + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** Shows the source around `line` (1-based), the line itself marked, the finding's figures highlighted. */
export function showLine(line: number, figures: number[] = []): void {
  if (!sourceLines.length) return;
  const view = $('source-view');
  const list = $<HTMLOListElement>('source-lines');
  const from = Math.max(1, line - 12);
  const to = Math.min(sourceLines.length, line + 12);
  list.start = from;
  // Room for every digit of the largest line number: 2931, not "931".
  list.style.paddingInlineStart = `${String(to).length + 2}ch`;
  list.replaceChildren(
    ...sourceLines.slice(from - 1, to).map((text, i) => {
      const li = document.createElement('li');
      const shown = text.replace(/\t/g, ' ⇥ ') || ' ';
      if (from + i === line) li.append(...markFigures(shown, figures));
      else li.textContent = shown;
      if (from + i === line) {
        li.className = 'target';
        li.setAttribute('aria-current', 'true');
      }
      return li;
    }),
  );
  view.hidden = false;
  view.querySelector('h2')!.textContent = say('sourceLine', { line });
  view.scrollIntoView({ block: 'start' });
  // The marked line in the middle of the list's own scroll box, where the reader is looking.
  const target = list.querySelector<HTMLElement>('.target');
  if (target) list.scrollTop = target.offsetTop - list.offsetTop - list.clientHeight / 2 + target.clientHeight / 2;
  (view.querySelector('.target') as HTMLElement | null)?.setAttribute('tabindex', '-1');
  (view.querySelector('.target') as HTMLElement | null)?.focus();
}

function placeButton(line: number | undefined, label: string): HTMLElement {
  if (!line || !sourceLines.length) {
    const span = document.createElement('span');
    span.className = 'place';
    span.textContent = line ? say('line', { line }) : label;
    return span;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'place';
  button.textContent = say('line', { line });
  button.addEventListener('click', () => showLine(line));
  return button;
}

export function renderProblems(items: { severity: string; text: string; line?: number }[]): void {
  $('problems').replaceChildren(
    ...(items.length ? items : [{ severity: 'info', text: say('none') }]).map(({ severity, text, line }) => {
      const li = document.createElement('li');
      const badge = document.createElement('span');
      badge.className = `severity-${severity}`;
      badge.textContent = say(`severity_${severity}` as 'severity_info');
      li.append(badge, ' ', ...(line ? [placeButton(line, ''), ' '] : []), text);
      return li;
    }),
  );
}

/** The headline of the report; the findings themselves are `<budget-findings>`. */
export function renderReport(_dataset: BudgetDataset, checks: Check[]): void {
  const failed = checks.filter((c) => !c.ok).length;
  $('report-summary').textContent = say('checksSummary', { total: checks.length, passed: checks.length - failed, failed });
}
