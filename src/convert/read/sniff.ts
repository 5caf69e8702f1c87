/**
 * Which reader a file needs, decided from its bytes, never from its name: portals rename files,
 * and users save a PDF as ".txt" or a text as ".doc".
 */
import { unzipSync } from 'fflate';

/** What the first bytes of a file say it is. */
export type Sniffed =
  | { kind: 'pdf' }
  | { kind: 'docx' }
  | { kind: 'xlsx' }
  | { kind: 'ole' }
  | { kind: 'zip'; entries: string[] }
  | { kind: 'text'; encoding: TextEncoding }
  | { kind: 'other'; looksLike: string };

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Names of the entries of a ZIP's central directory, without inflating anything. */
function zipEntries(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    // `filter` sees each entry's name and sizes and can refuse it: nothing is decompressed.
    unzipSync(bytes, { filter: (file) => (names.push(file.name), false) });
  } catch {
    // A damaged ZIP: what was listed before the damage is still a useful hint.
  }
  return names;
}

/** Decides the format of `bytes` (the whole file). */
export function sniff(bytes: Uint8Array): Sniffed {
  // "%PDF" may follow a little junk (some portals prepend a BOM or a newline): look at the first KB.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return { kind: 'pdf' };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return { kind: 'ole' };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    const entries = zipEntries(bytes);
    if (entries.includes('word/document.xml')) return { kind: 'docx' };
    if (entries.includes('xl/workbook.xml')) return { kind: 'xlsx' };
    return { kind: 'zip', entries };
  }
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { kind: 'text', encoding: 'utf-8' };
  if (startsWith(bytes, 0xff, 0xfe)) return { kind: 'text', encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { kind: 'text', encoding: 'utf-16be' };
  const image = imageKind(bytes);
  if (image) return { kind: 'other', looksLike: image };
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) return { kind: 'other', looksLike: 'a binary file' };
  let encoding: TextEncoding = 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(trimPartialUtf8(sample, bytes.length));
  } catch {
    encoding = 'gb18030';
  }
  const text = new TextDecoder(encoding).decode(sample).replace(/^\uFEFF/, '').trimStart();
  if (/^<(!doctype html|html|head|body)\b/i.test(text) || /^<\?xml/i.test(text)) return { kind: 'other', looksLike: /html/i.test(text.slice(0, 200)) ? 'an HTML page' : 'an XML file' };
  if (/^[{[]/.test(text)) return { kind: 'other', looksLike: 'JSON' };
  return { kind: 'text', encoding };
}

/** A 64 KB sample may end inside a UTF-8 sequence; cut it at the last whole character. */
function trimPartialUtf8(sample: Uint8Array, fileLength: number): Uint8Array {
  if (sample.length >= fileLength) return sample;
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = sample[end - back];
    if ((byte & 0xc0) === 0xc0) return sample.subarray(0, end - back); // lead byte of a cut sequence
    if ((byte & 0x80) === 0) break;
  }
  return sample;
}

function imageKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return 'a GIF image';
  if (startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a)) return 'a TIFF image (a scan?)';
  if (startsWith(bytes, 0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57) return 'a WebP image';
  return undefined;
}

/** Decodes a text file in the encoding {@link sniff} found. GB18030 is a superset of GBK and GB2312. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}
