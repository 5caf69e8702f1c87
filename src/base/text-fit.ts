/**
 * Fitting labels into chart shapes without measuring the DOM (layouts stay pure and fast):
 * CJK characters are about one em wide, Latin characters about 0.6 em.
 */

/** Estimated width of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffef]/.test(ch) ? fontSize : fontSize * 0.6;
  return width;
}

/** `text`, shortened with an ellipsis to fit `width`; '' when not even one character fits. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…', fontSize) > width) break;
    out += ch;
  }
  return out ? out + '…' : '';
}
