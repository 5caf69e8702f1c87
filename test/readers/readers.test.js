// Each reader on small files built for one case (test/helpers/make-files.js), and the refusals:
// what a file is decided by its bytes, and every file that cannot be read gets its own clear error.
// Runs in Node against the built dist/ (after `npm run build`).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { convertFile, readDocument, DisclosureError } from '../../dist/converter.js';
import { makeDocx, makePdf, makeXlsx } from '../helpers/make-files.js';

const SAMPLE = readFileSync('data/samples/cangzhou-kfq-zzrsb-2024.txt');

/** The error code and message convertFile refuses `bytes` with. */
async function refusal(bytes, fileName = 'input.bin') {
  try {
    await convertFile(bytes, { fileName });
  } catch (error) {
    assert.ok(error instanceof DisclosureError, `a DisclosureError, not ${error}`);
    assert.ok(error.message.startsWith(fileName), `the message names the file: ${error.message}`);
    return { code: error.diagnostics[0]?.code, message: error.message };
  }
  assert.fail('expected the file to be refused');
}
const rows = (result) => result.blocks.filter((b) => b.type === 'table').map((b) => b.rows.map((r) => r.cells));

test('the format comes from the bytes, not the name', async () => {
  const pdfNamedTxt = await readDocument(makePdf(1, () => 'Hello'), { fileName: 'budget.txt' });
  assert.equal(pdfNamedTxt.format, 'pdf');
  const docxNamedPdf = await readDocument(makeDocx('<w:p><w:r><w:t>收支总表</w:t></w:r></w:p>'), { fileName: 'budget.pdf' });
  assert.equal(docxNamedPdf.format, 'docx');
  // A PDF behind a BOM and a newline, as some portals serve them.
  const prefixed = new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, ...makePdf(1)]);
  assert.equal((await readDocument(prefixed)).format, 'pdf');
});

test('text in UTF-16 with a BOM reads like UTF-8', async () => {
  const text = SAMPLE.toString('utf8');
  const utf16 = new Uint8Array(2 + text.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
    utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  const a = await convertFile(utf16, { fileName: 'utf16.txt' });
  const b = await convertFile(new Uint8Array(SAMPLE), { fileName: 'utf8.txt' });
  assert.deepEqual(a.dataset.entities, b.dataset.entities);
  assert.equal(a.diagnostics[0].code, 'text-encoding');
});

test('files that are not disclosures are refused with what they look like', async () => {
  assert.equal((await refusal(new Uint8Array(), 'empty.pdf')).code, 'empty-file');
  const ole = await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'old.doc');
  assert.equal(ole.code, 'ole-format');
  assert.match(ole.message, /save it as \.docx or \.xlsx/);
  const zip = await refusal(zipSync({ 'readme.txt': strToU8('hi') }), 'archive.zip');
  assert.equal(zip.code, 'unknown-zip');
  assert.match(zip.message, /readme\.txt/);
  const html = await refusal(strToU8('<!DOCTYPE html><html><body>404</body></html>'), 'page.txt');
  assert.match(html.message, /looks like an HTML page/);
  const json = await refusal(strToU8('{"hello": 1}'), 'data.json');
  assert.match(json.message, /looks like JSON/);
  const jpeg = await refusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'scan.jpg');
  assert.match(jpeg.message, /JPEG image/);
  const binary = await refusal(new Uint8Array([1, 2, 3, 0, 5, 6]), 'blob.dat');
  assert.match(binary.message, /binary file/);
});

test('DOCX: spans, vertical merges, tracked changes, alternate content and nested tables', async () => {
  const cell = (text, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const body = `
    <w:p><w:r><w:t xml:space="preserve">部门预算</w:t></w:r><w:del><w:r><w:delText>删除的</w:delText></w:r></w:del><w:ins><w:r><w:t>收支总表</w:t></w:r></w:ins></w:p>
    <w:tbl>
      <w:tr>${cell('功能分类科目', '<w:gridSpan w:val="2"/>')}${cell('合计', '<w:vMerge w:val="restart"/>')}</w:tr>
      <w:tr>${cell('科目编码')}${cell('科目名称')}${cell('', '<w:vMerge/>')}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell('一般公共服务支出')}${cell('98.00')}</w:tr>
      <w:tr>${cell('201')}<w:tc><w:p><w:r><mc:AlternateContent><mc:Choice><w:t>选择</w:t></mc:Choice><mc:Fallback><w:t>后备</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p></w:tc>
        <w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>表</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr>
    </w:tbl>
    <w:p><w:r><w:t>注：&lt;说明&gt; &amp; 数据</w:t></w:r></w:p>`;
  const result = await readDocument(makeDocx(body), { fileName: 'merges.docx' });
  assert.equal(result.blocks[0].text, '部门预算收支总表');
  assert.deepEqual(rows(result), [[
    ['功能分类科目', '', '合计'],
    ['科目编码', '科目名称', ''],
    ['', '一般公共服务支出', '98.00'],
    ['201', '选择', '内表'],
  ]]);
  assert.equal(result.blocks[2].text, '注：<说明> & 数据');
  // Places number paragraphs and rows in reading order.
  assert.deepEqual(result.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r.place.line) : [b.place.line])), [1, 2, 3, 4, 5, 6]);
});

test('DOCX with a document type declaration is refused (no entity expansion)', async () => {
  const bomb = makeDocx('<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>', { prolog: '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol9 "&lol;&lol;&lol;">]>' });
  const { code, message } = await refusal(bomb, 'lol.docx');
  assert.equal(code, 'xml-doctype');
  assert.match(message, /document type/);
});

test('XLSX: number formats, shared and rich strings, ruled rows as the table, hidden sheets skipped', async () => {
  const styles = `<numFmts><numFmt numFmtId="164" formatCode="00"/><numFmt numFmtId="165" formatCode="#,##0.00_);[Red](#,##0.00)"/></numFmts>
    <borders count="2"><border><left/><right/><top/><bottom/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>
    <cellXfs count="5"><xf numFmtId="0" borderId="0"/><xf numFmtId="0" borderId="1"/><xf numFmtId="164" borderId="1"/><xf numFmtId="4" borderId="1"/><xf numFmtId="165" borderId="1"/></cellXfs>`;
  const sheet = `<sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c></row>
      <row r="2"><c r="A2" t="inlineStr"><is><t>单位：万元</t></is></c></row>
      <row r="3"><c r="A3" s="1" t="s"><v>1</v></c><c r="B3" s="1" t="s"><v>2</v></c><c r="C3" s="1"/><c r="D3" s="1" t="s"><v>3</v></c></row>
      <row r="4"><c r="A4" s="2"><v>1</v></c><c r="B4" s="2"><v>5</v></c><c r="C4" s="1" t="s"><v>4</v></c><c r="D4" s="3"><v>2654.5</v></c></row>
      <row r="5"><c r="A5" s="1"><v>201</v></c><c r="C5" s="1" t="str"><v>公式结果</v></c><c r="D5" s="4"><v>1234567.891</v></c></row>
    </sheetData><mergeCells count="1"><mergeCell ref="B3:C3"/></mergeCells>`;
  const strings = ['部门收入总表', '科目编码', '科目名称', '合计', '<r><t>一般公共</t></r><r><t>服务支出</t></r><rPh><t>いっぱん</t></rPh>'];
  const xlsx = makeXlsx({ sheets: [{ name: '封面', xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>隐藏</t></is></c></row></sheetData>', hidden: true }, { name: '表1', xml: sheet }], strings, styles });
  const result = await readDocument(xlsx, { fileName: 'book.xlsx' });
  assert.deepEqual(result.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text), ['部门收入总表', '单位：万元']);
  assert.deepEqual(rows(result), [[
    ['科目编码', '科目名称', '', '合计'],
    ['01', '05', '一般公共服务支出', '2,654.50'],
    ['201', '', '公式结果', '1,234,567.89'],
  ]]);
});

test('ZIP bombs are refused before anything is inflated', async () => {
  // 300 MB of spaces compress to a few hundred KB; the size the archive declares is over the cap.
  const huge = new Uint8Array(300 * 1024 * 1024).fill(0x20);
  const bomb = zipSync({ 'word/document.xml': huge }, { level: 1 });
  const started = performance.now();
  const { code, message } = await refusal(bomb, 'bomb.docx');
  assert.equal(code, 'zip-too-large');
  assert.match(message, /ZIP bomb/);
  assert.ok(performance.now() - started < 2000);
});

test('PDF: password-protected, image-only, damaged and too long are each said plainly', async () => {
  const encrypted = await refusal(new Uint8Array(readFileSync('test/fixtures/encrypted.pdf')), 'locked.pdf');
  assert.equal(encrypted.code, 'pdf-encrypted');
  assert.match(encrypted.message, /password/);
  const scanned = await refusal(makePdf(3, () => ''), 'scan.pdf');
  assert.equal(scanned.code, 'pdf-no-text');
  assert.match(scanned.message, /no text layer.*OCR is not offered/);
  const whole = makePdf(2);
  const damaged = await refusal(whole.slice(0, 40), 'cut.pdf');
  assert.equal(damaged.code, 'pdf-damaged');
  const started = performance.now();
  const long = await refusal(makePdf(1001), 'long.pdf');
  assert.equal(long.code, 'pdf-too-many-pages');
  assert.ok(performance.now() - started < 5000);
});

test('PDF reading reports progress and can be cancelled', async () => {
  const pdf = new Uint8Array(readFileSync('test/fixtures/sample/cangzhou-kfq-zzrsb-2024.pdf'));
  const seen = [];
  await convertFile(pdf, { fileName: 'sample.pdf', onProgress: (p) => seen.push(p) });
  const reads = seen.filter((p) => p.stage === 'read');
  assert.equal(reads.length, 37);
  assert.deepEqual(reads.map((p) => p.done), Array.from({ length: 37 }, (_, i) => i + 1));
  assert.ok(reads.at(-1).tables > 50);
  assert.equal(seen.at(-1).stage, 'recognize');

  const controller = new AbortController();
  const reading = convertFile(pdf, { fileName: 'sample.pdf', signal: controller.signal, onProgress: (p) => p.done === 3 && controller.abort() });
  await assert.rejects(reading, (error) => error instanceof DisclosureError && error.diagnostics[0].code === 'cancelled');
});

test('a PDF table drawn without rules gets a warning naming its pages', async () => {
  // Page 2 prints eight lines of figures in columns, with no ruling lines; page 1 is prose.
  const lines = Array.from({ length: 8 }, (_, i) => `(Item ${i + 1}) Tj 150 0 Td (1,234.00) Tj 100 0 Td (5,678.00) Tj -250 -14 Td`).join(' ');
  const pdf = makePdf(2, () => 'Some prose', (k) => (k === 2 ? `BT /F1 10 Tf 72 720 Td ${lines} ET` : 'BT /F1 12 Tf 72 720 Td (Some prose) Tj ET'));
  const result = await readDocument(pdf, { fileName: 'unruled.pdf' });
  assert.equal(result.notes.length, 1);
  assert.equal(result.notes[0].code, 'pdf-unruled-table');
  assert.match(result.notes[0].message, /^Page\(s\) 2 print figures/);
});

test('a file holding two years of budgets is refused, never merged (two real PDFs joined by qpdf)', async () => {
  const { code, message } = await refusal(new Uint8Array(readFileSync('test/fixtures/two-years.pdf')), 'two-years.pdf');
  assert.equal(code, 'several-documents');
  assert.match(message, /several years \(2025: 9 tables; 2024: 8 tables\); the second begins at page 15/);
});
