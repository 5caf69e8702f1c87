// The text helpers every widget uses: the message catalogue, number formats, label fitting,
// enumerated attributes.
import { expect } from '@open-wc/testing';
import { badChoice } from '../../src/base/attributes.js';
import { formatAmount, formatAmountWithUnit, formatNumber, formatShare } from '../../src/base/format.js';
import { elementLang, msg, problemsText, resolveLang, unitLabel } from '../../src/base/i18n.js';
import { fitText, textWidth } from '../../src/base/text-fit.js';

describe('i18n', () => {
  it('reads English from any en tag and Chinese from everything else', () => {
    expect(['en', 'en-GB', 'EN-us'].map(resolveLang)).to.deep.equal(['en', 'en', 'en']);
    expect(['zh-CN', 'zh-Hant', '', null, undefined, 'fr'].map(resolveLang)).to.deep.equal(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'zh-CN']);
  });

  it('takes the language of the element, else its nearest ancestor, else the page', () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const inner = document.createElement('span');
    outer.append(inner);
    document.body.append(outer);
    expect(elementLang(inner)).to.equal('en');
    inner.setAttribute('lang', 'zh-CN');
    expect(elementLang(inner)).to.equal('zh-CN');
    outer.remove();
    expect(elementLang(document.createElement('p'))).to.equal('zh-CN');
  });

  it('fills parameters, in each language', () => {
    expect(msg('zh-CN', 'badAttribute', { attribute: 'mode', value: 'x', allowed: 'a、b' })).to.contain('mode').and.contain('x').and.contain('a、b');
    expect(msg('en', 'loading')).to.match(/^[\x20-\x7e…]+$/);
    expect(msg('zh-CN', 'loading')).to.match(/[\u4e00-\u9fff]/);
  });

  it('names units and problems in the reader language', () => {
    expect(unitLabel('万元', 'zh-CN')).to.equal('万元');
    expect(unitLabel('万元', 'en')).to.not.contain('万');
    const text = problemsText('zh-CN', [{ path: '/meta/year', message: 'Expected integer', code: 'type', expected: 'integer', found: 'string' }]);
    expect(text).to.contain('/meta/year');
  });
});

describe('format', () => {
  it('keeps the two decimals the documents print, in each locale', () => {
    expect(formatAmount(2654.5, 'zh-CN')).to.equal('2,654.50');
    expect(formatAmount(-0.1, 'en')).to.equal('-0.10');
    expect(formatAmountWithUnit(1, '万元', 'zh-CN')).to.equal('1.00 万元');
    expect(formatShare(0.8345, 'zh-CN')).to.equal('83.5%');
    expect(formatNumber(14000, 'en')).to.equal('14,000');
    expect(formatNumber(0.5, 'zh-CN')).to.equal('0.5');
  });
});

describe('text-fit', () => {
  it('counts Chinese characters one em wide and Latin ones about 0.6 em', () => {
    expect(textWidth('一般公共', 10)).to.equal(40);
    expect(textWidth('ab', 10)).to.equal(12);
  });

  it('shortens with an ellipsis, and gives up when not one character fits', () => {
    expect(fitText('一般公共服务支出', 200, 12)).to.equal('一般公共服务支出');
    const fitted = fitText('一般公共服务支出', 50, 12);
    expect(fitted.endsWith('…')).to.equal(true);
    expect(textWidth(fitted, 12)).to.be.at.most(50);
    expect(fitText('一般公共服务支出', 10, 12)).to.equal('');
  });
});

describe('badChoice', () => {
  const choices = { mode: { attribute: 'mode', values: ['combined', 'projects'] } };
  it('passes allowed, unset and empty values', () => {
    for (const mode of ['combined', 'projects', null, undefined, '']) expect(badChoice({ mode }, choices, '、')).to.equal(null);
  });
  it('names the attribute, the value and what it allows', () => {
    expect(badChoice({ mode: 'pie' }, choices, '、')).to.deep.equal({ attribute: 'mode', value: 'pie', allowed: 'combined、projects' });
  });
});
