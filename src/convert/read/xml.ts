/**
 * A minimal, safe XML scanner for the parts of DOCX and XLSX files we read. Office XML is
 * machine-written and flat enough that a streaming scan of tags and text does the job in a few
 * milliseconds, where a DOM parser would not exist in Node and would cost memory in the page.
 * Safety: a document type declaration is refused outright, so no DTD is read and no entity is
 * expanded beyond XML's five predefined ones and numeric character references (no "billion laughs").
 */

/** Thrown for XML this scanner will not read (a DTD, or a broken tag). */
export class XmlError extends Error {
  /** `xml-doctype` (a DTD, refused) or `damaged-xml`. */
  readonly code: string;
  constructor(code: 'xml-doctype' | 'damaged-xml', message: string) {
    super(message);
    this.name = 'XmlError';
    this.code = code;
  }
}

export interface XmlHandler {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces XML's predefined entities and character references; any other entity is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return PREDEFINED[ref] ?? whole;
  });
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Scans `xml`, calling the handler for each tag and each run of text, in document order. */
export function scanXml(xml: string, handler: XmlHandler, part = 'XML'): void {
  let at = 0;
  const length = xml.length;
  while (at < length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      if (at < length) handler.text(decodeEntities(xml.slice(at)));
      return;
    }
    if (lt > at) handler.text(decodeEntities(xml.slice(at, lt)));
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      at = end < 0 ? length : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      handler.text(xml.slice(lt + 9, end < 0 ? length : end));
      at = end < 0 ? length : end + 3;
      continue;
    }
    if (xml.startsWith('<!', lt)) throw new XmlError('xml-doctype', `${part} declares a document type (<!DOCTYPE or <!ENTITY); such files are refused, as Office never writes them.`);
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) throw new XmlError('damaged-xml', `${part} ends inside a tag: the file is truncated or damaged.`);
    if (xml[lt + 1] === '?') {
      at = gt + 1;
      continue;
    }
    const body = xml.slice(lt + 1, gt);
    if (body[0] === '/') {
      handler.close(body.slice(1).trim());
    } else {
      const selfClosing = body.endsWith('/');
      const inner = selfClosing ? body.slice(0, -1) : body;
      const space = inner.search(/\s/);
      const name = space < 0 ? inner : inner.slice(0, space);
      const attributes: Record<string, string> = {};
      if (space >= 0) {
        for (const m of inner.slice(space).matchAll(ATTRIBUTE)) attributes[m[1]] = decodeEntities(m[3] ?? m[4] ?? '');
      }
      handler.open(name, attributes, selfClosing);
      if (selfClosing) handler.close(name);
    }
    at = gt + 1;
  }
}
