/**
 * A Lit element directive that fills a `<select>` with its options and selects a value:
 * `<select ${selectOptions(options, value)}>`.
 *
 * Why not a template per option: a large document's project filter lists thousands of projects,
 * and a template per option costs a Lit part and two comment markers each, inserted one by one.
 * Here the options are made once per list (compared by value and text), put in with one
 * `replaceChildren`, and the value is set after them (a `.value` binding set before the options
 * exist would be lost).
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** One option: its value and its visible text. */
export type SelectOption = readonly [value: string, text: string];

class SelectOptionsDirective extends Directive {
  private key: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('selectOptions() belongs on a <select> element');
  }

  render(_options: readonly SelectOption[], _value: string) {
    return nothing;
  }

  override update(part: ElementPart, [options, value]: [readonly SelectOption[], string]) {
    const select = part.element as HTMLSelectElement;
    const key = options.map(([v, text]) => `${v}\u0000${text}`).join('\u0001');
    if (key !== this.key) {
      this.key = key;
      select.replaceChildren(
        ...options.map(([v, text]) => {
          const option = document.createElement('option');
          option.value = v;
          option.textContent = text;
          return option;
        }),
      );
    }
    if (select.value !== value) select.value = value;
    return nothing;
  }
}

export const selectOptions = directive(SelectOptionsDirective);
