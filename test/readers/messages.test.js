// What the converter says reads in Chinese: every diagnostic and refusal on every real document
// of the fixtures has a code of the message catalogue and the parameters its sentence needs, and
// the Chinese sentence holds no English word (names of formats and programs aside).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { convertFile, DisclosureError } from '../../dist/converter.js';
import { describeDiagnostic, DIAGNOSTIC_MESSAGES } from '../../dist/model.js';

const NOT_ENGLISH = /\b(PDF|TXT|DOCX|XLSX|ZIP|JSON|HTML|XML|DOCTYPE|HTTP|MB|Word|WPS|Excel|Office|OCR|TIFF|PNG|JPEG|GIF|WebP|pdf|js|worker|workerPort|convertFile|budget|widgets|docx|xlsx|doc|xls|wps|et|schemaVersion|meta|entities)\b/g;
const words = (text) => (text.replace(/\{\w+\}/g, ' ').replace(NOT_ENGLISH, ' ').match(/[A-Za-z]{2,}/g) ?? []);

test('the catalogue gives every code the same parameters in Chinese and English', () => {
  for (const [code, templates] of Object.entries(DIAGNOSTIC_MESSAGES)) {
    // A parameter may come in a language's own words ({atZh}, {atEn}): the same parameter.
    const params = (text) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1].replace(/(Zh|En)$/, '')))].sort();
    assert.deepEqual(params(templates['zh-CN']), params(templates.en), code);
    assert.deepEqual(words(templates['zh-CN']), [], `${code}: ${templates['zh-CN']}`);
  }
});

const files = [
  ...readdirSync('test/fixtures/pdf').filter((f) => f.endsWith('.pdf')).map((f) => `test/fixtures/pdf/${f}`),
  ...readdirSync('test/fixtures/pdf/regions').filter((f) => f.endsWith('.pdf')).map((f) => `test/fixtures/pdf/regions/${f}`),
  ...readdirSync('test/fixtures/sample').map((f) => `test/fixtures/sample/${f}`),
  'test/fixtures/encrypted.pdf',
  'test/fixtures/two-years.pdf',
];

test('every diagnostic and refusal of the real documents reads in Chinese', async () => {
  const seen = new Set();
  for (const file of files) {
    let diagnostics;
    try {
      ({ diagnostics } = await convertFile(new Uint8Array(readFileSync(file)), { fileName: '文件.pdf' }));
    } catch (error) {
      assert.ok(error instanceof DisclosureError, `${file}: ${error}`);
      diagnostics = error.diagnostics;
    }
    for (const d of diagnostics) {
      seen.add(d.code);
      assert.ok(d.code in DIAGNOSTIC_MESSAGES, `${file}: ${d.code} is not in the catalogue`);
      assert.ok(d.params, `${file}: ${d.code} has no parameters`);
      // What the document prints (titles, names, cells) may hold Latin letters; the sentence around it may not.
      let sentence = describeDiagnostic(d, 'zh-CN');
      for (const value of Object.values(d.params)) sentence = sentence.split(String(value)).join(' ');
      assert.deepEqual(words(sentence), [], `${file}: ${sentence}`);
    }
  }
  // The documents exercise the refusals and notes that matter most.
  for (const code of ['no-tables-text-only', 'pdf-encrypted', 'several-documents', 'plan-reading-unknown', 'text-encoding']) assert.ok(seen.has(code), code);
});
