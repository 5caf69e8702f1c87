/**
 * Joining the lines of one cell or paragraph. Chinese wraps without spaces, so two lines meeting
 * between CJK characters join directly; anything else joins with a space.
 */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const text = raw.trim();
    if (!text) continue;
    if (!out) out = text;
    else out += CJK.test(out.slice(-1)) && CJK.test(text[0]) ? text : ` ${text}`;
  }
  return out;
}

/** True for a CJK character (ideographs, CJK punctuation, full-width forms). */
export function isCjk(char: string): boolean {
  return CJK.test(char);
}

/**
 * Joining the lines of a PDF cell or paragraph, which the layout wrapped where the width ran out:
 * a space comes back only between two Latin letters (English wraps at a space); Chinese, figures
 * and punctuation wrap anywhere, so their pieces join directly ("≥233元/" + "月/人").
 */
export function joinWrappedLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const text = raw.trim();
    if (!text) continue;
    out += out && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(text) ? ` ${text}` : text;
  }
  return out;
}
