// The converter's first two steps on small inputs: text → tokens, header cells → columns.
import { expect } from '@open-wc/testing';
import { columnsFromHeader, looksLikeHeader, tableKindFromTitle } from '../../src/convert/tables.js';
import { cleanCell, tokenize } from '../../src/convert/tokens.js';
import { SUMMARY_ROWS, totalRow } from '../../src/convert/kinds/rows.js';
import type { Table } from '../../src/model/schema.js';

describe('tokenize', () => {
  it('reads tab-led cells as rows, split by blank lines, and the rest as paragraphs, with their lines', () => {
    const tokens = tokenize('\uFEFF收支总表\r\n\t项目\n\t金额\n\n\t合计\n\t1.00\n\n说明文字');
    expect(tokens.map((t) => t.type)).to.deep.equal(['text', 'row', 'row', 'text']);
    expect(tokens[0]).to.deep.include({ text: '收支总表', line: 1 });
    expect(tokens[1]).to.deep.include({ cells: ['项目', '金额'], line: 2 });
    expect(tokens[2]).to.deep.include({ cells: ['合计', '1.00'], line: 5 });
    expect(tokens[3]).to.deep.include({ text: '说明文字', line: 8 });
  });

  it('cleans cells: no-break and ideographic spaces, tabs and runs of spaces become one space', () => {
    expect(cleanCell('\u3000一般\u00a0公共\t\t服务  支出 ')).to.equal('一般 公共 服务 支出');
  });
});

describe('table headers and kinds', () => {
  it('knows a table kind by any template\'s title', () => {
    expect(tableKindFromTitle('部门收支总表')).to.equal('summary');
    expect(tableKindFromTitle('财政拨款收支总表')).to.equal('fiscal-summary');
    expect(tableKindFromTitle('一般公共预算“三公”经费支出表')).to.equal('three-public');
    expect(tableKindFromTitle('会议纪要')).to.equal('other');
  });

  it('tells a header from a total row printed where the header would be', () => {
    expect(looksLikeHeader(['科目编码', '科目名称', '合计', '基本支出', '项目支出'])).to.equal(true);
    expect(looksLikeHeader(['收入总计', '24,169.74'])).to.equal(false);
  });

  it('gives the cells under a merged group label that label as context', () => {
    const columns = columnsFromHeader(
      [
        ['功能分类科目', '', '合计', '基本支出', '项目支出'],
        ['科目编码', '科目名称', '', '', ''],
      ],
      5,
    );
    expect(columns.map((c) => c.key)).to.deep.equal(['code', 'name', 'total', 'basic', 'project']);
  });
});

describe('row knowledge shared by the converter and the data layer', () => {
  const table = (rows: Record<string, string | number | null>[]) => ({ rows: rows.map((cells, line) => ({ line, cells })) }) as unknown as Table;

  it('finds a table\'s own total row by name or code, never a subtotal', () => {
    expect(totalRow(table([{ name: '人员经费合计', total: 1 }, { name: '合  计', total: 3 }]))!.cells.total).to.equal(3);
    expect(totalRow(table([{ code: '合计', name: null, total: 5 }]))!.cells.total).to.equal(5);
    expect(totalRow(table([{ code: '201', name: '一般公共服务支出', total: 5 }]))).to.equal(undefined);
  });

  it('reads the named rows of a 收支总表 side', () => {
    expect(SUMMARY_ROWS.item.test('一、一般公共预算拨款收入')).to.equal(true);
    expect(SUMMARY_ROWS.currentTotal.test('本年收入合计')).to.equal(true);
    expect(SUMMARY_ROWS.grandTotal.test('支出总计')).to.equal(true);
    expect(SUMMARY_ROWS.carried.test('年初结转和结余')).to.equal(true);
    expect(SUMMARY_ROWS.subLine.test('其中：教育收费')).to.equal(true);
  });
});
