import { expect } from '@open-wc/testing';
import { parseTarget, readAmount } from '../../src/convert/index.js';

describe('parseTarget', () => {
  const cases: [string, object][] = [
    ['≥90%', { comparison: '>=', value: 90, unit: '%' }],
    ['≥90百分比', { comparison: '>=', value: 90, unit: '%' }],
    ['100百分比', { comparison: '=', value: 100, unit: '%' }],
    ['≤1件', { comparison: '<=', value: 1, unit: '件' }],
    ['≥233元/月/人', { comparison: '>=', value: 233, unit: '元/月/人' }],
    ['12次', { comparison: '=', value: 12, unit: '次' }],
    ['1个', { comparison: '=', value: 1, unit: '个' }],
    ['≥16800人', { comparison: '>=', value: 16800, unit: '人' }],
    ['≥90', { comparison: '>=', value: 90 }],
    ['≥９０％', { comparison: '>=', value: 90, unit: '%' }],
  ];
  for (const [text, parsed] of cases) {
    it(`parses ${text}`, () => {
      expect(parseTarget(text)).to.deep.equal({ text, qualitative: false, ...parsed });
    });
  }
  for (const text of ['年度预算', '提升保障水平', '按实施进度完成', '及时完成发放。']) {
    it(`keeps ${text} as qualitative`, () => {
      expect(parseTarget(text)).to.deep.equal({ text, qualitative: true });
    });
  }
});

describe('readAmount', () => {
  it('reads printed amounts and refuses ambiguous ones', () => {
    expect(readAmount('2654.52')).to.deep.equal({ kind: 'number', value: 2654.52 });
    expect(readAmount('2,654.52')).to.deep.equal({ kind: 'number', value: 2654.52 });
    expect(readAmount('（12.00）'.replace('（', '(').replace('）', ')'))).to.deep.equal({ kind: 'number', value: -12 });
    expect(readAmount('－5')).to.deep.equal({ kind: 'number', value: -5 });
    expect(readAmount('')).to.deep.equal({ kind: 'blank' });
    expect(readAmount('—')).to.deep.equal({ kind: 'blank' });
    expect(readAmount('1,5')).to.deep.equal({ kind: 'invalid', text: '1,5' });
    expect(readAmount('约10')).to.deep.equal({ kind: 'invalid', text: '约10' });
  });
});
